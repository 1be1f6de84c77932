#!/usr/bin/env python
"""Write the map's offline basemap: Natural Earth 1:110m country outlines as GeoJSON.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/vendor_basemap.py package/countries-110m.json \\
        static/vendor/natural-earth/countries-110m.geojson

world-atlas ships Natural Earth's (public-domain) Admin 0 boundaries as quantized TopoJSON;
Leaflet reads GeoJSON, so the arcs are decoded here once (coordinates to 0.01°, ~1 km).
"""

import json
import sys


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded, quantized positions
            x, y = x + dx, y + dy
            points.append((round(x * scale_x + shift_x, 2), round(y * scale_y + shift_y, 2)))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs) -> list:
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)  # consecutive arcs share their end point
    return [list(p) for p in points]


def geometry(shape: dict, arcs) -> dict | None:
    if shape["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r, arcs) for r in shape["arcs"]]}
    if shape["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(r, arcs) for r in p] for p in shape["arcs"]]}
    return None


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    features = []
    for shape in topology["objects"]["countries"]["geometries"]:
        geom = geometry(shape, arcs)
        if geom is not None:
            name = shape.get("properties", {}).get("name", "")
            features.append({"type": "Feature", "properties": {"name": name}, "geometry": geom})
    collection = {
        "type": "FeatureCollection",
        "attribution": "Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas 2.0.2",
        "features": features,
    }
    with open(target, "w", encoding="utf-8") as f:
        json.dump(collection, f, separators=(",", ":"), ensure_ascii=False)
    print(f"{len(features)} countries written to {target}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
