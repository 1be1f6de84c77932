"""Each page runs the same number of SQL queries whatever the page size or data volume."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from incidents.choices import ActorRole, LocationKind, PersonRole
from incidents.models import Group, IncidentActor, IncidentPerson, IncidentSource, Location, Mention, Note, Person
from tests.views.conftest import add_incidents, make_source

# Upper bounds, so a regression that adds queries fails even when it is constant.
MAX_QUERIES = 25


def count_queries(client, url, params=None):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params or {})
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def grow(world):
    """Thirty more incidents everywhere a page lists them, with actors, persons, sources, notes."""
    person = add_incidents(30, world["alpha"], world["front"])
    for i in range(30):
        group = Group.objects.create(name=f"Bulk Group {i}", parent=world["front"])
        Person.objects.create(name=f"Bulk Member {i}")
        Location.objects.create(
            name=f"Bulk Village {i}", kind=LocationKind.CITY, parent=world["north"], country_code="ZZ"
        )
        IncidentActor.objects.create(incident=world["killing"], group=group, role=ActorRole.PERPETRATOR)
        IncidentPerson.objects.create(
            incident=world["killing"], person=person, role=PersonRole.OTHER
        ) if i == 0 else None
        IncidentSource.objects.create(
            incident=world["killing"],
            source=make_source(),
            fatalities=i,
            evidence=[{"text": "x", "start": 0, "end": 5}],
        )
        Mention.objects.create(source=world["source"], start=10 + i, end=11 + i, text="x", group=group)
        Note.objects.create(record=world["killing"], body=f"note {i}")
    for incident in world["killing"].__class__.objects.all()[:30]:
        incident.fatalities = (incident.fatalities or 0) + 1
        incident.save()  # history rows


LIST_PAGES = [
    ("incident-list", {}),
    ("incident-list", {"group": "Daesh-Test", "location": "Zedland", "sort": "-fatalities", "q": "daesh"}),
    ("group-list", {}),
    ("person-list", {}),
    ("location-list", {"country_code": "ZZ"}),
    ("source-list", {}),
    ("dashboard", None),
    ("map", None),
    ("review-queue", None),
]


@pytest.mark.parametrize(("name", "params"), LIST_PAGES)
def test_list_pages_run_constant_queries(viewer_client, world, name, params):
    url = reverse(name)
    count_queries(viewer_client, url, params)  # warm caches (content types, sessions)
    small = count_queries(viewer_client, url, params)
    grow(world)
    large = count_queries(viewer_client, url, params)
    assert small == large, f"{name}: {small} queries with few rows, {large} with many"
    assert large <= MAX_QUERIES
    if params is not None:
        assert count_queries(viewer_client, url, {**params, "per_page": 200}) == large


def detail_urls(world):
    return [
        reverse("incident-detail", args=[world["killing"].pk]),
        reverse("incident-notes", args=[world["killing"].pk]),
        reverse("incident-history", args=[world["killing"].pk]),
        reverse("group-detail", args=[world["front"].pk]),
        reverse("person-detail", args=[world["commander"].pk]),
        reverse("location-detail", args=[world["north"].pk]),
        reverse("location-detail", args=[world["zed"].pk]),
        reverse("source-detail", args=[world["source"].pk]),
        reverse("incident-edit", args=[world["killing"].pk]),
    ]


def test_detail_pages_run_constant_queries(analyst_client, world):
    # One of each listed thing to begin with: an empty list skips its prefetch legitimately.
    Note.objects.create(record=world["killing"], body="first")
    for url in detail_urls(world):
        count_queries(analyst_client, url)  # warm caches (content types, sessions)
    small = {url: count_queries(analyst_client, url) for url in detail_urls(world)}
    grow(world)
    large = {url: count_queries(analyst_client, url) for url in detail_urls(world)}
    assert small == large
    assert max(large.values()) <= MAX_QUERIES


def test_exports_run_constant_queries(viewer_client, world):
    small = {fmt: count_queries(viewer_client, reverse("incident-export", args=[fmt])) for fmt in ("csv", "json")}
    grow(world)
    large = {fmt: count_queries(viewer_client, reverse("incident-export", args=[fmt])) for fmt in ("csv", "json")}
    assert small == large  # below one chunk: fixed prefetch queries, not one per row


def test_incident_list_exact_query_count(viewer_client, world, django_assert_num_queries):
    # session, user, COUNT, page, actors prefetch, publishers, permissions/role lookups
    url = reverse("incident-list")
    count_queries(viewer_client, url)  # warm caches (publishers, content types)
    expected = count_queries(viewer_client, url)
    grow(world)
    with django_assert_num_queries(expected):
        viewer_client.get(url)


def test_incident_filters_add_no_distinct_or_joins_that_duplicate_rows(viewer_client, world):
    params = {"type": ["bombing", "armed_clash"], "review_status": "extracted", "group": "Daesh-Test",
              "person": "Abu Test", "publisher": "Test Wire", "fatalities_min": "0"}  # fmt: skip
    with CaptureQueriesContext(connection) as ctx:
        assert viewer_client.get(reverse("incident-list"), params).status_code == 200
    incident_queries = [q["sql"] for q in ctx.captured_queries if 'FROM "incidents_incident"' in q["sql"]]
    assert incident_queries and not any("DISTINCT" in sql for sql in incident_queries)
