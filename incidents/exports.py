"""Streamed exports of a filtered incident set: CSV, JSON and GeoJSON.

Rows are read with `.iterator(chunk_size=...)` (prefetches run per chunk) and written
as they come, so memory stays flat however many incidents are exported.
"""

import csv
import json
from collections.abc import Iterator

from django.http import StreamingHttpResponse

from incidents.choices import ACLED_MAPPING
from incidents.models import Incident

CHUNK_SIZE = 500

COLUMNS = (
    "id",
    "type",
    "acled_event_type",
    "acled_sub_event_type",
    "date_start",
    "date_end",
    "date_precision",
    "location",
    "location_id",
    "country_code",
    "latitude",
    "longitude",
    "fatalities",
    "injured",
    "perpetrators",
    "targets",
    "review_status",
    "confidence",
    "summary",
    "source_urls",
)


def incident_row(incident: Incident) -> dict:
    location = incident.location
    actors = incident.export_actors  # prefetched by selectors.incident_export
    event_type, sub_event_type = ACLED_MAPPING.get(incident.type, ("", ""))
    return {
        "id": incident.pk,
        "type": incident.type,
        "acled_event_type": event_type,
        "acled_sub_event_type": sub_event_type,
        "date_start": incident.date_start.isoformat() if incident.date_start else None,
        "date_end": incident.date_end.isoformat() if incident.date_end else None,
        "date_precision": incident.date_precision or None,
        "location": location.name if location else None,
        "location_id": location.pk if location else None,
        "country_code": location.country_code if location else None,
        "latitude": location.latitude if location else None,
        "longitude": location.longitude if location else None,
        "fatalities": incident.fatalities,
        "injured": incident.injured,
        "perpetrators": [a.group.name for a in actors if a.role == "perpetrator"],
        "targets": [a.group.name for a in actors if a.role == "target"],
        "review_status": incident.review_status,
        "confidence": incident.confidence,
        "summary": incident.summary,
        "source_urls": [link.source.url for link in incident.export_links if link.source.url],
    }


class _Echo:
    """A file-like object whose write returns the line, for csv.writer in a generator."""

    def write(self, value):
        return value


def _csv_cell(value):
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value  # keep spreadsheets from running a cell as a formula
    return "" if value is None else value


def csv_lines(incidents) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    for incident in incidents.iterator(chunk_size=CHUNK_SIZE):
        row = incident_row(incident)
        yield writer.writerow([_csv_cell(row[column]) for column in COLUMNS])


def json_chunks(incidents) -> Iterator[str]:
    yield "["
    first = True
    for incident in incidents.iterator(chunk_size=CHUNK_SIZE):
        yield ("" if first else ",\n") + json.dumps(incident_row(incident), ensure_ascii=False)
        first = False
    yield "]\n"


def feature(properties: dict, latitude, longitude) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
        "properties": properties,
    }


def geojson_chunks(incidents) -> Iterator[str]:
    """Incidents with coordinates, as a FeatureCollection (places without coordinates are skipped)."""
    yield '{"type": "FeatureCollection", "features": [\n'
    first = True
    for incident in incidents.iterator(chunk_size=CHUNK_SIZE):
        row = incident_row(incident)
        if row["latitude"] is None or row["longitude"] is None:
            continue
        yield ("" if first else ",\n") + json.dumps(feature(row, row["latitude"], row["longitude"]), ensure_ascii=False)
        first = False
    yield "\n]}\n"


MAP_LIMIT = 20_000  # a browser clusters this many points smoothly; the newest are drawn


def map_geojson_chunks(points, limit: int = MAP_LIMIT) -> Iterator[str]:
    """The map's light FeatureCollection from `selectors.incident_map_points` rows (newest first).

    Beyond `limit` points the collection ends with `"truncated": true` so the page can say so.
    """
    yield '{"type": "FeatureCollection", "features": [\n'
    first = True
    rows = points[: limit + 1].iterator(chunk_size=2000)
    for shown, (pk, kind, date_start, fatalities, place, latitude, longitude) in enumerate(rows):
        if shown == limit:
            yield '\n], "truncated": true}\n'
            return
        properties = {
            "id": pk,
            "type": kind,
            "date": date_start.isoformat() if date_start else None,
            "fatalities": fatalities,
            "place": place,
            "url": f"/incidents/{pk}/",
        }
        yield ("" if first else ",\n") + json.dumps(feature(properties, latitude, longitude), ensure_ascii=False)
        first = False
    yield "\n]}\n"


FORMATS = {
    "csv": ("text/csv; charset=utf-8", csv_lines),
    "json": ("application/json", json_chunks),
    "geojson": ("application/geo+json", geojson_chunks),
}


def export_response(incidents, fmt: str, filename: str = "incidents") -> StreamingHttpResponse:
    content_type, generate = FORMATS[fmt]
    response = StreamingHttpResponse(generate(incidents), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
