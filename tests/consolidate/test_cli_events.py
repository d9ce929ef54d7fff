"""ingest → consolidated events → split → consolidate, run as users run it (subprocesses)."""

from __future__ import annotations

import json

from tests.cli.test_cli import sahelwatch

ARTICLES = [
    {"id": "fr-a", "lang": "fr", "published_at": "2026-03-15T09:00:00+00:00", "url": "https://fr.example/a",
     "source": "Agence Sahel Presse", "title": "Attaque contre le camp de Boulkessi",
     "text": "Des hommes armés du JNIM ont attaqué samedi le camp militaire de Boulkessi, dans la région de "
             "Mopti, tuant quinze soldats maliens, selon un bilan provisoire de l'armée."},
    {"id": "en-a", "lang": "en", "published_at": "2026-03-17T09:00:00+00:00", "url": "https://en.example/a",
     "source": "Sahel Wire", "title": "Toll rises after Boulkessi camp attack",
     "text": "JNIM militants attacked the Boulkessi military camp in Mali's Mopti region on Saturday, killing "
             "23 soldiers, the army said on Tuesday in a revised toll."},
]


def test_ingest_consolidates_and_an_analyst_splits_from_the_command_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    sahelwatch("ingest", str(feed), "-q", data_dir=tmp_path)
    [event] = json.loads(sahelwatch("events", "list", "--json", data_dir=tmp_path).stdout)
    assert (event["report_count"], event["location"], event["fatalities"]) == (2, "Boulkessi", 23)
    shown = json.loads(sahelwatch("events", "show", event["id"], "--json", data_dir=tmp_path).stdout)
    assert [r["document_id"] for r in shown["reports"]] and {r["lang"] for r in shown["reports"]} == {"fr", "en"}
    text = sahelwatch("events", "show", event["id"], data_dir=tmp_path).stdout
    assert "Boulkessi" in text and "report rp-" in text and "merged rp-" in text
    english = next(r["id"] for r in shown["reports"] if r["lang"] == "en")
    split = json.loads(sahelwatch("events", "split", event["id"], english, "--by", "analyst-7", "--json",
                                  data_dir=tmp_path).stdout)
    assert split["event"] == event["id"] and split["new_event"] != event["id"]
    rerun = json.loads(sahelwatch("consolidate", "--json", data_dir=tmp_path).stdout)
    assert rerun["unchanged"] == 2 and rerun["created"] == 0
    listed = json.loads(sahelwatch("events", "list", "--json", data_dir=tmp_path).stdout)
    assert sorted(e["id"] for e in listed) == sorted([event["id"], split["new_event"]])
    history = json.loads(sahelwatch("events", "history", split["new_event"], "--json", data_dir=tmp_path).stdout)
    assert history[-1]["changed_by"] == "analyst-7"
    bad = sahelwatch("events", "split", event["id"], "rp-unknown", data_dir=tmp_path, check=False)
    assert bad.returncode == 1 and bad.stderr.startswith("Error: cannot split event")
    missing = sahelwatch("events", "show", "ev-missing", data_dir=tmp_path, check=False)
    assert missing.returncode == 1 and "no event with id" in missing.stderr
