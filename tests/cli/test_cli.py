"""The command line, run as users run it: in a subprocess."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

SAMPLE = ROOT / "sahelwatch" / "data" / "sample"


def sahelwatch(*args: str, data_dir: Path, stdin: str | None = None, check: bool = True):
    env = {**os.environ, "SAHELWATCH_DATA_DIR": str(data_dir), "COLUMNS": "200"}
    env.pop("SAHELWATCH_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-m", "sahelwatch", *args], input=stdin, capture_output=True,
                            text=True, env=env, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr[-2000:]}")
    return result


COMMANDS = [[], ["init"], ["ingest"], ["documents"], ["documents", "search"], ["documents", "show"],
            ["doctor"], ["config"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "top")
def test_every_command_has_help(tmp_path, command):
    result = sahelwatch(*command, "--help", data_dir=tmp_path)
    assert "Usage" in result.stdout and len(result.stdout.splitlines()) > 3


def test_ingest_search_show_on_the_sample_corpus(tmp_path):
    data = tmp_path / "data"
    sahelwatch("init", data_dir=data)
    summary = json.loads(sahelwatch("ingest", str(SAMPLE), "--json", "-q", data_dir=data).stdout)
    # sample/README.md: sample-006 repeats sample-005 at the same URL plus tracking parameters (the same
    # article, stored once); sample-011 repeats sample-010 elsewhere; 019 and 027 are edited re-runs.
    assert summary["read"] >= 55 and summary["stored"] + summary["already_stored"] == summary["read"]
    assert summary["already_stored"] == 1
    assert summary["by_status"] == {"ok": summary["stored"] - 3, "duplicate": 1, "near_duplicate": 2}
    again = json.loads(sahelwatch("ingest", str(SAMPLE), "--json", "-q", data_dir=data).stdout)
    assert again["stored"] == 0 and again["already_stored"] == summary["read"]

    hits = json.loads(sahelwatch("documents", "search", "الارهاب", "--json", data_dir=data).stdout)
    assert hits and all(h["lang"] == "ar" for h in hits) and all(h["highlights"] for h in hits)
    hits = json.loads(sahelwatch("documents", "search", "Tillaberi", "--lang", "fr", "--json", data_dir=data).stdout)
    assert hits and any("Tillab" in h for hit in hits for h in hit["highlights"])

    shown = json.loads(sahelwatch("documents", "show", hits[0]["id"], "--json", data_dir=data).stdout)
    assert shown["id"] == hits[0]["id"] and shown["text"] and shown["lang"] == "fr"
    text = sahelwatch("documents", "show", hits[0]["id"], data_dir=data).stdout
    assert shown["title"] in text


def test_stdin_jsonl_and_strict(tmp_path):
    lines = [json.dumps({"id": "1", "text": "Des hommes armés ont attaqué un poste de police à Diffa hier soir, "
                                            "selon des sources locales.", "lang": "fr"}),
             "{broken"]
    result = sahelwatch("ingest", "-", "--json", "-q", data_dir=tmp_path, stdin="\n".join(lines))
    assert json.loads(result.stdout)["rejected_by_reason"] == {"malformed_jsonl": 1}
    strict = sahelwatch("ingest", "-", "--strict", "-q", data_dir=tmp_path / "other", stdin="{broken\n",
                        check=False)
    assert strict.returncode == 1
    assert strict.stderr.strip().splitlines()[-1].startswith("Error: 1 document(s) rejected")


@pytest.mark.parametrize("args, message", [
    (["documents", "show", "doc-missing"], "Error: no document with id 'doc-missing'"),
    (["--database-url", "mysql://x/y", "init"], "Error: "),
])
def test_errors_are_one_line_and_non_zero(tmp_path, args, message):
    result = sahelwatch(*args, data_dir=tmp_path, check=False)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message) and "Traceback" not in result.stderr


def test_bad_option_value_is_refused(tmp_path):
    result = sahelwatch("documents", "search", "x", "--lang", "es", data_dir=tmp_path, check=False)
    assert result.returncode == 2 and "unknown language" in result.stderr


def test_doctor_reports_what_is_missing(tmp_path):
    result = sahelwatch("doctor", data_dir=tmp_path / "nowhere", check=False)
    assert result.returncode == 1 and "sahelwatch init" in result.stdout
    sahelwatch("init", data_dir=tmp_path / "data")
    assert sahelwatch("doctor", data_dir=tmp_path / "data").returncode == 0


def test_real_arabic_article(tmp_path, shared_dir):
    article = shared_dir / "examples" / "bladna24-morocco-sahel-analysis.ar.txt"
    sahelwatch("ingest", str(article), "-q", data_dir=tmp_path)
    db = sqlite3.connect(tmp_path / "sahelwatch.db")
    [(status, lang, text)] = db.execute("SELECT status, lang, text FROM documents").fetchall()
    assert (status, lang) == ("ok", "ar") and text == article.read_text(encoding="utf-8").strip()


@pytest.mark.slow
def test_sigkill_mid_run_then_resume_stores_every_document_once(tmp_path):
    count = 3000
    feed = tmp_path / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as handle:
        for n in range(count):
            text = (f"Rapport numéro {n}: des hommes armés ont attaqué le village {n * 7919 % 10007} "
                    f"dans la commune {n % 97}, selon le bulletin {n * 31 % 1009} publié le jour {n % 28}.")
            handle.write(json.dumps({"id": str(n), "text": text, "lang": "fr"}) + "\n")
    data = tmp_path / "data"
    sahelwatch("init", data_dir=data)
    env = {**os.environ, "SAHELWATCH_DATA_DIR": str(data), "SAHELWATCH_INGEST_BATCH_SIZE": "20"}
    process = subprocess.Popen([sys.executable, "-m", "sahelwatch", "ingest", str(feed), "-q"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db_path = data / "sahelwatch.db"
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and stored < 200:
        time.sleep(0.2)
        stored = sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 0 < partial < count, "the run must be killed mid-way for this test to mean anything"
    summary = json.loads(sahelwatch("ingest", str(feed), "--json", "-q", data_dir=data).stdout)
    assert summary["already_stored"] == partial and summary["stored"] == count - partial
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT COUNT(*), COUNT(DISTINCT origin) FROM documents").fetchone() == (count, count)
    assert db.execute("SELECT COUNT(*) FROM documents_fts").fetchone()[0] == count
