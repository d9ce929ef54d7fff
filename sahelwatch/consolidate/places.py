"""Where a report's place lies, from the gazetteer: its admin2 and, when missing, its coordinates."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sahelwatch.gazetteer import Gazetteer, GazetteerError


@dataclass(frozen=True, slots=True)
class Located:
    admin2: str | None
    latitude: float | None
    longitude: float | None


@lru_cache(maxsize=8192)
def locate(country: str, admin1_code: str | None, location: str | None) -> Located:
    """The gazetteer's admin2 and coordinates of a town (or of the admin1 when no town is named)."""
    try:
        gazetteer = Gazetteer.load()
        if location:
            places = [p for p in gazetteer.lookup(location) if p.country == country and p.kind != "country"]
            same_region = [p for p in places if admin1_code and p.admin1_code == admin1_code]
            for place in same_region or places:
                return Located(place.admin2, place.latitude, place.longitude)
            return Located(None, None, None)
        if admin1_code:
            region = gazetteer.admin1(admin1_code)
            return Located(None, region.latitude, region.longitude)
    except GazetteerError:
        pass
    return Located(None, None, None)
