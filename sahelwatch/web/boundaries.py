"""Country outlines and admin1 areas for the offline map.

Country outlines ship in the package (``maps/countries.geojson``, derived from Natural
Earth 1:110m, public domain; see ``maps/ATTRIBUTION.md``). Admin1 areas ship as an
approximation (``maps/admin1-approximate.geojson``): the Voronoi cells of the gazetteer's
places, merged by admin1 and clipped to the country — marked ``"approximate": true`` and
labelled so on the map. ``sahelwatch boundaries import FILE.geojson`` stores official
boundaries in the data folder (``<data dir>/boundaries/admin1.geojson``); they replace the
approximation from then on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sahelwatch.errors import SahelWatchError

MAPS_DIR = Path(__file__).parent / "maps"
COUNTRIES_FILE = MAPS_DIR / "countries.geojson"
APPROXIMATE_ADMIN1_FILE = MAPS_DIR / "admin1-approximate.geojson"
CODE_PROPERTIES = ("admin1_code", "iso_3166_2", "ISO_3166_2", "iso_code", "shapeISO", "code")


class BoundaryFileError(SahelWatchError):
    """A boundary file that cannot be used; ``path`` and ``reason`` say why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True, eq=False)
class Boundaries:
    """The outlines the map draws: countries by ISO 3166-1 code, admin1 areas by ISO 3166-2 code."""

    countries: dict[str, Any]          # code -> GeoJSON geometry
    admin1: dict[str, Any]             # code -> GeoJSON geometry
    admin1_approximate: bool
    admin1_source: str


def official_admin1_path(data_dir: Path) -> Path:
    return Path(data_dir) / "boundaries" / "admin1.geojson"


def load_boundaries(data_dir: Path | None) -> Boundaries:
    """The packaged countries, and the imported admin1 areas if any, else the approximate ones."""
    countries = _by_code(_read(COUNTRIES_FILE), ("iso_a2",))
    official = official_admin1_path(data_dir) if data_dir else None
    if official is not None and official.exists():
        return Boundaries(countries, _by_code(_read(official), CODE_PROPERTIES), False, str(official))
    admin1 = _by_code(_read(APPROXIMATE_ADMIN1_FILE), CODE_PROPERTIES) if APPROXIMATE_ADMIN1_FILE.exists() else {}
    return Boundaries(countries, admin1, True, "gazetteer (approximate)")


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BoundaryFileError(path, "no such file") from None
    except (OSError, ValueError) as exc:
        raise BoundaryFileError(path, f"not readable GeoJSON ({exc})") from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise BoundaryFileError(path, "not a GeoJSON FeatureCollection")
    return data


def _by_code(collection: dict[str, Any], properties: tuple[str, ...]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for feature in collection.get("features", []):
        props = feature.get("properties") or {}
        code = next((props[p] for p in properties if props.get(p)), None)
        geometry = feature.get("geometry")
        if code and geometry and geometry.get("type") in ("Polygon", "MultiPolygon"):
            found[str(code).upper()] = geometry
    return found


def import_admin1(source: Path, data_dir: Path, tolerance: float = 0.01) -> int:
    """Validate, simplify and store official admin1 boundaries; return how many areas were kept.

    Each feature needs an ISO 3166-2 code in one of the properties ``admin1_code``,
    ``iso_3166_2``, ``ISO_3166_2``, ``iso_code``, ``shapeISO`` or ``code``.
    """
    from shapely.geometry import mapping, shape

    collection = _read(source)
    features = []
    for feature in collection.get("features", []):
        props = feature.get("properties") or {}
        code = next((props[p] for p in CODE_PROPERTIES if props.get(p)), None)
        geometry = feature.get("geometry")
        if not code or not geometry or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        simplified = shape(geometry).simplify(tolerance, preserve_topology=True)
        features.append({"type": "Feature", "properties": {"admin1_code": str(code).upper(),
                                                            "name": props.get("name") or props.get("shapeName")},
                         "geometry": _rounded(mapping(simplified))})
    if not features:
        raise BoundaryFileError(source, "no Polygon or MultiPolygon feature with an ISO 3166-2 code in any of the "
                                        f"properties {', '.join(CODE_PROPERTIES)}")
    target = official_admin1_path(data_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    partial.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    partial.replace(target)
    return len(features)


def _rounded(geometry: dict[str, Any], digits: int = 3) -> dict[str, Any]:
    def walk(value: Any) -> Any:
        if isinstance(value, (list, tuple)) and value and isinstance(value[0], (int, float)):
            return [round(float(v), digits) for v in value]
        return [walk(v) for v in value]
    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def approximate_admin1(points: dict[str, list[tuple[float, float]]], countries: dict[str, Any],
                       tolerance: float = 0.03) -> dict[str, Any]:
    """Admin1 areas as Voronoi cells of places (``code -> [(lon, lat), ...]``) merged by code, clipped to the country."""
    from shapely import voronoi_polygons
    from shapely.geometry import MultiPoint, mapping, shape
    from shapely.ops import unary_union

    owner_of: dict[tuple[float, float], str] = {}
    for code, places in points.items():
        for lon, lat in places:
            owner_of.setdefault((round(lon, 4), round(lat, 4)), code)
    coords, owners = list(owner_of), list(owner_of.values())
    if len(coords) < 2:
        return {}
    cells = voronoi_polygons(MultiPoint(coords), extend_to=MultiPoint(coords).envelope.buffer(10), ordered=True)
    by_code: dict[str, list[Any]] = {}
    for owner, cell in zip(owners, cells.geoms):
        by_code.setdefault(owner, []).append(cell)
    areas = {}
    for code, parts in by_code.items():
        country = countries.get(code.split("-")[0])
        if country is None:
            continue
        area = unary_union(parts).intersection(shape(country).buffer(0))
        if area.geom_type == "GeometryCollection":
            area = unary_union([g for g in area.geoms if g.geom_type in ("Polygon", "MultiPolygon")])
        if not area.is_empty and area.geom_type in ("Polygon", "MultiPolygon"):
            areas[code] = _rounded(mapping(area.simplify(tolerance, preserve_topology=True)))
    return areas
