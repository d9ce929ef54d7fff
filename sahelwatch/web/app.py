"""The FastAPI application: REST API under /api/v1 and server-rendered pages, one error shape.

    app = create_app(config, store)      # an ASGI app; `sahelwatch serve` and `run` serve it

Errors from the API are always ``{"error": {"code": ..., "message": ...}}`` with the HTTP
status (400/401/403/404/422/500); pages show the same code and message in an error page.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sahelwatch import __version__
from sahelwatch.errors import NotFound, SahelWatchError
from sahelwatch.store.queries import BadQuery
from sahelwatch.web.boundaries import Boundaries, load_boundaries
from sahelwatch.web.security import AccessDenied, instance_secret

WEB_DIR = Path(__file__).parent
log = logging.getLogger("sahelwatch.web")

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


@dataclass(frozen=True, eq=False)
class WebState:
    """What every handler needs: settings, the store, the instance secret, map outlines, templates."""

    config: Any
    store: Any
    secret: bytes
    boundaries: Boundaries
    templates: jinja2.Environment


def template_environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(WEB_DIR / "templates"), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def create_app(config: Any, store: Any) -> FastAPI:
    """The web application and REST API over ``store``."""
    from sahelwatch.web import api, pages

    app = FastAPI(title="Sahel Watch API", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/v1/openapi.json",
                  description="Events, documents, sources and statistics of a Sahel Watch instance. "
                              "Authenticate with a session cookie or `Authorization: Bearer <token>`.")
    app.state.web = WebState(config, store, instance_secret(config), load_boundaries(config.data_path),
                             template_environment())
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _install_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    if is_api(request):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    if status == 401:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    from sahelwatch.web.pages import render_error
    return render_error(request, status, code, message)


_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 413: "too_large", 422: "invalid_request", 429: "too_many_requests"}


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page or endpoint at {request.url.path}"
        return error_response(request, exc.status_code, _HTTP_CODES.get(exc.status_code, "error"), message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"
                             for e in exc.errors())
        return error_response(request, 422, "invalid_request", problems)

    @app.exception_handler(BadQuery)
    async def bad_query(request: Request, exc: BadQuery):
        return error_response(request, 422, "invalid_request", str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return error_response(request, 404, "not_found", str(exc))

    @app.exception_handler(AccessDenied)
    async def denied(request: Request, exc: AccessDenied):
        return error_response(request, exc.status, exc.code, exc.reason)

    @app.exception_handler(SahelWatchError)
    async def refused(request: Request, exc: SahelWatchError):
        return error_response(request, 400, "bad_request", str(exc))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, "internal_error", "an internal error occurred; it has been logged")
