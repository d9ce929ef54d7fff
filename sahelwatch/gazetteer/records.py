"""Records of the gazetteer: places, regions, mentions found in a text and their resolution.

All records are frozen dataclasses. ``Place.kind`` is one of ``KINDS``; a demonym
("malien", "Nigerian", "المالي") is not a place: it is a mention whose candidates are
countries and whose ``is_demonym`` is true.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("country", "admin1", "admin2", "town", "feature", "mountain", "river")


@dataclass(frozen=True, slots=True)
class Place:
    """A named place: a country, a first- or second-level region, a town, a natural feature."""

    id: str
    name: str
    country: str
    admin1_code: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    kind: str
    population: int = 0
    names: tuple[str, ...] = ()
    names_ar: tuple[str, ...] = ()
    curated: bool = False
    source: str = "geonames"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown place kind {self.kind!r}; known: {', '.join(KINDS)}")


@dataclass(frozen=True, slots=True)
class Admin1:
    """A first-level region with its ISO 3166-2 code, names in three languages and a centroid."""

    code: str
    country: str
    name: str
    name_fr: str
    name_ar: str | None
    latitude: float | None
    longitude: float | None
    geonames_key: str | None = None


@dataclass(frozen=True, slots=True)
class Country:
    """A country (ISO 3166-1 alpha-2) with names in English, French and Arabic."""

    code: str
    name: str
    name_fr: str
    name_ar: str
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name (or demonym) found in a text, before choosing which place it is.

    ``start``/``end`` are offsets in the original text; ``kind_cue`` is the kind that the
    words around it select ("Niger State" → admin1, "le fleuve Niger" → river) or None.
    """

    start: int
    end: int
    surface: str
    key: str
    candidates: tuple[Place, ...]
    is_demonym: bool = False
    near: bool = False
    kind_cue: str | None = None
    lang: str = "en"
    bordering: bool = False   # named as a neighbour: "la bande frontalière avec le Sénégal", "الحدود مع نيجيريا"


@dataclass(frozen=True, slots=True)
class ResolutionHints:
    """What is known about a document apart from its text: e.g. the source's country focus."""

    countries: tuple[str, ...] = ()
    admin1_codes: tuple[str, ...] = ()
    forces_of: tuple[str, ...] = ()   # countries whose state forces the text names ("FAMa", "the Nigerian Army")


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A mention with the one place chosen for it, and the ACLED geo precision it gives.

    ``geo_precision``: 1 the named town; 2 near a town, or a district / feature;
    3 the admin1 centroid; None for a country or a demonym (not enough for an event).
    """

    mention: PlaceMention
    place: Place
    geo_precision: int | None
    score: float
    alternatives: tuple[Place, ...] = ()

    @property
    def is_demonym(self) -> bool:
        return self.mention.is_demonym

    @property
    def is_local(self) -> bool:
        """More than a region: a town, near a town, a district, or a village located only by its region."""
        return self.geo_precision in (1, 2) or (self.place.kind == "town" and self.geo_precision is not None)


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a gazetteer build produced, for the CLI and the attribution file."""

    files: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)
    unmapped_admin1: tuple[str, ...] = ()
    unmatched_curated: tuple[str, ...] = ()
    fingerprint: str = ""
