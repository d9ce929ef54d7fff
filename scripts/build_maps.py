"""Derive the offline map files shipped in sahelwatch/web/maps/ (run once; the results are committed).

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne && unzip /tmp/ne/geopandas-*.whl -d /tmp/ne
    pip install pyshp
    python scripts/build_maps.py /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres

countries.geojson: the Natural Earth 1:110m countries (public domain; the copy that
geopandas 0.14 ships) of the Sahel-Sahara, the Maghreb and their neighbours, clipped to the
region, with ISO 3166-1 alpha-2 codes. admin1-approximate.geojson: Voronoi cells of the
packaged gazetteer's places merged by admin1 and clipped to the country (approximate).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry
import shapefile
from shapely.geometry import box, mapping, shape

from sahelwatch.gazetteer import Gazetteer
from sahelwatch.web.boundaries import APPROXIMATE_ADMIN1_FILE, COUNTRIES_FILE, _rounded, approximate_admin1

REGION = box(-20.0, 2.0, 28.0, 38.5)
COUNTRIES = ("MA", "EH", "DZ", "TN", "LY", "EG", "MR", "ML", "NE", "TD", "SD", "SS", "SN", "GM", "GW", "GN", "SL",
             "LR", "CI", "BF", "GH", "TG", "BJ", "NG", "CM", "CF", "GQ", "GA", "CG", "ES", "PT", "IT")
PLACES_PER_ADMIN1 = 60


def countries(shapefile_path: str) -> dict[str, dict]:
    reader = shapefile.Reader(shapefile_path)
    found = {}
    for record, geometry in zip(reader.records(), reader.shapes()):
        iso3 = record["iso_a3"]
        country = pycountry.countries.get(alpha_3=iso3)
        code = country.alpha_2 if country else None
        if code not in COUNTRIES:
            continue
        clipped = shape(geometry.__geo_interface__).buffer(0).intersection(REGION)
        if not clipped.is_empty:
            found[code] = {"name": record["name"], "geometry": _rounded(mapping(clipped.simplify(0.02)))}
    return found


def gazetteer_points(gazetteer: Gazetteer) -> dict[str, list[tuple[float, float]]]:
    points: dict[str, list[tuple[int, tuple[float, float]]]] = {}
    for code in gazetteer.admin1_codes():
        region = gazetteer.admin1(code)
        if region.longitude is not None:
            points.setdefault(code, []).append((10**12, (region.longitude, region.latitude)))
    for index in range(len(gazetteer)):
        if gazetteer.kind_of(index) != "town":
            continue
        place = gazetteer.place(index)
        if place.admin1_code in points and place.longitude is not None:
            points[place.admin1_code].append((place.population, (place.longitude, place.latitude)))
    return {code: [xy for _, xy in sorted(found, key=lambda p: -p[0])[:PLACES_PER_ADMIN1]]
            for code, found in points.items()}


def main(shapefile_path: str) -> None:
    outlines = countries(shapefile_path)
    COUNTRIES_FILE.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"iso_a2": code, "name": value["name"]}, "geometry": value["geometry"]}
        for code, value in sorted(outlines.items())]}), encoding="utf-8")
    areas = approximate_admin1(gazetteer_points(Gazetteer.load()),
                               {code: value["geometry"] for code, value in outlines.items()})
    APPROXIMATE_ADMIN1_FILE.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"admin1_code": code, "approximate": True}, "geometry": geometry}
        for code, geometry in sorted(areas.items())]}), encoding="utf-8")
    print(f"{len(outlines)} countries, {len(areas)} approximate admin1 areas")


if __name__ == "__main__":
    main(sys.argv[1])
