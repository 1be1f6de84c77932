"""The list pages: rows and filter inputs as the templates write them, searches read once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from incidents import selectors
from incidents.filters import IncidentFilterSet
from incidents.links import detail_url
from incidents.models import Group, Incident

pytestmark = pytest.mark.django_db


def test_an_invalid_filter_shows_its_error_next_to_its_input(viewer_client, world):
    page = viewer_client.get(reverse("incident-list"), {"date_from": "never"}).content.decode()
    assert '<ul class="errorlist" id="id_date_from_error"><li>Enter a valid date.</li></ul>' in page
    assert 'name="date_from" value="never" aria-invalid="true" aria-describedby="id_date_from_error"' in page


def test_checkboxes_keep_their_state_and_labels(viewer_client, world):
    page = viewer_client.get(reverse("incident-list"), {"type": "bombing"}).content.decode()
    assert '<input type="checkbox" name="type" value="bombing" id="id_type_0" checked> Bombing</label>' in page
    assert '<input type="checkbox" name="type" value="armed_clash" id="id_type_2"> Armed clash</label>' in page


def test_rows_escape_names_and_show_claims_and_unknowns(viewer_client, world):
    Group.objects.filter(pk=world["front"].pk).update(name="<b>Front</b>")
    page = viewer_client.get(reverse("incident-list")).content.decode()
    bombing_row = next(row for row in page.split("<tr>") if f'href="/incidents/{world["bombing"].pk}/"' in row)
    assert "&lt;b&gt;Front&lt;/b&gt;</a> (claimed)<br>" in bombing_row
    assert "<b>Front</b>" not in page
    abduction_row = next(row for row in page.split("<tr>") if f'href="/incidents/{world["abroad"].pk}/"' in row)
    assert '<td class="hide-narrow">—</td>' in abduction_row  # no perpetrator known
    assert '<td class="num">?</td>' in abduction_row  # fatalities unknown
    assert "Gammaburg (YY)" in abduction_row


def test_a_persons_page_says_their_role_in_each_incident(viewer_client, world):
    page = viewer_client.get(reverse("person-detail", args=[world["commander"].pk])).content.decode()
    assert '<span class="meta">as victim</span>' in page


def test_record_urls_are_the_reversed_urls(world):
    for name, record in [("incident-detail", world["bombing"]), ("group-detail", world["front"])]:
        assert detail_url(name, record.pk) == reverse(name, args=[record.pk]) == record.get_absolute_url()


def test_sort_links_keep_the_filters_and_go_back_to_the_first_page(viewer_client, world):
    page = viewer_client.get(reverse("incident-list"), {"location": "Zedland", "page": "1", "sort": "date"})
    html = page.content.decode()
    assert 'href="?location=Zedland&amp;sort=-date"' in html  # same column: direction flips
    assert 'href="?location=Zedland&amp;sort=type"' in html


def test_sort_headers_say_which_column_is_sorted_and_which_way(viewer_client, world):
    html = viewer_client.get(reverse("incident-list"), {"sort": "-fatalities"}).content.decode()
    assert '<th scope="col" class="num" aria-sort="descending"><a href="?sort=fatalities">Killed</a></th>' in html
    assert '<th scope="col" aria-sort="none"><a href="?sort=date">Date</a></th>' in html
    html = viewer_client.get(reverse("incident-list"), {"sort": "type", "q": "a&b"}).content.decode()
    assert '<th scope="col" aria-sort="ascending"><a href="?q=a%26b&amp;sort=-type">Type</a></th>' in html


def test_rows_in_order_follow_the_ids_and_skip_missing_ones(world):
    ids = [world["clash"].pk, 999_999, world["killing"].pk, world["bombing"].pk]
    rows = selectors.RowsInOrder(selectors.incident_list(), ids)
    assert len(rows) == 4
    assert [r.pk for r in rows[0:3]] == [world["clash"].pk, world["killing"].pk]
    assert rows[-1].pk == world["bombing"].pk
    assert rows[0].listed_actors[0].group == world["army"]


def _bulk_matches(world, n):
    """`n` incidents whose text matches "roadside bomb", newest first."""
    from tests.views.conftest import add_incidents

    add_incidents(n, world["alpha"], world["army"])
    Incident.objects.filter(summary__startswith="bulk").update(search_text="roadside bomb near the market")
    return list(
        Incident.objects.filter(summary__startswith="bulk").order_by("-date_start", "-id").values_list("pk", flat=True)
    )


@pytest.mark.postgres
def test_a_broad_search_counts_in_no_order_and_reads_only_its_page_newest_first(viewer_client, world, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("ranked search is PostgreSQL's")
    newest_first = _bulk_matches(world, 30)
    monkeypatch.setattr(IncidentFilterSet, "rank_limit", 5)

    with CaptureQueriesContext(connection) as ctx:
        first = viewer_client.get(reverse("incident-list"), {"q": "roadside bomb"})
    searches = [q["sql"] for q in ctx.captured_queries if "websearch_to_tsquery" in q["sql"]]
    # The estimate is a plan, no scan; the count may stop at its cap on any plan (no ORDER BY); only the page is
    # read in date order.
    assert len(searches) == 3
    estimate, count, page = searches
    assert estimate.startswith("EXPLAIN")
    assert "ORDER BY" not in count and "LIMIT 1001" in count
    assert "ORDER BY" in page and "LIMIT 25" in page
    assert [i.pk for i in first.context["object_list"]] == newest_first[:25]
    assert "1–25 of 30" in first.content.decode()
    second = viewer_client.get(reverse("incident-list"), {"q": "roadside bomb", "page": 2})
    assert [i.pk for i in second.context["object_list"]] == newest_first[25:]


@pytest.mark.postgres
def test_a_search_past_the_cap_shows_the_cap_with_a_plus_not_the_planners_estimate(viewer_client, world, monkeypatch):
    from incidents.views.generic import CappedCountPaginator

    if connection.vendor != "postgresql":
        pytest.skip("ranked search is PostgreSQL's")
    newest_first = _bulk_matches(world, 30)
    monkeypatch.setattr(selectors, "LIST_COUNT_CAP", 10)
    monkeypatch.setattr(CappedCountPaginator, "cap", 10)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE incidents_incident")  # the planner would have an estimate past the cap
    response = viewer_client.get(reverse("incident-list"), {"q": "roadside bomb"})
    html = response.content.decode()
    assert "1–10 of 10+" in html
    assert "≈" not in html
    assert response.context["too_many_to_rank"]
    assert [i.pk for i in response.context["object_list"]] == newest_first[:10]


@pytest.mark.postgres
def test_a_search_is_ranked_up_to_rank_limit_matches_and_newest_first_past_it(viewer_client, world, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("ranked search is PostgreSQL's")
    newest_first = _bulk_matches(world, 6)
    oldest = newest_first[-1]
    Incident.objects.filter(pk=oldest).update(search_text="roadside bomb, roadside bomb, a roadside bomb again")
    monkeypatch.setattr(IncidentFilterSet, "rank_limit", 6)
    ranked = viewer_client.get(reverse("incident-list"), {"q": "roadside bomb"})
    assert ranked.context["ranked"]
    assert [i.pk for i in ranked.context["object_list"]][0] == oldest  # every match is ranked, the oldest too
    assert "1–6 of 6" in ranked.content.decode()
    monkeypatch.setattr(IncidentFilterSet, "rank_limit", 5)
    dated = viewer_client.get(reverse("incident-list"), {"q": "roadside bomb"})
    assert not dated.context["ranked"]
    assert [i.pk for i in dated.context["object_list"]] == newest_first
    assert "1–6 of 6" in dated.content.decode()


@pytest.mark.postgres
def test_a_narrow_search_is_ranked_best_match_first(viewer_client, world):
    if connection.vendor != "postgresql":
        pytest.skip("ranked search is PostgreSQL's")
    Incident.objects.filter(pk=world["clash"].pk).update(search_text="ambush ambush ambush on the convoy")
    Incident.objects.filter(pk=world["killing"].pk).update(search_text="an ambush was reported")
    response = viewer_client.get(reverse("incident-list"), {"q": "ambush"})
    assert [i.pk for i in response.context["object_list"]] == [world["clash"].pk, world["killing"].pk]
    assert response.context["ranked"]


def test_the_incident_list_reads_no_name_missing_from_its_context(viewer_client, world, caplog):
    """A missing name costs the template engine an exception and a debug log line per lookup; the rows' cache key
    looked one up per row (issue 14). The filtered list with rows must resolve every name it reads."""
    with caplog.at_level("DEBUG", logger="django.template"):
        response = viewer_client.get(reverse("incident-list"), {"type": "bombing", "date_from": "2000-01-01"})
    assert response.status_code == 200
    assert f'href="/incidents/{world["bombing"].pk}/"' in response.content.decode()
    missing = [r.getMessage() for r in caplog.records if r.name == "django.template"]
    assert missing == []
