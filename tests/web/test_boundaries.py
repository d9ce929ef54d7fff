"""Offline map data: packaged outlines, approximate admin1 areas, import of official boundaries, the SVG map."""

from __future__ import annotations

import json

import pytest

from sahelwatch.web.boundaries import (BoundaryFileError, approximate_admin1, import_admin1, load_boundaries,
                                       official_admin1_path)
from sahelwatch.web.svg import Projection, events_map, timeline
from sahelwatch.web.i18n import Locale

SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]]}


def test_packaged_outlines_cover_the_region():
    boundaries = load_boundaries(None)
    assert {"ML", "NE", "BF", "NG", "TD", "MR", "DZ", "MA", "LY", "TN"} <= set(boundaries.countries)
    assert boundaries.admin1_approximate and "ML-9" in boundaries.admin1 and "NG-BO" in boundaries.admin1


def test_voronoi_areas_are_clipped_to_the_country():
    from shapely.geometry import shape

    areas = approximate_admin1({"XX-1": [(1, 1), (1, 3)], "XX-2": [(3, 1), (3, 3)]}, {"XX": SQUARE})
    west, east = shape(areas["XX-1"]), shape(areas["XX-2"])
    assert west.area == pytest.approx(8.0) and east.area == pytest.approx(8.0)
    assert west.bounds == (0.0, 0.0, 2.0, 4.0)


def test_import_official_boundaries(tmp_path):
    source = tmp_path / "admin1.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"shapeISO": "ML-9", "shapeName": "Ménaka"}, "geometry": SQUARE},
        {"type": "Feature", "properties": {"name": "no code"}, "geometry": SQUARE}]}))
    assert import_admin1(source, tmp_path / "data") == 1
    boundaries = load_boundaries(tmp_path / "data")
    assert not boundaries.admin1_approximate and list(boundaries.admin1) == ["ML-9"]
    assert official_admin1_path(tmp_path / "data").exists()


def test_import_refuses_bad_files(tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json")
    with pytest.raises(BoundaryFileError, match="not readable GeoJSON"):
        import_admin1(bad, tmp_path)
    empty = tmp_path / "empty.geojson"
    empty.write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    with pytest.raises(BoundaryFileError, match="ISO 3166-2 code"):
        import_admin1(empty, tmp_path)


def test_map_points_and_shading():
    boundaries = load_boundaries(None)
    events = [{"id": "e1", "event_type": "Battles", "latitude": 15.93, "longitude": 2.41, "event_date": "2026-01-11",
               "location": "Tidermène", "admin1_code": "ML-9"}]
    drawn = events_map(boundaries, events, {"ML-9": 5}, ("ML",), Locale("fr"))
    assert drawn["points"][0]["fill"] == "#c0392b" and "Tidermène" in drawn["points"][0]["title"]
    menaka = next(a for a in drawn["areas"] if a["code"] == "ML-9")
    assert menaka["count"] == 5 and menaka["fill"] != "#f4efe6"
    projection = Projection(0, 0, 10, 10, width=100)
    assert projection.point(0, 10) == (0.0, 0.0)


def test_timeline_fills_missing_weeks():
    rows = [{"key": "2026-01-05", "event_type": "Battles", "events": 2},
            {"key": "2026-01-19", "event_type": "Riots", "events": 1}]
    drawn = timeline(rows, Locale("en"))
    assert len(drawn["bars"]) == 2 and drawn["bars"][1]["x"] == pytest.approx(2 * 900 / 3, abs=0.1)
