"""The briefing: a filtered list summed up on one printable page, with a server-drawn map and footnotes."""

import re

from django.urls import reverse

from incidents.models import Incident, IncidentSource
from tests.views.conftest import make_source
from tests.views.test_query_counts import count_queries, grow


def briefing(client, **params):
    response = client.get(reverse("incident-briefing"), params)
    assert response.status_code == 200
    return response


def test_briefing_sums_up_the_filtered_incidents(viewer_client, world):
    context = briefing(viewer_client, location="Zedland").context
    assert context["totals"]["n"] == 3 and context["totals"]["killed"] == 1 + 3 + 12
    assert [(r["label"], r["n"]) for r in context["by_type"]] == [
        ("Armed clash", 1),
        ("Bombing", 1),
        ("Targeted killing", 1),
    ]
    assert [(g["group__name"], g["n"], g["killed"]) for g in context["top_groups"]] == [
        ("Test Khorasan Front", 1, 3),
        ("Zedland Army", 1, 12),
    ]
    assert {row["incident"].pk for row in context["rows"]} == {
        world["killing"].pk,
        world["bombing"].pk,
        world["clash"].pk,
    }


def test_briefing_shows_what_the_list_shows_rejected_left_out(viewer_client, world):
    Incident.objects.filter(pk=world["clash"].pk).update(review_status="rejected")
    for params in ({}, {"location": "Zedland"}, {"type": "bombing"}, {"show_rejected": "on"}, {"q": "Betaville"}):
        listed = {i.pk for i in viewer_client.get(reverse("incident-list"), params).context["object_list"]}
        briefed = {row["incident"].pk for row in briefing(viewer_client, **params).context["rows"]}
        assert briefed == listed, params
    assert briefing(viewer_client).context["totals"]["killed"] == 1 + 3


def test_briefing_period_comes_from_the_date_filters(viewer_client, world):
    response = briefing(viewer_client, date_from="2024-01-01", date_to="2025-12-31")
    assert {row["incident"].pk for row in response.context["rows"]} == {world["killing"].pk, world["clash"].pk}
    html = response.content.decode()
    assert "Briefing: 1 January 2024 to 31 December 2025" in html
    assert "Briefing: 4 March 2022 to 28 September 2025" in briefing(viewer_client).content.decode()


def test_briefing_map_draws_country_outlines_and_a_dot_per_placed_incident(viewer_client, world):
    Incident.objects.create(type="bombing", summary="nowhere known")  # no place: counted, not drawn
    html = briefing(viewer_client).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert len(re.findall(r"<circle ", svg)) == 4
    assert len(re.findall(r"<path d=\"M", svg)) > 3, "the countries around the points are outlined"
    assert "1 incident without coordinates not drawn" in html
    # The view frames the points: Zedland's (lon 19-22) and Whyland's (lon 40-41) dots.
    west, north_neg, width, height = map(float, re.search(r'viewBox="([^"]+)"', svg).group(1).split())
    assert west < 19 and west + width > 41 and -north_neg > 41
    assert "Natural Earth" in html


def test_briefing_map_without_placed_incidents_shows_the_world(viewer_client, world):
    html = briefing(viewer_client, location="Nowhereland").content.decode()
    assert 'viewBox="-180.000 -85.000 360.000 145.000"' in html and "<circle" not in html


def test_briefing_sources_are_numbered_footnotes_cited_once(viewer_client, world):
    second = make_source(title="Second report", url="https://example.org/second")
    IncidentSource.objects.create(incident=world["clash"], source=second, fatalities=12)
    context = briefing(viewer_client, location="Zedland").context
    refs = {row["incident"].pk: row["refs"] for row in context["rows"]}
    # Newest first: the killing cites the shared article first, the clash the second report.
    assert refs[world["killing"].pk] == refs[world["bombing"].pk] == [1]  # the shared article, numbered once
    assert refs[world["clash"].pk] == [2]
    html = briefing(viewer_client, location="Zedland").content.decode()
    assert '<li id="source-2">Second report' in html and "https://example.org/second" in html
    assert html.count('<li id="source-') == 2


def test_briefing_escapes_article_text(viewer_client, world):
    Incident.objects.filter(pk=world["bombing"].pk).update(summary="<script>alert(1)</script>")
    html = briefing(viewer_client).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


def test_list_links_to_the_briefing_with_its_filters(viewer_client, world):
    html = viewer_client.get(reverse("incident-list"), {"type": "bombing"}).content.decode()
    assert f'href="{reverse("incident-briefing")}?type=bombing">Briefing</a>' in html


def test_briefing_needs_login(client, world):
    assert client.get(reverse("incident-briefing")).url.startswith(reverse("login"))


def test_briefing_runs_constant_queries(viewer_client, world):
    url = reverse("incident-briefing")
    for params in ({}, {"location": "Zedland", "type": "bombing"}):
        count_queries(viewer_client, url, params)
    small = [count_queries(viewer_client, url, p) for p in ({}, {"location": "Zedland", "type": "bombing"})]
    grow(world)
    large = [count_queries(viewer_client, url, p) for p in ({}, {"location": "Zedland", "type": "bombing"})]
    assert small == large


def test_incident_page_prints_its_sources_as_numbered_footnotes(viewer_client, world):
    html = viewer_client.get(world["killing"].get_absolute_url()).content.decode()
    notes = html[html.index('class="footnotes print-only"') :]
    assert "<ol><li>Test article" in notes and world["source"].url in notes
