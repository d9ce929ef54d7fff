"""extract, events list/show and eval, run as users run them."""

import json

from tests.cli.test_cli import sahelwatch
from tests.conftest import ROOT

ARTICLE = {"id": "a1", "lang": "fr", "published_at": "2026-03-16T09:00:00+00:00", "url": "https://x.example/a1",
           "title": "Attaque contre le camp de Boulkessi",
           "text": "Des hommes armés du JNIM ont attaqué samedi le camp militaire de Boulkessi, dans la région de "
                   "Mopti, tuant quinze soldats maliens, selon un bilan provisoire de l'armée."}
OTHER = {"id": "a2", "lang": "en", "published_at": "2026-03-16T09:00:00+00:00",
         "text": "Rice farmers around Bama in Burkina Faso expect a good harvest after regular rains this season."}


def test_extract_writes_the_output_contract(tmp_path):
    lines = "\n".join(json.dumps(d) for d in (ARTICLE, OTHER, {"broken": True}))
    result = sahelwatch("extract", "-", data_dir=tmp_path, stdin=lines)
    incident, other, broken = [json.loads(line) for line in result.stdout.splitlines()]
    assert (incident["id"], incident["lang"], incident["kind"]) == ("a1", "fr", "incident")
    [event] = incident["events"]
    assert {k: event[k] for k in ("event_type", "sub_event_type", "country", "admin1_code", "location", "actor1",
                                  "actor2", "fatalities", "date")} == {
        "event_type": "Battles", "sub_event_type": "Armed clash", "country": "ML", "admin1_code": "ML-5",
        "location": "Boulkessi", "actor1": "JNIM", "actor2": "Military Forces of Mali", "fatalities": 15,
        "date": "2026-03-14"}
    start, end = event["evidence"]["location"]
    assert ARTICLE["text"][start:end] == "Boulkessi"
    assert (other["kind"], other["events"]) == ("other", []) and other["reason"]
    assert broken["rejected"] == "malformed_jsonl"


def test_ingest_stores_events_that_events_list_and_show(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(ARTICLE) + "\n" + json.dumps(OTHER) + "\n", encoding="utf-8")
    summary = json.loads(sahelwatch("ingest", str(feed), "--json", "-q", data_dir=tmp_path).stdout)
    assert summary["events"] == 1
    listed = json.loads(sahelwatch("events", "list", "--country", "ML", "--since", "2026-03-01", "--json",
                                   data_dir=tmp_path).stdout)
    assert [e["location"] for e in listed] == ["Boulkessi"]
    assert json.loads(sahelwatch("events", "list", "--type", "Protests", "--json", data_dir=tmp_path).stdout) == []
    shown = json.loads(sahelwatch("events", "show", listed[0]["id"], "--json", data_dir=tmp_path).stdout)
    [report] = shown["reports"]
    assert report["evidence_text"]["location"] == "Boulkessi" and report["evidence_text"]["actor1"] == "JNIM"
    text = sahelwatch("events", "show", listed[0]["id"], data_dir=tmp_path).stdout
    assert "Boulkessi" in text and "Battles" in text
    bad = sahelwatch("events", "list", "--type", "Attacks", data_dir=tmp_path, check=False)
    assert bad.returncode == 2 and "unknown event type" in bad.stderr


def test_eval_reports_scores_per_language(tmp_path):
    result = sahelwatch("eval", str(ROOT / "eval" / "corpus" / "dev" / "fr.jsonl"), "--json", data_dir=tmp_path)
    report = json.loads(result.stdout)
    assert set(report["scores"]) == {"all", "fr"} and len(report["fingerprint"]) == 64
    assert 0 < report["scores"]["fr"]["events"]["f1"] <= 1
