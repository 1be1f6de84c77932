"""Saved searches in a browser: save a filtered list, see its new incidents on the dashboard, read its feed."""

import datetime as dt

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [1366, 390])
def test_saved_search_counts_new_incidents_until_opened_and_has_a_feed(seeded, page_for, live_server, width):
    from django.utils import timezone

    from incidents.choices import IncidentType
    from incidents.models import Incident

    kind = Incident.objects.order_by("pk").first().type
    Incident.objects.update(created_at=timezone.now() - dt.timedelta(days=2))  # the seed came in earlier
    page = page_for("analyst", width=width)
    page.goto(f"{live_server.url}/incidents/?type={kind}")
    page.get_by_text("Save this search").click()
    page.get_by_label("Name of this search").fill("My watch")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("Search saved as “My watch”").wait_for()
    assert f"type={kind}" in page.url

    Incident.objects.create(type=kind, summary="Arrived after saving", date_start=dt.date(2025, 11, 1))
    page.goto(f"{live_server.url}/")
    card = page.locator("section", has=page.get_by_role("heading", name="Saved searches"))
    assert "My watch 1 new" in " ".join(card.inner_text().split())
    card.get_by_role("link", name="My watch").click()
    page.wait_for_url(f"{live_server.url}/incidents/?type={kind}")
    page.goto(f"{live_server.url}/")
    assert "My watch 0 new" in " ".join(card.inner_text().split())

    page.get_by_role("link", name="Manage and subscribe").click()
    page.get_by_role("button", name="Make a feed token").click()
    feed_url = live_server.url + page.get_by_role("link", name="Feed of “My watch”").get_attribute("href")
    response = page.request.get(feed_url)
    assert response.ok and "Arrived after saving" in response.text()
    assert str(IncidentType(kind).label) in response.text()
    page.get_by_role("button", name="Revoke token").click()
    page.get_by_text("Feed token revoked").wait_for()
    assert page.request.get(feed_url).status == 404


def test_viewer_sees_no_save_form(seeded, page_for, live_server):
    page = page_for("viewer")
    page.goto(f"{live_server.url}/incidents/")
    assert page.get_by_text("Save this search").count() == 0
