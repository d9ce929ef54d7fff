"""Benchmark of the gazetteer: load time, memory, matcher build, geoparsing speed.

Run: .venv/bin/python bench/gazetteer.py
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

SENTENCES = [
    ("fr", "Des hommes armés ont attaqué dimanche le poste militaire de Boulkessi, près de la frontière burkinabè, dans la région de Mopti."),
    ("en", "Boko Haram fighters killed 12 people in Konduga, Borno State, and attacked Gwoza."),
    ("ar", "قتل عشرة جنود في هجوم قرب ميناكا شمال مالي، فيما تعرضت قرية في ولاية تيلابيري لهجوم آخر."),
]


def main() -> None:
    start = time.perf_counter()
    from sahelwatch.gazetteer.store import Gazetteer
    imported = time.perf_counter()
    gazetteer = Gazetteer.load("sahelwatch/gazetteer/data")
    loaded = time.perf_counter()
    tracemalloc.start()
    second = Gazetteer.load("sahelwatch/gazetteer/data")
    memory = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    del second
    from sahelwatch.gazetteer import find_places, resolve
    from sahelwatch.gazetteer.geoparse import matcher_for
    from sahelwatch.text.normalise import normalise
    matcher_start = time.perf_counter()
    matcher_for(gazetteer)
    matcher_done = time.perf_counter()
    runs = 300
    parse_start = time.perf_counter()
    for _ in range(runs // len(SENTENCES)):
        for lang, text in SENTENCES:
            resolve(find_places(normalise(text), lang, gazetteer))
    parse_done = time.perf_counter()
    print(f"import:               {imported - start:.3f} s")
    print(f"load ({len(gazetteer)} rows):  {loaded - imported:.3f} s, {memory:.1f} MB held (tracemalloc)")
    print(f"matcher build:        {matcher_done - matcher_start:.3f} s ({len(gazetteer.keys)} keys)")
    print(f"geoparse + resolve:   {(parse_done - parse_start) / runs * 1000:.2f} ms per sentence")


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    main()
