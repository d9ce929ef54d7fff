"""The REST API, version 1: events, one event with its evidence, documents, sources, statistics.

Every endpoint needs a logged-in user (session cookie) or ``Authorization: Bearer <token>``;
reading needs the viewer role, splitting a merged event the analyst role. Filters are the
same query parameters as the events page (see :mod:`sahelwatch.web.filters`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from sahelwatch.store import queries
from sahelwatch.web import export
from sahelwatch.web.context import identity_of, state
from sahelwatch.web.filters import event_filter
from sahelwatch.web.lookups import document_detail, list_sources
from sahelwatch.web.security import check_csrf, require_role
from sahelwatch.web.split import split_event

router = APIRouter(prefix="/api/v1", tags=["api"])


def viewer(request: Request):
    return require_role(identity_of(request), "viewer")


def analyst(request: Request):
    user = require_role(identity_of(request), "analyst")
    check_csrf(request, identity_of(request), state(request).secret, request.headers.get("x-csrf-token"))
    return user


Viewer = Annotated[Any, Depends(viewer)]
ListOf = Annotated[list[str], Query()]


def filters(
    request: Request,
    date_from: Annotated[str | None, Query(alias="from", description="Events on or after (YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Events on or before (YYYY-MM-DD).")] = None,
    country: Annotated[list[str], Query(description="ISO 3166-1 alpha-2 codes (repeat or comma-separate).")] = [],
    admin1: Annotated[list[str], Query(description="ISO 3166-2 codes, e.g. ML-9.")] = [],
    type: Annotated[list[str], Query(description="ACLED event types.")] = [],
    sub_type: Annotated[list[str], Query(description="ACLED sub-event types.")] = [],
    tag: Annotated[str | None, Query(description="Counter-terrorism tag, e.g. ied.")] = None,
    actor: Annotated[str | None, Query(description="Actor 1 or actor 2, exactly.")] = None,
    status: Annotated[list[str], Query(description="machine, reviewed, verified, rejected.")] = [],
    q: Annotated[str | None, Query(description="Free text in location, admin1 and actors.")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None,
) -> queries.EventFilter:
    return event_filter(request.query_params)


Filters = Annotated[queries.EventFilter, Depends(filters)]


@router.get("/events", summary="Events matching the filters, one page at a time, or all of them as a file")
def events(
    request: Request, user: Viewer, where: Filters,
    sort: Annotated[str, Query(description="date, fatalities or updated; prefix - for descending.")] = "-date",
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page.")] = None,
    limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = 50,
    format: Annotated[Literal["json", "csv", "geojson"] | None, Query(
        description="Export every matching event: csv (ACLED layout), geojson or json.")] = None,
):
    store = state(request).store
    if format:
        rows = queries.iter_events(store, where, sort)
        if format == "csv":
            return StreamingResponse(export.acled_csv(store, rows), media_type="text/csv; charset=utf-8",
                                     headers={"Content-Disposition": 'attachment; filename="sahelwatch-events.csv"'})
        body = export.geojson(rows) if format == "geojson" else export.json_array(rows)
        media = "application/geo+json" if format == "geojson" else "application/json"
        return StreamingResponse(body, media_type=media)
    page = queries.list_events(store, where, sort, cursor, limit)
    return {"events": page.events, "next_cursor": page.next_cursor, "sort": page.sort, "limit": page.limit}


@router.get("/events/{event_id}", summary="One event with its reports, their documents and evidence, and history")
def event(request: Request, user: Viewer, event_id: Annotated[str, Path()]):
    return queries.get_event(state(request).store, event_id)


@router.post("/events/{event_id}/split", summary="Split reports out of a wrongly merged event (analyst)")
def split(request: Request, event_id: Annotated[str, Path()], user: Annotated[Any, Depends(analyst)],
          report_ids: Annotated[list[str], Body(embed=True, min_length=1)]):
    return split_event(state(request).store, event_id, report_ids, user.username)


@router.get("/statistics/{by}", summary="Counts and fatalities of the filtered events grouped by one dimension")
def statistics(
    request: Request, user: Viewer, where: Filters,
    by: Annotated[Literal["week", "month", "country", "admin1", "event_type", "sub_event_type", "actor", "status"],
                  Path()],
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
):
    result = queries.event_statistics(state(request).store, where, by, limit)
    return {"by": result.by, "rows": result.rows}


@router.get("/documents", summary="Full-text search of documents, with highlighted snippets")
def documents(
    request: Request, user: Viewer,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find; 'a OR b' for either.")],
    lang: Annotated[Literal["ar", "fr", "en"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
):
    hits = state(request).store.search(q, lang=lang, limit=limit)
    return {"documents": [{
        "id": h.id, "title": h.title, "lang": h.lang, "url": h.url, "rank": round(h.rank, 4),
        "published_at": h.published_at.isoformat() if h.published_at else None,
        "snippet": [{"text": fragment, "highlight": marked} for fragment, marked in h.snippet],
    } for h in hits]}


@router.get("/documents/{document_id}", summary="One document with the event reports found in it")
def document(request: Request, user: Viewer, document_id: Annotated[str, Path()]):
    return document_detail(state(request).store, document_id)


@router.get("/sources", summary="Sources with their health: last fetch, last error, documents")
def sources(request: Request, user: Viewer):
    return {"sources": list_sources(state(request).store)}


@router.get("/me", summary="The authenticated user")
def me(user: Viewer):
    return {"username": user.username, "role": user.role, "lang": user.lang}


@router.get("/docs", include_in_schema=False, response_class=HTMLResponse)
def docs(request: Request):
    """The API reference, rendered from the OpenAPI schema on the server (no CDN)."""
    schema = request.app.openapi()
    operations = [{"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                   "parameters": op.get("parameters", [])}
                  for path, methods in schema["paths"].items() for method, op in methods.items()]
    from sahelwatch.web.pages import render
    return render(request, "api_docs.html", operations=operations, schema=schema)
