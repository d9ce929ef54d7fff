"""``run_service``: polling and an ASGI app served in the same process, both stopped by one event."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from sahelwatch.ingest import service
from sahelwatch.ingest.collect import Collector, PollReport
from sahelwatch.ingest.service import RunOptions, run_service
from sahelwatch.ingest.sources import define_source
from sahelwatch.pipeline import Context
from tests.conftest import require
from tests.ingest.conftest import fast_config
from tests.ingest.feedserver import Reply, rss


async def hello_app(scope, receive, send):
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"sahelwatch web"})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_run_serves_the_app_alongside_polling_and_stops(server, store, tmp_path):
    try:
        import uvicorn  # noqa: F401
    except ImportError:
        require(False, "uvicorn")
    server.route("/feed.xml", Reply(rss([]), headers={"Content-Type": "application/rss+xml"}))
    store.add_source(define_source("wire", "rss", server.url("/feed.xml"), enabled=True))
    config = fast_config(tmp_path, run_idle_seconds=0.2)
    stop = threading.Event()
    port = free_port()
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("reports", run_service(
        store, Context(config, store=store), RunOptions(port=port), stop=stop, app=hello_app)))
    thread.start()
    body = None
    for _ in range(100):
        try:
            body = httpx.get(f"http://127.0.0.1:{port}/", timeout=1).text
            break
        except httpx.TransportError:
            time.sleep(0.1)
    stop.set()
    thread.join(timeout=30)
    assert body == "sahelwatch web" and not thread.is_alive()
    assert [r.outcome for r in result["reports"]] == ["ok"] and store.get_source("wire").verified


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_long_run_keeps_only_its_last_poll_reports_and_counts_them_all(store, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(service, "KEPT_REPORTS", 3)
    stop = threading.Event()
    polls = iter(range(10))

    def poll_due(self):
        n = next(polls)
        if n == 9:
            stop.set()
        return [PollReport(f"source-{n}", stored=2)]

    monkeypatch.setattr(Collector, "poll_due", poll_due)
    caplog.set_level("INFO", logger="sahelwatch.run")
    config = fast_config(tmp_path, run_idle_seconds=0.01)
    reports = run_service(store, Context(config, store=store), RunOptions(), stop=stop)
    assert [r.source for r in reports] == ["source-7", "source-8", "source-9"]
    assert "run stopped polls=10 stored=20" in caplog.text
