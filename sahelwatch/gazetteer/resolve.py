"""Choosing one place per mention from the document's context: ``resolve(mentions, hints)``.

Each candidate is scored by its kind and size, by agreement with the countries and regions
the rest of the document names (and the source's country focus in ``hints``), by a kind
cue next to it, and, in a second pass, by closeness to the other places chosen.

Evidence rules:
- a small place (village, camp, well; not curated) is chosen only if its country is named
  or hinted, or its region is named: thousands of villages share ordinary names; so is a
  town outside the Sahel-Sahara and its neighbours, unless it is a large city; and even a large city
  abroad gives way to a namesake in a country or region of the document ("near Kobe, in the Gao region");
- a region homonymous with a country ("Niger" the state of Nigeria) is the region only
  with a kind cue ("Niger State", "ولاية النيجر") or when the document names a place in it;
- a demonym ("soldats maliens", "الجيش المالي") counts only weakly as context and is
  returned with ``is_demonym`` true and no geo precision: it is not the event's place.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from sahelwatch.gazetteer.cues import load_cues
from sahelwatch.gazetteer.geo import distance_km
from sahelwatch.gazetteer.records import (
    Place,
    PlaceMention,
    ResolutionHints,
    ResolvedPlace,
)
from sahelwatch.gazetteer.sources import CACHE_COUNTRIES
from sahelwatch.text.normalise import fold

_KIND_BASE = {"country": 3.0, "admin1": 2.6, "town": 2.0, "admin2": 1.5, "feature": 1.2, "mountain": 1.2, "river": 1.2}
_SMALL_POPULATION = 1000
FAR_CITY_POPULATION = 1_000_000


def is_small(place: Place) -> bool:
    """A village or minor feature: needs its country or region in context to be chosen."""
    return place.kind in ("town", "feature", "admin2") and not place.curated and place.population < _SMALL_POPULATION


def resolve(mentions: list[PlaceMention], hints: ResolutionHints | None = None) -> list[ResolvedPlace]:
    """One place per mention (mentions without an acceptable candidate are dropped)."""
    hints = hints or ResolutionHints()
    countries, regions = _context(mentions, hints)
    listed = _listed_regions(mentions)
    districts = _named_districts(mentions)
    first = [_choose(i, m, countries, regions, {}, listed, districts) for i, m in enumerate(mentions)]
    anchors = {i: r.place for i, r in enumerate(first) if r and r.place.kind in ("town", "admin2", "feature", "mountain")
               and not r.is_demonym}
    final = [_choose(i, m, countries, regions, anchors, listed, districts) for i, m in enumerate(mentions)]
    return [r for r in final if r is not None]


_HINT = "\0hint"
_FORCES = "\0forces"


def _context(mentions: list[PlaceMention], hints: ResolutionHints) -> tuple[dict, dict]:
    """Weights of countries and admin1 regions named, per contributing name (a name told five times
    counts once, and never for itself: "Mera" five times does not make a story about Burkina Faso)."""
    countries: dict[str, dict[str, float]] = defaultdict(dict)
    regions: dict[str, dict[str, float]] = defaultdict(dict)
    for code in hints.countries:
        countries[code][_HINT] = 1.5
    for code in hints.admin1_codes:
        regions[code][_HINT] = 1.5
    for code in hints.forces_of:  # (as much as a town of that country: armies fight abroad too)
        countries[code][_FORCES] = 1.0
    for mention in mentions:
        name = mention.key
        places = mention.candidates
        named_countries = [p for p in places if p.kind == "country"]
        places = tuple(named_countries) or places  # "Mali" names the country, not a village Mali
        if all(_far_town(p) for p in places):
            continue  # "Buni" twice does not make a story about Pakistan
        country_set = {p.country for p in places}
        if len(country_set) == 1:
            weight = 0.3 if mention.is_demonym else (2.0 if places[0].kind == "country" else 1.0)
            if mention.bordering:  # "la bande frontalière avec le Sénégal": the story is on this side of it
                weight = min(weight, 0.5)
            countries[places[0].country][name] = max(weight, countries[places[0].country].get(name, 0))
        if mention.is_demonym:
            continue
        if mention.kind_cue in ("admin1", "admin2"):  # "l'État de Sokoto": the state, not a Sokoto of Côte d'Ivoire
            places = tuple(p for p in places if p.kind == mention.kind_cue) or places
        region_set = {p.admin1_code for p in places if p.kind != "country"}
        if len(region_set) == 1 and None not in region_set and (
                len(places) == 1 or mention.kind_cue in ("admin1", "admin2")):  # "Cercle de Douentza" is in Mopti
            regions[region_set.pop()][name] = 2.0
    return countries, regions


def outside_named_regions(place: Place, named: Iterable[str]) -> bool:
    """A small place outside the regions the document names in its country: "Ruku" in a story of Bokkos
    LGA, Plateau State, is no hamlet of Kano."""
    named = set(named)
    return is_small(place) and place.admin1_code not in named and any(
        code.startswith(place.country + "-") for code in named)


def _weight(table: dict[str, dict[str, float]], code: str | None, key: str) -> float:
    if code is None or code not in table:
        return 0.0
    return sum(w for name, w in table[code].items() if name != key)


def _named_districts(mentions: list[PlaceMention]) -> dict[str, set[str]]:
    """Per admin1 code, the folded names of the districts the document names with their unit word ("Tangaza
    LGA", "cercle de Niono"): the villages it names in that region are in one of them."""
    districts: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        for p in m.candidates:
            if _named_as_unit(p, m):
                districts[p.admin1_code].add(fold(p.name))
    return districts


def _homonym_in_another_district(place: Place, mention: PlaceMention, districts: dict[str, set[str]]) -> bool:
    """A town of a district other than those the document names in its region, when a homonym of the same
    region lies in one of them."""
    def elsewhere(town: Place) -> bool:
        named = districts.get(town.admin1_code)
        return bool(named) and fold(town.admin2 or "") not in named

    return place.kind == "town" and bool(place.admin2) and elsewhere(place) and any(
        c.kind == "town" and c.admin2 and c.admin1_code == place.admin1_code and not elsewhere(c)
        for c in mention.candidates)


def _listed_regions(mentions: list[PlaceMention]) -> set[int]:
    """Mentions next to a mention that can only be a region ("Nasarawa, Kaduna", "Benue and Taraba")."""
    pure = [m for m in mentions if not m.is_demonym and m.candidates
            and all(p.kind == "admin1" for p in m.candidates)]
    return {i for i, m in enumerate(mentions)
            if any(o is not m and (0 <= m.start - o.end <= 6 or 0 <= o.start - m.end <= 6) for o in pure)}


def _choose(index: int, mention: PlaceMention, countries: dict, regions: dict,
            anchors: dict[int, Place], listed: set[int], districts: dict[str, set[str]]) -> ResolvedPlace | None:
    scored = []
    weights = {place.id: (_weight(countries, place.country, mention.key), _weight(regions, place.admin1_code, mention.key))
               for place in mention.candidates}
    at_home = any(c.country in CACHE_COUNTRIES and (weights[c.id][0] >= 1.0 or weights[c.id][1] > 0)
                  for c in mention.candidates)
    named = [code for code in regions if _weight(regions, code, mention.key) > 0]
    for place in mention.candidates:
        country_weight, region_weight = weights[place.id]
        if not _acceptable(place, mention, country_weight, region_weight):
            continue
        if at_home and place.country not in CACHE_COUNTRIES and country_weight <= 0:
            continue  # "near Kobe, in the Gao region": a village of Mali, not the Japanese city
        if is_small(place) and mention.kind_cue != "town" and any(
                c.kind == "admin1" and c.country == place.country for c in mention.candidates):
            continue  # "in Zamfara": the state, not a hamlet of Borno that bears its name
        if not _named_as_unit(place, mention) and outside_named_regions(place, named):
            continue
        score = _score(place, mention, country_weight, region_weight, index, anchors, index in listed)
        if _homonym_in_another_district(place, mention, districts):
            score -= 1.0  # "Sanyinna, a community in Tangaza LGA": the Sanyinna of Tangaza, not that of Tambuwal
        scored.append((score, place.id, place))
    if not scored:
        return None
    scored.sort(key=lambda s: (-s[0], s[1]))
    best = scored[0][2]
    return ResolvedPlace(mention, best, _precision(best, mention), round(scored[0][0], 3),
                         tuple(s[2] for s in scored[1:4]))


def _far_town(place: Place) -> bool:
    """A town outside the covered region and not a world city: its country must be in context
    (named, hinted, or at least a demonym: "soldats somaliens")."""
    return place.kind == "town" and place.country not in CACHE_COUNTRIES and place.population < FAR_CITY_POPULATION


_UNIT_WORDS = frozenset({"cercle", "departement", "prefecture", "province", "commune", "lga"})


def _named_as_unit(place: Place, mention: PlaceMention) -> bool:
    """A district named with its unit word ("cercle de Ménaka", "Bama LGA"): no village is meant."""
    words = fold(mention.surface).split()
    return place.kind == "admin2" and len(words) > 1 and (
        words[0] in _UNIT_WORDS or words[-1] in _UNIT_WORDS or words[-3:] == ["local", "government", "area"])


def _acceptable(place: Place, mention: PlaceMention, country_weight: float, region_weight: float) -> bool:
    if mention.is_demonym:
        return True
    if is_small(place) and not _named_as_unit(place, mention) and country_weight < 1.0 and region_weight <= 0:
        return False
    if _far_town(place) and country_weight <= 0 and region_weight <= 0:
        return False  # "Buni Gari" in Yobe is not Buni in Pakistan; "Hit" in a headline is not Hīt
    if mention.kind_cue in ("river", "feature") and place.kind not in ("river", "feature", "mountain"):
        return False  # "les monts Mandara" are no town named Mandara
    names_a_country = any(c.kind == "country" for c in mention.candidates)
    if place.kind == "town" and names_a_country and mention.kind_cue != "town":
        return False  # "مع نيجيريا وبنين": Benin, not Benin City; "Mali" is no village Mali
    homonym_of_country = place.kind == "admin1" and names_a_country
    return not homonym_of_country or mention.kind_cue == "admin1" or region_weight > 0


def _score(place: Place, mention: PlaceMention, country_weight: float, region_weight: float,
           index: int, anchors: dict[int, Place], in_region_list: bool) -> float:
    score = _KIND_BASE[place.kind] + min(2.5, 0.35 * math.log10(place.population + 1))
    score += 0.8 if place.curated else 0.0
    score += min(country_weight, 2.0) + (0.5 if country_weight >= 2 else 0.0)
    score += 1.5 if region_weight > 0 else 0.0
    capital = place.kind == "admin1" and any(
        c.kind == "town" and c.admin1_code == place.admin1_code for c in mention.candidates)
    if capital and place.admin1_code in load_cues().seated_elsewhere:
        score += 1.0 if mention.kind_cue is None else 0.0  # "in Nasarawa": the state; its seat is Lafia
    elif capital and in_region_list:
        score += 1.5  # "in Nasarawa, Kaduna": among other regions, a capital's name is its region
    elif capital and mention.kind_cue is None:
        score -= 1.0  # "à Bordj Badji Mokhtar": the town, unless "la wilaya de"
    if mention.kind_cue == "part":
        score += 4.0 if place.kind == "admin1" else 0.0  # "western Kayes": the region (a country stays one)
    elif mention.kind_cue is not None:
        score += 4.0 if place.kind == mention.kind_cue else 0.0
    return score + _closeness(place, index, anchors)


def _closeness(place: Place, index: int, anchors: dict[int, Place]) -> float:
    if place.latitude is None or place.kind in ("country", "admin1"):
        return 0.0
    best = 0.0
    seen = set()  # a place named again is no closer the second time
    for other_index, other in anchors.items():
        if other_index == index or other.latitude is None or other.id == place.id or other.id in seen:
            continue
        seen.add(other.id)
        distance = distance_km(place.latitude, place.longitude, other.latitude, other.longitude)
        best = max(best, 1.0 if distance <= 100 else 0.5 if distance <= 250 else 0.0)
        if best == 1.0:
            break
    return best


def _precision(place: Place, mention: PlaceMention) -> int | None:
    if mention.is_demonym or place.kind == "country":
        return None
    if place.kind in ("admin1", "river") or (place.kind == "feature" and place.curated):
        return 3  # a region, or a large natural feature (Lake Chad, Sambisa Forest); a mountain is near its towns
    if place.kind == "town":
        return 2 if mention.near else 1
    return 2


def most_specific(resolved: list[ResolvedPlace]) -> ResolvedPlace | None:
    """The most precise place named (town before region before country), demonyms excluded."""
    places = [r for r in resolved if not r.is_demonym]
    if not places:
        return None
    return min(places, key=lambda r: (r.geo_precision or 9, -r.score, r.mention.start))
