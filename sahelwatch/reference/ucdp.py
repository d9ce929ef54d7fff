"""UCDP GED events and UCDP country-month fatalities: reading, coding, and deriving compact files.

UCDP codes lethal organised violence only. Its events map onto Sahel Watch's coding as:
type_of_violence 1 (state-based) and 2 (non-state) → Battles / Armed clash; 3 (one-sided,
against civilians) → Violence against civilians / Attack. where_prec 1 → geo precision 1,
2 → 2, 3 and above → 3; date_prec 1 → 1, 2 → 2, 3 and above → 3. Sides are mapped to the
actor registry's canonical names where UCDP's name is known (``Government of Nigeria`` →
``Military Forces of Nigeria``, ``Jama'atu Ahlis Sunna Lidda'awati wal-Jihad`` → ``Boko Haram
(JAS)``, ``IS`` → ``Islamic State West Africa Province`` in Nigeria, ``Civilians`` →
``Civilians (Nigeria)``); other names are kept as UCDP writes them. Fatalities are UCDP's
``best`` estimate.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pycountry

from sahelwatch.gazetteer import Gazetteer
from sahelwatch.model import Event
from sahelwatch.text.normalise import fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
GED_FILE = DATA_DIR / "ucdp_ged_nigeria_northeast.csv.gz"
CM_FILE = DATA_DIR / "ucdp_cm_africa.csv.gz"
NORTH_EAST = ("Borno state", "Yobe state", "Adamawa state")
GED_COLUMNS = ("id", "type_of_violence", "side_a", "side_b", "where_prec", "where_coordinates", "adm_1", "adm_2",
               "latitude", "longitude", "country", "date_prec", "date_start", "date_end", "best", "low", "high",
               "source_headline")
CM_COLUMNS = ("iso2", "year", "month", "state_based", "non_state", "one_sided")
_SIDES = {"government of nigeria": "Military Forces of Nigeria",
          "jama'atu ahlis sunna lidda'awati wal-jihad": "Boko Haram (JAS)",
          "is": "Islamic State West Africa Province", "civilians": "Civilians (Nigeria)"}


@dataclass(frozen=True, slots=True)
class ReferenceEvent:
    """A reference event with its origin id (``UCDP-GED:15960``)."""

    origin_id: str
    event: Event


@dataclass(frozen=True, slots=True)
class CountryMonth:
    country: str        # ISO 3166-1 alpha-2
    month: dt.date      # first day of the month
    state_based: float
    non_state: float
    one_sided: float


def _int(value: str) -> int:
    return int(float(value)) if value.strip() else 0


def _precision(value: str) -> int:
    return min(max(_int(value), 1), 3)


def _admin1(gazetteer: Gazetteer, country: str, name: str) -> tuple[str | None, str | None]:
    wanted = fold(name).replace(" state", "").replace(" province", "").strip()
    for code in gazetteer.admin1_codes(country):
        region = gazetteer.admin1(code)
        if wanted in (fold(region.name), fold(region.name_fr)):
            return code, region.name
    return None, None


def code_ged_row(row: dict[str, str], gazetteer: Gazetteer) -> ReferenceEvent:
    """One UCDP GED row as a coded event."""
    country = pycountry.countries.get(name=row["country"]) or pycountry.countries.lookup(row["country"])
    iso2 = country.alpha_2
    one_sided = row["type_of_violence"].startswith("3")
    admin1_code, admin1 = _admin1(gazetteer, iso2, row["adm_1"])
    location = row["where_coordinates"].rsplit(" ", 1)[0] if row["where_prec"].startswith(("1", "2")) else None
    event = Event(
        event_type="Violence against civilians" if one_sided else "Battles",
        sub_event_type="Attack" if one_sided else "Armed clash",
        country=iso2, admin1=admin1, admin1_code=admin1_code, location=location,
        latitude=float(row["latitude"]), longitude=float(row["longitude"]),
        geo_precision=_precision(row["where_prec"]),
        actor1=_SIDES.get(fold(row["side_a"]), row["side_a"]), actor2=_SIDES.get(fold(row["side_b"]), row["side_b"]),
        fatalities=_int(row["best"]), date=dt.date.fromisoformat(row["date_start"][:10]),
        date_precision=_precision(row["date_prec"]), confidence=1.0,
    )
    return ReferenceEvent(f"UCDP-GED:{_int(row['id'])}", event)


def read_ged(path: Path = GED_FILE) -> Iterator[ReferenceEvent]:
    gazetteer = Gazetteer.load()
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield code_ged_row(row, gazetteer)


def read_country_months(path: Path = CM_FILE) -> Iterator[CountryMonth]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield CountryMonth(row["iso2"], dt.date(int(row["year"]), int(row["month"]), 1),
                               float(row["state_based"] or 0), float(row["non_state"] or 0),
                               float(row["one_sided"] or 0))


def _write_gz(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:  # reproducible bytes
        handle.write(buffer.getvalue().encode("utf-8"))


def build(shared_data: Path, out_dir: Path = DATA_DIR) -> dict[str, int]:
    """Derive the compact reference files from ``../shared/data`` (reproducible, byte for byte)."""
    with open(shared_data / "ucdp-ged-nigeria" / "conflict_data_nga.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[1:]  # the second row is HXL hashtags
    ged = [{c: row[c] for c in GED_COLUMNS} for row in rows if row["adm_1"] in NORTH_EAST and row["latitude"]]
    ged.sort(key=lambda r: (r["date_start"], _int(r["id"])))
    _write_gz(out_dir / GED_FILE.name, GED_COLUMNS, ged)
    months = []
    with open(shared_data / "ucdp-cm-views" / "africa_cm_ucdp_ged_1989_2024.csv", encoding="utf-8", newline="") as h:
        for row in csv.DictReader(h):
            country = pycountry.countries.get(alpha_3=row["isoab"])
            if country is None:
                continue
            state_based = row["ged_sb_merged"] or row["ged_best_sb"]
            months.append({"iso2": country.alpha_2, "year": row["year"], "month": row["month"],
                           "state_based": state_based, "non_state": row["ged_best_ns"], "one_sided": row["ged_best_os"]})
    _write_gz(out_dir / CM_FILE.name, CM_COLUMNS, months)
    return {"ged_events": len(ged), "country_months": len(months)}
