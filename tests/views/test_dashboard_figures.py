"""Dashboard figures: exact counts for small tables, estimates past a threshold, months summed right."""

import datetime as dt

import pytest
from django.db import connection
from django.urls import reverse

from incidents import selectors
from incidents.models import Incident

pytestmark = pytest.mark.django_db


def test_small_tables_are_counted_exactly(world):
    total = selectors.count_or_estimate(Incident.objects.all())
    assert total == 4
    assert not getattr(total, "estimated", False)


def test_past_the_threshold_postgresql_gives_its_estimate(viewer_client, world, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("estimates come from PostgreSQL's planner")
    monkeypatch.setattr(selectors, "ESTIMATE_ABOVE", -1)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE incidents_incident")
    total = selectors.count_or_estimate(Incident.objects.all())
    assert total.estimated and total >= 0
    assert "≈" in viewer_client.get(reverse("dashboard")).content.decode()


def test_months_are_summed_from_days_and_end_at_the_latest_incident(world):
    Incident.objects.create(type="bombing", date_start=dt.date(2025, 9, 3))
    Incident.objects.create(type="bombing", date_start=dt.date(2025, 9, 30))
    Incident.objects.create(type="bombing", date_start=dt.date(2023, 9, 1))  # 25 months back: left out
    months = dict(selectors.monthly_figures(24)[0])
    assert months[dt.date(2025, 9, 1)] == 3  # with the world's 28 September killing
    assert months[dt.date(2024, 1, 1)] == 1
    assert dt.date(2023, 9, 1) not in months
    assert list(months) == sorted(months)


def test_the_chart_and_active_groups_are_recounted_after_an_interval_not_on_every_view(viewer_client, world):
    from django.core.cache import cache

    first = selectors.dashboard_activity()
    Incident.objects.create(type="bombing", date_start=dt.date(2025, 9, 29))
    assert selectors.dashboard_activity() == first
    assert "Counted at " in viewer_client.get(reverse("dashboard")).content.decode()
    cache.clear()  # as when DASHBOARD_ACTIVITY_SECONDS have passed
    september = dt.date(2025, 9, 1)
    assert dict(selectors.dashboard_activity()["per_month"])[september] == dict(first["per_month"])[september] + 1


def test_groups_and_places_lists_show_activity_counted_at_an_interval_with_rejected_left_out(viewer_client, world):
    from django.core.cache import cache

    rejected = Incident.objects.create(type="bombing", date_start=dt.date(2025, 9, 1), location=world["beta"])
    rejected.actors.create(group=world["army"], role="perpetrator")
    rejected.review_status = "rejected"
    rejected.save()
    groups = viewer_client.get(reverse("group-list")).context["object_list"]
    counts = {g.name: g.incident_count for g in groups}
    # The front is perpetrator once and target once; the army's rejected incident is left out.
    assert counts["Test Khorasan Front"] == 2 and counts["Zedland Army"] == 1
    assert [g.name for g in groups][:2] == ["Test Khorasan Front", "Zedland Army"]
    places = viewer_client.get(reverse("location-list"))
    assert {p.name: p.incident_count for p in places.context["object_list"]}["Betaville"] == 1
    assert "Counted at" not in places.content.decode() and "counted at" in places.content.decode()

    second = Incident.objects.create(type="bombing", date_start=dt.date(2025, 9, 2), location=world["beta"])
    second.actors.create(group=world["army"], role="perpetrator")
    assert selectors.active_group_count() == 2
    cache.clear()  # as when ACTIVITY_SECONDS have passed
    groups = viewer_client.get(reverse("group-list")).context["object_list"]
    assert {g.name: g.incident_count for g in groups}["Zedland Army"] == 2
    assert selectors.activity_counts()["places"][world["beta"].pk] == 2
