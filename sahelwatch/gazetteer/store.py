"""The gazetteer at run time: loads the packaged files, looks names up, answers region queries.

Rows stay as the file's string lists; :class:`Place` records are made on demand and kept.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sahelwatch.gazetteer.errors import GazetteerFileMissing, UnknownAdmin1, UnknownCountry
from sahelwatch.gazetteer.fileformat import COLUMNS, read_lines
from sahelwatch.gazetteer.geo import distance_km
from sahelwatch.gazetteer.records import Admin1, Country, Place
from sahelwatch.text.normalise import fold

DATA_DIR = Path(__file__).parent / "data"
_COL = {name: index for index, name in enumerate(COLUMNS)}


class Gazetteer:
    """Places by match key, regions by ISO 3166-2 code, countries by ISO 3166-1 code."""

    def __init__(self, lines: list[str]) -> None:
        self._rows = _Rows(lines)
        self._places: dict[int, Place] = {}
        self._by_key: dict[str, list[int]] = {}
        self._admin1_rows: dict[str, int] = {}
        self._country_rows: dict[str, int] = {}
        by_key = self._by_key
        for index, line in enumerate(lines):
            for key in line[line.rindex("\t") + 1:].split("|"):
                if key in by_key:
                    by_key[key].append(index)
                else:
                    by_key[key] = [index]
            if line.startswith(("admin1\t", "country\t")):
                row = self._rows[index]
                if row[0] == "admin1":
                    self._admin1_rows[row[_COL["admin1_code"]]] = index
                else:
                    self._country_rows[row[_COL["country"]]] = index
        by_key.pop("", None)

    @classmethod
    def load(cls, path: Path | str | None = None) -> Gazetteer:
        """Load a gazetteer file or a folder of them; without ``path``, the packaged one (cached)."""
        if path is None:
            return _default()
        return cls(_read(Path(path)))

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def keys(self) -> list[str]:
        """Every match key (folded names), for a phrase matcher."""
        return list(self._by_key)

    def rows_for_key(self, key: str) -> list[int]:
        return self._by_key.get(key, [])

    def kind_of(self, index: int) -> str:
        line = self._rows.lines[index]
        return line[:line.index("\t")]

    def is_curated(self, index: int) -> bool:
        return "c" in self._rows[index][_COL["flags"]]

    def population(self, index: int) -> int:
        return int(self._rows[index][_COL["population"]] or 0)

    def place(self, index: int) -> Place:
        """The place of row ``index`` (a demonym row gives its country)."""
        if index not in self._places:
            row = self._rows[index]
            if row[0] == "demonym":
                self._places[index] = self.country_place(row[_COL["country"]])
            else:
                self._places[index] = self._make_place(row)
        return self._places[index]

    def _make_place(self, row: list[str]) -> Place:
        admin1 = row[_COL["admin1_code"]] or None
        lat, lon = row[_COL["latitude"]], row[_COL["longitude"]]
        flags = row[_COL["flags"]]
        return Place(
            id=row[1], name=row[2], country=row[3], admin1_code=admin1,
            admin1=self._admin1_name(admin1), admin2=row[_COL["admin2"]] or None,
            latitude=float(lat) if lat else None, longitude=float(lon) if lon else None,
            kind=row[0], population=int(row[_COL["population"]] or 0),
            names=tuple(n for n in row[_COL["names"]].split("|") if n),
            names_ar=tuple(n for n in row[_COL["names_ar"]].split("|") if n),
            curated="c" in flags, source="osm" if "o" in flags else "geonames",
        )

    def _admin1_name(self, code: str | None) -> str | None:
        index = self._admin1_rows.get(code or "")
        return self._rows[index][2] if index is not None else None

    def lookup(self, name: str) -> list[Place]:
        """Places whose name (any spelling) folds to the same key as ``name``; biggest first."""
        key = " ".join(fold(name).split())
        places = {self.place(i).id: self.place(i) for i in self._by_key.get(key, [])}
        return sorted(places.values(), key=lambda p: (-_KIND_RANK[p.kind], -p.population, p.id))

    def admin1(self, code: str) -> Admin1:
        """The first-level region with ISO 3166-2 ``code`` (e.g. ``ML-9``, ``NG-NI``)."""
        index = self._admin1_rows.get(code)
        if index is None:
            raise UnknownAdmin1(code, sorted(self._admin1_rows))
        row = self._rows[index]
        lat, lon = row[_COL["latitude"]], row[_COL["longitude"]]
        return Admin1(code, row[3], row[2], row[_COL["name_fr"]], row[_COL["name_ar"]] or None,
                      float(lat) if lat else None, float(lon) if lon else None)

    def admin1_place(self, code: str) -> Place:
        if code not in self._admin1_rows:
            raise UnknownAdmin1(code, sorted(self._admin1_rows))
        return self.place(self._admin1_rows[code])

    def admin1_codes(self, country: str | None = None) -> list[str]:
        return sorted(c for c in self._admin1_rows if country is None or c.startswith(country + "-"))

    def country(self, code: str) -> Country:
        """The country with ISO 3166-1 alpha-2 ``code``."""
        index = self._country_rows.get(code.upper())
        if index is None:
            raise UnknownCountry(code)
        row = self._rows[index]
        lat, lon = row[_COL["latitude"]], row[_COL["longitude"]]
        return Country(row[3], row[2], row[_COL["name_fr"]], row[_COL["name_ar"]],
                       float(lat) if lat else None, float(lon) if lon else None)

    def country_place(self, code: str) -> Place:
        index = self._country_rows.get(code.upper())
        if index is None:
            raise UnknownCountry(code)
        return self.place(index)

    def nearest(self, latitude: float, longitude: float, kind: str = "town", limit: int = 1,
                within_km: float = 100.0) -> list[tuple[float, Place]]:
        """The ``limit`` places of ``kind`` nearest to a point, within ``within_km``."""
        found = []
        for index, line in enumerate(self._rows.lines):
            if not line.startswith(kind + "\t"):
                continue
            row = line.split("\t")
            if not row[_COL["latitude"]]:
                continue
            lat, lon = float(row[_COL["latitude"]]), float(row[_COL["longitude"]])
            if abs(lat - latitude) > 1.5 or abs(lon - longitude) > 1.5:
                continue
            distance = distance_km(latitude, longitude, lat, lon)
            if distance <= within_km:
                found.append((distance, index))
        found.sort()
        return [(d, self.place(i)) for d, i in found[:limit]]


class _Rows:
    """The file's lines, split into columns when first asked for."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, index: int) -> list[str]:
        return self.lines[index].split("\t")


_KIND_RANK = {"country": 5, "admin1": 4, "town": 3, "admin2": 2, "river": 1, "feature": 1, "mountain": 1}


def _read(path: Path) -> list[str]:
    files = sorted(path.glob("places*.tsv.gz")) if path.is_dir() else [path]
    if not files or not all(f.exists() for f in files):
        raise GazetteerFileMissing(path)
    lines: list[str] = []
    for file in files:
        lines.extend(read_lines(file))
    return lines


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer(_read(DATA_DIR))
