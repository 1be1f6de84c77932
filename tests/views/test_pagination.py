"""Big lists count cheaply: exact below the cap; above it "N+", or PostgreSQL's estimate as "≈ N"."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

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


def _dated_incidents(n, first=dt.date(2024, 1, 1)):
    """`n` incidents one day apart from `first`, newest last."""
    Incident.objects.bulk_create(
        Incident(type="bombing", date_start=first + dt.timedelta(days=i), date_end=first + dt.timedelta(days=i))
        for i in range(n)
    )


def test_a_date_range_is_counted_exactly_below_the_cap_with_long_incidents_that_overlap_it(analyst_client):
    _dated_incidents(6)  # 1-6 January
    Incident.objects.create(type="bombing", date_start=dt.date(2023, 12, 1), date_end=dt.date(2024, 1, 31))
    html = analyst_client.get("/incidents/", {"date_from": "2024-01-03", "date_to": "2024-01-05"}).content.decode()
    assert "1–4 of 4 incidents" in html  # 3, 4 and 5 January, and the month-long one that overlaps them


def test_a_date_filtered_list_counts_newest_first_and_other_lists_in_any_order(analyst_client, monkeypatch):
    monkeypatch.setattr(CappedCountPaginator, "cap", 3)
    _dated_incidents(8)
    counts = {}
    for name, params in [("range", {"date_from": "2024-01-02", "date_to": "2024-01-07"}), ("none", {})]:
        with CaptureQueriesContext(connection) as ctx:
            analyst_client.get("/incidents/", {**params, "sort": "fatalities"})
        counts[name] = next(q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"] and "LIMIT 4" in q["sql"])
    assert 'ORDER BY "incidents_incident"."date_start" DESC, "incidents_incident"."id" DESC' in counts["range"]
    assert "ORDER BY" not in counts["none"]


def test_past_the_cap_a_date_range_shows_a_plus_not_the_planners_estimate(analyst_client, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("estimates come from PostgreSQL's planner")
    monkeypatch.setattr(CappedCountPaginator, "cap", 3)
    _dated_incidents(8)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE incidents_incident")
    ranged = analyst_client.get("/incidents/", {"date_from": "2024-01-02", "date_to": "2024-01-07"})
    html = ranged.content.decode()
    assert "1–3 of 3+ incidents" in html
    assert "≈" not in html
    assert [i.date_start.day for i in ranged.context["object_list"]] == [7, 6, 5]
    # One bound alone is estimated well: the estimate stays.
    assert "estimate, not a count" in analyst_client.get("/incidents/", {"date_from": "2024-01-02"}).content.decode()
