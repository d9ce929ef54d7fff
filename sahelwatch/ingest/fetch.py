"""Polite, bounded HTTP fetching with httpx.

    fetcher = Fetcher(FetchOptions.from_config(config))
    page = fetcher.get(url, etag=..., last_modified=...)   # Page, or raises a FetchError subclass

What every request gets: the robots.txt verdict for our User-Agent (RFC 9309: a missing
robots.txt allows everything, an unreachable one forbids for now); a per-host gate (least
delay between requests, raised by Crawl-delay, and a cap on requests in flight); conditional
headers when validators are known (a 304 is a :class:`Page` with ``not_modified``); retries
with exponential backoff and jitter after timeouts, connection errors and HTTP 429/5xx,
waiting for Retry-After when the server says so (up to ``fetch_retry_after_max``);
connect/read timeouts; a body streamed and cut off at ``fetch_max_bytes``; a redirect
limit; the configured proxy. Waits end early when ``stop`` is set.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from sahelwatch.config import Config
from sahelwatch.errors import (BodyTooLarge, ConnectionFailed, FetchError, FetchTimeout, HttpStatus,
                               RobotsDisallowed, TooManyRedirects)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ROBOTS_MAX_BYTES = 500_000


@dataclass(frozen=True, slots=True)
class FetchOptions:
    user_agent: str
    proxy: str | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 2
    backoff_seconds: float = 1.0
    retry_after_max: float = 120.0
    host_delay: float = 2.0
    host_concurrency: int = 2
    unthrottled_hosts: frozenset[str] = frozenset()
    robots_cache_seconds: float = 3600.0

    @classmethod
    def from_config(cls, config: Config) -> FetchOptions:
        return cls(user_agent=config.user_agent, proxy=config.http_proxy or None,
                   connect_timeout=config.fetch_connect_timeout, read_timeout=config.fetch_read_timeout,
                   max_bytes=config.fetch_max_bytes, max_redirects=config.fetch_max_redirects,
                   retries=config.fetch_retries, backoff_seconds=config.fetch_backoff_seconds,
                   retry_after_max=config.fetch_retry_after_max, host_delay=config.host_delay_seconds,
                   host_concurrency=config.host_concurrency,
                   unthrottled_hosts=frozenset(h.lower() for h in config.unthrottled_hosts),
                   robots_cache_seconds=float(config.robots_cache_seconds))


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched resource: body bytes (decompressed), the final URL after redirects, and its headers."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    redirected: bool = False


@dataclass
class _HostGate:
    """Per-host politeness: a semaphore for requests in flight and the earliest next start."""

    slots: threading.Semaphore
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    current = now if now is not None else datetime.now(timezone.utc).timestamp()
    return max(0.0, when.timestamp() - current)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


class Fetcher:
    """One HTTP client shared by every poll of a run; thread-safe."""

    def __init__(self, options: FetchOptions, stop: threading.Event | None = None) -> None:
        self.options = options
        self.stop = stop or threading.Event()
        timeout = httpx.Timeout(connect=options.connect_timeout, read=options.read_timeout,
                                write=options.read_timeout, pool=options.read_timeout)
        self.client = httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=options.max_redirects,
                                   proxy=options.proxy, headers={"User-Agent": options.user_agent},
                                   trust_env=False)
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, tuple[float, RobotFileParser | None, bool]] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    # -- robots.txt ----------------------------------------------------------------------
    def robots_verdict(self, url: str) -> tuple[bool, str]:
        """Whether robots.txt lets our User-Agent fetch ``url``, and why, in words."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        parser, reachable = self._robots_for(origin)
        if parser is None:
            return (True, "no robots.txt (everything allowed)") if reachable else \
                (False, "robots.txt unreachable (treated as disallowing everything for now)")
        allowed = parser.can_fetch(self.options.user_agent, url)
        return allowed, "allowed by robots.txt" if allowed else "disallowed by robots.txt"

    def _robots_for(self, origin: str) -> tuple[RobotFileParser | None, bool]:
        cached = self._robots.get(origin)
        if cached and time.monotonic() - cached[0] < self.options.robots_cache_seconds:
            return cached[1], cached[2]
        parser: RobotFileParser | None = None
        reachable = True
        try:
            page = self._request(origin + "/robots.txt", {}, check_robots=False, max_bytes=ROBOTS_MAX_BYTES)
            parser = RobotFileParser()
            parser.parse(page.body.decode("utf-8", errors="replace").splitlines())
            delay = parser.crawl_delay(self.options.user_agent)
            if delay:
                self._gate(host_of(origin)).delay = max(self._gate(host_of(origin)).delay, min(float(delay), 60.0))
        except HttpStatus as exc:
            reachable = exc.status < 500  # RFC 9309: 4xx means no rules; 5xx means assume everything disallowed
        except FetchError:
            reachable = False
        self._robots[origin] = (time.monotonic(), parser, reachable)
        return parser, reachable

    # -- politeness ----------------------------------------------------------------------
    def _gate(self, host: str) -> _HostGate:
        with self._lock:
            if host not in self._gates:
                self._gates[host] = _HostGate(threading.Semaphore(max(1, self.options.host_concurrency)),
                                              self.options.host_delay)
            return self._gates[host]

    def _wait_turn(self, gate: _HostGate) -> None:
        with gate.lock:
            start = max(time.monotonic(), gate.next_start)
            gate.next_start = start + gate.delay
        self.stop.wait(max(0.0, start - time.monotonic()))

    # -- fetching ------------------------------------------------------------------------
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Page:
        """Fetch ``url`` politely, with retries; raise a FetchError subclass naming the cause."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                return self._request(url, headers, check_robots=True, max_bytes=self.options.max_bytes)
            except (HttpStatus, FetchTimeout, ConnectionFailed) as exc:
                wait = self._retry_wait(exc, attempt)
                if wait is None or self.stop.is_set():
                    raise
                self.stop.wait(wait)
                attempt += 1

    def _retry_wait(self, exc: FetchError, attempt: int) -> float | None:
        if attempt >= self.options.retries:
            return None
        backoff = self.options.backoff_seconds * 2 ** attempt * random.uniform(0.5, 1.0)
        if isinstance(exc, HttpStatus):
            if exc.status not in RETRY_STATUSES:
                return None
            if exc.retry_after is not None:
                if exc.retry_after > self.options.retry_after_max:
                    return None
                return max(exc.retry_after, backoff)
        return backoff

    def _request(self, url: str, headers: dict[str, str], check_robots: bool, max_bytes: int) -> Page:
        if check_robots:
            allowed, why = self.robots_verdict(url)
            if not allowed:
                raise RobotsDisallowed(url, why)
        host = host_of(url)
        if host in self.options.unthrottled_hosts:
            return self._send(url, headers, max_bytes)
        gate = self._gate(host)
        with gate.slots:
            self._wait_turn(gate)
            return self._send(url, headers, max_bytes)

    def _send(self, url: str, headers: dict[str, str], max_bytes: int) -> Page:
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Page(str(response.url), 304, not_modified=True, etag=response.headers.get("etag"),
                                last_modified=response.headers.get("last-modified"))
                if response.status_code >= 400:
                    raise HttpStatus(url, response.status_code, parse_retry_after(response.headers.get("retry-after")))
                body = _read_bounded(response, url, max_bytes)
                return _page(response, body)
        except httpx.TooManyRedirects as exc:
            raise TooManyRedirects(url, f"more than {self.options.max_redirects} redirects (or a loop)") from exc
        except httpx.TimeoutException as exc:
            raise FetchTimeout(url, f"{type(exc).__name__.replace('Timeout', '').lower() or 'request'} timed out") \
                from exc
        except (httpx.TransportError, httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise ConnectionFailed(url, str(exc) or type(exc).__name__) from exc
        except httpx.DecodingError as exc:
            raise ConnectionFailed(url, f"bad content encoding: {exc}") from exc


def _read_bounded(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes and "content-encoding" not in response.headers:
        raise BodyTooLarge(url, f"Content-Length {declared} over fetch_max_bytes={max_bytes}")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise BodyTooLarge(url, f"body over fetch_max_bytes={max_bytes}; download cut off")
        chunks.append(chunk)
    return b"".join(chunks)


def _page(response: httpx.Response, body: bytes) -> Page:
    content_type = response.headers.get("content-type", "")
    media_type = content_type.split(";", 1)[0].strip().lower()
    return Page(url=str(response.url), status=response.status_code, body=body, content_type=media_type,
                charset=response.charset_encoding, etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"), redirected=bool(response.history))
