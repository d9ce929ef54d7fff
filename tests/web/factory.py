"""Test data for the web: documents with event reports, and events made from them directly.

The events rows are written here (one per group of reports) so that the web's tests do not
depend on the consolidation step.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import text

from sahelwatch.model import Document, Event
from sahelwatch.store.reports import report_id

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ATTRIBUTE = '" onmouseover="alert(1)'

AR_TEXT = ("هاجم مسلحون مجهولون قرية في منطقة ميناكا شمال مالي يوم الأحد، ما أسفر عن مقتل سبعة مدنيين، "
           "وفق مصادر محلية. وقالت المصادر إن المهاجمين جاؤوا على دراجات نارية.")
FR_TEXT = ("Des hommes armés ont attaqué dimanche un poste de l'armée à Tidermène, dans la région de Ménaka, "
           "tuant neuf soldats, selon des sources sécuritaires.")
EN_TEXT = ("Gunmen on motorcycles attacked a Malian army post at Tidermene, in the Menaka region, on Sunday, "
           "killing nine soldiers, two security sources said.")
XSS_TEXT = (f"Attack near Gao {XSS_SCRIPT} reported by residents. The village chief said {XSS_ATTRIBUTE} "
            "that three people were abducted on the road to Bourem.")


def span(haystack: str, needle: str) -> tuple[int, int]:
    start = haystack.index(needle)
    return start, start + len(needle)


def document(doc_id: str, text_: str, lang: str, title: str, events: tuple[Event, ...] = (),
             published: str = "2026-01-12T08:00:00+00:00", site: str = "sample.example") -> Document:
    return Document(id=doc_id, origin=f"test:{doc_id}", url=f"https://{site}/{doc_id}", title=title, site=site,
                    published_at=dt.datetime.fromisoformat(published), text=text_, lang=lang, lang_confidence=0.99,
                    status="ok", size_bytes=len(text_.encode()), kind="incident", events=events)


def sample_documents() -> list[Document]:
    menaka_en = Event("Battles", "Armed clash", "ML", admin1="Ménaka", admin1_code="ML-9", location="Tidermène",
                      latitude=15.93, longitude=2.41, geo_precision=1, actor1="Unidentified Armed Group (Mali)",
                      actor2="Military Forces of Mali", fatalities=9, date=dt.date(2026, 1, 11), date_precision=1,
                      confidence=0.8, evidence={"location": span(EN_TEXT, "Tidermene"),
                                                "fatalities": span(EN_TEXT, "killing nine soldiers")})
    menaka_fr = Event("Battles", "Armed clash", "ML", admin1="Ménaka", admin1_code="ML-9", location="Tidermène",
                      latitude=15.93, longitude=2.41, geo_precision=1, actor1="Unidentified Armed Group (Mali)",
                      actor2="Military Forces of Mali", fatalities=9, date=dt.date(2026, 1, 11), date_precision=1,
                      confidence=0.8, evidence={"location": span(FR_TEXT, "Tidermène"),
                                                "fatalities": span(FR_TEXT, "tuant neuf soldats")})
    village_ar = Event("Violence against civilians", "Attack", "ML", admin1="Ménaka", admin1_code="ML-9",
                       location="ميناكا", latitude=15.92, longitude=2.40, geo_precision=2,
                       actor1="Unidentified Armed Group (Mali)", actor2="Civilians (Mali)", fatalities=7,
                       date=dt.date(2026, 1, 4), date_precision=1, confidence=0.7,
                       evidence={"location": span(AR_TEXT, "منطقة ميناكا"), "fatalities": span(AR_TEXT, "مقتل سبعة مدنيين")})
    abduction = Event("Violence against civilians", "Abduction/forced disappearance", "ML", ct_tags=("kidnapping",),
                      admin1="Gao", admin1_code="ML-7", location="Bourem", latitude=16.95, longitude=-0.35,
                      geo_precision=1, actor1=XSS_ATTRIBUTE, actor2="Civilians (Mali)", fatalities=0,
                      date=dt.date(2025, 12, 20), date_precision=1, confidence=0.6,
                      evidence={"location": span(XSS_TEXT, "Bourem"), "actor1": span(XSS_TEXT, XSS_SCRIPT)})
    tillaberi = Event("Explosions/Remote violence", "Remote explosive/landmine/IED", "NE", ct_tags=("ied",),
                      admin1="Tillabéri", admin1_code="NE-6", location="Téra", latitude=14.01, longitude=0.75,
                      geo_precision=1, actor1="Islamic State Sahel", actor2="Military Forces of Niger", fatalities=4,
                      date=dt.date(2025, 11, 3), date_precision=1, confidence=0.75, evidence={})
    return [
        document("doc-en", EN_TEXT, "en", "Nine soldiers killed in Ménaka", (menaka_en,)),
        document("doc-fr", FR_TEXT, "fr", "Neuf soldats tués à Tidermène", (menaka_fr,), site="journal.example"),
        document("doc-ar", AR_TEXT, "ar", "مقتل سبعة مدنيين في ميناكا", (village_ar,), site="akhbar.example"),
        document("doc-xss", XSS_TEXT, "en", f"Abduction {XSS_SCRIPT} near {XSS_ATTRIBUTE}", (abduction,)),
        document("doc-ne", "An IED struck a patrol near Tera in Tillaberi, killing four soldiers.", "en",
                 "IED near Téra", (tillaberi,)),
    ]


EVENT_GROUPS = {"ev-menaka": ["doc-en", "doc-fr"], "ev-village": ["doc-ar"], "ev-xss": ["doc-xss"],
                "ev-tera": ["doc-ne"]}


def insert_events(store, groups: dict[str, list[str]] = EVENT_GROUPS) -> None:
    """One event per group of documents, copied from the group's first report; reports linked to it."""
    now = dt.datetime(2026, 1, 13, tzinfo=dt.timezone.utc)
    with store.transaction() as conn:
        for event_id, doc_ids in groups.items():
            first = conn.execute(text("SELECT * FROM reports WHERE id = :id"),
                                 {"id": report_id(doc_ids[0], 0)}).mappings().first()
            values = {k: first[k] for k in ("event_type", "sub_event_type", "ct_tags", "country", "admin1",
                                             "admin1_code", "location", "latitude", "longitude", "geo_precision",
                                             "actor1", "actor2", "fatalities", "event_date", "date_precision",
                                             "background", "confidence")}
            values.update(id=event_id, report_count=len(doc_ids), source_count=len(doc_ids),
                          merge_reasons=json.dumps([{"reports": sorted(report_id(d, 0) for d in doc_ids[:2]), "score": 0.9,
                                                         "criteria": ["same_day", "same_place"]}]
                                                       if len(doc_ids) > 1 else []),
                          created_at=now if store.dialect == "postgresql" else now.isoformat(),
                          updated_at=now if store.dialect == "postgresql" else now.isoformat())
            columns = ", ".join(values)
            conn.execute(text(f"INSERT INTO events ({columns}) VALUES ({', '.join(':' + c for c in values)})"), values)
            for doc_id in doc_ids:
                conn.execute(text("UPDATE reports SET event_id = :e WHERE document_id = :d"),
                             {"e": event_id, "d": doc_id})
            conn.execute(text("INSERT INTO event_history (event_id, version, changed_at, changed_by, change) "
                              "VALUES (:e, 1, :at, 'consolidate', :c)"),
                         {"e": event_id, "at": values["created_at"], "c": json.dumps({"created": doc_ids})})
