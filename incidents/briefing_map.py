"""A briefing's map drawn on the server: the vendored country outlines as SVG, with a dot per incident.

No tiles, no script: it prints, and works offline. The outlines are Natural Earth's 1:110m
countries (public domain), vendored as GeoJSON by scripts/vendor_basemap.py for the live map.
Longitude and latitude are drawn as x and -y (equirectangular), in degrees.
"""

import json
import math
from functools import lru_cache

from django.conf import settings
from django.contrib.staticfiles import finders

BASEMAP = "vendor/natural-earth/countries-110m.geojson"
MIN_SPAN = 12.0  # degrees: a single incident is shown with its region around it
PAD = 0.15  # of the points' extent, on each side
ASPECT = (1.2, 2.2)  # width / height kept within this range, so the map fits on a page


def _ring_path(ring) -> str:
    parts, previous = [], None
    for lon, lat in ring:
        # Rings that cross the antimeridian jump from 180 to -180: start a new stroke there.
        move = previous is None or abs(lon - previous) > 180
        parts.append(f"{'M' if move else 'L'}{lon:g},{-lat:g}")
        previous = lon
    return "".join(parts) + "Z"


def _polygons(geometry):
    if geometry["type"] == "Polygon":
        yield geometry["coordinates"]
    elif geometry["type"] == "MultiPolygon":
        yield from geometry["coordinates"]


@lru_cache(maxsize=1)
def outlines() -> tuple[tuple[tuple[float, float, float, float], str], ...]:
    """Every country polygon as (bounding box, SVG path), read from the vendored file once."""
    path = finders.find(BASEMAP) or str(settings.BASE_DIR / "static" / BASEMAP)
    with open(path, encoding="utf-8") as f:
        collection = json.load(f)
    shapes = []
    for feature in collection["features"]:
        for polygon in _polygons(feature["geometry"]):
            lons = [p[0] for p in polygon[0]]
            lats = [p[1] for p in polygon[0]]
            box = (min(lons), min(lats), max(lons), max(lats))
            shapes.append((box, "".join(_ring_path(ring) for ring in polygon)))
    return tuple(shapes)


def view_box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points, padded, at least MIN_SPAN wide, page-shaped."""
    if not points:
        return (-180.0, -60.0, 180.0, 85.0)
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    width = max(east - west, MIN_SPAN) * (1 + 2 * PAD)
    height = max(north - south, MIN_SPAN / ASPECT[1]) * (1 + 2 * PAD)
    width = max(width, height * ASPECT[0])
    height = max(height, width / ASPECT[1])
    middle_lon, middle_lat = (west + east) / 2, (south + north) / 2
    return (middle_lon - width / 2, middle_lat - height / 2, middle_lon + width / 2, middle_lat + height / 2)


def svg_map(points: list[dict]) -> dict:
    """What templates/incidents/includes/briefing_map.html draws.

    `points`: {"lat", "lon", "fatalities", "label"} per incident. A dot's area grows with
    its fatalities, as on the live map.
    """
    west, south, east, north = view_box([(p["lon"], p["lat"]) for p in points])
    width, height = east - west, north - south
    paths = [d for (w, s, e, n), d in outlines() if e >= west and w <= east and n >= south and s <= north]
    unit = width / 250  # one dot radius step, in degrees at this zoom
    dots = [
        {
            "x": round(p["lon"], 4),
            "y": round(-p["lat"], 4),
            "r": round(unit * (1.5 + min(6.0, math.sqrt(p["fatalities"] or 0))), 4),
            "label": p["label"],
        }
        for p in points
    ]
    return {
        "view_box": f"{west:.3f} {-north:.3f} {width:.3f} {height:.3f}",
        "paths": paths,
        "dots": dots,
        "stroke": round(width / 900, 4),
        "bounds": (round(west, 1), round(south, 1), round(east, 1), round(north, 1)),
    }
