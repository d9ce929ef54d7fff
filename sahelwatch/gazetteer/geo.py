"""Distances and nearest-neighbour search on latitude/longitude points (a coarse grid)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class PointGrid:
    """Points with a label in one-degree cells, for the k nearest labelled points."""

    def __init__(self, points: Iterable[tuple[float, float, str]]) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for lat, lon, label in points:
            self._cells[(math.floor(lat), math.floor(lon))].append((lat, lon, label))

    def __bool__(self) -> bool:
        return bool(self._cells)

    def nearest(self, lat: float, lon: float, k: int = 5, max_ring: int = 6) -> list[tuple[float, str]]:
        """Up to ``k`` (distance_km, label) pairs, nearest first, within ``max_ring`` cells."""
        row, col = math.floor(lat), math.floor(lon)
        found: list[tuple[float, str]] = []
        for ring in range(max_ring + 1):
            for cell in _ring(row, col, ring):
                for plat, plon, label in self._cells.get(cell, ()):
                    found.append((distance_km(lat, lon, plat, plon), label))
            if len(found) >= k and ring >= 1:
                break
        found.sort()
        return found[:k]

    def vote(self, lat: float, lon: float, k: int = 5) -> str | None:
        """The label most frequent among the ``k`` nearest points, nearest breaking ties."""
        near = self.nearest(lat, lon, k)
        if not near:
            return None
        counts = Counter(label for _, label in near)
        best = max(counts.values())
        return next(label for _, label in near if counts[label] == best)


def _ring(row: int, col: int, ring: int) -> Iterable[tuple[int, int]]:
    if ring == 0:
        yield (row, col)
        return
    for dr in range(-ring, ring + 1):
        for dc in range(-ring, ring + 1):
            if max(abs(dr), abs(dc)) == ring:
                yield (row + dr, col + dc)
