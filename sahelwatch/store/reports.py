"""Event reports: the events found in one document, as extracted, before consolidation.

Each report keeps its document and the evidence spans into that document's text. Reports
of the same real-world incident from several documents are merged into one event by the
consolidation step.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from sahelwatch.model import Event

COLUMNS = ("id", "document_id", "position", "event_type", "sub_event_type", "ct_tags", "country", "admin1",
           "admin1_code", "location", "latitude", "longitude", "geo_precision", "actor1", "actor2", "fatalities",
           "event_date", "date_precision", "background", "confidence", "evidence", "status", "created_at")


def report_id(document_id: str, position: int) -> str:
    """Stable id of the ``position``-th event report of a document."""
    return "rp-" + hashlib.sha256(f"{document_id}:{position}".encode()).hexdigest()[:16]


def insert(conn: Connection, dialect: str, document_id: str, events: tuple[Event, ...]) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    rows = []
    for position, event in enumerate(events):
        values = event.as_dict()
        rows.append({
            "id": report_id(document_id, position), "document_id": document_id, "position": position,
            **{k: values[k] for k in ("event_type", "sub_event_type", "country", "admin1", "admin1_code", "location",
                                      "latitude", "longitude", "geo_precision", "actor1", "actor2", "fatalities",
                                      "date_precision", "confidence")},
            "ct_tags": ",".join(event.ct_tags), "event_date": event.date if dialect == "postgresql" else values["date"],
            "background": event.background, "evidence": json.dumps(values["evidence"]), "status": "machine",
            "created_at": now if dialect == "postgresql" else now.isoformat(),
        })
    if rows:
        conn.execute(text(f"INSERT INTO reports ({', '.join(COLUMNS)}) VALUES ({', '.join(':' + c for c in COLUMNS)})"),
                     rows)


def _record(row: Any) -> dict[str, Any]:
    record = dict(row._mapping)
    record["ct_tags"] = [t for t in (record["ct_tags"] or "").split(",") if t]
    record["evidence"] = json.loads(record["evidence"])
    record["background"] = bool(record["background"])
    value = record.get("event_date")
    record["event_date"] = value.isoformat() if isinstance(value, dt.date) else value
    created = record.get("created_at")
    record["created_at"] = created.isoformat() if isinstance(created, dt.datetime) else created
    return record


def list_reports(conn: Connection, country: str | None, since: dt.date | None, event_type: str | None,
                limit: int) -> list[dict[str, Any]]:
    clauses, params = [], {"limit": limit}
    if country:
        clauses.append("e.country = :country")
        params["country"] = country.upper()
    if since:
        clauses.append("e.event_date >= :since")
        params["since"] = since if conn.dialect.name == "postgresql" else since.isoformat()
    if event_type:
        clauses.append("(e.event_type = :type OR e.sub_event_type = :type)")
        params["type"] = event_type
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(text(f"SELECT {', '.join('e.' + c for c in COLUMNS)}, d.title AS document_title "
                             f"FROM reports e JOIN documents d ON d.id = e.document_id {where} "
                             "ORDER BY e.event_date DESC, e.seq DESC LIMIT :limit"), params)
    return [_record(r) for r in rows]


def get(conn: Connection, ident: str) -> dict[str, Any] | None:
    row = conn.execute(text(f"SELECT {', '.join('e.' + c for c in COLUMNS)}, d.title AS document_title, "
                            "d.url AS document_url, d.text AS document_text, d.lang AS document_lang "
                            "FROM reports e JOIN documents d ON d.id = e.document_id WHERE e.id = :id"),
                       {"id": ident}).first()
    return _record(row) if row else None


def for_document(conn: Connection, document_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(text(f"SELECT {', '.join(COLUMNS)} FROM reports WHERE document_id = :id ORDER BY position"),
                        {"id": document_id})
    return [_record(r) for r in rows]
