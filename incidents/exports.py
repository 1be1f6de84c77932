"""Streamed exports of a filtered incident set: CSV, JSON and GeoJSON.

Rows come from `selectors.incident_export` (plain values, read a chunk at a time) and
are written as they come, so memory stays flat however many incidents are exported.
"""

import csv
import json
from collections.abc import Iterator
from itertools import islice

from django.http import StreamingHttpResponse

from incidents.choices import ACLED_MAPPING, IncidentType

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
    "admin2",
    "admin1",
    "country",
    "country_code",
    "latitude",
    "longitude",
    "fatalities",
    "injured",
    "perpetrators",
    "claimed_by",
    "target_groups",
    "targets",
    "review_status",
    "confidence",
    "notes_count",
    "summary",
    "publishers",
    "source_urls",
)


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def incident_row(record: dict) -> dict:
    """An export row from a `selectors.incident_export` record."""
    event_type, sub_event_type = ACLED_MAPPING.get(record["type"], ("", ""))
    return {
        "id": record["id"],
        "type": record["type"],
        "acled_event_type": event_type,
        "acled_sub_event_type": sub_event_type,
        "date_start": _iso(record["date_start"]),
        "date_end": _iso(record["date_end"]),
        "date_precision": record["date_precision"] or None,
        "location": record["location__name"],
        "location_id": record["location_id"],
        "admin2": record["admin2"],
        "admin1": record["admin1"],
        "country": record["country"],
        "country_code": record["location__country_code"],
        "latitude": record["location__latitude"],
        "longitude": record["location__longitude"],
        "fatalities": record["fatalities"],
        "injured": record["injured"],
        "perpetrators": record["perpetrators"],
        "claimed_by": record["claimed_by"],
        "target_groups": record["target_groups"],
        "targets": record["targets"] or [],  # who or what was attacked, in the article's words
        "review_status": record["review_status"],
        "confidence": record["confidence"],
        "notes_count": record["notes_count"],
        "summary": record["summary"],
        "publishers": record["publishers"],
        "source_urls": record["source_urls"],
    }


class _Echo:
    """A file-like object whose write returns the line, for csv.writer in a generator."""

    def write(self, value):
        return value


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...)).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def _csv_cell(value):
    """Every CSV cell by one rule: lists joined, then any text a spreadsheet would run is quoted with '."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_lines(records) -> Iterator[str]:
    """CSV that Excel opens as UTF-8: the byte-order mark first, then the header."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(COLUMNS)
    for record in records:
        row = incident_row(record)
        yield writer.writerow([_csv_cell(row[column]) for column in COLUMNS])


def json_chunks(records) -> Iterator[str]:
    yield "["
    first = True
    for record in records:
        yield ("" if first else ",\n") + json.dumps(incident_row(record), ensure_ascii=False)
        first = False
    yield "]\n"


def feature(properties: dict, latitude, longitude) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
        "properties": properties,
    }


def geojson_chunks(records) -> Iterator[str]:
    """Every incident as a Feature; one whose place has no coordinates gets a null geometry (RFC 7946, 3.2).

    The collection ends with `"without_coordinates": N` so a reader knows how many they are.
    """
    yield '{"type": "FeatureCollection", "features": [\n'
    first, without = True, 0
    for record in records:
        row = incident_row(record)
        located = row["latitude"] is not None and row["longitude"] is not None
        item = feature(row, row["latitude"], row["longitude"]) if located else unplaced_feature(row)
        without += not located
        yield ("" if first else ",\n") + json.dumps(item, ensure_ascii=False)
        first = False
    yield f'\n], "without_coordinates": {without}}}\n'


def unplaced_feature(properties: dict) -> dict:
    return {"type": "Feature", "geometry": None, "properties": properties}


MAP_LIMIT = 20_000  # a browser clusters this many points smoothly; the newest are drawn


def map_geojson_chunks(points, limit: int = MAP_LIMIT, chunk_size: int = 2000) -> Iterator[str]:
    """The map's light FeatureCollection from `selectors.incident_map_points` rows (newest first).

    Popups show the type's label and the perpetrators (one query per chunk of points, so
    20,000 points cost ten small look-ups, not one per point). Beyond `limit` points the
    collection ends with `"truncated": true` so the page can say so.
    """
    from incidents.selectors import perpetrator_names

    labels = dict(IncidentType.choices)
    yield '{"type": "FeatureCollection", "features": [\n'
    first, shown = True, 0
    rows = points[: limit + 1].iterator(chunk_size=chunk_size)
    while chunk := list(islice(rows, chunk_size)):
        names = perpetrator_names([row[0] for row in chunk])
        for pk, kind, date_start, fatalities, place, latitude, longitude in chunk:
            if shown == limit:
                yield '\n], "truncated": true}\n'
                return
            properties = {
                "id": pk,
                "type": kind,
                "label": str(labels.get(kind, kind)),
                "date": date_start.isoformat() if date_start else None,
                "fatalities": fatalities,
                "place": place,
                "perpetrators": names.get(pk, []),
                "url": f"/incidents/{pk}/",
            }
            yield ("" if first else ",\n") + json.dumps(feature(properties, latitude, longitude), ensure_ascii=False)
            first = False
            shown += 1
    yield "\n]}\n"


FORMATS = {
    "csv": ("text/csv; charset=utf-8", csv_lines),  # columns as in COLUMNS; lists joined with "; "
    "json": ("application/json", json_chunks),
    "geojson": ("application/geo+json", geojson_chunks),
}


def export_response(records, fmt: str, filename: str = "incidents") -> StreamingHttpResponse:
    """`records`: rows from `selectors.incident_export`, streamed as they are read."""
    content_type, generate = FORMATS[fmt]
    response = StreamingHttpResponse(generate(records), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
