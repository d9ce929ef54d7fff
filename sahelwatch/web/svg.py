"""Server-side SVG for the dashboard: the events map and the timeline by week and type.

Both are built as plain data (paths, circles, bars with their titles) that the templates
write out with autoescaping, so they work with JavaScript off and no tile server.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass
from typing import Any

from sahelwatch import taxonomy
from sahelwatch.web.boundaries import Boundaries

TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Strategic developments": "#2471a3",
    "Protests": "#27ae60",
    "Riots": "#b7950b",
}
REGION_VIEW = (-18.5, 3.0, 25.5, 37.8)   # west, south, east, north
MAP_WIDTH = 900
SHADES = ("#f4efe6", "#f6d7b0", "#f0b27a", "#e67e22", "#ba4a00")


@dataclass(frozen=True)
class Projection:
    """Equirectangular projection of a lon/lat box onto an SVG canvas (longitudes scaled by cos(latitude))."""

    west: float
    south: float
    east: float
    north: float
    width: int = MAP_WIDTH

    @property
    def scale(self) -> float:
        return self.width / ((self.east - self.west) * math.cos(math.radians((self.north + self.south) / 2)))

    @property
    def height(self) -> int:
        return round((self.north - self.south) * self.scale)

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        kx = self.scale * math.cos(math.radians((self.north + self.south) / 2))
        return round((lon - self.west) * kx, 1), round((self.north - lat) * self.scale, 1)

    def path(self, geometry: dict[str, Any]) -> str:
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        parts = []
        for polygon in polygons:
            for ring in polygon:
                points = [self.point(lon, lat) for lon, lat in ring]
                parts.append("M" + "L".join(f"{x},{y}" for x, y in points) + "Z")
        return "".join(parts)


def view_for(boundaries: Boundaries, countries: tuple[str, ...]) -> Projection:
    """The whole region, or the box around the filtered countries (with a margin)."""
    boxes = [_bbox(boundaries.countries[c]) for c in countries if c in boundaries.countries]
    if not boxes:
        return Projection(*REGION_VIEW)
    west, south = min(b[0] for b in boxes) - 1, min(b[1] for b in boxes) - 1
    east, north = max(b[2] for b in boxes) + 1, max(b[3] for b in boxes) + 1
    return Projection(west, south, east, north)


def _bbox(geometry: dict[str, Any]) -> tuple[float, float, float, float]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    lons = [p[0] for poly in polygons for ring in poly for p in ring]
    lats = [p[1] for poly in polygons for ring in poly for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


@functools.lru_cache(maxsize=64)
def _paths(kind: str, projection: Projection, boundaries: Boundaries) -> dict[str, str]:
    shapes = boundaries.countries if kind == "countries" else boundaries.admin1
    return {code: projection.path(geometry) for code, geometry in shapes.items()}


def shade(count: int, most: int) -> str:
    if count <= 0 or most <= 0:
        return SHADES[0]
    step = 1 + min(len(SHADES) - 2, int((len(SHADES) - 1) * math.log1p(count) / math.log1p(most + 1e-9)))
    return SHADES[min(step, len(SHADES) - 1)]


def events_map(boundaries: Boundaries, events: list[dict[str, Any]], admin1_counts: dict[str, int],
               countries: tuple[str, ...], locale: Any) -> dict[str, Any]:
    """What the map template draws: country paths, shaded admin1 paths, event points, legend."""
    projection = view_for(boundaries, countries)
    country_paths = _paths("countries", projection, boundaries)
    admin1_paths = _paths("admin1", projection, boundaries)
    most = max(admin1_counts.values(), default=0)
    areas = [{"code": code, "d": d, "fill": shade(admin1_counts.get(code, 0), most),
              "title": f"{locale.admin1(code, code)} — {locale.number(admin1_counts.get(code, 0))}",
              "count": admin1_counts.get(code, 0)}
             for code, d in admin1_paths.items()]
    points = []
    for event in events:
        if event.get("longitude") is None or event.get("latitude") is None:
            continue
        x, y = projection.point(event["longitude"], event["latitude"])
        if 0 <= x <= projection.width and 0 <= y <= projection.height:
            points.append({"x": x, "y": y, "id": event["id"], "fill": TYPE_COLOURS.get(event["event_type"], "#555"),
                           "title": f"{locale.date(event.get('event_date'))} · {locale.term(event['event_type'])} · "
                                    f"{event.get('location') or locale.admin1(event.get('admin1_code'))}"})
    return {"width": projection.width, "height": projection.height, "countries": [
        {"code": code, "d": d, "title": locale.country(code)} for code, d in country_paths.items()],
        "areas": areas, "points": points, "approximate": boundaries.admin1_approximate,
        "legend": legend(locale), "shades": SHADES}


def legend(locale: Any) -> list[dict[str, str]]:
    return [{"name": name, "label": locale.term(name), "fill": TYPE_COLOURS[name]} for name in taxonomy.EVENT_TYPES]


def timeline(rows: list[dict[str, Any]], locale: Any, width: int = 900, height: int = 220) -> dict[str, Any]:
    """Stacked weekly bars by event type from statistics rows ``{key: week, event_type, events}``."""
    weeks: dict[str, dict[str, int]] = {}
    for row in rows:
        weeks.setdefault(row["key"], {})[row["event_type"]] = row["events"]
    if not weeks:
        return {"width": width, "height": height, "bars": [], "ticks": [], "max": 0}
    keys = _all_weeks(sorted(weeks))
    most = max(sum(weeks.get(k, {}).values()) for k in keys) or 1
    plot = height - 30
    bar = width / len(keys)
    bars, ticks = [], []
    for i, key in enumerate(keys):
        y = plot
        for name in taxonomy.EVENT_TYPES:
            count = weeks.get(key, {}).get(name, 0)
            if not count:
                continue
            h = plot * count / most
            y -= h
            bars.append({"x": round(i * bar, 1), "y": round(y, 1), "w": max(round(bar - 1, 1), 0.5),
                         "h": round(h, 1), "fill": TYPE_COLOURS.get(name, "#555"),
                         "title": f"{locale.date(key)} · {locale.term(name)}: {locale.number(count)}"})
        if i % max(1, len(keys) // 6) == 0:
            ticks.append({"x": round(i * bar, 1), "label": locale.date(key, "short")})
    return {"width": width, "height": height, "bars": bars, "ticks": ticks, "max": locale.number(most),
            "plot": plot}


def _all_weeks(keys: list[str]) -> list[str]:
    first, last = dt.date.fromisoformat(keys[0]), dt.date.fromisoformat(keys[-1])
    count = (last - first).days // 7 + 1
    if count > 520:
        return keys
    return [(first + dt.timedelta(weeks=i)).isoformat() for i in range(count)]
