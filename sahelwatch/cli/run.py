"""``sahelwatch run``: poll the enabled sources on schedule and process what they publish."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from typing import Annotated, Optional

import typer

from sahelwatch.cli.base import app, print_json
from sahelwatch.ingest.service import RunOptions, run_service
from sahelwatch.pipeline import Context

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


@app.command("run")
def run(
    ctx: typer.Context,
    once: Annotated[bool, typer.Option("--once", help="Poll every due source once, process, and exit.")] = False,
    log_level: Annotated[str, typer.Option("--log-level", help="debug, info, warning or error.")] = "info",
    as_json: Annotated[bool, typer.Option("--json", help="With --once: print the poll reports as JSON.")] = False,
    host: Annotated[Optional[str], typer.Option("--host", help="Web address to listen on (setting web_host).")] = None,
    port: Annotated[Optional[int], typer.Option("--port", min=1, max=65535,
                                                help="Web port (setting web_port).")] = None,
    web: Annotated[bool, typer.Option("--web/--no-web", help="Serve the web application while collecting.")] = True,
) -> None:
    """Poll due sources, send new articles through the pipeline, store documents and events, and
    serve the web application in the same process (not with --once).

    Stops cleanly on SIGTERM or Ctrl-C (the article in hand is finished and stored); after a
    crash, running again resumes without losing or repeating an article."""
    level = getattr(logging, log_level.upper(), None)
    if not isinstance(level, int):
        raise typer.BadParameter(f"unknown log level {log_level!r}; known: debug, info, warning, error")
    logging.basicConfig(level=level, format=LOG_FORMAT, stream=sys.stderr)
    logging.getLogger("httpx").setLevel(max(level, logging.WARNING))
    config = ctx.obj.config()
    store = ctx.obj.store()
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda number, _frame: _request_stop(stop, number))
    options = RunOptions(once=once, host=host or config.web_host, port=port or config.web_port)
    web_app = None
    if web and not once:
        from sahelwatch.web import create_app

        web_app = create_app(config, store)
        logging.getLogger("sahelwatch.run").info("serving url=http://%s:%d/", options.host, options.port)
    reports = run_service(store, Context(config, store=store), options, stop=stop, app=web_app)
    if as_json:
        print_json([r.as_dict() for r in reports])


def _request_stop(stop: threading.Event, signum: int) -> None:
    logging.getLogger("sahelwatch.run").info("stop requested signal=%s", signal.Signals(signum).name)
    stop.set()
