"""Every page renders for every role; anonymous visitors are sent to log in."""

import pytest
from django.urls import reverse


def page_urls(world):
    urls = [reverse("dashboard"), reverse("map"), reverse("map-data")]
    for name, obj in [
        ("incident", world["killing"]),
        ("group", world["front"]),
        ("person", world["commander"]),
        ("location", world["north"]),
        ("source", world["source"]),
    ]:
        urls += [
            reverse(f"{name}-list"),
            reverse(f"{name}-list") + "?q=test",
            reverse(f"{name}-detail", args=[obj.pk]),
            reverse(f"{name}-notes", args=[obj.pk]),
            reverse(f"{name}-history", args=[obj.pk]),
        ]
    return urls


@pytest.fixture(params=["viewer", "analyst", "admin_user"])
def any_client(request, client):
    client.force_login(request.getfixturevalue(request.param))
    return client


def test_every_page_renders_for_every_role(any_client, world):
    for url in page_urls(world):
        response = any_client.get(url)
        assert response.status_code == 200, url


def test_analyst_pages_render(analyst_client, world):
    for url in [
        reverse("incident-edit", args=[world["killing"].pk]),
        reverse("group-merge", args=[world["front"].pk]),
        reverse("person-merge", args=[world["commander"].pk]),
    ]:
        assert analyst_client.get(url).status_code == 200, url


def test_anonymous_visitors_are_sent_to_log_in(client, world):
    for url in page_urls(world) + [reverse("incident-export", args=["csv"])]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("login")), url


def test_login_page_renders_with_labelled_fields(client, db):
    response = client.get(reverse("login"))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_username">' in html and '<label for="id_password">' in html


def test_login_then_dashboard(client, viewer):
    response = client.post(reverse("login"), {"username": "viewer1", "password": "pw-for-tests-only"}, follow=True)
    assert response.redirect_chain[-1][0] == "/"
    assert b"Log out" in response.content


def test_logout_is_a_post_form(viewer_client, db):
    html = viewer_client.get(reverse("dashboard")).content.decode()
    assert f'method="post" action="{reverse("logout")}"' in html
    assert viewer_client.post(reverse("logout")).status_code == 302


def test_dashboard_shows_totals_chart_and_lists(viewer_client, world):
    html = viewer_client.get(reverse("dashboard")).content.decode()
    assert "<svg" in html and "Incidents per month" in html
    assert "Test Khorasan Front" in html  # most active groups
    assert "Test article" in html  # recent sources
    assert "incidents to review" in html


def test_incident_page_shows_actors_persons_sources_and_evidence(viewer_client, world):
    html = viewer_client.get(world["killing"].get_absolute_url()).content.decode()
    assert world["front"].get_absolute_url() in html
    assert world["commander"].get_absolute_url() in html
    assert "(victim)" in html
    assert '<mark class="m-evidence">A commander of the Test Khorasan Front was shot dead' in html
    assert 'id="map"' in html and "data-lat=" in html
    assert "Northprov" in html  # the place's parent, linked


def test_incident_page_shows_figure_range_when_sources_disagree(viewer_client, world):
    from incidents.models import IncidentSource
    from tests.views.conftest import make_source

    IncidentSource.objects.create(incident=world["killing"], source=make_source(), fatalities=4)
    html = viewer_client.get(world["killing"].get_absolute_url()).content.decode()
    assert "Sources disagree: 1–4" in html


def test_source_page_highlights_mentions_by_kind(viewer_client, world):
    html = viewer_client.get(world["source"].get_absolute_url()).content.decode()
    assert 'class="m-group"' in html and 'class="m-location"' in html
    assert world["killing"].get_absolute_url() in html  # what was extracted


def test_group_page_shows_aliases_hierarchy_affiliations_and_incidents(viewer_client, world):
    html = viewer_client.get(world["front"].get_absolute_url()).content.decode()
    assert "Daesh-Test" in html
    assert world["parent"].get_absolute_url() in html
    assert "senior commander" in html
    assert html.index("2022-03-04") < html.index("2025-09-28")  # time order
    parent_html = viewer_client.get(world["parent"].get_absolute_url()).content.decode()
    assert world["front"].get_absolute_url() in parent_html  # branches


def test_location_page_shows_ancestors_children_and_incidents_inside(viewer_client, world):
    html = viewer_client.get(world["north"].get_absolute_url()).content.decode()
    assert world["zed"].get_absolute_url() in html
    assert world["alpha"].get_absolute_url() in html
    assert world["killing"].get_absolute_url() in html and world["bombing"].get_absolute_url() in html
    assert world["clash"].get_absolute_url() not in html


def test_person_page_shows_aliases_affiliations_and_roles(viewer_client, world):
    html = viewer_client.get(world["commander"].get_absolute_url()).content.decode()
    assert "Abu Test" in html and "Senior commander of" in html
    assert "as victim" in html


def test_location_autocomplete_returns_places_with_ids(viewer_client, world):
    data = viewer_client.get(reverse("location-suggest"), {"q": "alph"}).json()
    labels = [r["label"] for r in data["results"]]
    assert any(label.startswith("Alphatown") and f"[{world['alpha'].pk}]" in label for label in labels)


def test_unknown_records_are_404(viewer_client, db):
    assert viewer_client.get(reverse("incident-detail", args=[999999])).status_code == 404
