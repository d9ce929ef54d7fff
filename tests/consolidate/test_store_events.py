"""Consolidated events in the store, on SQLite and PostgreSQL: write, list, show, split, history, re-run."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.consolidate.criteria import MergeRules
from sahelwatch.consolidate.events import InvalidSplit
from sahelwatch.errors import NotFound
from sahelwatch.store.reports import report_id
from tests.consolidate.reports import DAY, SEVARE, document, event_in

RULES = MergeRules(window_days=2, distance_km=50.0)
UTC = dt.timezone.utc
AR = "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين معسكر بولكيسي وقتلوا 15 جنديا."
FR = "Le camp de Boulkessi a été attaqué samedi par le JNIM : quinze soldats tués."
EN = "JNIM fighters stormed the Boulkessi army camp on Saturday; the toll rose to 23 soldiers."
OTHER = "Une attaque a visé Sévaré samedi."


def incident_documents():
    return [
        document("ar-1", "ar", AR, dt.datetime(2026, 3, 15, 7, tzinfo=UTC), event_in(AR, "بولكيسي"), source="ar-news"),
        document("fr-1", "fr", FR, dt.datetime(2026, 3, 15, 9, tzinfo=UTC), event_in(FR, "Boulkessi"), source="fr-news"),
        document("en-1", "en", EN, dt.datetime(2026, 3, 17, 9, tzinfo=UTC), event_in(EN, "Boulkessi", fatalities=23),
                 source="en-news"),
    ]


def test_reports_in_three_languages_become_one_event_with_every_source(store):
    store.add_documents(incident_documents())
    summary = store.consolidate(RULES)
    assert (summary.created, summary.reports) == (1, 3)
    [listed] = store.events(country="ML", since=DAY, until=DAY, event_type="Battles")
    assert (listed["report_count"], listed["source_count"], listed["fatalities"]) == (3, 3, 23)
    event = store.get_event(listed["id"])
    assert [r["lang"] for r in event["reports"]] == ["ar", "fr", "en"]
    assert [r["evidence_text"]["location"] for r in event["reports"]] == ["بولكيسي", "Boulkessi", "Boulkessi"]
    assert event["reports"][2]["source"] == "en-news" and event["reports"][2]["url"].endswith("/en-1")
    assert len(event["merge_reasons"]) == 2 and event["merge_reasons"][0]["criteria"]["type"]
    assert store.events(country="NE") == [] and store.events(event_type="Protests") == []
    assert store.events(until=DAY - dt.timedelta(days=1)) == []


def test_incremental_consolidation_joins_the_stored_event(store):
    first, second, third = incident_documents()
    store.add_documents([first])
    store.consolidate(RULES)
    [event] = store.events()
    store.add_documents([second, third])
    summary = store.consolidate(RULES)
    assert (summary.created, summary.updated) == (0, 1)
    [again] = store.events()
    assert again["id"] == event["id"] and again["report_count"] == 3 and again["version"] == 2
    history = store.event_history(event["id"])
    assert [h["change"]["action"] for h in history] == ["created", "consolidated"]
    assert history[1]["change"]["reports_added"] == [report_id("fr-1", 0), report_id("en-1", 0)]
    assert history[1]["change"]["fields"]["fatalities"] == [15, 23]
    assert store.consolidate(RULES).reports == 0   # nothing pending


def reasons_of(store, event_id):
    return [reason["reports"] for reason in store.get_event(event_id)["merge_reasons"]]


def test_merge_reasons_build_up_over_incremental_runs_and_a_split_drops_those_it_breaks(store):
    ar, fr, en = (report_id(doc, 0) for doc in ("ar-1", "fr-1", "en-1"))
    for doc in incident_documents():   # one outlet's report per consolidation run
        store.add_documents([doc])
        store.consolidate(RULES)
    [event] = store.events()
    assert event["report_count"] == 3
    recorded = reasons_of(store, event["id"])
    # the second run linked the French report to the Arabic one; the third, the English report to one of them
    assert recorded[0] == sorted([ar, fr]) and len(recorded) == 2
    assert en in recorded[1] and {ar, fr} & set(recorded[1])
    shown = store.get_event(event["id"])
    store.consolidate(RULES)
    store.consolidate(RULES, full=True)
    assert store.get_event(event["id"]) == shown   # re-running changes nothing, reasons included
    new_id = store.split_event(event["id"], [en], by="analyst-1")
    assert reasons_of(store, event["id"]) == [sorted([ar, fr])] and reasons_of(store, new_id) == []
    store.consolidate(RULES, full=True)
    assert reasons_of(store, event["id"]) == [sorted([ar, fr])]


def test_incremental_consolidation_reads_only_the_events_near_each_new_report(store):
    def attack(doc_id: str, day: dt.date):
        published = dt.datetime.combine(day, dt.time(9), UTC)
        return document(doc_id, "fr", FR, published, event_in(FR, "Boulkessi", date=day), source=doc_id)

    five_years_ago, three_years_ago = DAY - dt.timedelta(days=5 * 365), DAY - dt.timedelta(days=3 * 365)
    store.add_documents([attack("old-1", five_years_ago), attack("old-2", three_years_ago), attack("old-3", DAY)])
    store.consolidate(RULES)
    store.add_documents([attack("new-1", five_years_ago), attack("new-3", DAY)])   # news, and an attack recalled
    summary = store.consolidate(RULES)
    # two new reports and the two events near them; the event of three years ago is not read
    assert (summary.reports, summary.updated, summary.unchanged) == (4, 2, 0)
    assert [e["report_count"] for e in store.events()] == [2, 1, 2]


def test_full_reruns_are_deterministic(store):
    other = document("fr-2", "fr", OTHER, dt.datetime(2026, 3, 15, tzinfo=UTC),
                     event_in(OTHER, "Sévaré", actor1="Unidentified Armed Group (Mali)", **SEVARE))
    store.add_documents(incident_documents() + [other])
    store.consolidate(RULES)
    before = {e["id"]: e for e in store.events()}
    summary = store.consolidate(RULES, full=True)
    assert (summary.created, summary.updated, summary.unchanged, summary.retired) == (0, 0, 2, 0)
    assert {e["id"]: e for e in store.events()} == before
    assert store.report_event_ids()[report_id("fr-2", 0)] != store.report_event_ids()[report_id("ar-1", 0)]


def test_a_split_moves_reports_to_a_new_event_and_survives_a_full_rerun(store):
    store.add_documents(incident_documents())
    store.consolidate(RULES)
    [event] = store.events()
    wrong = report_id("en-1", 0)
    new_id = store.split_event(event["id"], [wrong], by="analyst-1")
    assert new_id != event["id"]
    kept, moved = store.get_event(event["id"]), store.get_event(new_id)
    assert [r["id"] for r in moved["reports"]] == [wrong] and kept["report_count"] == 2
    assert kept["fatalities"] == 15 and moved["fatalities"] == 23
    assert store.event_history(event["id"])[-1]["change"]["split_off"] == new_id
    assert store.event_history(new_id)[-1]["changed_by"] == "analyst-1"
    summary = store.consolidate(RULES, full=True)
    assert summary.unchanged == 2 and len(store.events()) == 2
    assert store.report_event_ids()[wrong] == new_id


def test_a_full_rerun_retires_an_event_whose_reports_merged_elsewhere(store):
    first, second, _ = incident_documents()
    later = [document(doc_id, "fr", FR, dt.datetime(2026, 3, 17, tzinfo=UTC),
                      event_in(FR, "Boulkessi", date=DAY + dt.timedelta(days=2)), source=doc_id)
             for doc_id in ("fr-1", "fr-2")]
    store.add_documents([first, *later])
    store.consolidate(MergeRules(window_days=0, distance_km=50.0))
    absorbed = store.report_event_ids()[report_id("fr-1", 0)]
    assert len(store.events()) == 2 and len(store.get_event(absorbed)["merge_reasons"]) == 1
    summary = store.consolidate(RULES, full=True)   # a wider window: the three reports are one event
    assert (summary.updated, summary.retired) == (1, 1)
    [event] = store.events()
    tombstone = store.get_event(absorbed)
    assert tombstone["status"] == "merged" and tombstone["merged_into"] == event["id"]
    assert tombstone["reports"] == [] and store.event_history(absorbed)[-1]["change"]["action"] == "merged"
    assert tombstone["merge_reasons"] == [] and len(store.get_event(event["id"])["merge_reasons"]) == 2


def test_bad_splits_and_unknown_events_are_clear_errors(store):
    store.add_documents(incident_documents())
    store.consolidate(RULES)
    [event] = store.events()
    with pytest.raises(InvalidSplit, match="not in this event"):
        store.split_event(event["id"], ["rp-nope"], by="a")
    with pytest.raises(InvalidSplit, match="each side"):
        store.split_event(event["id"], [r["id"] for r in store.get_event(event["id"])["reports"]], by="a")
    with pytest.raises(NotFound):
        store.get_event("ev-missing")
    with pytest.raises(NotFound):
        store.split_event("ev-missing", ["x"], by="a")
