"""Exports of the filtered set: CSV, JSON and GeoJSON, streamed."""

import csv
import io
import json

from django.urls import reverse


def download(client, fmt, **params):
    response = client.get(reverse("incident-export", args=[fmt]), params)
    assert response.status_code == 200
    assert response.streaming, "exports are streamed"
    assert "attachment" in response["Content-Disposition"]
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_csv_export_of_the_filtered_set(viewer_client, world):
    rows = list(csv.DictReader(io.StringIO(download(viewer_client, "csv", group="Daesh-Test"))))
    assert {int(r["id"]) for r in rows} == {world["killing"].pk, world["bombing"].pk}
    bombing = next(r for r in rows if int(r["id"]) == world["bombing"].pk)
    assert bombing["perpetrators"] == "Test Khorasan Front"
    assert bombing["acled_event_type"] == "Explosions/Remote violence"
    assert bombing["location"] == "Alpha Mosque" and bombing["country_code"] == "ZZ"


def test_json_export(viewer_client, world):
    data = json.loads(download(viewer_client, "json", location=str(world["zed"].pk)))
    assert {row["id"] for row in data} == {world["killing"].pk, world["bombing"].pk, world["clash"].pk}
    assert all(row["source_urls"] for row in data if row["id"] != world["clash"].pk)


def test_geojson_export_and_map_data(viewer_client, world):
    for text in (
        download(viewer_client, "geojson"),
        b"".join(viewer_client.get(reverse("map-data")).streaming_content).decode(),
    ):
        data = json.loads(text)
        assert data["type"] == "FeatureCollection"
        by_id = {f["properties"]["id"]: f for f in data["features"]}
        assert set(by_id) == {i.pk for i in (world["killing"], world["bombing"], world["clash"], world["abroad"])}
        assert by_id[world["killing"].pk]["geometry"]["coordinates"] == [21.5, 11.5]


def test_map_data_reuses_the_filter(viewer_client, world):
    data = json.loads(b"".join(viewer_client.get(reverse("map-data"), {"fatalities_min": 10}).streaming_content))
    assert [f["properties"]["id"] for f in data["features"]] == [world["clash"].pk]


def test_empty_exports_still_parse(viewer_client, world):
    assert json.loads(download(viewer_client, "json", q="zzzznothing")) == []
    assert json.loads(download(viewer_client, "geojson", q="zzzznothing"))["features"] == []
    assert download(viewer_client, "csv", q="zzzznothing").startswith("id,type")


def test_csv_cells_cannot_become_formulas(viewer_client, world):
    from incidents.models import Incident

    Incident.objects.filter(pk=world["clash"].pk).update(summary='=HYPERLINK("http://evil")')
    rows = list(csv.DictReader(io.StringIO(download(viewer_client, "csv"))))
    assert next(r for r in rows if int(r["id"]) == world["clash"].pk)["summary"].startswith("'=")


def test_unknown_format_is_404(viewer_client, world):
    assert viewer_client.get(reverse("incident-export", args=["xml"])).status_code == 404


def test_map_data_is_capped_and_says_so(viewer_client, world, monkeypatch):
    from incidents import exports

    monkeypatch.setattr(exports, "MAP_LIMIT", 2)
    monkeypatch.setattr(exports.map_geojson_chunks, "__defaults__", (2, 2000))
    data = json.loads(b"".join(viewer_client.get(reverse("map-data")).streaming_content))
    assert len(data["features"]) == 2 and data["truncated"] is True
    assert [f["properties"]["id"] for f in data["features"]] == [world["killing"].pk, world["clash"].pk]


def test_export_rows_keep_order_and_links_across_chunks(world):
    from incidents import selectors
    from incidents.models import Incident

    ordered = Incident.objects.order_by("-date_start", "-id")
    rows = list(selectors.incident_export(ordered, chunk_size=2))  # four incidents: two chunks
    assert [r["id"] for r in rows] == list(ordered.values_list("id", flat=True))
    by_id = {r["id"]: r for r in rows}
    assert by_id[world["killing"].pk]["target_groups"] == ["Test Khorasan Front"]
    assert by_id[world["clash"].pk]["perpetrators"] == ["Zedland Army"]
    abroad = by_id[world["abroad"].pk]
    assert abroad["perpetrators"] == [] and abroad["location__name"] == "Gammaburg"
    assert by_id[world["killing"].pk]["source_urls"] == [world["source"].url]


def test_csv_opens_in_excel_with_the_columns_an_analyst_needs(viewer_client, world):
    from incidents.models import Note

    response = viewer_client.get(reverse("incident-export", args=["csv"]))
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbfid,")  # UTF-8 byte-order mark: Excel reads accents right
    Note.objects.create(record=world["bombing"], body="checked")
    rows = {int(r["id"]): r for r in csv.DictReader(io.StringIO(download(viewer_client, "csv")))}
    bombing, killing = rows[world["bombing"].pk], rows[world["killing"].pk]
    assert (bombing["country"], bombing["admin1"], bombing["admin2"]) == ("Zedland", "Northprov", "")
    assert bombing["claimed_by"] == "Test Khorasan Front" and bombing["notes_count"] == "1"
    assert bombing["publishers"] == "Test Wire" and bombing["review_status"] == "extracted"
    assert bombing["acled_sub_event_type"] == "Remote explosive/landmine/IED"
    assert killing["target_groups"] == "Test Khorasan Front" and killing["claimed_by"] == ""
    assert killing["summary"] == "Commander shot dead in Alphatown"


def test_geojson_counts_incidents_without_coordinates(viewer_client, world):
    from incidents.models import Incident

    unplaced = Incident.objects.create(type="bombing", summary="Somewhere unknown")
    data = json.loads(download(viewer_client, "geojson"))
    by_id = {f["properties"]["id"]: f for f in data["features"]}
    assert by_id[unplaced.pk]["geometry"] is None
    assert data["without_coordinates"] == 1


def test_map_points_carry_type_labels_and_perpetrators(viewer_client, world):
    data = json.loads(b"".join(viewer_client.get(reverse("map-data")).streaming_content))
    by_id = {f["properties"]["id"]: f["properties"] for f in data["features"]}
    assert by_id[world["abroad"].pk]["label"] == "Abduction"
    assert by_id[world["bombing"].pk]["perpetrators"] == ["Test Khorasan Front"]
    assert by_id[world["clash"].pk]["perpetrators"] == ["Zedland Army"]
    assert by_id[world["killing"].pk]["perpetrators"] == []  # the front was the target there


def test_map_perpetrators_are_read_per_chunk_not_per_point(viewer_client, world, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from incidents import exports
    from tests.views.conftest import add_incidents

    def map_queries():
        with CaptureQueriesContext(connection) as queries:
            data = json.loads(b"".join(viewer_client.get(reverse("map-data")).streaming_content))
        return len(queries), data

    monkeypatch.setattr(exports.map_geojson_chunks, "__defaults__", (exports.MAP_LIMIT, 50))
    before, _ = map_queries()
    add_incidents(30, world["alpha"], world["army"])
    after, data = map_queries()
    assert after == before
    assert len(data["features"]) == 34  # the four of the world, all placed, and the thirty
    assert all(f["properties"]["perpetrators"] for f in data["features"] if f["properties"]["type"] == "bombing")
