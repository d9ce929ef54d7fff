"""Server-rendered pages: dashboard, events, event detail, documents, sources, login and logout.

Pages need a logged-in user (else they redirect to /login); forms post back with a CSRF
token. Templates autoescape everything; untrusted text is never marked safe.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlencode
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from sahelwatch import taxonomy
from sahelwatch.store import queries
from sahelwatch.store import users as _users
from sahelwatch.web import dashboard as _dashboard
from sahelwatch.web.context import identity_of, state
from sahelwatch.web.evidence import highlighted_text
from sahelwatch.web.filters import event_filter, filter_query
from sahelwatch.web.i18n import LANGUAGE_NAMES, LANGUAGES, Locale, pick_language
from sahelwatch.web.labels import TEMPLATE_GLOBALS
from sahelwatch.web.lookups import document_detail, list_sources, recent_documents, set_source_enabled
from sahelwatch.web.security import (CSRF_COOKIE, LANG_COOKIE, SESSION_COOKIE, AccessDenied, check_csrf,
                                     cookie_secure, require_role)
from sahelwatch.web.split import can_split, split_event

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Form()]


def locale_of(request: Request) -> Locale:
    user = identity_of(request).user
    return Locale(pick_language(request.cookies.get(LANG_COOKIE), user.lang if user else None,
                                accept=request.headers.get("accept-language", "")))


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """The page ``template`` in the user's language, with the CSRF token its forms need."""
    web = state(request)
    identity = identity_of(request)
    pre_session = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
    locale = locale_of(request)
    html = web.templates.get_template(template).render(
        request=request, loc=locale, _=locale.gettext, lang=locale.lang, dir=locale.dir, user=identity.user,
        csrf_token=identity.csrf_token(web.secret, pre_session), languages=LANGUAGES,
        language_names=LANGUAGE_NAMES, path=request.url.path, taxonomy=taxonomy, **TEMPLATE_GLOBALS, **context)
    response = HTMLResponse(html, status_code=status)
    if CSRF_COOKIE not in request.cookies:
        response.set_cookie(CSRF_COOKIE, pre_session, httponly=True, samesite="lax",
                            secure=cookie_secure(request, web.config.get("cookie_secure", "auto")))
    response.headers["Cache-Control"] = "no-store"
    return response


def render_error(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    try:
        return render(request, "error.html", status=status, error_status=status, code=code, message=message)
    except Exception:   # the error page itself must not fail
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status)


def _viewer(request: Request):
    return require_role(identity_of(request), "viewer")


def _form_guard(request: Request, csrf_token: str, role: str | None = None):
    identity = identity_of(request)
    user = require_role(identity, role) if role else identity.user
    check_csrf(request, identity, state(request).secret, csrf_token)
    return user


def _local(next_path: str | None) -> str:
    """``next_path`` if it is a path on this site, else the dashboard (no open redirects)."""
    if next_path and next_path.startswith("/") and not next_path.startswith("//") and "\\" not in next_path:
        return next_path
    return "/"


# -- pages ------------------------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request):
    _viewer(request)
    where = event_filter(request.query_params)
    locale = locale_of(request)
    data = _dashboard.build(state(request), where, locale)
    return render(request, "dashboard.html", where=where, query=filter_query(request.query_params),
                  params=request.query_params, options=_dashboard.filter_options(locale), **data)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request):
    _viewer(request)
    where = event_filter(request.query_params)
    sort = request.query_params.get("sort") or "-date"
    page = queries.list_events(state(request).store, where, sort, request.query_params.get("cursor") or None, 50)
    locale = locale_of(request)
    query = filter_query(request.query_params)
    return render(request, "events.html", page=page, where=where, params=request.query_params, query=query,
                  sort=sort, options=_dashboard.filter_options(locale),
                  next_query=filter_query(request.query_params, sort=sort, cursor=page.next_cursor)
                  if page.next_cursor else None)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str):
    _viewer(request)
    record = queries.get_event(state(request).store, event_id)
    for report in record["reports"]:
        report["segments"] = highlighted_text(report.get("document_text") or "", report["evidence"])
    return render(request, "event.html", event=record, can_split=can_split(state(request).store),
                  split_message=request.query_params.get("split"))


@router.post("/events/{event_id}/split")
def split(request: Request, event_id: str, csrf_token: Text = "",
          report_id: Annotated[list[str], Form()] = []):
    user = _form_guard(request, csrf_token, "analyst")
    result = split_event(state(request).store, event_id, report_id, user.username)
    new_event = result["new_event_id"] if isinstance(result["new_event_id"], str) else ""
    return RedirectResponse(f"/events/{event_id}?{urlencode({'split': new_event or 'done'})}", status_code=303)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request):
    _viewer(request)
    q = (request.query_params.get("q") or "").strip()[:500]
    lang = request.query_params.get("lang_filter") or None
    lang = lang if lang in LANGUAGES else None
    hits = state(request).store.search(q, lang=lang, limit=50) if q else []
    recent = [] if q else recent_documents(state(request).store)
    return render(request, "documents.html", q=q, lang_filter=lang or "", hits=hits, recent=recent)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: str):
    _viewer(request)
    record = document_detail(state(request).store, document_id)
    spans: dict[str, list[int]] = {}
    for report in record["reports"]:
        for name, span in report["evidence"].items():
            spans[f"{report['position']}:{name}"] = span
    return render(request, "document.html", document=record,
                  segments=highlighted_text(record.get("text") or "", spans))


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request):
    _viewer(request)
    return render(request, "sources.html", sources=list_sources(state(request).store))


@router.post("/sources/{source_id}/enabled")
def source_enabled(request: Request, source_id: str, csrf_token: Text = "", enabled: Text = "0"):
    _form_guard(request, csrf_token, "admin")
    set_source_enabled(state(request).store, source_id, enabled == "1")
    return RedirectResponse("/sources", status_code=303)


# -- language, login, logout --------------------------------------------------------------------
@router.get("/language/{lang}")
def language(request: Request, lang: str, next: str = "/"):
    if lang not in LANGUAGES:
        raise AccessDenied(404, "not_found", f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax", httponly=True,
                        secure=cookie_secure(request, state(request).config.get("cookie_secure", "auto")))
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/"):
    return render(request, "login.html", next=_local(next), failed=False)


@router.post("/login")
def login(request: Request, username: Text = "", password: Text = "", csrf_token: Text = "", next: Text = "/"):
    check_csrf(request, identity_of(request), state(request).secret, csrf_token)
    web = state(request)
    user = _users.authenticate(web.store, username.strip(), password)
    if user is None:
        return render(request, "login.html", status=401, next=_local(next), failed=True)
    token = _users.create_session(web.store, user, float(web.config.get("session_hours", 12.0)))
    response = RedirectResponse(_local(next), status_code=303)
    secure = cookie_secure(request, web.config.get("cookie_secure", "auto"))
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", secure=secure,
                        max_age=int(float(web.config.get("session_hours", 12.0)) * 3600))
    if user.lang and LANG_COOKIE not in request.cookies:
        response.set_cookie(LANG_COOKIE, user.lang, max_age=365 * 86400, samesite="lax", httponly=True,
                            secure=secure)
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: Text = "") -> Response:
    identity = identity_of(request)
    check_csrf(request, identity, state(request).secret, csrf_token)
    if identity.session_token:
        _users.end_session(state(request).store, identity.session_token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
