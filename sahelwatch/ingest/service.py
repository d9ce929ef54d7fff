"""The long-running service behind ``sahelwatch run``: poll due sources on schedule, serve the web app.

    run_service(store, context, RunOptions(once=False), stop=stop_event, app=None)

The loop polls every due source, then sleeps until the next source is due (at most
``run_idle_seconds``), until ``stop`` is set — by SIGTERM/SIGINT in the CLI. A stop request
lets the article in hand finish and its batch be stored, then returns. ``app`` is the hook
for the web application: an ASGI app given here is served by uvicorn in the same process,
alongside polling, and shut down with it.

A run lasts months: it keeps the reports of its last ``KEPT_REPORTS`` polls only (and counts
the totals), so its memory does not grow with the number of polls; ``once`` keeps them all.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sahelwatch.ingest.collect import Collector, PollReport
from sahelwatch.ingest.fetch import Fetcher, FetchOptions
from sahelwatch.pipeline import Context
from sahelwatch.store import Store

log = logging.getLogger("sahelwatch.run")
KEPT_REPORTS = 1_000
"""Poll reports a run keeps to return: the most recent ones (one per source polled, so a few days' worth)."""


@dataclass(frozen=True, slots=True)
class RunOptions:
    once: bool = False
    host: str = "127.0.0.1"
    port: int = 8000


def run_service(store: Store, context: Context, options: RunOptions, stop: threading.Event | None = None,
                app: Any = None) -> list[PollReport]:
    """Poll due sources until ``stop`` (or once, with ``options.once``); return the reports of the last
    ``KEPT_REPORTS`` polls (of every poll with ``options.once``)."""
    stop = stop or threading.Event()
    fetcher = Fetcher(FetchOptions.from_config(context.config), stop)
    collector = Collector(store, context, fetcher, stop)
    server = None
    if app is not None:
        from sahelwatch.web.server import serve_app_in_background

        server, _thread = serve_app_in_background(app, options.host, options.port, log_level="info")
    reports: deque[PollReport] = deque(maxlen=None if options.once else KEPT_REPORTS)
    polls = stored = 0
    log.info("run started once=%s sources_due=%d", options.once, len(store.due_sources()))
    try:
        while not stop.is_set():
            done = collector.poll_due()
            reports.extend(done)
            polls, stored = polls + len(done), stored + sum(r.stored for r in done)
            if options.once:
                break
            stop.wait(_idle_seconds(store, context.config.run_idle_seconds))
    finally:
        fetcher.close()
        if server is not None:
            server.should_exit = True
    log.info("run stopped polls=%d stored=%d interrupted=%s", polls, stored, stop.is_set())
    return list(reports)


def _idle_seconds(store: Store, longest: float) -> float:
    due = store.next_due_at()
    if due is None:
        return longest
    wait = (due - datetime.now(timezone.utc)).total_seconds()
    return min(max(wait, 0.5), longest)
