"""``sahelwatch serve``: the web application and REST API, alone (``sahelwatch run`` serves it while collecting)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from sahelwatch.cli.base import app, err


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[Optional[str], typer.Option("--host", help="Address to listen on (setting web_host).")] = None,
    port: Annotated[Optional[int], typer.Option("--port", min=1, max=65535,
                                                help="Port to listen on (setting web_port).")] = None,
    log_level: Annotated[str, typer.Option("--log-level", help="debug, info, warning or error.")] = "info",
) -> None:
    """Serve the dashboard, the pages and the REST API (/api/v1, docs at /api/v1/docs)."""
    from sahelwatch.web.server import serve as run_server

    config = ctx.obj.config()
    store = ctx.obj.store()
    shown_host = host or config.web_host
    err.print(f"Sahel Watch at http://{shown_host}:{port or config.web_port}/ (Ctrl-C to stop)")
    run_server(config, store, host, port, log_level)
