"""Consolidation of reports into events, in memory: the merge criteria and the field rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sahelwatch.consolidate import events as consolidation
from sahelwatch.consolidate.criteria import MergeRules, compare
from sahelwatch.consolidate.events import consolidate, event_id_for
from tests.consolidate.reports import DAY, MONDORO, MOPTI_REGION, SEVARE, report

RULES = MergeRules(window_days=2, distance_km=50.0)


def groups(reports, **kwargs):
    return sorted(sorted(e.report_ids) for e in consolidate(reports, RULES, **kwargs))


def test_reports_of_one_incident_from_three_outlets_make_one_event():
    first, second = report(1, fatalities=15), report(2, fatalities=15)
    third = report(3, fatalities=23, published_at=dt.datetime(2026, 3, 17, tzinfo=dt.timezone.utc))
    [event] = consolidate([third, first, second], RULES)
    assert event.report_ids == ("rp-001", "rp-002", "rp-003")
    assert event.id == event_id_for("rp-001")
    assert event.fields.report_count == 3 and event.fields.source_count == 3
    assert len(event.merge_reasons) == 2
    reason = event.merge_reasons[0]
    assert set(reason["criteria"]) == {"date", "type", "place", "actors", "toll"}
    assert reason["criteria"]["place"] == "same location (Boulkessi)"


def test_date_window_is_a_setting():
    near, far = report(1), report(2, event_date=DAY + dt.timedelta(days=2))
    assert groups([near, far]) == [["rp-001", "rp-002"]]
    later = report(3, event_date=DAY + dt.timedelta(days=3))
    assert groups([near, later]) == [["rp-001"], ["rp-003"]]
    assert sorted(sorted(e.report_ids) for e in consolidate([near, later], MergeRules(3, 50.0))) == [
        ["rp-001", "rp-003"]]


def test_month_precision_widens_the_window():
    vague = report(2, event_date=dt.date(2026, 3, 1), date_precision=3, background=True)
    assert compare(report(1), vague, RULES) is not None
    assert compare(report(1), replace(vague, date_precision=1), RULES) is None


def test_nearby_towns_merge_and_distant_ones_do_not():
    link = compare(report(1), report(2, **MONDORO), RULES)
    assert link is not None and "km apart" in link.criteria["place"]
    assert compare(report(1), report(2, **SEVARE), RULES) is None
    assert compare(report(1), report(2, **SEVARE), MergeRules(2, 350.0)) is not None


def test_two_towns_are_one_event_only_on_one_day():
    next_day = report(2, event_date=DAY + dt.timedelta(days=1), **MONDORO)
    assert compare(report(1), next_day, RULES) is None
    assert compare(report(1), report(2, event_date=DAY + dt.timedelta(days=1)), RULES) is not None  # same town


def test_a_village_spelt_two_ways_and_placed_only_by_its_region_is_one_place():
    kebbi = {"admin1": "Kebbi", "admin1_code": "NG-KE", "geo_precision": 3, "latitude": 11.55, "longitude": 4.53}
    near_augie = dict(kebbi, location="Mera", geo_precision=2, latitude=12.86, longitude=4.63)
    nigeria = {"country": "NG", "actor1": "Lakurawa", "actor2": "Civilians (Nigeria)",
               "event_type": "Violence against civilians", "sub_event_type": "Attack"}
    mera = report(1, **nigeria, **near_augie)
    assert compare(mera, report(2, **nigeria, **dict(kebbi, location="Mira")), RULES) is not None
    other_village = report(2, **nigeria, **dict(kebbi, location="Mora"), fatalities=None)  # no toll told alike
    assert compare(mera, other_village, RULES) is None
    assert compare(mera, report(2, **nigeria, **dict(kebbi, location="Mera")), RULES) is not None
    elsewhere = dict(kebbi, location="Mira", admin1="Sokoto", admin1_code="NG-SO")
    assert compare(mera, report(2, **nigeria, **elsewhere), RULES) is None


def test_two_towns_of_one_region_told_alike_are_one_event():
    benin = {"country": "BJ", "admin1": "Alibori", "admin1_code": "BJ-AL", "actor2": "Military Forces of Benin",
             "fatalities": 28, "geo_precision": 1}
    point_triple = report(1, **benin, location="Point Triple", latitude=11.90, longitude=2.40)
    karimama = report(2, **benin, location="Karimama", latitude=12.07, longitude=3.18)
    link = compare(point_triple, karimama, RULES)
    assert link is not None and "same region, day, armed group and toll" in link.criteria["place"]
    assert compare(point_triple, replace(karimama, fatalities=8), RULES) is None
    assert compare(point_triple, replace(karimama, event_date=DAY + dt.timedelta(days=1)), RULES) is None
    assert compare(point_triple, replace(karimama, actor1="Islamic State (Sahel)"), RULES) is None   # another group
    # the first, unclaimed count of the same attack, revised by three when the group claimed it
    first_count = replace(karimama, actor1="Unidentified Armed Group (Benin)", fatalities=25)
    assert compare(point_triple, first_count, RULES) is not None
    assert compare(point_triple, replace(first_count, fatalities=15), RULES) is None
    assert compare(point_triple, replace(karimama, latitude=12.07, longitude=4.9), RULES) is None   # 270 km
    in_the_park = replace(point_triple, latitude=11.3, longitude=2.4, geo_precision=3)   # placed by its region
    assert compare(in_the_park, replace(karimama, latitude=12.07, longitude=4.9), RULES) is not None


def test_a_region_level_report_joins_a_town_event_in_its_region():
    link = compare(report(1), report(2, **MOPTI_REGION), RULES)
    assert link is not None and "lies in Mopti" in link.criteria["place"]
    elsewhere = dict(MOPTI_REGION, admin1="Gao", admin1_code="ML-7")
    assert compare(report(1), report(2, **elsewhere), RULES) is None


def test_incompatible_types_are_not_merged():
    protest = report(2, event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Mali)",
                     actor2=None, fatalities=None)
    arrest = report(3, event_type="Strategic developments", sub_event_type="Arrests",
                    actor1="Military Forces of Mali", actor2="JNIM", fatalities=None)
    assert groups([report(1), protest, arrest]) == [["rp-001"], ["rp-002"], ["rp-003"]]
    strike = report(4, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    assert groups([report(1), strike]) == [["rp-001", "rp-004"]]   # an air strike inside a battle: one family
    # an assault on a town told as a battle by one outlet and as an attack on civilians by another: one incident
    attack = report(5, event_type="Violence against civilians", sub_event_type="Attack", actor2="Civilians (Mali)")
    assert groups([report(1), attack]) == [["rp-001", "rp-005"]]


def test_different_armed_groups_and_tolls_apart_are_different_incidents():
    assert compare(report(1), report(2, actor1="Islamic State (Sahel)"), RULES) is None
    assert compare(report(1), report(2, actor1="Katiba Macina"), RULES) is not None   # both AQ
    assert compare(report(1), report(2, actor1="Unidentified Armed Group (Mali)"), RULES) is not None
    assert compare(report(1, fatalities=3), report(2, fatalities=40), RULES) is None
    assert compare(report(1, fatalities=15), report(2, fatalities=23), RULES) is not None


def test_the_latest_revised_toll_wins():
    first = report(1, fatalities=15, published_at=dt.datetime(2026, 3, 15, tzinfo=dt.timezone.utc))
    revised = report(2, fatalities=23, published_at=dt.datetime(2026, 3, 17, tzinfo=dt.timezone.utc))
    unknown = report(3, fatalities=None, published_at=dt.datetime(2026, 3, 18, tzinfo=dt.timezone.utc))
    [event] = consolidate([revised, unknown, first], RULES)
    assert event.fields.fatalities == 23


def test_the_most_precise_place_wins():
    region = report(1, **MOPTI_REGION)
    [event] = consolidate([region, report(2)], RULES)
    assert (event.fields.location, event.fields.geo_precision) == ("Boulkessi", 1)
    assert event.fields.admin1_code == "ML-5"


def test_the_most_reliable_source_wins_conflicts_else_the_majority():
    reliable = report(3, actor1="Katiba Macina", reliability="B")
    [event] = consolidate([report(1, reliability="D"), report(2, reliability="D"), reliable], RULES)
    assert event.fields.actor1 == "Katiba Macina"
    [event] = consolidate([report(1), report(2), replace(reliable, reliability=None)], RULES)
    assert event.fields.actor1 == "JNIM"   # unknown reliability everywhere: the majority


def test_background_reports_attach_but_never_join_two_new_events():
    attack = report(1, document="wire")
    other = report(2, document="wire", **MONDORO, actor1="Unidentified Armed Group (Mali)", fatalities=None)
    far = report(3, **SEVARE, fatalities=None)
    mention = report(4, background=True, fatalities=None, actor1=None, **MOPTI_REGION,
                     published_at=dt.datetime(2026, 4, 20, tzinfo=dt.timezone.utc))
    assert compare(attack, mention, RULES) is not None and compare(other, mention, RULES) is not None
    assert groups([attack, other, far, mention]) == [["rp-001", "rp-004"], ["rp-002"], ["rp-003"]]
    only_background = [report(5, background=True), report(6, background=True)]
    [event] = consolidate(only_background, RULES)
    assert event.fields.background is True and event.fields.report_count == 2


def test_two_events_of_one_document_stay_apart():
    assert groups([report(1, document="same"), report(2, document="same")]) == [["rp-001"], ["rp-002"]]


def test_consolidation_is_deterministic_whatever_the_input_order():
    reports = [report(i, fatalities=10 + i) for i in range(1, 6)] + [report(9, **SEVARE)]
    first = consolidate(reports, RULES)
    second = consolidate(list(reversed(reports)), RULES)
    assert first == second
    assert [e.id for e in first] == sorted(e.id for e in first)


def test_incremental_reports_join_stored_events_and_never_merge_two_stored_ones():
    stored = {"rp-001": "ev-a", "rp-002": "ev-b"}
    events = consolidate([report(1), report(2), report(3)], RULES, existing=stored)
    assert sorted((e.id, e.report_ids) for e in events) == [("ev-a", ("rp-001", "rp-003")), ("ev-b", ("rp-002",))]


def test_a_stored_event_keeps_the_reasons_of_earlier_runs_for_the_reports_it_still_holds():
    earlier = [{"reports": ["rp-001", "rp-002"], "score": 0.9, "criteria": {}},
               {"reports": ["rp-002", "rp-009"], "score": 0.8, "criteria": {}}]   # rp-009 was split off
    stored = {"rp-001": "ev-a", "rp-002": "ev-a"}
    [event] = consolidate([report(1), report(2), report(3)], RULES, existing=stored, recorded={"ev-a": earlier})
    assert [r["reports"] for r in event.merge_reasons] == [["rp-001", "rp-002"], ["rp-001", "rp-003"]]


def test_a_new_report_joins_a_large_stored_event_only_if_it_fits_every_report(monkeypatch):
    made = []

    class Groups(consolidation._Groups):
        def __init__(self, *args):
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(consolidation, "_Groups", Groups)
    stored = [report(i, fatalities=None) for i in range(1, 301)]
    existing = {r.id: "ev-big" for r in stored}
    new = [report(301, fatalities=12), report(302, fatalities=14)]
    [event] = consolidate(stored + new, RULES, existing=existing)
    assert event.id == "ev-big" and event.report_ids[-2:] == ("rp-301", "rp-302")
    # what the run remembers grows with the new reports, not with the 600 pairs they make with the event
    groups = made[-1]
    assert len(groups.pairs) + len(groups.agreeing) + len(groups.fitting) <= 5
    against_one = stored[:-1] + [replace(stored[-1], fatalities=1)]   # 1 dead against 12: another incident
    events = consolidate(against_one + new[:1], RULES, existing=existing)
    assert sorted(e.report_ids for e in events)[-1] == ("rp-301",)


def test_analysts_splits_are_respected():
    reports = [report(1), report(2), report(3)]
    assert groups(reports, splits=[("rp-001", "rp-003")]) == [["rp-001", "rp-002"], ["rp-003"]]


def test_five_thousand_reports_consolidate_with_blocking():
    reports = [report(i, country=("ML", "NE", "BF", "NG")[i % 4], event_date=DAY + dt.timedelta(days=i // 12),
                      fatalities=None) for i in range(5000)]
    by_id = {r.id: r for r in reports}
    events = consolidate(reports, RULES)
    assert sorted(r for e in events for r in e.report_ids) == sorted(by_id)
    assert len(events) < 1000
    for event in events:
        members = [by_id[r] for r in event.report_ids]
        dates = [m.event_date for m in members]
        assert len({m.country for m in members}) == 1 and (max(dates) - min(dates)).days <= RULES.window_days
