"""``sahelwatch sources`` and ``sahelwatch run`` as users run them, against a feed server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.cli.test_cli import sahelwatch
from tests.ingest.feedserver import FeedServer, Reply, article, rss

RSS = {"Content-Type": "application/rss+xml"}
FAST = {"SAHELWATCH_HOST_DELAY_SECONDS": "0", "SAHELWATCH_FETCH_BACKOFF_SECONDS": "0.01"}


@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


def serve_feed(server, count: int, delay: float = 0.0) -> None:
    items = []
    for n in range(count):
        path = f"/a/{n}.html"
        text = (f"Rapport {n}: des hommes armés ont attaqué le village de Tin-{n * 7919 % 10007} dans la commune "
                f"{n % 97}, selon le bulletin {n * 31 % 1009}. Les habitants ont fui vers le chef-lieu {n}.")
        server.route(path, Reply(article(f"Attaque numéro {n}", text), delay=delay))
        items.append((server.url(path), f"Attaque {n}", "Mon, 12 Jan 2026 08:00:00 GMT"))
    server.route("/feed.xml", Reply(rss(items), headers=RSS))


def run_env(data, **extra):
    return {**os.environ, "SAHELWATCH_DATA_DIR": str(data), **FAST, **extra}


@pytest.mark.parametrize("command", [["sources"], *[["sources", c] for c in
                                     ("add", "list", "show", "edit", "enable", "disable", "remove", "test")],
                                     ["run"]], ids=" ".join)
def test_every_command_has_help(tmp_path, command):
    result = sahelwatch(*command, "--help", data_dir=tmp_path)
    assert "Usage" in result.stdout


def test_sources_lifecycle_and_test(tmp_path, server):
    serve_feed(server, 2)
    data = tmp_path / "data"
    sahelwatch("sources", "add", "wire", "--type", "rss", "--url", server.url("/feed.xml"), "--lang", "fr",
               "--country", "ml", "--reliability", "b", data_dir=data)
    [listed] = json.loads(sahelwatch("sources", "list", "--json", data_dir=data).stdout)
    assert (listed["country"], listed["reliability"], listed["enabled"], listed["verified"]) == ("ML", "B", False, False)
    result = sahelwatch("sources", "test", "wire", data_dir=data)
    assert "HTTP status: 200" in result.stdout and "items found: 2" in result.stdout
    assert "no robots.txt" in result.stdout and "OK, source marked verified" in result.stdout
    shown = json.loads(sahelwatch("sources", "show", "wire", "--json", data_dir=data).stdout)
    assert shown["verified"] and shown["etag"] is None and shown["documents"] == 0
    sahelwatch("sources", "edit", "wire", "--poll-minutes", "15", "--reliability", "A", data_dir=data)
    sahelwatch("sources", "enable", "wire", data_dir=data)
    reports = json.loads(sahelwatch("run", "--once", "--json", data_dir=data).stdout)
    assert [(r["source"], r["stored"]) for r in reports] == [("wire", 2)]
    table = sahelwatch("sources", "list", data_dir=data).stdout
    assert "wire" in table and "enabled" in table and "never" not in table
    refused = sahelwatch("sources", "remove", "wire", data_dir=data, check=False)
    assert refused.returncode == 1 and "disable it instead" in refused.stderr
    sahelwatch("sources", "disable", "wire", data_dir=data)
    sahelwatch("sources", "remove", "wire", "--force", data_dir=data)
    assert json.loads(sahelwatch("sources", "list", "--json", data_dir=data).stdout) == []


def test_sources_test_failure_says_what_happened(tmp_path, server):
    server.route("/robots.txt", Reply("User-agent: *\nDisallow: /\n", headers={"Content-Type": "text/plain"}))
    data = tmp_path / "data"
    sahelwatch("sources", "add", "closed", "--type", "rss", "--url", server.url("/feed.xml"), data_dir=data)
    result = sahelwatch("sources", "test", "closed", data_dir=data, check=False)
    assert result.returncode == 1 and "disallowed by robots.txt" in result.stdout
    assert result.stderr.strip().startswith("Error: source 'closed' test failed: robots_disallowed")
    [listed] = json.loads(sahelwatch("sources", "list", "--json", data_dir=data).stdout)
    assert listed["last_error"].startswith("robots_disallowed") and not listed["verified"]


@pytest.mark.parametrize("args, message", [
    (["sources", "add", "x", "--type", "rsss", "--url", "http://a.example/"],
     "Error: unknown source type 'rsss'; known: atom, folder, page, rss, sitemap"),
    (["sources", "add", "x", "--type", "rss", "--url", "ftp://a"], "must start with http:// or https://"),
    (["sources", "add", "x", "--type", "rss", "--url", "http://a.example/", "--reliability", "Z"],
     "not an Admiralty grade; use one of A, B, C, D, E, F"),
    (["sources", "enable", "nope"], "Error: no source with id 'nope'"),
])
def test_source_errors_name_what_to_do(tmp_path, args, message):
    result = sahelwatch(*args, data_dir=tmp_path, check=False)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1 and message in lines[0]


def test_catalogue_loads_disabled_and_unverified(tmp_path):
    sahelwatch("sources", "add", "--from-catalogue", data_dir=tmp_path)
    sources = json.loads(sahelwatch("sources", "list", "--json", data_dir=tmp_path).stdout)
    assert len(sources) >= 40 and not any(s["enabled"] or s["verified"] for s in sources)
    assert {s["lang"] for s in sources} == {"ar", "fr", "en"}
    assert {"ML", "NE", "BF", "MR", "TD", "MA", "DZ", "TN"} <= {s["country"] for s in sources}
    again = sahelwatch("sources", "add", "--from-catalogue", data_dir=tmp_path).stdout
    assert "Added 0 source(s)" in again


def test_sigterm_stops_run_cleanly(tmp_path, server):
    serve_feed(server, 3)
    data = tmp_path / "data"
    sahelwatch("sources", "add", "wire", "--type", "rss", "--url", server.url("/feed.xml"), "--enable", data_dir=data)
    process = subprocess.Popen([sys.executable, "-m", "sahelwatch", "run", "--no-web"], env=run_env(data),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.hits.get("/a/2.html", 0) == 0:
        time.sleep(0.1)
    time.sleep(1.0)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert "stop requested signal=SIGTERM" in stderr and "run stopped" in stderr, stderr
    db = sqlite3.connect(data / "sahelwatch.db")
    stored = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert stored == db.execute("SELECT COUNT(*) FROM source_items").fetchone()[0]
    assert ("outcome=ok" in stderr) == (stored == 3)


@pytest.mark.slow
def test_sigkill_mid_poll_then_restart_stores_every_article_once(tmp_path, server):
    count = 300
    serve_feed(server, count, delay=0.01)
    data = tmp_path / "data"
    sahelwatch("sources", "add", "wire", "--type", "rss", "--url", server.url("/feed.xml"), "--enable", data_dir=data)
    env = run_env(data, SAHELWATCH_INGEST_BATCH_SIZE="10", SAHELWATCH_MAX_ITEMS_PER_POLL="1000")
    process = subprocess.Popen([sys.executable, "-m", "sahelwatch", "run", "--once"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db_path = data / "sahelwatch.db"
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and stored < 60:
        time.sleep(0.1)
        try:
            stored = sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except sqlite3.OperationalError:
            stored = 0  # tables not created yet
    process.send_signal(signal.SIGKILL)
    process.wait()
    db = sqlite3.connect(db_path)
    partial = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 0 < partial < count, "the run must be killed mid-poll for this test to mean anything"
    assert db.execute("SELECT COUNT(*) FROM source_items").fetchone()[0] == partial
    db.close()
    reports = json.loads(subprocess.run([sys.executable, "-m", "sahelwatch", "run", "--once", "--json"], env=env,
                                        capture_output=True, text=True, timeout=300, check=True).stdout)
    assert reports[0]["stored"] == count - partial and reports[0]["new_items"] == count - partial
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT COUNT(*), COUNT(DISTINCT url) FROM documents").fetchone() == (count, count)
    assert db.execute("SELECT COUNT(*) FROM source_items WHERE source_id = 'wire'").fetchone()[0] == count
    assert db.execute("SELECT COUNT(*) FROM documents WHERE source_id = 'wire'").fetchone()[0] == count
