"""Reference data in the store: imported events (``events.origin`` names the dataset) and
country-month fatality series. Importing twice changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Connection

from sahelwatch.reference.ucdp import CountryMonth, ReferenceEvent

_EVENT_COLUMNS = ("id", "event_type", "sub_event_type", "ct_tags", "country", "admin1", "admin1_code", "location",
                  "latitude", "longitude", "geo_precision", "actor1", "actor2", "fatalities", "event_date",
                  "date_precision", "background", "confidence", "status", "report_count", "source_count",
                  "merge_reasons", "origin", "created_at", "updated_at")


def _date(conn: Connection, value: dt.date) -> dt.date | str:
    return value if conn.dialect.name == "postgresql" else value.isoformat()


def import_events(conn: Connection, dataset: str, events: Iterable[ReferenceEvent]) -> int:
    """Store reference events of ``dataset``; those already imported are left as they are."""
    now = dt.datetime.now(dt.timezone.utc)
    stamp = now if conn.dialect.name == "postgresql" else now.isoformat()
    statement = text(f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES "
                     f"({', '.join(':' + c for c in _EVENT_COLUMNS)}) ON CONFLICT (id) DO NOTHING")
    added = 0
    for item in events:
        e = item.event
        values = {
            "id": item.origin_id.lower().replace(":", "-"), "event_type": e.event_type,
            "sub_event_type": e.sub_event_type, "ct_tags": ",".join(e.ct_tags), "country": e.country,
            "admin1": e.admin1, "admin1_code": e.admin1_code, "location": e.location, "latitude": e.latitude,
            "longitude": e.longitude, "geo_precision": e.geo_precision, "actor1": e.actor1, "actor2": e.actor2,
            "fatalities": e.fatalities, "event_date": _date(conn, e.date) if e.date else None,
            "date_precision": e.date_precision, "background": False, "confidence": e.confidence,
            "status": "reference", "report_count": 0, "source_count": 1,
            "merge_reasons": json.dumps([{"source": dataset, "id": item.origin_id}]), "origin": dataset,
            "created_at": stamp, "updated_at": stamp,
        }
        added += conn.execute(statement, values).rowcount or 0
    return added


def import_country_months(conn: Connection, source: str, months: Iterable[CountryMonth]) -> int:
    statement = text("INSERT INTO country_months (country, month, source, state_based, non_state, one_sided) "
                     "VALUES (:country, :month, :source, :state_based, :non_state, :one_sided) "
                     "ON CONFLICT (country, month, source) DO NOTHING")
    rows = [{"country": m.country, "month": _date(conn, m.month), "source": source, "state_based": m.state_based,
             "non_state": m.non_state, "one_sided": m.one_sided} for m in months]
    return conn.execute(statement, rows).rowcount if rows else 0
