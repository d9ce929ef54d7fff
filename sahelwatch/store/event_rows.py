"""Rows of the consolidation tables: reading reports for consolidation, writing events and history."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from sahelwatch.consolidate.events import ConsolidatedEvent, ReportRecord
from sahelwatch.consolidate.places import locate

FIELD_COLUMNS = ("event_type", "sub_event_type", "ct_tags", "country", "admin1", "admin1_code", "admin2", "location",
                 "latitude", "longitude", "geo_precision", "actor1", "actor2", "fatalities", "event_date",
                 "date_precision", "background", "confidence", "report_count", "source_count")
_REPORT_SELECT = (
    "SELECT r.seq, r.id, r.document_id, r.event_type, r.sub_event_type, r.ct_tags, r.country, r.admin1, "
    "r.admin1_code, r.location, r.latitude, r.longitude, r.geo_precision, r.actor1, r.actor2, r.fatalities, "
    "r.event_date, r.date_precision, r.background, r.confidence, r.event_id, d.published_at, "
    "COALESCE(d.source_id, d.site, d.id) AS source_key, s.reliability "
    "FROM reports r JOIN documents d ON d.id = r.document_id LEFT JOIN sources s ON s.id = d.source_id ")


def _now(conn: Connection) -> Any:
    stamp = dt.datetime.now(dt.timezone.utc)
    return stamp if conn.dialect.name == "postgresql" else stamp.isoformat()


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _timestamp(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def date_params(conn: Connection, lo: dt.date, hi: dt.date) -> dict[str, Any]:
    stamps = {"lo_ts": dt.datetime.combine(lo, dt.time.min, dt.timezone.utc),
              "hi_ts": dt.datetime.combine(hi, dt.time.max, dt.timezone.utc)}
    if conn.dialect.name == "postgresql":
        return {"lo": lo, "hi": hi, **stamps}
    return {"lo": lo.isoformat(), "hi": hi.isoformat(), **{k: v.isoformat() for k, v in stamps.items()}}


def _shared(value: str | None) -> str | None:
    """One copy of a value that many reports repeat (type, country, place, actor, source, event).

    A consolidation run loads every report of the events it meets; sharing these halves them."""
    return sys.intern(value) if value is not None else None


def _report(row: Any) -> ReportRecord:
    m = row._mapping
    place = locate(m["country"], m["admin1_code"], m["location"]) if m["location"] else None
    return ReportRecord(
        id=m["id"], document_id=m["document_id"], order=int(m["seq"]), event_type=_shared(m["event_type"]),
        sub_event_type=_shared(m["sub_event_type"]), country=_shared(m["country"]),
        geo_precision=int(m["geo_precision"]), ct_tags=tuple(_shared(t) for t in (m["ct_tags"] or "").split(",") if t),
        admin1=_shared(m["admin1"]), admin1_code=_shared(m["admin1_code"]),
        admin2=place.admin2 if place else None, location=_shared(m["location"]),
        latitude=m["latitude"], longitude=m["longitude"], actor1=_shared(m["actor1"]), actor2=_shared(m["actor2"]),
        fatalities=m["fatalities"], event_date=_date(m["event_date"]), date_precision=m["date_precision"],
        background=bool(m["background"]), confidence=float(m["confidence"]),
        published_at=_timestamp(m["published_at"]), source=_shared(m["source_key"]),
        reliability=_shared(m["reliability"]), event_id=_shared(m["event_id"]))


def load_reports(conn: Connection, where: str, params: dict[str, Any], expanding: str | None = None
                 ) -> list[ReportRecord]:
    statement = text(f"{_REPORT_SELECT} WHERE {where} ORDER BY r.seq")
    if expanding:
        statement = statement.bindparams(bindparam(expanding, expanding=True))
    return [_report(row) for row in conn.execute(statement, params)]


def split_pairs(conn: Connection) -> list[tuple[str, str]]:
    return [(a, b) for a, b in conn.execute(text("SELECT report_a, report_b FROM event_splits"))]


def add_splits(conn: Connection, pairs: Iterable[tuple[str, str]], by: str) -> None:
    rows = [{"a": min(a, b), "b": max(a, b), "at": _now(conn), "by": by} for a, b in pairs]
    if rows:
        conn.execute(text("INSERT INTO event_splits (report_a, report_b, split_at, split_by) "
                          "VALUES (:a, :b, :at, :by) ON CONFLICT DO NOTHING"), rows)


def stored_events(conn: Connection, ids: list[str] | None) -> dict[str, dict[str, Any]]:
    """Stored events by id (every one when ``ids`` is None), with the columns consolidation compares."""
    columns = "id, status, version, merge_reasons, " + ", ".join(FIELD_COLUMNS)
    if ids is None:  # imported reference events are not consolidation's to change
        rows = conn.execute(text(f"SELECT {columns} FROM events WHERE origin = 'extracted'"))
    elif not ids:
        return {}
    else:
        rows = conn.execute(text(f"SELECT {columns} FROM events WHERE id IN :ids")
                            .bindparams(bindparam("ids", expanding=True)), {"ids": ids})
    return {row._mapping["id"]: dict(row._mapping) for row in rows}


def members(conn: Connection, event_ids: list[str]) -> dict[str, list[str]]:
    """The report ids of each event, first stored first."""
    found: dict[str, list[str]] = {}
    for start in range(0, len(event_ids), 500):
        rows = conn.execute(text("SELECT event_id, id FROM reports WHERE event_id IN :ids ORDER BY seq")
                            .bindparams(bindparam("ids", expanding=True)), {"ids": event_ids[start:start + 500]})
        for event, report in rows:
            found.setdefault(event, []).append(report)
    return found


def _comparable(name: str, value: Any) -> Any:
    if isinstance(value, (tuple, list)):
        return ",".join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if name == "event_date" and value is not None:
        return str(value)[:10]
    if name == "background":
        return bool(value)
    if isinstance(value, float):
        return round(value, 6)
    return value


def change(stored: dict[str, Any] | None, before: list[str], event: ConsolidatedEvent) -> dict[str, Any] | None:
    """What consolidation changes in a stored event (None: nothing); a creation when ``stored`` is None."""
    new = {name: _comparable(name, value) for name, value in event.fields.as_dict().items()}
    if stored is None:
        return {"action": "created", "reports": list(event.report_ids)}
    fields = {name: [_comparable(name, stored[name]), value] for name, value in new.items()
              if _comparable(name, stored[name]) != value}
    added = [r for r in event.report_ids if r not in before]
    removed = [r for r in before if r not in event.report_ids]
    revived = stored["status"] == "merged"
    if not (fields or added or removed or revived):
        return None
    record: dict[str, Any] = {"action": "consolidated"}
    for key, value in (("reports_added", added), ("reports_removed", removed), ("fields", fields)):
        if value:
            record[key] = value
    return record


def _values(conn: Connection, event: ConsolidatedEvent) -> dict[str, Any]:
    values = event.fields.as_dict()
    values["ct_tags"] = ",".join(values["ct_tags"])
    if conn.dialect.name != "postgresql" and values["event_date"] is not None:
        values["event_date"] = values["event_date"].isoformat()
    return values | {"id": event.id, "merge_reasons": json.dumps(list(event.merge_reasons), ensure_ascii=False)}


def _history(conn: Connection, event_id: str, version: int, by: str, change_record: dict[str, Any]) -> None:
    conn.execute(text("INSERT INTO event_history (event_id, version, changed_at, changed_by, change) "
                      "VALUES (:id, :version, :at, :by, :change)"),
                 {"id": event_id, "version": version, "at": _now(conn), "by": by,
                  "change": json.dumps(change_record, ensure_ascii=False, default=str)})


def insert_event(conn: Connection, event: ConsolidatedEvent, by: str, change_record: dict[str, Any]) -> None:
    values = _values(conn, event) | {"created_at": _now(conn), "updated_at": _now(conn)}
    names = ["id", *FIELD_COLUMNS, "merge_reasons", "created_at", "updated_at"]
    conn.execute(text(f"INSERT INTO events ({', '.join(names)}, status, version) "
                      f"VALUES ({', '.join(':' + n for n in names)}, 'machine', 1)"), values)
    _history(conn, event.id, 1, by, change_record)


def update_event(conn: Connection, event: ConsolidatedEvent, stored: dict[str, Any], by: str,
                 change_record: dict[str, Any]) -> None:
    version = int(stored["version"]) + 1
    status = "machine" if stored["status"] == "merged" else stored["status"]
    values = _values(conn, event) | {"updated_at": _now(conn), "version": version, "status": status}
    assignments = ", ".join(f"{n} = :{n}" for n in (*FIELD_COLUMNS, "merge_reasons", "updated_at", "version",
                                                     "status"))
    conn.execute(text(f"UPDATE events SET {assignments}, merged_into = NULL WHERE id = :id"), values)
    _history(conn, event.id, version, by, change_record)


def upsert_split_part(conn: Connection, event: ConsolidatedEvent, by: str, change_record: dict[str, Any]) -> None:
    stored = stored_events(conn, [event.id]).get(event.id)
    if stored is None:
        insert_event(conn, event, by, change_record)
    else:
        update_event(conn, event, stored, by, change_record)


def retire_event(conn: Connection, event_id: str, stored: dict[str, Any], merged_into: str | None, by: str) -> None:
    version = int(stored["version"]) + 1
    conn.execute(text("UPDATE events SET status = 'merged', merged_into = :into, report_count = 0, "
                      "source_count = 0, merge_reasons = '[]', version = :version, updated_at = :at WHERE id = :id"),
                 {"id": event_id, "into": merged_into, "version": version, "at": _now(conn)})
    _history(conn, event_id, version, by, {"action": "merged", "merged_into": merged_into})


def assign(conn: Connection, event_of: dict[str, str]) -> None:
    if event_of:
        conn.execute(text("UPDATE reports SET event_id = :event WHERE id = :report"),
                     [{"report": report, "event": event} for report, event in sorted(event_of.items())])
