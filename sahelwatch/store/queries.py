"""Read-side queries for the web and the API: filtered event lists, one event with its evidence, statistics.

    page = list_events(store, EventFilter(country=("ML",), event_type="Battles"), sort="-date", limit=50)
    page.events, page.next_cursor            # keyset pagination: pass next_cursor back for the next page
    event = get_event(store, "ev-…")         # the event, its reports with their documents, its history
    stats = event_statistics(store, EventFilter(), by="month")

Every query is plain SQL with named parameters over ``events``, ``reports``, ``documents``
and ``sources``, the same for SQLite and PostgreSQL except the date buckets.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, text

from sahelwatch.errors import NotFound, SahelWatchError

EVENT_COLUMNS = ("id", "event_type", "sub_event_type", "ct_tags", "country", "admin1", "admin1_code", "admin2",
                 "location", "latitude", "longitude", "geo_precision", "actor1", "actor2", "fatalities",
                 "event_date", "date_precision", "background", "confidence", "status", "tlp", "report_count",
                 "source_count", "merge_reasons", "version", "created_at", "updated_at", "merged_into")
SORTS = {"date": "event_date", "fatalities": "fatalities", "updated": "updated_at"}
STATISTICS = ("week", "month", "country", "admin1", "event_type", "sub_event_type", "actor", "status")
MAX_PAGE = 1000
WIDE_BBOX_DEGREES = 2.0


class BadQuery(SahelWatchError):
    """A filter, sort or cursor that cannot be used; ``parameter`` names it."""

    def __init__(self, parameter: str, reason: str) -> None:
        self.parameter = parameter
        self.reason = reason
        super().__init__(f"{parameter}: {reason}")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What an analyst filters events by; every field is optional and they all apply together."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event_type: tuple[str, ...] = ()
    sub_event_type: tuple[str, ...] = ()
    ct_tag: str | None = None
    actor: str | None = None
    status: tuple[str, ...] = ()
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None   # west, south, east, north

    def where(self, dialect: str) -> tuple[str, dict[str, Any]]:
        """The SQL condition (``e.`` columns) and its parameters."""
        clauses: list[str] = ["e.merged_into IS NULL"]   # an event merged into another is a tombstone
        params: dict[str, Any] = {}
        if self.date_from:
            clauses.append("e.event_date >= :date_from")
            params["date_from"] = _sql_date(self.date_from, dialect)
        if self.date_to:
            clauses.append("e.event_date <= :date_to")
            params["date_to"] = _sql_date(self.date_to, dialect)
        for name in ("country", "admin1", "event_type", "sub_event_type", "status"):
            values = getattr(self, name)
            if values:
                column = "admin1_code" if name == "admin1" else name
                clauses.append(f"e.{column} IN :{name}")
                params[name] = list(values)
        if self.ct_tag:
            clauses.append("(',' || e.ct_tags || ',') LIKE :ct_tag")
            params["ct_tag"] = f"%,{_like_escape(self.ct_tag)},%"
        if self.actor:
            clauses.append("(e.actor1 = :actor OR e.actor2 = :actor)")
            params["actor"] = self.actor
        if self.text:
            clauses.append("(" + " OR ".join(f"LOWER(COALESCE(e.{c}, '')) LIKE :text ESCAPE '\\'"
                                             for c in ("location", "admin1", "actor1", "actor2")) + ")")
            params["text"] = f"%{_like_escape(self.text.lower())}%"
        if self.bbox:
            west, south, east, north = self.bbox
            # A tall box matches a large share of events: walking the date order then beats the latitude index.
            latitude = "+e.latitude" if north - south > WIDE_BBOX_DEGREES else "e.latitude"
            clauses.append(f"{latitude} BETWEEN :south AND :north AND e.longitude BETWEEN :west AND :east")
            params.update(west=west, south=south, east=east, north=north)
        return " AND ".join(clauses), params

    def is_empty(self) -> bool:
        return self == EventFilter()


@dataclass(frozen=True, slots=True)
class EventPage:
    events: list[dict[str, Any]]
    next_cursor: str | None
    sort: str
    limit: int


@dataclass(frozen=True, slots=True)
class Statistic:
    """Counts and fatalities of events grouped by one dimension (``key`` is a date, code or name)."""

    by: str
    rows: list[dict[str, Any]] = field(default_factory=list)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _sql_date(value: dt.date, dialect: str) -> Any:
    return value if dialect == "postgresql" else value.isoformat()


def _expanding(sql: str, params: dict[str, Any]):
    statement = text(sql)
    names = [name for name, value in params.items() if isinstance(value, list)]
    return statement.bindparams(*(bindparam(n, expanding=True) for n in names))


def event_record(row: Any) -> dict[str, Any]:
    """An events row as plain JSON-ready values."""
    record = dict(row._mapping)
    record.pop("seq", None)
    record["ct_tags"] = [t for t in (record.get("ct_tags") or "").split(",") if t]
    record["background"] = bool(record.get("background"))
    reasons = record.get("merge_reasons")
    record["merge_reasons"] = json.loads(reasons) if isinstance(reasons, str) and reasons else (reasons or [])
    for name in ("event_date", "created_at", "updated_at"):
        value = record.get(name)
        if isinstance(value, (dt.date, dt.datetime)):
            record[name] = value.isoformat()
    return record


# -- lists with keyset pagination -------------------------------------------------------------
def _parse_sort(sort: str) -> tuple[str, bool]:
    descending = sort.startswith("-")
    name = sort.lstrip("-+")
    if name not in SORTS:
        raise BadQuery("sort", f"unknown sort {sort!r}; known: {', '.join(sorted(SORTS))} (prefix - for descending)")
    return SORTS[name], descending


def encode_cursor(value: Any, seq: int) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        value = value.isoformat()
    return base64.urlsafe_b64encode(json.dumps([value, seq]).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[Any, int]:
    try:
        value, seq = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        return value, int(seq)
    except (ValueError, TypeError) as exc:
        raise BadQuery("cursor", "not a cursor returned by this API; start again without it") from exc


def _segment_sql(column: str, descending: bool, null_run: bool, after: tuple[Any, int] | None) -> tuple[str, dict]:
    """The condition and parameters of one run of a sorted list: the non-NULL values, then the NULLs."""
    op = "<" if descending else ">"
    if null_run:
        condition = f"e.{column} IS NULL"
        if after is not None:
            return condition + f" AND e.seq {op} :cursor_seq", {"cursor_seq": after[1]}
        return condition, {}
    condition = f"e.{column} IS NOT NULL"
    if after is not None:
        condition += f" AND (e.{column}, e.seq) {op} (:cursor_value, :cursor_seq)"
        return condition, {"cursor_value": after[0], "cursor_seq": after[1]}
    return condition, {}


def _cursor_value(column: str, value: Any, dialect: str) -> Any:
    if value is not None and column == "event_date" and dialect == "postgresql":
        return dt.date.fromisoformat(value)
    if value is not None and column == "updated_at" and dialect == "postgresql":
        return dt.datetime.fromisoformat(value)
    return value


def list_events(store: Any, where: EventFilter, sort: str = "-date", cursor: str | None = None,
                limit: int = 50) -> EventPage:
    """One page of events matching ``where``, ordered by ``sort``; events without a value come last."""
    column, descending = _parse_sort(sort)
    limit = max(1, min(limit, MAX_PAGE))
    after = None
    if cursor:
        value, seq = decode_cursor(cursor)
        after = (_cursor_value(column, value, store.dialect), seq)
    null_run = after is not None and after[0] is None
    rows = _run(store, where, column, descending, null_run, after, limit + 1)
    if not null_run and len(rows) <= limit:
        rows += _run(store, where, column, descending, True, None, limit + 1 - len(rows))
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(getattr(rows[-1], column), rows[-1].seq) if more else None
    return EventPage([event_record(r) for r in rows], next_cursor, sort, limit)


def _run(store: Any, where: EventFilter, column: str, descending: bool, null_run: bool,
         after: tuple[Any, int] | None, limit: int) -> list[Any]:
    condition, params = where.where(store.dialect)
    segment, extra = _segment_sql(column, descending, null_run, after)
    params.update(extra, limit=limit)
    direction = "DESC" if descending else "ASC"
    order = f"e.seq {direction}" if null_run else f"e.{column} {direction}, e.seq {direction}"
    sql = (f"SELECT e.seq, {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e "
           f"WHERE {condition} AND {segment} ORDER BY {order} LIMIT :limit")
    with store.transaction() as conn:
        return conn.execute(_expanding(sql, params), params).fetchall()


def iter_events(store: Any, where: EventFilter, sort: str = "-date", batch: int = 1000):
    """Every event matching ``where``, page by page (for exports)."""
    cursor = None
    while True:
        page = list_events(store, where, sort, cursor, batch)
        yield from page.events
        if not page.next_cursor:
            return
        cursor = page.next_cursor


def count_events(store: Any, where: EventFilter) -> int:
    condition, params = where.where(store.dialect)
    with store.transaction() as conn:
        return int(conn.execute(_expanding(f"SELECT COUNT(*) FROM events e WHERE {condition}", params),
                                params).scalar())


# -- one event ----------------------------------------------------------------------------------
def get_event(store: Any, event_id: str) -> dict[str, Any]:
    """The event with its reports (each with its document and evidence) and its history."""
    with store.transaction() as conn:
        row = conn.execute(text(f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e "
                                "WHERE e.id = :id"), {"id": event_id}).first()
        if row is None:
            raise NotFound("event", event_id)
        event = event_record(row)
        event["reports"] = _event_reports(conn, event_id)
        event["history"] = _event_history(conn, event_id)
    return event


def _event_reports(conn: Any, event_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(text(
        "SELECT r.id, r.document_id, r.position, r.event_type, r.sub_event_type, r.ct_tags, r.country, r.admin1, "
        "r.admin1_code, r.location, r.latitude, r.longitude, r.geo_precision, r.actor1, r.actor2, r.fatalities, "
        "r.event_date, r.date_precision, r.background, r.confidence, r.evidence, r.status, "
        "d.title AS document_title, d.url AS document_url, d.lang AS document_lang, d.site AS document_site, "
        "d.published_at AS document_published_at, d.text AS document_text, d.source_id AS source_id "
        "FROM reports r JOIN documents d ON d.id = r.document_id WHERE r.event_id = :id ORDER BY r.seq"),
        {"id": event_id})
    return [report_record(r) for r in rows]


def report_record(row: Any) -> dict[str, Any]:
    record = dict(row._mapping)
    record["ct_tags"] = [t for t in (record.get("ct_tags") or "").split(",") if t]
    record["evidence"] = {k: list(v) for k, v in json.loads(record.get("evidence") or "{}").items()}
    record["background"] = bool(record.get("background"))
    for name in ("event_date", "document_published_at"):
        value = record.get(name)
        if isinstance(value, (dt.date, dt.datetime)):
            record[name] = value.isoformat()
    return record


def _event_history(conn: Any, event_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(text("SELECT version, changed_at, changed_by, change FROM event_history "
                             "WHERE event_id = :id ORDER BY version, seq"), {"id": event_id})
    history = []
    for version, changed_at, changed_by, change in rows:
        try:
            change = json.loads(change)
        except (TypeError, ValueError):
            pass
        history.append({"version": version, "changed_at": str(changed_at), "changed_by": changed_by,
                        "change": change})
    return history


# -- statistics ---------------------------------------------------------------------------------
def _period_key(by: str, dialect: str) -> str:
    """The first day of the week (Monday) or month of ``d.day``, the column of a per-day subquery."""
    if dialect == "postgresql":
        return f"CAST(date_trunc('{by}', d.day) AS DATE)"
    return "date(d.day, '-6 days', 'weekday 1')" if by == "week" else "substr(d.day, 1, 7) || '-01'"


_COLUMNS_BY = {"country": "e.country", "event_type": "e.event_type", "sub_event_type": "e.sub_event_type",
               "status": "e.status", "admin1": "e.admin1_code"}


def _statistics_sql(by: str, dialect: str, condition: str, split_by_type: bool) -> str:
    type_column = ", e.event_type" if split_by_type else ""
    totals = "COUNT(*) AS events, COALESCE(SUM(e.fatalities), 0) AS fatalities"
    if by in ("week", "month"):
        # Count per day first (in index order), then fold the few thousand days into periods.
        outer_type = ", d.event_type" if split_by_type else ""
        key = _period_key(by, dialect)
        return (f"SELECT {key} AS key{outer_type}, SUM(d.events) AS events, SUM(d.fatalities) AS fatalities FROM ("
                f"SELECT e.event_date AS day{type_column}, {totals} FROM events e "
                f"WHERE {condition} AND e.event_date IS NOT NULL GROUP BY e.event_date{type_column}) d "
                f"GROUP BY {key}{outer_type} ORDER BY key LIMIT :limit")
    column = _COLUMNS_BY[by]
    return (f"SELECT {column} AS key{type_column}, {totals} FROM events e WHERE {condition} AND {column} IS NOT NULL "
            f"GROUP BY {column}{type_column} ORDER BY events DESC, key LIMIT :limit")


def event_statistics(store: Any, where: EventFilter, by: str, limit: int = 500,
                     split_by_type: bool = False) -> Statistic:
    """Events and fatalities matching ``where`` grouped ``by`` one of :data:`STATISTICS`.

    ``split_by_type`` adds the event type to each row (for the timeline by week and type).
    """
    if by not in STATISTICS:
        raise BadQuery("by", f"unknown statistic {by!r}; known: {', '.join(STATISTICS)}")
    condition, params = where.where(store.dialect)
    params["limit"] = max(1, min(limit, 5000))
    if by == "actor":
        return _actor_statistics(store, condition, params)
    sql = _statistics_sql(by, store.dialect, condition, split_by_type)
    with store.transaction() as conn:
        rows = conn.execute(_expanding(sql, params), params).fetchall()
    return Statistic(by, [_stat_row(r) for r in rows])


def _actor_statistics(store: Any, condition: str, params: dict[str, Any]) -> Statistic:
    sql = (f"SELECT key, COUNT(*) AS events, COALESCE(SUM(fatalities), 0) AS fatalities FROM ("
           f"SELECT e.actor1 AS key, e.fatalities FROM events e WHERE {condition} AND e.actor1 IS NOT NULL "
           f"UNION ALL SELECT e.actor2 AS key, e.fatalities FROM events e WHERE {condition} "
           "AND e.actor2 IS NOT NULL AND e.actor2 <> COALESCE(e.actor1, '')) actors "
           "GROUP BY key ORDER BY events DESC, key LIMIT :limit")
    with store.transaction() as conn:
        rows = conn.execute(_expanding(sql, params), params).fetchall()
    return Statistic("actor", [_stat_row(r) for r in rows])


def _stat_row(row: Any) -> dict[str, Any]:
    record = dict(row._mapping)
    if isinstance(record["key"], dt.date):
        record["key"] = record["key"].isoformat()
    record["events"] = int(record["events"])
    record["fatalities"] = int(record["fatalities"])
    return record


def latest_events(store: Any, where: EventFilter, limit: int = 10) -> list[dict[str, Any]]:
    return list_events(store, where, "-date", None, limit).events


def latest_event_date(store: Any) -> dt.date | None:
    """The date of the most recent event (not merged away), or None when there is none."""
    with store.transaction() as conn:
        value = conn.execute(text("SELECT MAX(event_date) FROM events WHERE merged_into IS NULL")).scalar()
    if value is None:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
