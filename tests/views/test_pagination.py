"""Big lists count cheaply: exact below the cap; above it "N+", or PostgreSQL's estimate as "≈ N"."""

import pytest
from django.db import connection

from incidents import selectors
from incidents.models import Incident
from incidents.templatetags.incident_tags import about
from incidents.views.generic import CappedCountPaginator

pytestmark = pytest.mark.django_db


class SmallCap(CappedCountPaginator):
    cap = 10


def test_count_is_exact_below_the_cap():
    Incident.objects.bulk_create(Incident(type="bombing") for _ in range(7))
    paginator = SmallCap(Incident.objects.all(), 5)
    assert paginator.count == 7
    assert not paginator.capped
    assert paginator.num_pages == 2


def test_count_stops_at_the_cap_and_says_so():
    Incident.objects.bulk_create(Incident(type="bombing") for _ in range(12))
    paginator = SmallCap(Incident.objects.all(), 5)
    assert paginator.count == 10
    assert paginator.capped
    assert paginator.num_pages == 2


def test_capped_total_is_shown_with_a_plus_without_an_estimate(analyst_client, monkeypatch):
    monkeypatch.setattr(CappedCountPaginator, "cap", 3)
    monkeypatch.setattr(selectors, "is_postgres", lambda: False)
    Incident.objects.bulk_create(Incident(type="bombing") for _ in range(5))
    html = analyst_client.get("/incidents/").content.decode()
    assert "3+" in html


def test_past_the_cap_postgresql_shows_its_estimate_and_says_so(analyst_client, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("estimates come from PostgreSQL's planner")
    monkeypatch.setattr(CappedCountPaginator, "cap", 3)
    Incident.objects.bulk_create(Incident(type="bombing") for _ in range(8))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE incidents_incident")
    html = analyst_client.get("/incidents/").content.decode()
    assert '1–3 of <abbr title="more than 3: PostgreSQL\'s estimate, not a count">≈ 8</abbr>' in html


def test_estimates_are_written_as_people_say_them():
    assert about(1_234_567) == "1.2 million"
    assert about(1_000_000) == "1 million"
    assert about(48_213) == "48,000"
    assert about(12_951) == "13,000"
    assert about(8) == "8"
