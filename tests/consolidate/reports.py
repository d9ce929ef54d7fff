"""Builders of event reports for the consolidation tests: a real incident seen by several outlets."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sahelwatch.consolidate.events import ReportRecord
from sahelwatch.model import Document, Event

DAY = dt.date(2026, 3, 14)
# Boulkessi and Mondoro (Mopti, Mali) are about 30 km apart; Sévaré about 310 km.
BOULKESSI = {"location": "Boulkessi", "admin1": "Mopti", "admin1_code": "ML-5", "latitude": 15.009,
             "longitude": -1.2, "geo_precision": 1}
MONDORO = {"location": "Mondoro", "admin1": "Mopti", "admin1_code": "ML-5", "latitude": 14.93,
           "longitude": -1.47, "geo_precision": 1}
SEVARE = {"location": "Sévaré", "admin1": "Mopti", "admin1_code": "ML-5", "latitude": 14.53,
          "longitude": -4.09, "geo_precision": 1}
MOPTI_REGION = {"location": None, "admin1": "Mopti", "admin1_code": "ML-5", "latitude": 14.6,
                "longitude": -3.6, "geo_precision": 3}


def report(order: int, document: str | None = None, **changes) -> ReportRecord:
    """A report of the JNIM attack on Boulkessi; ``changes`` overrides any field."""
    base = ReportRecord(
        id=f"rp-{order:03d}", document_id=document or f"doc-{order:03d}", order=order, event_type="Battles",
        sub_event_type="Armed clash", country="ML", actor1="JNIM", actor2="Military Forces of Mali",
        fatalities=15, event_date=DAY, date_precision=1, confidence=0.8,
        published_at=dt.datetime(2026, 3, 15, 8, tzinfo=dt.timezone.utc) + dt.timedelta(hours=order),
        source=f"outlet-{order}", **BOULKESSI)
    return replace(base, **changes)


def document(doc_id: str, lang: str, text: str, published: dt.datetime, *events: Event, source: str = "") -> Document:
    return Document(id=doc_id, origin=f"test:{doc_id}", text=text, lang=lang, published_at=published,
                    site=source or None, title=text[:40], url=f"https://{source or 'x'}.example/{doc_id}",
                    events=events, kind="incident")


def event_in(text: str, words: str, **fields) -> Event:
    """A Boulkessi event whose evidence points at ``words`` (location) in ``text``."""
    start = text.index(words)
    values = {"event_type": "Battles", "sub_event_type": "Armed clash", "country": "ML", "actor1": "JNIM",
              "actor2": "Military Forces of Mali", "fatalities": 15, "date": DAY, "date_precision": 1,
              "confidence": 0.8, **BOULKESSI, "evidence": {"location": (start, start + len(words))}}
    values.update(fields)
    return Event(**values)
