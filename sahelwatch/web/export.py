"""Event exports: CSV in ACLED's column layout, GeoJSON, JSON Lines-friendly JSON.

The CSV follows ACLED's current export layout (``shared/REFERENCE.md``) so that tools built
for ACLED files read Sahel Watch's; what Sahel Watch does not code (associated actors,
inter codes, admin3, source scale) is left empty, and fatalities not stated are 0 as ACLED
writes them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

import pycountry
from sqlalchemy import bindparam, text

from sahelwatch import taxonomy
from sahelwatch.web.i18n import admin1_name, country_name

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp")
NORTHERN_AFRICA = {"DZ", "EG", "LY", "MA", "SD", "TN", "EH"}
MIDDLE_AFRICA = {"CM", "CF", "TD", "CG", "CD", "GQ", "GA", "AO", "ST"}


def acled_region(country: str) -> str:
    if country in NORTHERN_AFRICA:
        return "Northern Africa"
    if country in MIDDLE_AFRICA:
        return "Middle Africa"
    return "Western Africa"


def _iso_numeric(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return str(int(country.numeric)) if country else ""


def _timestamp(value: Any) -> str:
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return str(int(moment.timestamp()))


def acled_row(event: dict[str, Any], sources: str) -> dict[str, Any]:
    event_type = event["event_type"]
    try:
        disorder = taxonomy.event_type(event_type).disorder_type
    except taxonomy.TaxonomyError:
        disorder = ""
    date = event.get("event_date") or ""
    return {
        "event_id_cnty": event["id"], "event_date": date, "year": date[:4], "time_precision": event.get("date_precision") or "",
        "disorder_type": disorder, "event_type": event_type, "sub_event_type": event["sub_event_type"],
        "actor1": event.get("actor1") or "", "assoc_actor_1": "", "inter1": "", "actor2": event.get("actor2") or "",
        "assoc_actor_2": "", "inter2": "", "interaction": "",
        "civilian_targeting": "Civilian targeting" if event_type == "Violence against civilians" else "",
        "iso": _iso_numeric(event["country"]), "region": acled_region(event["country"]),
        "country": country_name(event["country"], "en"),
        "admin1": admin1_name(event.get("admin1_code"), "en") or event.get("admin1") or "",
        "admin2": event.get("admin2") or "", "admin3": "", "location": event.get("location") or "",
        "latitude": event.get("latitude") if event.get("latitude") is not None else "",
        "longitude": event.get("longitude") if event.get("longitude") is not None else "",
        "geo_precision": event.get("geo_precision") or "", "source": sources, "source_scale": "", "notes": "",
        "fatalities": event.get("fatalities") or 0, "tags": "; ".join(event.get("ct_tags") or ()),
        "timestamp": _timestamp(event.get("updated_at")),
    }


def _batches(events: Iterable[dict[str, Any]], size: int = 500) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for event in events:
        batch.append(event)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def source_names(store: Any, event_ids: list[str]) -> dict[str, str]:
    """The names of the sources (site, source name or URL host) each event was reported by."""
    if not event_ids:
        return {}
    statement = text("SELECT r.event_id, COALESCE(s.name, d.site, d.url, d.origin) AS name FROM reports r "
                     "JOIN documents d ON d.id = r.document_id LEFT JOIN sources s ON s.id = d.source_id "
                     "WHERE r.event_id IN :ids").bindparams(bindparam("ids", expanding=True))
    found: dict[str, list[str]] = {}
    with store.transaction() as conn:
        for event_id, name in conn.execute(statement, {"ids": event_ids}):
            if name and name not in found.setdefault(event_id, []):
                found[event_id].append(name)
    return {k: "; ".join(v) for k, v in found.items()}


def acled_csv(store: Any, events: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for batch in _batches(events):
        names = source_names(store, [e["id"] for e in batch])
        for event in batch:
            writer.writerow(acled_row(event, names.get(event["id"], "")))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def geojson(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for event in events:
        if event.get("latitude") is None or event.get("longitude") is None:
            continue
        feature = {"type": "Feature", "id": event["id"],
                   "geometry": {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]},
                   "properties": {k: v for k, v in event.items() if k not in ("latitude", "longitude")}}
        yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False, default=str)
        first = False
    yield "]}"


def json_array(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield '{"events": ['
    first = True
    for event in events:
        yield ("" if first else ",") + json.dumps(event, ensure_ascii=False, default=str)
        first = False
    yield "]}"
