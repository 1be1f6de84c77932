"""The REST API: authentication, the list pages' filters, roles on writes, history, pages, throttling."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.test import APIClient
from rest_framework.throttling import UserRateThrottle

from incidents.filters import IncidentFilterSet
from incidents.models import Incident, IncidentActor, Note
from tests.views.conftest import add_incidents


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def test_api_refuses_anonymous_requests_and_bad_tokens(world):
    assert APIClient().get("/api/incidents/").status_code == 401
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert client.get("/api/incidents/").status_code == 401
    assert APIClient().get("/api/schema/").status_code == 401


def test_token_and_session_both_authenticate(world, viewer_api, viewer_client):
    assert viewer_api.get("/api/incidents/").status_code == 200
    assert viewer_client.get("/api/incidents/").status_code == 200  # the browsable API, signed in


@pytest.mark.parametrize(
    "params",
    [
        {"group": "Daesh-Test", "location": "Northprov"},
        {"type": ["bombing", "armed_clash"]},
        {"location": "Zedland", "fatalities_min": "2"},
        {"person": "Abu Test"},
        {"q": "mosque"},
        {"date_from": "2023-01-01", "review_status": "extracted"},
        {"group": "Test Khorasan Front", "group_role": "target"},
    ],
)
def test_api_filters_find_what_the_list_page_finds(world, viewer_api, viewer_client, params):
    page = viewer_client.get(reverse("incident-list"), params)
    on_page = {incident.pk for incident in page.context["page_obj"].object_list}
    filterset = IncidentFilterSet(page.wsgi_request.GET, queryset=Incident.objects.all())
    assert on_page == set(filterset.qs.values_list("id", flat=True))
    assert ids(viewer_api.get("/api/incidents/", params)) == on_page


def test_incident_shows_actors_persons_place_and_each_sources_figures(world, viewer_api):
    data = viewer_api.get(f"/api/incidents/{world['killing'].pk}/").json()
    assert data["location"]["name"] == "Alphatown" and data["location"]["latitude"] == 11.5
    assert data["actors"] == [
        {"group": world["front"].pk, "group_name": "Test Khorasan Front", "role": "target", "claimed": False}
    ]
    assert data["persons"][0]["person_name"] == "Umar Testani" and data["persons"][0]["role"] == "victim"
    (source,) = data["sources"]
    assert source["fatalities"] == 1 and source["evidence"][0]["text"].startswith("A commander")


def test_other_resources_show_aliases_affiliations_hierarchy_and_text_on_detail(world, viewer_api):
    group = viewer_api.get(f"/api/groups/{world['front'].pk}/").json()
    assert set(group["aliases"]) == {"Daesh-Test", "TKF"} and group["parent_name"] == "Test Caliphate"
    person = viewer_api.get(f"/api/persons/{world['commander'].pk}/").json()
    assert person["aliases"] == ["Abu Test"] and person["affiliations"][0]["role"] == "senior commander"
    place = viewer_api.get(f"/api/locations/{world['alpha'].pk}/").json()
    assert place["parent_name"] == "Northprov"
    assert ids(viewer_api.get("/api/groups/", {"q": "daesh-test"})) == {world["front"].pk}
    sources = viewer_api.get("/api/sources/").json()["results"]
    assert sources and "text" not in sources[0]
    assert "Alphatown" in viewer_api.get(f"/api/sources/{world['source'].pk}/").json()["text"]


def test_viewers_read_but_cannot_write(world, viewer_api):
    url = f"/api/incidents/{world['killing'].pk}/"
    assert viewer_api.patch(url, {"fatalities": 5}, format="json").status_code == 403
    assert viewer_api.post(url + "review/", {"status": "reviewed"}, format="json").status_code == 403
    note = {"record_type": "incident", "record_id": world["killing"].pk, "body": "x"}
    assert viewer_api.post("/api/notes/", note, format="json").status_code == 403
    assert viewer_api.delete(url).status_code in (403, 405)


def test_analyst_edits_through_the_service_and_history_names_them(world, analyst, analyst_api):
    incident = world["bombing"]
    response = analyst_api.patch(
        f"/api/incidents/{incident.pk}/",
        {"fatalities": 5, "targets": [world["army"].pk], "location": world["alpha"].pk},
        format="json",
    )
    assert response.status_code == 200, response.content
    incident.refresh_from_db()
    assert (incident.fatalities, incident.location, incident.analyst_edited) == (5, world["alpha"], True)
    assert IncidentActor.objects.filter(incident=incident, group=world["army"], role="target").exists()
    latest = incident.history.first()
    assert latest.history_user == analyst and latest.history_change_reason == "Edited by an analyst"
    url = f"/api/incidents/{incident.pk}/"
    assert analyst_api.patch(url, {"date_start": "2030-01-02", "date_end": "2030-01-01"}).status_code == 400
    assert analyst_api.patch(url, {"persons": [{"role": "victim"}]}, format="json").status_code == 400


def test_a_stale_if_match_is_refused(world, analyst_api):
    url = f"/api/incidents/{world['clash'].pk}/"
    etag = analyst_api.get(url)["ETag"]
    assert analyst_api.patch(url, {"fatalities": 13}, format="json", HTTP_IF_MATCH=etag).status_code == 200
    assert analyst_api.patch(url, {"fatalities": 14}, format="json", HTTP_IF_MATCH=etag).status_code == 412
    assert Incident.objects.get(pk=world["clash"].pk).fatalities == 13


def test_a_change_committed_after_the_if_match_check_is_not_overwritten(world, analyst_api, monkeypatch):
    from api import serializers

    url = f"/api/incidents/{world['clash'].pk}/"
    etag = analyst_api.get(url)["ETag"]
    validate = serializers.IncidentUpdateSerializer.is_valid

    def someone_else_saves_first(self, *args, **kwargs):
        other = Incident.objects.get(pk=world["clash"].pk)
        other.fatalities = 20
        other.save()  # between the view's If-Match check and its locked update
        return validate(self, *args, **kwargs)

    monkeypatch.setattr(serializers.IncidentUpdateSerializer, "is_valid", someone_else_saves_first)
    assert analyst_api.patch(url, {"fatalities": 14}, format="json", HTTP_IF_MATCH=etag).status_code == 412
    assert Incident.objects.get(pk=world["clash"].pk).fatalities == 20


def test_analyst_reviews_and_adds_notes(world, analyst, analyst_api):
    url = f"/api/incidents/{world['clash'].pk}/review/"
    response = analyst_api.post(url, {"status": "disputed"}, format="json")
    assert response.status_code == 200 and response.json()["review_status"] == "disputed"
    assert response.json()["reviewed_by"] == analyst.username
    assert analyst_api.post(url, {"status": "lost"}, format="json").status_code == 400
    note = {"record_type": "group", "record_id": world["front"].pk, "body": "Check the alias list."}
    created = analyst_api.post("/api/notes/", note, format="json")
    assert created.status_code == 201 and created.json()["author"] == analyst.username
    assert Note.objects.get().record == world["front"]
    assert ids(analyst_api.get("/api/notes/", {"record_type": "group", "record_id": world["front"].pk})) == {
        Note.objects.get().pk
    }
    missing = {"record_type": "group", "record_id": 999999, "body": "x"}
    assert analyst_api.post("/api/notes/", missing, format="json").status_code == 400


def test_cursor_pages_cover_every_incident_once(world, viewer_api):
    add_incidents(7, world["alpha"], world["front"])
    seen, url = [], "/api/incidents/?page_size=3"
    while url:
        body = viewer_api.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert sorted(seen, reverse=True) == seen and set(seen) == set(Incident.objects.values_list("id", flat=True))


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "resource", ["incidents", "groups", "persons", "locations", "sources", "notes", "incidents/stix", "incidents/acled"]
)
def test_query_count_does_not_grow_with_page_size(world, viewer_api, resource):
    add_incidents(30, world["alpha"], world["front"])
    for incident in Incident.objects.all():
        Note.objects.create(record=incident, body="n")
    if resource.startswith("incidents/"):
        small, large = f"/api/{resource}/?type=bombing&date_to=2021-01-03", f"/api/{resource}/?type=bombing"
    else:
        small, large = f"/api/{resource}/?page_size=2", f"/api/{resource}/?page_size=40"
    count_queries(viewer_api, small)  # warms the content-type cache
    assert count_queries(viewer_api, small) == count_queries(viewer_api, large)


def test_requests_beyond_the_users_rate_are_throttled(world, viewer_api, monkeypatch):
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "3/min"})
    cache.clear()
    codes = [viewer_api.get("/api/groups/").status_code for _ in range(4)]
    cache.clear()
    assert codes == [200, 200, 200, 429]


def test_schema_and_docs_are_served(world, viewer_api, viewer_client):
    schema = viewer_api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    params = {p["name"] for p in schema["paths"]["/api/incidents/"]["get"]["parameters"]}
    assert {"group", "location", "type", "q", "cursor"} <= params
    assert viewer_client.get("/api/docs/").status_code == 200


def test_api_exports_take_the_list_filters(world, viewer_api):
    response = viewer_api.get("/api/incidents/acled/", {"group": "Daesh-Test"})
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert len(lines) == 3  # header, the killing and the bombing
    response = viewer_api.get("/api/incidents/stix/", {"type": "armed_clash"})
    assert b'"Clash in Betaville"' in b"".join(response.streaming_content)


def test_users_create_and_revoke_their_own_token(viewer_client, viewer):
    from rest_framework.authtoken.models import Token

    page = viewer_client.post(reverse("api:token"), {"action": "create"})
    key = Token.objects.get(user=viewer).key
    assert key in page.content.decode()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/groups/").status_code == 200
    assert key not in viewer_client.get(reverse("api:token")).content.decode()  # shown once
    viewer_client.post(reverse("api:token"), {"action": "revoke"})
    assert not Token.objects.filter(user=viewer).exists()
    assert client.get("/api/groups/").status_code == 401


def test_admins_manage_tokens_in_the_admin(admin_client_, viewer):
    response = admin_client_.get("/admin/authtoken/tokenproxy/")
    assert response.status_code == 200
