"""Geocoding check on UCDP GED Nigeria: geoparse each event's English source headline.

Rows with where_prec 1–2 (exact place or within 25 km). Hint: country NG. The most
specific resolved place is compared with UCDP's latitude/longitude and adm_1.
Prints: coverage (share of rows where a place below country level is found), the share
within 25 km among rows resolved to a town (precision 1–2), the share within 25 km over
all rows, and adm_1 agreement among rows resolved to admin1 or better.

The field sometimes carries bibliographic lines after a headline ("CR <outlet>", "AU <author>");
they are dropped, so an outlet's or a journalist's name is not read as a place.

Run: .venv/bin/python eval/geo/ucdp_headlines.py [path/to/conflict_data_nga.csv]
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

from sahelwatch.gazetteer import Gazetteer, ResolutionHints, find_places, most_specific, resolve
from sahelwatch.gazetteer.geo import distance_km
from sahelwatch.text.normalise import fold, normalise

# A citation line in the field: its tag, then the outlet or author up to the next headline.
CITATION = re.compile(r"\n\s*(?:AU|CR)\b[^;]*")
DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "data" / "ucdp-ged-nigeria" / "conflict_data_nga.csv"


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[1:]  # row 2 is the HXL hashtag row
    rows = [r for r in rows if r["where_prec"].split(".")[0] in ("1", "2") and r["source_headline"].strip()]
    for row in rows:
        row["source_headline"] = CITATION.sub("", row["source_headline"])
    return rows


def same_admin1(gazetteer: Gazetteer, code: str | None, ucdp_adm1: str) -> bool:
    if not code:
        return False
    wanted = fold(ucdp_adm1).replace(" state", "").strip()
    region = gazetteer.admin1(code)
    return wanted in {fold(region.name), fold(region.name_fr)} or (code == "NG-NA" and wanted == "nassarawa")


def main(path: Path = DEFAULT) -> None:
    gazetteer = Gazetteer.load()
    rows = read_rows(path)
    hints = ResolutionHints(countries=("NG",))
    tally: Counter[str] = Counter()
    for row in rows:
        resolved = resolve(find_places(normalise(row["source_headline"]), "en", gazetteer), hints)
        best = most_specific(resolved)
        if best is None or best.geo_precision is None:
            tally["no place below country"] += 1
            continue
        place = best.place
        tally["resolved admin1 or better"] += 1
        tally["adm1 agrees"] += same_admin1(gazetteer, place.admin1_code, row["adm_1"])
        if place.latitude is None:
            continue
        km = distance_km(place.latitude, place.longitude, float(row["latitude"]), float(row["longitude"]))
        tally["within 25 km (all)"] += km <= 25
        if best.geo_precision <= 2:
            tally["town-level"] += 1
            tally["town-level within 25 km"] += km <= 25
    total = len(rows)
    town = tally["town-level"] or 1
    resolved = tally["resolved admin1 or better"] or 1
    print(f"UCDP GED Nigeria, where_prec 1-2 rows with a headline: {total}")
    print(f"  resolved below country level:         {tally['resolved admin1 or better']} ({tally['resolved admin1 or better'] / total:.3f})")
    print(f"  resolved to a town/district (prec 1-2): {tally['town-level']} ({tally['town-level'] / total:.3f})")
    print(f"  within 25 km, among town-level:         {tally['town-level within 25 km'] / town:.3f}")
    print(f"  within 25 km, among all rows:           {tally['within 25 km (all)'] / total:.3f}")
    print(f"  adm_1 agreement, among resolved:        {tally['adm1 agrees'] / resolved:.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT, help="UCDP GED export (default: %(default)s)")
    main(parser.parse_args().csv)
