"""A real HTTP server on 127.0.0.1 for collection tests and the benchmark: routes set per test.

    with FeedServer() as server:
        server.route("/feed.xml", Reply(body=rss, headers={"Content-Type": "application/rss+xml"}, etag='"v1"'))
        url = server.url("/feed.xml")

Each reply can set a status, headers, an ETag (answered with 304 on If-None-Match), a delay
before answering (a stalled server), gzip content encoding, and a chunked body without a
Content-Length. The server counts hits per path and the most requests stalled at once.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    etag: str | None = None
    delay: float = 0.0
    gzip: bool = False
    chunked: bool = False


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Reply] = {}
        self.hits: dict[str, int] = {}
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, reply: Reply) -> None:
        self.routes[path] = reply

    def _enter(self, path: str) -> None:
        with self._lock:
            self.hits[path] = self.hits.get(path, 0) + 1
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1


def _handler(server: FeedServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms Nagle/delayed-ACK stall

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            reply = server.routes.get(self.path) or Reply("not found", status=404)
            server._enter(self.path)
            try:
                if reply.delay:
                    time.sleep(reply.delay)  # requests counted in flight while the server stalls
            finally:
                server._leave()
            try:
                self._answer(reply)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _answer(self, reply: Reply) -> None:
            if reply.etag and self.headers.get("If-None-Match") == reply.etag:
                self.send_response(304)
                self.send_header("ETag", reply.etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
            if reply.gzip:
                body = gzip.compress(body)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.etag:
                self.send_header("ETag", reply.etag)
            if reply.gzip:
                self.send_header("Content-Encoding", "gzip")
            if reply.chunked:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for start in range(0, len(body), 65536):
                    chunk = body[start:start + 65536]
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
                return
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def rss(items: list[tuple[str, str, str]], title: str = "Feed") -> str:
    """An RSS 2.0 feed of (link, title, pubDate) items."""
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>{date}</pubDate></item>"
                      for link, t, date in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>' \
           f"<link>http://127.0.0.1/</link><description>d</description>{entries}</channel></rss>"


def article(title: str, text: str, lang: str = "fr", charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    return (f'<!doctype html><html lang="{lang}"><head>{meta}<title>{title}</title></head><body>'
            f"<nav><a href='/'>Accueil</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
            "<footer>(c) 2026</footer></body></html>")
