"""Consolidation speed: reports per second into events, through the store (SQLite by default).

    .venv/bin/python bench/consolidate.py [--reports 5000] [--database-url postgresql://...]

Builds synthetic documents, each with one event report: incidents spread over a year in six
countries and twenty towns, each incident reported by one to five outlets with jittered dates
and tolls. Stores them, then times an incremental consolidation of everything (the
post-ingest path), a full re-run (``sahelwatch consolidate``), and an incremental run after
100 new reports. Prints reports/second, events made and peak resident memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import tempfile
import time

from sahelwatch.consolidate.criteria import MergeRules
from sahelwatch.model import Document, Event
from sahelwatch.store import open_store

TOWNS = [("ML", "ML-5", "Mopti", "Boulkessi", 15.0, -1.2), ("ML", "ML-7", "Gao", "Ansongo", 15.66, 0.5),
         ("ML", "ML-9", "Ménaka", "Ménaka", 15.92, 2.4), ("NE", "NE-6", "Tillabéri", "Banibangou", 15.04, 2.7),
         ("NE", "NE-5", "Tahoua", "Tillia", 16.14, 4.79), ("BF", "BF-12", "Sahel", "Djibo", 14.1, -1.63),
         ("BF", "BF-08", "Est", "Diapaga", 12.07, 1.79), ("NG", "NG-BO", "Borno", "Konduga", 11.65, 13.42),
         ("TD", "TD-LC", "Lac", "Barkaram", 13.4, 14.2), ("DZ", "DZ-11", "Tamanrasset", "Tamanrasset", 22.8, 5.5)]
CODINGS = [("Battles", "Armed clash", "JNIM", "Military Forces of {c}"),
           ("Violence against civilians", "Attack", "Islamic State (Sahel)", "Civilians ({c})"),
           ("Explosions/Remote violence", "Remote explosive/landmine/IED", None, "Military Forces of {c}")]
NAMES = {"ML": "Mali", "NE": "Niger", "BF": "Burkina Faso", "NG": "Nigeria", "TD": "Chad", "DZ": "Algeria"}


def documents(count: int, seed: int = 7, prefix: str = "d") -> list[Document]:
    rng, docs, start = random.Random(seed), [], dt.date(2026, 1, 1)
    while len(docs) < count:
        country, code, region, town, lat, lon = rng.choice(TOWNS)
        event_type, sub, actor1, actor2 = rng.choice(CODINGS)
        day = start + dt.timedelta(days=rng.randrange(365))
        toll = rng.randrange(1, 40)
        for outlet in range(rng.randint(1, 5)):
            event = Event(event_type, sub, country, (), region, code, town, lat, lon, 1, actor1,
                          actor2.format(c=NAMES[country]), toll + rng.randrange(3),
                          day + dt.timedelta(days=rng.choice((0, 0, 0, -1))), 1, False, 0.7,
                          {"location": (0, len(town))})
            published = dt.datetime.combine(day, dt.time(8), dt.timezone.utc) + dt.timedelta(hours=outlet * 7)
            docs.append(Document(id=f"{prefix}{len(docs)}", origin="bench", text=town + " ...", lang="fr",
                                 published_at=published, site=f"outlet-{outlet}", events=(event,)))
    return docs[:count]


def timed(label: str, count: int, action) -> None:
    began = time.perf_counter()
    summary = action()
    seconds = time.perf_counter() - began
    print(f"{label:<34} {seconds:7.2f} s  {count / seconds:9.0f} reports/s  {summary.as_dict()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=5000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(args.database_url or f"sqlite:///{folder}/bench.db")
        store.add_documents(documents(args.reports))
        rules = MergeRules()
        timed("incremental (all pending)", args.reports, lambda: store.consolidate(rules))
        timed("full re-run", args.reports, lambda: store.consolidate(rules, full=True))
        store.add_documents(documents(100, seed=11, prefix="n"))
        timed("incremental (100 new reports)", 100, lambda: store.consolidate(rules))
        print(f"events: {len(store.events(limit=100_000))}; "
              f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        store.close()


if __name__ == "__main__":
    main()
