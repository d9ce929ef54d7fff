"""Collection throughput: articles per second end to end through ``sahelwatch run``, and memory.

    .venv/bin/python bench/collect.py [--articles 5000] [--feeds 10]
    .venv/bin/python bench/collect.py --minutes 10 --rate 20      # long run: memory must stay flat

A feed server in a child process (127.0.0.1) publishes articles in Arabic, French and English
made from the sample corpus (``sahelwatch/data/sample``): the first sentences of a sample item
kept as written, the rest of its words shuffled, a unique reference appended, so that each
article is new to the duplicate detector. ``--feeds`` RSS feeds share the articles.

Time moves as in real life: article n is published on a simulated clock, ``--per-day`` articles
a day from 2026-01-01 (48: 12,000 articles span eight months), and its sample item is re-dated
to that day. The items date their incidents relative to publication ("on Sunday", "hier"), so
each item is a new incident every week, reported by several outlets over the following days,
and the events of past weeks leave the consolidation window as the run goes on.

Default mode: ``sahelwatch run --once`` on a fresh SQLite data folder, politeness disabled for
the local host (``unthrottled_hosts``), every step real: fetch, decode, article extraction,
language, fingerprints, event extraction, storage, and event consolidation when present.
Prints articles/second and the peak resident memory of the run.

Long mode (``--minutes``): the server publishes ``--rate`` new articles per second;
``sahelwatch run`` polls every minute; the resident memory of the run is sampled every 10 s;
printed: articles/s, resident memory at start, at the end of the warm-up (``--warmup``
minutes) and at the end, and its slope after the warm-up in MB per 1,000 documents, also over
the second half of that span alone: bounded structures still filling up (the near-duplicate
index up to ``near_duplicate_window`` originals, SQLite's page and statement caches) raise the
first; a leak raises both.
``--trace`` runs under tracemalloc and prints what grew after the warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from contextlib import closing
from dataclasses import dataclass
from email.utils import format_datetime
from datetime import date, datetime, timedelta, timezone
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing import Process, Queue
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sahelwatch" / "data" / "sample" / "sahel-wire.jsonl"
SAMPLE_SECONDS = 10
CLOCK_START = datetime(2026, 1, 1, tzinfo=timezone.utc)
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
EN_DATE = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                     r"Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2})\b")
FR_DATE = re.compile(rf"\b(?:du (\d{{1,2}})(?:er)? au )?(\d{{1,2}})(?:er)? ({'|'.join(FR_MONTHS)})\b", re.IGNORECASE)


def sample_records() -> list[dict]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def published_at(n: int, per_day: float) -> datetime:
    """When article ``n`` is published on the simulated clock: ``per_day`` articles a day from CLOCK_START."""
    return CLOCK_START + timedelta(days=n / per_day)


def _moved(day: int, month: int, written: date, shift: timedelta) -> date:
    """A day and month written in an article of ``written`` (the latest such date on or before it), moved."""
    when = date(written.year, month, min(day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31))
    return (when if when <= written else when.replace(year=written.year - 1)) + shift


def redate(text: str, written: date, shift: timedelta) -> str:
    """``text`` (of ``written``) with its English ("Jan 12") and French ("9 juin", "du 3 au 9 juin") dates moved."""
    def english(match: re.Match) -> str:
        moved = _moved(int(match[2]), EN_MONTHS.index(match[1][:3]) + 1, written, shift)
        return f"{EN_MONTHS[moved.month - 1]} {moved.day}"

    def french(match: re.Match) -> str:
        end = _moved(int(match[2]), FR_MONTHS.index(match[3].lower()) + 1, written, timedelta())
        start = end - timedelta(days=(end.day - int(match[1])) % 31) if match[1] else end
        start, end = start + shift, end + shift
        if not match[1]:
            return f"{end.day} {FR_MONTHS[end.month - 1]}"
        first = f"{start.day}" if start.month == end.month else f"{start.day} {FR_MONTHS[start.month - 1]}"
        return f"du {first} au {end.day} {FR_MONTHS[end.month - 1]}"

    text = EN_DATE.sub(english, text)
    return FR_DATE.sub(french, text)


def make_article(records: list[dict], n: int, per_day: float) -> tuple[str, str, str]:
    """(lang, title, text) of article ``n``: deterministic, unique, in the sample's three languages.

    The sample item is re-dated to the article's publication: its explicit dates (a dateline,
    "du 3 au 9 juin") move with it; its relative ones ("on Sunday") follow by themselves."""
    record = records[n % len(records)]
    written = datetime.fromisoformat(record["published_at"])
    text = redate(record["text"], written.date(), published_at(n, per_day).date() - written.date())
    head, _, rest = text.partition("\n")
    words = rest.split()
    random.Random(n).shuffle(words)
    return record["lang"], f"{record['title']} ({n})", f"{head}\n\n{' '.join(words)} Ref {n}."


def article_html(lang: str, title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    direction = "rtl" if lang == "ar" else "ltr"
    return (f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>'
            f"{escape(title)}</title></head><body><nav><a href='/'>Home</a></nav><article><h1>{escape(title)}"
            f"</h1>{paragraphs}</article><footer>(c) 2026</footer></body></html>").encode("utf-8")


class Catalogue:
    """Which articles exist at a moment: ``initial`` at start, then ``rate`` more per second,
    published ``per_day`` a day on the simulated clock."""

    def __init__(self, initial: int, rate: float, feeds: int, window: int, per_day: float) -> None:
        self.records = sample_records()
        self.initial, self.rate, self.feeds, self.window, self.per_day = initial, rate, feeds, window, per_day
        self.started = time.monotonic()

    def published(self) -> int:
        return self.initial + int(self.rate * (time.monotonic() - self.started))

    def feed(self, base: str, k: int) -> bytes:
        total = self.published()
        numbers = [n for n in range(max(0, total - self.window * self.feeds), total) if n % self.feeds == k]
        items = "".join(f"<item><title>a{n}</title><link>{base}/a/{n}.html</link>"
                        f"<pubDate>{format_datetime(published_at(n, self.per_day))}</pubDate></item>"
                        for n in reversed(numbers))
        return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>feed {k}</title>"
                f"<link>{base}/</link><description>bench</description>{items}</channel></rss>").encode("utf-8")


def serve(port_queue: Queue, initial: int, rate: float, feeds: int, window: int, per_day: float) -> None:
    catalogue = Catalogue(initial, rate, feeds, window, per_day)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms Nagle/delayed-ACK stall

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            status, kind, body = 404, "text/plain", b"not found"
            if self.path.startswith("/feed/") and self.path.endswith(".xml"):
                status, kind, body = 200, "application/rss+xml", catalogue.feed(base, int(self.path[6:-4]))
            elif self.path.startswith("/a/") and self.path.endswith(".html"):
                n = int(self.path[3:-5])
                if n < catalogue.published():
                    status, kind, body = 200, "text/html; charset=utf-8", article_html(
                        *make_article(catalogue.records, n, catalogue.per_day))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    port_queue.put(httpd.server_address[1])
    httpd.serve_forever()


def sahelwatch(data: Path, *args: str, env: dict, trace: Path | None = None, **kwargs):
    """Start the command line on ``data``; under tracemalloc (``bench/traced_run.py``) with ``trace``."""
    command = [sys.executable, "-m", "sahelwatch"] if trace is None else \
        [sys.executable, str(ROOT / "bench" / "traced_run.py"), str(trace), "--"]
    return subprocess.Popen([*command, "--data-dir", str(data), *args], env=env, **kwargs)


def setup(data: Path, port: int, feeds: int, env: dict) -> None:
    subprocess.run([sys.executable, "-m", "sahelwatch", "--data-dir", str(data), "init"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    for k in range(feeds):
        subprocess.run([sys.executable, "-m", "sahelwatch", "--data-dir", str(data), "sources", "add", f"feed-{k}",
                        "--type", "rss", "--url", f"http://127.0.0.1:{port}/feed/{k}.xml", "--enable",
                        "--poll-minutes", "1"], env=env, check=True, stdout=subprocess.DEVNULL)


def count(data: Path, sql: str) -> int:
    with closing(sqlite3.connect(data / "sahelwatch.db")) as db:
        return db.execute(sql).fetchone()[0]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def once(data: Path, env: dict, articles: int) -> None:
    start = time.perf_counter()
    process = sahelwatch(data, "run", "--once", "--log-level", "warning", env=env)
    process.wait()
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    stored = count(data, "SELECT COUNT(*) FROM documents")
    events = count(data, "SELECT COUNT(*) FROM reports")
    print(f"run --once: {stored} of {articles} articles stored, {events} event reports, in {elapsed:.1f} s "
          f"= {stored / elapsed:.0f} articles/s (process start and model loading included)")
    print(f"peak resident memory of the run: {peak:.0f} MB")


@dataclass(frozen=True, slots=True)
class Sample:
    seconds: float
    documents: int
    rss_mb: float


def long_run(data: Path, env: dict, minutes: float, warmup: float, trace: Path | None) -> list[Sample]:
    """Run ``sahelwatch run`` for ``minutes``, sampling documents stored and resident memory."""
    process = sahelwatch(data, "run", "--no-web", "--log-level", "warning", env=env, trace=trace)
    started = time.monotonic()
    samples: list[Sample] = []
    try:
        while time.monotonic() - started < minutes * 60 and process.poll() is None:
            time.sleep(SAMPLE_SECONDS)
            sample = Sample(time.monotonic() - started, count(data, "SELECT COUNT(*) FROM documents"),
                            rss_mb(process.pid))
            samples.append(sample)
            print(f"t={sample.seconds:5.0f} s  documents={sample.documents:6d}  rss={sample.rss_mb:6.0f} MB",
                  flush=True)
            if trace and not (trace / "0.snapshot").exists() and sample.seconds >= warmup * 60:
                snapshot(process, trace, 0)
        if trace and process.poll() is None:
            snapshot(process, trace, 1)
    finally:
        process.terminate()
        process.wait(timeout=60)
    return samples


def snapshot(process: subprocess.Popen, folder: Path, number: int) -> None:
    """Ask the traced run for tracemalloc snapshot ``number`` and wait until it is written."""
    process.send_signal(signal.SIGUSR1)
    while not (folder / f"{number}.snapshot").exists() and process.poll() is None:
        time.sleep(0.5)


def slope_mb_per_1000(samples: list[Sample]) -> float:
    """Least-squares slope of resident memory against documents stored, in MB per 1,000 documents."""
    xs, ys = [s.documents for s in samples], [s.rss_mb for s in samples]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return 1000 * sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread if spread else 0.0


def report_long_run(samples: list[Sample], warmup: float) -> None:
    """Articles per second; resident memory at start, after the warm-up and at the end; its slope after."""
    started = next((s for s in samples if s.documents), samples[0])
    after = [s for s in samples if s.seconds >= warmup * 60] or samples[-1:]
    warm, end = after[0], samples[-1]
    print(f"articles/s: {end.documents / end.seconds:.1f} over the run, "
          f"{(end.documents - warm.documents) / max(end.seconds - warm.seconds, 1e-9):.1f} after the warm-up")
    for name, sample in (("start (first documents stored)", started), (f"end of warm-up ({warmup:g} min)", warm),
                         ("end", end)):
        print(f"RSS at {name}: {sample.rss_mb:.0f} MB  (t={sample.seconds:.0f} s, {sample.documents} documents)")
    print(f"RSS slope after the warm-up: {slope_mb_per_1000(after):+.2f} MB per 1,000 documents "
          f"({len(after)} samples, {end.documents - warm.documents} documents); "
          f"over its second half: {slope_mb_per_1000(after[len(after) // 2:]):+.2f}")


def report_events(data: Path) -> None:
    """How many events the run made, how large the largest grew, and the dates they span."""
    with closing(sqlite3.connect(data / "sahelwatch.db")) as db:
        events, largest, first, last = db.execute(
            "SELECT COUNT(*), MAX(report_count), MIN(event_date), MAX(event_date) FROM events "
            "WHERE status <> 'merged'").fetchone()
    print(f"events: {events}, dated {first} to {last}; the largest holds {largest} reports")


def report_growth(folder: Path, top: int = 25) -> None:
    """The allocation sites that grew most between the two snapshots, and the call paths of the first three."""
    ignore = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen importlib.*>"),
              tracemalloc.Filter(False, "<unknown>")]
    first, last = (tracemalloc.Snapshot.load(str(folder / f"{n}.snapshot")).filter_traces(ignore) for n in (0, 1))
    sizes = [sum(s.size for s in snap.statistics("filename")) / 2**20 for snap in (first, last)]
    print(f"\ntracemalloc: {sizes[0]:.1f} MB traced after the warm-up, {sizes[1]:.1f} MB at the end; growth by line:")
    for stat in last.compare_to(first, "lineno")[:top]:
        print(f"  {stat.size_diff / 2**20:+8.2f} MB {stat.count_diff:+8d} blocks  {stat.traceback[0]}")
    for stat in last.compare_to(first, "traceback")[:3]:
        print(f"\n{stat.size_diff / 2**20:+.2f} MB from:")
        print("\n".join("    " + line for line in stat.traceback.format(most_recent_first=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="articles published at start")
    parser.add_argument("--feeds", type=int, default=10, help="RSS feeds sharing the articles")
    parser.add_argument("--minutes", type=float, default=0, help="long run of this many minutes instead of --once")
    parser.add_argument("--rate", type=float, default=20.0, help="long run: new articles per second")
    parser.add_argument("--per-day", type=float, default=48.0,
                        help="articles published per simulated day (the feeds' clock; incidents move with it)")
    parser.add_argument("--warmup", type=float, default=2.0, help="long run: minutes left out of the memory slope")
    parser.add_argument("--trace", action="store_true",
                        help="long run under tracemalloc (slower): print what grew after the warm-up")
    args = parser.parse_args()
    initial = args.articles if not args.minutes else 200
    window = -(-args.articles // args.feeds) if not args.minutes else 500
    ports: Queue = Queue()
    server = Process(target=serve, args=(ports, initial, args.rate if args.minutes else 0.0, args.feeds, window,
                                         args.per_day), daemon=True)
    server.start()
    port = ports.get(timeout=30)
    env = {**os.environ, "SAHELWATCH_UNTHROTTLED_HOSTS": "127.0.0.1", "SAHELWATCH_MAX_ITEMS_PER_POLL": "100000",
           "PYTHONPATH": str(ROOT)}
    env.pop("SAHELWATCH_DATABASE_URL", None)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "data"
            setup(data, port, args.feeds, env)
            if not args.minutes:
                once(data, env, args.articles)
                return
            trace = Path(tmp) / "trace" if args.trace else None
            if trace:
                trace.mkdir()
            report_long_run(long_run(data, env, args.minutes, args.warmup, trace), args.warmup)
            report_events(data)
            if trace and (trace / "1.snapshot").exists():
                report_growth(trace)
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
