"""Finding what matters: rejected left out, group roll-up, overlapping dates, forgiving searches."""

import datetime as dt

import pytest
from django.urls import reverse

from incidents.models import Group, Incident, IncidentActor, IncidentSource
from tests.views.conftest import make_source


def found(client, **params):
    response = client.get(reverse("incident-list"), params)
    assert response.status_code == 200
    return {incident.pk for incident in response.context["object_list"]}


@pytest.fixture
def rejected(world):
    Incident.objects.filter(pk=world["clash"].pk).update(review_status="rejected")
    return world["clash"]


def test_rejected_incidents_are_left_out_unless_asked_for(viewer_client, world, rejected):
    assert rejected.pk not in found(viewer_client)
    assert rejected.pk in found(viewer_client, show_rejected="on")
    assert found(viewer_client, review_status="rejected") == {rejected.pk}
    page = viewer_client.get(reverse("incident-list")).content.decode()
    assert "Rejected incidents are left out" in page


def test_rejected_incidents_are_left_out_of_exports_map_and_dashboard(viewer_client, world, rejected):
    csv = b"".join(viewer_client.get(reverse("incident-export", args=["csv"])).streaming_content).decode("utf-8-sig")
    assert "Clash in Betaville" not in csv
    data = b"".join(viewer_client.get(reverse("map-data")).streaming_content).decode()
    assert f'"id": {rejected.pk},' not in data
    dashboard = viewer_client.get(reverse("dashboard"))
    assert dashboard.context["totals"]["incidents"] == 3
    assert rejected.pk not in {i.pk for i in dashboard.context["latest"]}
    assert world["army"].pk not in {g.pk for g in dashboard.context["active_groups"]}


def test_a_parent_group_finds_its_branches_incidents(viewer_client, world):
    # "Test Caliphate" has no incident of its own; its branch the Front has two.
    branch_incidents = {world["killing"].pk, world["bombing"].pk}
    assert found(viewer_client, group="Test Caliphate") == branch_incidents
    assert found(viewer_client, group="Test Caliphate", group_exact="on") == set()
    grandchild = Group.objects.create(name="Test Front Cell", parent=world["front"])
    extra = Incident.objects.create(type="bombing", date_start=dt.date(2020, 1, 1))
    IncidentActor.objects.create(incident=extra, group=grandchild, role="perpetrator")
    assert found(viewer_client, group="Test Caliphate") == branch_incidents | {extra.pk}
    page = viewer_client.get(reverse("incident-list"), {"group": "Test Caliphate"}).content.decode()
    assert "with 2 branches" in page


def test_date_filter_finds_ranges_that_overlap(viewer_client, world):
    september = Incident.objects.create(
        type="bombing", date_start=dt.date(2024, 9, 1), date_end=dt.date(2024, 9, 30), date_precision="month"
    )
    assert september.pk in found(viewer_client, date_from="2024-09-15", date_to="2024-09-20")
    assert september.pk not in found(viewer_client, date_from="2024-10-01")
    assert september.pk not in found(viewer_client, date_to="2024-08-31")
    page = viewer_client.get(reverse("incident-list"), {"date_from": "2024-09-15"}).content.decode()
    assert "overlaps the range" in page


def test_free_text_matches_other_forms_of_a_word(viewer_client, world):
    beheading = Incident.objects.create(
        type="targeted_killing", summary="A beheading in the hills", search_text="A beheading in the hills"
    )
    assert beheading.pk in found(viewer_client, q="beheaded")
    assert found(viewer_client, q="bombings") == {world["bombing"].pk}


def test_place_accepts_an_iso_country_code(viewer_client, world):
    assert found(viewer_client, location="YY") == {world["abroad"].pk}
    assert found(viewer_client, location="zz") == {world["killing"].pk, world["bombing"].pk, world["clash"].pk}


def test_publisher_matches_part_of_the_name(viewer_client, world):
    other = Incident.objects.create(type="bombing", date_start=dt.date(2020, 1, 1))
    IncidentSource.objects.create(incident=other, source=make_source(publisher="Dawn News"))
    assert found(viewer_client, publisher="dawn") == {other.pk}
    assert found(viewer_client, publisher="Wire") == {world["killing"].pk, world["bombing"].pk}


def test_monthly_chart_has_every_month_in_its_range(viewer_client, world):
    chart = viewer_client.get(reverse("dashboard")).context["chart"]
    months = [bar["month"] for bar in chart["bars"]]
    assert len(months) == 24
    assert months[-1] == dt.date(2025, 9, 1)
    assert all((b - a).days in (28, 29, 30, 31) for a, b in zip(months, months[1:], strict=False))
    assert sum(bar["n"] for bar in chart["bars"]) == 2  # the 2024 clash and the 2025 killing


def test_places_open_on_places_with_incidents_by_count(viewer_client, world):
    Incident.objects.create(type="bombing", location=world["beta"], date_start=dt.date(2020, 1, 1))
    rows = list(viewer_client.get(reverse("location-list")).context["object_list"])
    assert [p.pk for p in rows][:1] == [world["beta"].pk]  # two incidents there
    assert {p.pk for p in rows} == {world["beta"].pk, world["alpha"].pk, world["mosque"].pk, world["gamma"].pk}
    assert rows[0].incident_count == 2
    everything = viewer_client.get(reverse("location-list"), {"gazetteer": "on", "country_code": "ZZ"})
    assert world["north"].pk in {p.pk for p in everything.context["object_list"]}
    searched = viewer_client.get(reverse("location-list"), {"q": "Northprov"})
    assert world["north"].pk in {p.pk for p in searched.context["object_list"]}


def test_groups_sort_by_activity_with_counts(viewer_client, world):
    rows = list(viewer_client.get(reverse("group-list")).context["object_list"])
    assert rows[0] == world["front"] and rows[0].incident_count == 2
    assert rows[1] == world["army"] and rows[1].incident_count == 1
    searched = viewer_client.get(reverse("group-list"), {"q": "Test Caliphate"}).context["object_list"]
    assert [g.incident_count for g in searched] == [0]


def test_dashboard_counts_groups_with_incidents_not_the_reference_list(viewer_client, world):
    Group.objects.create(name="A group with no incident")
    assert viewer_client.get(reverse("dashboard")).context["totals"]["groups"] == 2


def test_dashboard_shows_fatalities_per_month_and_breakdowns_that_link_to_lists(viewer_client, world):
    response = viewer_client.get(reverse("dashboard"))
    context, html = response.context, response.content.decode()
    fatalities = {bar["month"]: bar["n"] for bar in context["fatality_chart"]["bars"]}
    assert fatalities[dt.date(2024, 1, 1)] == 12 and fatalities[dt.date(2025, 9, 1)] == 1
    by_type = {row["type"]: (row["n"], row["fatalities"]) for row in context["by_type"]}
    assert by_type["armed_clash"] == (1, 12) and by_type["bombing"] == (1, 3)
    by_country = {row["name"]: row["n"] for row in context["by_country"]}
    assert by_country == {"Zedland": 3, "Whyland": 1}
    assert "?type=armed_clash" in html and "?location=ZZ" in html
    assert "October 2023 to September 2025" in html
