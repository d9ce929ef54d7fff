"""Serving the web application with uvicorn: in the foreground (`sahelwatch serve`) or beside `run`.

    serve(config, store)                                   # blocks until Ctrl-C / SIGTERM
    server, thread = serve_in_background(config, store)    # for `sahelwatch run`; stop: server.should_exit = True
"""

from __future__ import annotations

import threading
from typing import Any

import uvicorn

from sahelwatch.web.app import create_app


def _server(app: Any, host: str, port: int, log_level: str) -> uvicorn.Server:
    return uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, proxy_headers=False,
                                         server_header=False, access_log=log_level == "debug"))


def make_server(config: Any, store: Any, host: str | None = None, port: int | None = None,
                log_level: str = "info") -> uvicorn.Server:
    return _server(create_app(config, store), host or config.get("web_host", "127.0.0.1"),
                   int(port or config.get("web_port", 8000)), log_level)


def serve(config: Any, store: Any, host: str | None = None, port: int | None = None,
          log_level: str = "info") -> None:
    make_server(config, store, host, port, log_level).run()


def serve_app_in_background(app: Any, host: str, port: int, log_level: str = "warning"
                            ) -> tuple[uvicorn.Server, threading.Thread]:
    """Serve an ASGI app in a daemon thread (signal handlers are left to the caller);
    stop it with ``server.should_exit = True``."""
    server = _server(app, host, port, log_level)
    server.install_signal_handlers = lambda: None   # uvicorn < 0.29 calls this; newer ones check the thread
    thread = threading.Thread(target=server.run, name="sahelwatch-web", daemon=True)
    thread.start()
    return server, thread


def serve_in_background(config: Any, store: Any, host: str | None = None, port: int | None = None,
                        log_level: str = "warning") -> tuple[uvicorn.Server, threading.Thread]:
    """Serve this instance's web application in a daemon thread."""
    return serve_app_in_background(create_app(config, store), host or config.get("web_host", "127.0.0.1"),
                                   int(port or config.get("web_port", 8000)), log_level)
