"""Mapping of GeoNames admin1 codes onto ISO 3166-2, with names in English, French, Arabic.

GeoNames keys (``ML.09``) are matched to pycountry's top-level subdivisions by folded
name; ``curated.toml`` pins the codes the names cannot decide (Mali's regions, numbered
differently) and gives the Arabic names. Used by the build only.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

import pycountry

from sahelwatch.text.normalise import fold

_GENERIC = re.compile(
    r"\b(region|region de|region du|province|province du|province de|state|wilaya|wilaya de|"
    r"gouvernorat|gouvernorat de|governorate|district|district de|ville de|sha'biyat|"
    r"urban community|communaute urbaine de|prefecture|capital|territory|departement)\b"
)


@dataclass
class Admin1Entry:
    """One first-level region during the build."""

    key: str
    iso: str | None
    country: str
    name: str
    name_fr: str
    names: list[str] = field(default_factory=list)
    names_ar: list[str] = field(default_factory=list)


def _simple(name: str) -> str:
    text = fold(name).replace("-", " ").replace("'", " ")
    text = _GENERIC.sub(" ", text)
    return " ".join(text.split())


def _top_level(country: str) -> list:
    subdivisions = pycountry.subdivisions.get(country_code=country) or []
    top = [s for s in subdivisions if s.parent_code is None]
    return sorted(top, key=lambda s: s.code)


def _match_iso(country: str, name: str, taken: set[str]) -> str | None:
    choices = {}
    for sub in _top_level(country):
        if sub.code not in taken:
            choices.setdefault(_simple(sub.name), sub.code)
    simple = _simple(name)
    if simple in choices:
        return choices[simple]
    close = difflib.get_close_matches(simple, list(choices), n=1, cutoff=0.78)
    return choices[close[0]] if close else None


def map_admin1(admin1_names: dict[str, str], countries: tuple[str, ...], curated: dict) -> tuple[dict[str, Admin1Entry], list[str]]:
    """Admin1 entries for ``countries`` by GeoNames key, and the keys left without ISO code."""
    pinned = curated.get("admin1", {})
    entries: dict[str, Admin1Entry] = {}
    unmapped: list[str] = []
    for country in sorted(set(countries)):
        keys = sorted(k for k in admin1_names if k.startswith(country + "."))
        taken = {pinned[k]["iso"] for k in keys if "iso" in pinned.get(k, {})}
        for key in keys:
            extra = pinned.get(key, {})
            iso = extra.get("iso") or _match_iso(country, admin1_names[key], taken)
            if iso is None:
                unmapped.append(f"{key} {admin1_names[key]}")
                continue
            taken.add(iso)
            entries[key] = _entry(key, iso, country, admin1_names[key], extra)
        for key, extra in sorted(pinned.items()):  # regions newer than GeoNames' table (Algeria, 2019)
            if key.startswith(country + ".") and key not in admin1_names and extra.get("iso") not in (None, *taken):
                iso_sub = pycountry.subdivisions.get(code=extra["iso"])
                entries[key] = _entry(key, extra["iso"], country, iso_sub.name if iso_sub else key, extra)
    return entries, unmapped


def _entry(key: str, iso: str, country: str, name: str, extra: dict) -> Admin1Entry:
    iso_sub = pycountry.subdivisions.get(code=iso)
    iso_name = iso_sub.name if iso_sub else name
    name_fr = (extra.get("fr") or [iso_name])[0]
    names = [name, iso_name, *extra.get("fr", []), *extra.get("en", [])]
    unique = list(dict.fromkeys(n for n in names if n))
    return Admin1Entry(key, iso, country, name, name_fr, unique, list(extra.get("ar", [])))
