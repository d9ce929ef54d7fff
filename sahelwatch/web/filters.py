"""Event filters from query parameters, the same for the API and the pages.

    ?from=2024-01-01&to=2024-06-30&country=ML&country=BF&admin1=ML-9&type=Battles
    &sub_type=Armed+clash&tag=ied&actor=JNIM&status=machine&q=menaka&bbox=-6,10,5,20

Empty values are ignored (an HTML form sends every field); a bad value raises
:class:`~sahelwatch.store.queries.BadQuery` naming the parameter and what is accepted.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

from sahelwatch import taxonomy
from sahelwatch.store.queries import BadQuery, EventFilter

STATUSES = ("machine", "reviewed", "verified", "rejected")


def N_(message: str) -> str:
    """Marks a message for extraction; it is translated where it is shown."""
    return message


STATUS_LABELS = {"machine": N_("Machine-coded"), "reviewed": N_("Reviewed"), "verified": N_("Verified"),
                 "rejected": N_("Rejected")}
FILTER_PARAMETERS = ("from", "to", "country", "admin1", "type", "sub_type", "tag", "actor", "status", "q", "bbox")


def _values(params: QueryParams, name: str) -> tuple[str, ...]:
    found = []
    for value in params.getlist(name):
        found.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(dict.fromkeys(found))


def _date(params: QueryParams, name: str) -> dt.date | None:
    value = (params.get(name) or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadQuery(name, f"{value!r} is not a date; write YYYY-MM-DD") from None


def _choices(params: QueryParams, name: str, known: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    values = _values(params, name)
    for value in values:
        if value not in known:
            raise BadQuery(name, f"unknown value {value!r}; known: {', '.join(known)}")
    return values


def _bbox(params: QueryParams) -> tuple[float, float, float, float] | None:
    value = (params.get("bbox") or "").strip()
    if not value:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise BadQuery("bbox", "write west,south,east,north in degrees, e.g. -6,10,5,20") from None
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise BadQuery("bbox", "west must not exceed east nor south north, within ±180 / ±90 degrees")
    return west, south, east, north


def _text(params: QueryParams, name: str, longest: int = 200) -> str | None:
    value = (params.get(name) or "").strip()
    if len(value) > longest:
        raise BadQuery(name, f"longer than {longest} characters")
    return value or None


def event_filter(params: QueryParams) -> EventFilter:
    """The :class:`EventFilter` that the query parameters ask for."""
    countries = tuple(c.upper() for c in _values(params, "country"))
    for code in countries:
        if len(code) != 2 or not code.isalpha():
            raise BadQuery("country", f"{code!r} is not an ISO 3166-1 alpha-2 code such as ML, NE or BF")
    tag = _text(params, "tag")
    if tag and tag not in taxonomy.CT_TAGS:
        raise BadQuery("tag", f"unknown CT tag {tag!r}; known: {', '.join(taxonomy.CT_TAGS)}")
    return EventFilter(
        date_from=_date(params, "from"), date_to=_date(params, "to"), country=countries,
        admin1=tuple(c.upper() for c in _values(params, "admin1")),
        event_type=_choices(params, "type", list(taxonomy.EVENT_TYPES)),
        sub_event_type=_choices(params, "sub_type", list(taxonomy.SUB_EVENT_TYPES)),
        ct_tag=tag, actor=_text(params, "actor"), status=_choices(params, "status", STATUSES),
        text=_text(params, "q"), bbox=_bbox(params),
    )


def filter_query(params: QueryParams, **changes: str | None) -> str:
    """The filter part of ``params`` as a query string, with ``changes`` applied (None removes)."""
    pairs = [(k, v) for k, v in params.multi_items() if k in FILTER_PARAMETERS and v.strip() and k not in changes]
    pairs += [(k, v) for k, v in changes.items() if v]
    return urlencode(pairs)
