"""The bundled UCDP reference data: reproducible from ../shared, coded into Sahel Watch's terms."""

import gzip

from sahelwatch.reference.ucdp import CM_FILE, GED_FILE, build, read_country_months, read_ged


def test_bundled_files_are_rebuilt_byte_for_byte(shared_dir, tmp_path):
    counts = build(shared_dir / "data", tmp_path)
    assert counts == {"ged_events": 2660, "country_months": 22560}
    for shipped in (GED_FILE, CM_FILE):
        assert gzip.decompress((tmp_path / shipped.name).read_bytes()) == gzip.decompress(shipped.read_bytes())


def test_ged_events_are_coded_in_our_terms():
    events = {r.origin_id: r.event for r in read_ged()}
    assert len(events) == 2660
    assert {e.admin1_code for e in events.values()} == {"NG-BO", "NG-YO", "NG-AD"}
    assert {e.event_type for e in events.values()} == {"Battles", "Violence against civilians"}
    jas = [e for e in events.values() if e.actor2 == "Boko Haram (JAS)" and e.actor1 == "Military Forces of Nigeria"]
    assert jas and all(e.fatalities is not None and e.date.year >= 2009 for e in jas)
    assert all(e.latitude and e.longitude and e.geo_precision in (1, 2, 3) for e in events.values())


def test_country_months_cover_the_sahel():
    months = [m for m in read_country_months() if m.country == "ML"]
    assert months[0].month.isoformat() == "1989-01-01" and months[-1].month.isoformat() == "2024-04-01"
    assert sum(m.state_based for m in months if m.month.year == 2022) > 0


def test_import_is_idempotent_and_consolidation_leaves_reference_events_alone(store):
    from sahelwatch.consolidate.events import MergeRules
    from sahelwatch.config import load_config

    events = list(read_ged())[:50]
    assert store.import_reference_events("UCDP GED", events) == 50
    assert store.import_reference_events("UCDP GED", events) == 0
    assert store.import_country_months("UCDP GED", list(read_country_months())[:24]) == 24
    store.consolidate(MergeRules.from_config(load_config(env={})), full=True)
    stored = store.get_event("ucdp-ged-" + events[0].origin_id.split(":")[1])
    assert stored["status"] == "reference" and stored["fatalities"] == events[0].event.fatalities
