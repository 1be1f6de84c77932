"""The incident list's filters: aliases, place subtrees, dates, types, fatalities, status, publisher."""

import pytest
from django.urls import reverse


def found(client, **params):
    response = client.get(reverse("incident-list"), params)
    assert response.status_code == 200
    return {incident.pk for incident in response.context["object_list"]}


def test_group_filter_finds_incidents_by_any_alias(viewer_client, world):
    expected = {world["killing"].pk, world["bombing"].pk}
    assert found(viewer_client, group="Daesh-Test") == expected
    assert found(viewer_client, group="daesh test") == expected
    assert found(viewer_client, group="Test Khorasan Front") == expected
    assert found(viewer_client, group=str(world["front"].pk)) == expected


def test_group_filter_by_role(viewer_client, world):
    assert found(viewer_client, group="Daesh-Test", group_role="perpetrator") == {world["bombing"].pk}
    assert found(viewer_client, group="Daesh-Test", group_role="target") == {world["killing"].pk}


def test_location_filter_includes_everything_inside(viewer_client, world):
    north = {world["killing"].pk, world["bombing"].pk}  # a city and a site inside it
    assert found(viewer_client, location=str(world["north"].pk)) == north
    assert found(viewer_client, location="Northprov") == north
    assert found(viewer_client, location=f"Northprov (First-level division, ZZ) [{world['north'].pk}]") == north
    assert found(viewer_client, location=str(world["zed"].pk)) == north | {world["clash"].pk}
    assert found(viewer_client, location=str(world["alpha"].pk)) == north
    assert found(viewer_client, location="Alfa-Town") == north  # an alternate name
    assert found(viewer_client, location="Nowhere at all") == set()


def test_date_range(viewer_client, world):
    assert found(viewer_client, date_from="2024-01-01") == {world["killing"].pk, world["clash"].pk}
    assert found(viewer_client, date_from="2022-01-01", date_to="2023-12-31") == {
        world["bombing"].pk,
        world["abroad"].pk,
    }


def test_several_types(viewer_client, world):
    assert found(viewer_client, type=["bombing", "abduction"]) == {world["bombing"].pk, world["abroad"].pk}


def test_fatalities_range(viewer_client, world):
    assert found(viewer_client, fatalities_min=2) == {world["bombing"].pk, world["clash"].pk}
    assert found(viewer_client, fatalities_min=2, fatalities_max=5) == {world["bombing"].pk}


def test_review_status_person_and_publisher(viewer_client, world):
    from incidents.models import Incident

    Incident.objects.filter(pk=world["clash"].pk).update(review_status="reviewed")
    assert found(viewer_client, review_status="reviewed") == {world["clash"].pk}
    assert found(viewer_client, person="Abu Test") == {world["killing"].pk}
    assert found(viewer_client, publisher="test wire") == {world["killing"].pk, world["bombing"].pk}


def test_free_text_over_summary_aliases_and_source_text(viewer_client, world):
    assert world["clash"].pk in found(viewer_client, q="Betaville")
    assert found(viewer_client, q="Daesh-Test") >= {world["killing"].pk, world["bombing"].pk}
    assert world["killing"].pk in found(viewer_client, q="officials")  # only in the article text


def test_filters_combine_and_sorting_is_stable(viewer_client, world):
    response = viewer_client.get(reverse("incident-list"), {"location": str(world["zed"].pk), "sort": "-fatalities"})
    assert [i.pk for i in response.context["object_list"]] == [
        world["clash"].pk,
        world["bombing"].pk,
        world["killing"].pk,
    ]


def test_whole_filter_state_is_in_links(viewer_client, world):
    response = viewer_client.get(reverse("incident-list"), {"group": "Daesh-Test", "fatalities_min": "1"})
    html = response.content.decode()
    assert "group=Daesh-Test" in html and "fatalities_min=1" in html  # sort and export links keep it
    assert 'value="Daesh-Test"' in html


def test_pagination_reports_totals(viewer_client, world):
    response = viewer_client.get(reverse("incident-list"), {"per_page": 25})
    assert "1–4 of 4" in response.content.decode()


def test_other_lists_filter(viewer_client, world):
    groups = viewer_client.get(reverse("group-list"), {"q": "daesh-test"}).context["object_list"]
    assert [g.pk for g in groups] == [world["front"].pk]
    persons = viewer_client.get(reverse("person-list"), {"q": "abu"}).context["object_list"]
    assert [p.pk for p in persons] == [world["commander"].pk]
    places = viewer_client.get(reverse("location-list"), {"q": "alfa", "country_code": "zz"}).context["object_list"]
    assert [p.pk for p in places] == [world["alpha"].pk]
    sources = viewer_client.get(reverse("source-list"), {"q": "Alpha Mosque"}).context["object_list"]
    assert [s.pk for s in sources] == [world["source"].pk]


@pytest.mark.postgres
def test_postgres_full_text_search_ranks_best_match_first(viewer_client, world):
    from django.db import connection

    from incidents.models import Incident

    if connection.vendor != "postgresql":
        pytest.skip("full-text search with ranking is PostgreSQL's")
    Incident.objects.filter(pk=world["clash"].pk).update(search_text="bombing bombing bombing bombs in Betaville")
    Incident.objects.filter(pk=world["abroad"].pk).update(search_text="a bombing was rumoured")
    ids = [i.pk for i in viewer_client.get(reverse("incident-list"), {"q": "bombing"}).context["object_list"]]
    assert ids.index(world["clash"].pk) < ids.index(world["abroad"].pk)
    # websearch syntax: quoted phrases and exclusions
    assert world["clash"].pk not in found(viewer_client, q="bombing -Betaville")
    assert found(viewer_client, q='"shot dead"') >= {world["killing"].pk}


@pytest.mark.postgres
def test_postgres_broad_search_lists_newest_first(viewer_client, world, monkeypatch):
    from django.db import connection

    from incidents.filters import IncidentFilterSet

    if connection.vendor != "postgresql":
        pytest.skip("ranking is PostgreSQL's")
    monkeypatch.setattr(IncidentFilterSet, "rank_limit", 1)
    response = viewer_client.get(reverse("incident-list"), {"q": "Daesh-Test"})
    assert response.context["too_many_to_rank"]
    ids = [i.pk for i in response.context["object_list"]]
    assert ids == [world["killing"].pk, world["bombing"].pk]  # newest first
    assert "1–2 of 2" in response.content.decode()


@pytest.mark.postgres
def test_postgres_search_the_planner_expects_far_past_the_cap_is_listed_newest_first_uncounted(
    viewer_client, world, monkeypatch
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from incidents import selectors

    if connection.vendor != "postgresql":
        pytest.skip("the planner's estimates are PostgreSQL's")

    def listed():
        cache.clear()  # planner estimates are cached per query
        with CaptureQueriesContext(connection) as queries:
            response = viewer_client.get(reverse("incident-list"), {"q": "Daesh-Test"})
        counts = [q["sql"] for q in queries if f"LIMIT {selectors.LIST_COUNT_CAP + 1}" in q["sql"]]
        return response, counts

    response, counts = listed()  # two matches, far below the bar: counted and ranked
    assert counts and not response.context["too_many_to_rank"]
    assert "1–2 of 2" in response.content.decode()

    monkeypatch.setattr(selectors, "SEARCH_SURELY_PAST_CAP", 1)  # any estimate clears the bar
    response, counts = listed()
    assert not counts and response.context["too_many_to_rank"]
    assert [i.pk for i in response.context["object_list"]] == [world["killing"].pk, world["bombing"].pk]
    assert " of 1000+ incidents" in response.content.decode()  # not counted: past the cap by the estimate


@pytest.mark.postgres
def test_postgres_search_checks_broad_types_row_by_row_with_the_same_matches(viewer_client, world, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from incidents import selectors
    from incidents.models import Incident

    if connection.vendor != "postgresql":
        pytest.skip("the planner's statistics are PostgreSQL's")
    for key in ("bombing", "clash", "abroad"):
        Incident.objects.filter(pk=world[key].pk).update(search_text=f"Quarry convoy ambushed {key}")
    params = {"q": "convoy", "type": ["bombing", "abduction"]}

    def listed(**extra):
        with CaptureQueriesContext(connection) as queries:
            ids = found(viewer_client, **params, **extra)
        where = [q["sql"].partition(" WHERE ")[2] for q in queries]
        return ids, [w for w in where if '"incidents_incident"."type" ' in w]

    monkeypatch.setattr(selectors, "BROAD_TYPE_SHARE", 1.0)  # no choice is broad: the type index may serve
    narrow, sql = listed()
    assert sql and not any("COLLATE" in s for s in sql)
    monkeypatch.setattr(selectors, "BROAD_TYPE_SHARE", -1.0)  # every choice is broad: one condition per row
    broad, sql = listed()
    assert sql and all('"incidents_incident"."type" COLLATE "C" IN (\'abduction\', \'bombing\')' in s for s in sql)
    assert broad == narrow == {world["bombing"].pk, world["abroad"].pk}
    # Without a search the type index stays usable, broad or not.
    params.pop("q")
    without_text, sql = listed()
    assert without_text == {world["bombing"].pk, world["abroad"].pk}
    assert sql and not any("COLLATE" in s for s in sql)


def test_reviewed_filter_on_groups_and_persons(viewer_client, world):
    from incidents.models import Group

    Group.objects.filter(pk=world["army"].pk).update(reviewed=True)
    reviewed = viewer_client.get(reverse("group-list"), {"reviewed": "true", "q": "zedland"}).context["object_list"]
    assert [g.pk for g in reviewed] == [world["army"].pk]
    waiting = viewer_client.get(reverse("group-list"), {"reviewed": "false", "q": "test"}).context["object_list"]
    assert world["army"].pk not in [g.pk for g in waiting] and world["front"].pk in [g.pk for g in waiting]
    assert viewer_client.get(reverse("person-list"), {"reviewed": "false"}).status_code == 200


def test_list_says_what_typed_names_meant(viewer_client, world):
    html = viewer_client.get(reverse("incident-list"), {"location": "Northprov", "group": "TKF"}).content.decode()
    assert "Place: <a" in html and "Northprov</a>" in html and "and everything inside it" in html
    assert "Test Khorasan Front</a>" in html
    html = viewer_client.get(reverse("incident-list"), {"location": "Qwxzplace", "group": "Nobody"}).content.decode()
    assert "No place matches “Qwxzplace”" in html and "no group matches “Nobody”" in html


def test_a_country_with_free_text_keeps_only_that_countrys_matches(viewer_client, world):
    from incidents.models import IncidentSource

    IncidentSource.objects.create(incident=world["abroad"], source=world["source"])  # the same article, abroad
    matches = found(viewer_client, q="Alphatown")
    assert world["abroad"].pk in matches

    in_zedland = found(viewer_client, q="Alphatown", location=str(world["zed"].pk))

    assert in_zedland == matches - {world["abroad"].pk}
    assert in_zedland
