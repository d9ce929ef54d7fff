"""Arabic place-name recall of the geoparser on NewsFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0).

Location entities are the tags Nation, Population-Center, State-or-Province,
County-or-District and GPE-Cluster. Each sentence is rebuilt from its tokens (the corpus is
clitic-segmented, so proclitics stand apart) and geoparsed with ``find_places``; an entity
counts as found when a mention covers it exactly or overlaps it. The corpus has no
coordinates, so it cannot be filtered to the Sahel-Sahara: the figure is overall (mostly
Middle-East and world news of the 2000s), by class.

Run: .venv/bin/python eval/geo/newsfane_recall.py [path/to/NewsFANE_Gold_2014_170K.txt]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from sahelwatch.gazetteer import Gazetteer, find_places
from sahelwatch.text.normalise import normalise

DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "data" / "arabic-ner-newsfane" / "NewsFANE_Gold_2014_170K.txt"
LOCATION_TAGS = {"Nation", "Population-Center", "State-or-Province", "County-or-District", "GPE-Cluster"}


def sentences(path: Path):
    """Sentences as lists of (token, tag)."""
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.strip().lstrip("\u200e\ufeff").split("\t")
        if len(parts) < 2 or not parts[0].strip("\u200e "):
            if current:
                yield current
            current = []
            continue
        current.append((parts[0].strip("\u200e\ufeff "), parts[1].strip()))
    if current:
        yield current


def entities(sentence: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    """The sentence text and its location entities as (start, end, class) spans."""
    text, spans, offset, open_span = [], [], 0, None
    for token, tag in sentence:
        start, end = offset, offset + len(token)
        text.append(token)
        offset = end + 1
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if tag.startswith("I-") and open_span and open_span[2] == kind:
            open_span = (open_span[0], end, kind)
            continue
        if open_span:
            spans.append(open_span)
        open_span = (start, end, kind) if kind in LOCATION_TAGS else None
    if open_span:
        spans.append(open_span)
    return " ".join(text), spans


def main(path: Path = DEFAULT) -> None:
    gazetteer = Gazetteer.load()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for sentence in sentences(path):
        text, spans = entities(sentence)
        if not spans:
            continue
        mentions = find_places(normalise(text), "ar", gazetteer)
        for start, end, kind in spans:
            total[kind] += 1
            found[kind] += any(m.start < end and start < m.end for m in mentions)
    print(f"NewsFANE Gold location entities: {sum(total.values())}")
    print(f"  recall overall: {sum(found.values()) / max(1, sum(total.values())):.3f}")
    for kind, count in total.most_common():
        print(f"  {kind:20} {found[kind]:5}/{count:5} = {found[kind] / count:.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT, help="NewsFANE file (default: %(default)s)")
    main(parser.parse_args().corpus)
