"""Benchmark of the REST API and the dashboard on SQLite with 1,000,000 synthetic events.

    .venv/bin/python bench/api.py                 # 1,000,000 events in a temporary folder
    .venv/bin/python bench/api.py --events 200000 --keep /tmp/bench-data   # run again: reuses the events

Fills a fresh database with synthetic events (bulk insert through sqlite3), then sends
requests in-process through the ASGI app (httpx.ASGITransport, Bearer token) and prints
p50/p95 latency of the filtered event list, one event, the statistics endpoints, and the
dashboard's time to first render (server-side HTML, logged in). Targets on SQLite:
filtered list p95 < 150 ms, statistics p95 < 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from sahelwatch import taxonomy
from sahelwatch.config import load_config
from sahelwatch.gazetteer import Gazetteer
from sahelwatch.store import open_store, users
from sahelwatch.web import create_app

COUNTRIES = ("ML", "BF", "NE", "NG", "TD", "MR", "CM", "DZ", "LY", "SN")
ACTORS = ["JNIM", "Islamic State Sahel", "ISWAP", "Boko Haram (JAS)", "Ansarul Islam", "Katiba Macina", "VDP",
          "Dan Na Ambassagou", "Wagner Group", "Unidentified Armed Group"] + \
         [f"Military Forces of {c}" for c in ("Mali", "Burkina Faso", "Niger", "Nigeria", "Chad")] + \
         [f"Civilians ({c})" for c in ("Mali", "Burkina Faso", "Niger", "Nigeria")]
COLUMNS = ("id", "event_type", "sub_event_type", "ct_tags", "country", "admin1", "admin1_code", "location",
           "latitude", "longitude", "geo_precision", "actor1", "actor2", "fatalities", "event_date", "date_precision",
           "background", "confidence", "status", "tlp", "report_count", "source_count", "merge_reasons", "version",
           "created_at", "updated_at")


def synthetic_rows(count: int, seed: int = 7):
    rng = random.Random(seed)
    gazetteer = Gazetteer.load()
    regions = {c: [gazetteer.admin1(code) for code in gazetteer.admin1_codes(c)] for c in COUNTRIES}
    subs = list(taxonomy.SUB_EVENT_TYPES.values())
    tags = list(taxonomy.CT_TAGS)
    start = dt.date(2015, 1, 1)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc).isoformat()
    for n in range(count):
        country = rng.choice(COUNTRIES)
        region = rng.choice(regions[country])
        sub = rng.choice(subs)
        lat = (region.latitude or 13.0) + rng.uniform(-0.8, 0.8)
        lon = (region.longitude or 0.0) + rng.uniform(-0.8, 0.8)
        yield (f"ev-{n:08d}", sub.event_type, sub.name, rng.choice(tags) if rng.random() < 0.3 else "", country,
               region.name, region.code, f"Place {n % 5000}", round(lat, 4), round(lon, 4), rng.choice((1, 2, 3)),
               rng.choice(ACTORS), rng.choice(ACTORS), rng.choice((0, 0, 1, 2, 3, 5, 8, 12, None)),
               (start + dt.timedelta(days=rng.randrange(4018))).isoformat(), 1, 0, round(rng.random(), 3),
               "machine", "TLP:CLEAR", 1, 1, "[]", 1, now, now)


def fill(db_path: Path, count: int) -> float:
    began = time.perf_counter()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA synchronous = OFF")
    placeholders = ", ".join("?" for _ in COLUMNS)
    rows = synthetic_rows(count)
    while True:
        batch = [row for _, row in zip(range(50_000), rows)]
        if not batch:
            break
        conn.executemany(f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({placeholders})", batch)
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    return time.perf_counter() - began


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000


async def measure(client: httpx.AsyncClient, paths: list[str], headers: dict | None = None) -> tuple[float, float]:
    samples = []
    for path in paths:
        began = time.perf_counter()
        response = await client.get(path, headers=headers)
        samples.append(time.perf_counter() - began)
        assert response.status_code == 200, (path, response.status_code, response.text[:300])
    return percentiles(samples)


def workloads(rng: random.Random, repeat: int) -> dict[str, list[str]]:
    def year_filter() -> str:
        year = rng.randrange(2016, 2026)
        return f"country={rng.choice(COUNTRIES)}&from={year}-01-01&to={year}-12-31"
    return {
        "events: country + year + type": [f"/api/v1/events?{year_filter()}&type=Battles" for _ in range(repeat)],
        "events: country, newest first": [f"/api/v1/events?country={rng.choice(COUNTRIES)}" for _ in range(repeat)],
        "events: no filter, most fatalities": ["/api/v1/events?sort=-fatalities" for _ in range(repeat)],
        "events: actor + year": [f"/api/v1/events?actor=JNIM&from={rng.randrange(2016, 2026)}-01-01" for _ in range(repeat)],
        "events: bbox": [f"/api/v1/events?bbox={rng.uniform(-5, 5):.1f},12,{rng.uniform(6, 10):.1f},16" for _ in range(repeat)],
        "one event": [f"/api/v1/events/ev-{rng.randrange(1_000_000 if repeat else 1):08d}" for _ in range(repeat)],
        "statistics: month, country + year": [f"/api/v1/statistics/month?{year_filter()}" for _ in range(repeat)],
        "statistics: week, country + year": [f"/api/v1/statistics/week?{year_filter()}" for _ in range(repeat)],
        "statistics: admin1, country + year": [f"/api/v1/statistics/admin1?{year_filter()}" for _ in range(repeat)],
        "statistics: event_type, country + year": [f"/api/v1/statistics/event_type?{year_filter()}" for _ in range(repeat)],
        "statistics: actor, country + year": [f"/api/v1/statistics/actor?{year_filter()}" for _ in range(repeat)],
        "statistics: country, from a year on (all countries)": [
            f"/api/v1/statistics/country?from={rng.randrange(2016, 2026)}-01-01&to=2025-12-31" for _ in range(repeat)],
        "statistics: month, no filter (1M rows)": ["/api/v1/statistics/month" for _ in range(max(3, repeat // 5))],
    }


async def run(data_dir: Path, count: int, repeat: int) -> None:
    config = load_config(env={}, data_dir=str(data_dir))
    store = open_store(config.db_url)
    db_path = data_dir / "sahelwatch.db"
    with sqlite3.connect(db_path) as conn:
        present = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    if present:
        print(f"reusing {present:,} events in {db_path}")
        count = present
    else:
        print(f"filling {count:,} events ...", flush=True)
        print(f"  filled in {fill(db_path, count):.1f} s ({db_path.stat().st_size / 1e6:.0f} MB)")
    if not any(u.username == "bench" for u in users.list_users(store)):
        users.create_user(store, "bench", "benchmark-password", role="viewer")
    token = users.create_api_token(store, "bench", "bench")
    app = create_app(config, store)
    headers = {"Authorization": f"Bearer {token}"}
    rng = random.Random(11)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        await measure(client, ["/api/v1/events?limit=1", "/api/v1/statistics/month?country=ML"], headers)  # warm up
        print(f"\n{'request':48} {'p50 ms':>8} {'p95 ms':>8}")
        for name, paths in workloads(rng, repeat).items():
            if name == "one event":
                paths = [f"/api/v1/events/ev-{rng.randrange(count):08d}" for _ in paths]
            p50, p95 = await measure(client, paths, headers)
            print(f"{name:48} {p50:8.1f} {p95:8.1f}", flush=True)
        login = await client.get("/login")
        csrf = login.text.split('name="csrf_token" value="')[1].split('"')[0]
        await client.post("/login", data={"username": "bench", "password": "benchmark-password", "csrf_token": csrf})
        for label, path in (("dashboard, no filter (first render)", "/"),
                            ("dashboard, country + year", "/?country=ML&from=2024-01-01&to=2024-12-31")):
            began = time.perf_counter()
            response = await client.get(path)
            first = (time.perf_counter() - began) * 1000
            assert response.status_code == 200, response.text[:300]
            p50, p95 = await measure(client, [path] * 5)
            print(f"{label:48} {first:8.1f} (first)  p50 {p50:.1f}  p95 {p95:.1f}  ({len(response.content) / 1e3:.0f} kB)")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=40, help="requests per workload")
    parser.add_argument("--keep", type=Path, help="data folder to keep (default: a temporary one)")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        asyncio.run(run(args.keep, args.events, args.repeat))
    else:
        with tempfile.TemporaryDirectory() as folder:
            asyncio.run(run(Path(folder), args.events, args.repeat))


if __name__ == "__main__":
    main()
