"""What an analyst and a viewer do in the browser, on the ingested seed article."""

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def balkh_incident():
    """The seed's Mazar-i-Sharif killing, found as the ingest stored it (anywhere in Balkh)."""
    from incidents.models import Incident, Location
    from incidents.selectors import incidents_in_location

    balkh = Location.objects.get(name="Balkh", kind="admin1", country_code="AF")
    incident = incidents_in_location(Incident.objects.all(), balkh).first()
    assert incident is not None, "the ingested seed has no incident in Balkh (Mazar-i-Sharif)"
    return incident


def peshawar_incident():
    """The seed's 2022 mosque bombing, stored at Peshawar or a site inside it."""
    from incidents.models import Incident, Location
    from incidents.selectors import incidents_in_location

    peshawar = Location.objects.filter(name="Peshawar", kind="city", country_code="PK").first()
    incident = incidents_in_location(Incident.objects.all(), peshawar).first()
    assert incident is not None, "the ingested seed has no incident in Peshawar"
    return incident


def an_actor_alias():
    """An alias (not the name) of a group the ingest linked to an incident, and that incident."""
    from incidents.models import GroupAlias, IncidentActor

    for actor in IncidentActor.objects.select_related("group").order_by("pk"):
        alias = GroupAlias.objects.filter(group=actor.group).exclude(name_folded=actor.group.name_folded).first()
        if alias:
            return alias.name, actor.incident
    pytest.fail("no ingested incident has a group with an alias")


def test_filter_incidents_by_group_alias_and_province(seeded, page_for, live_server):
    alias, incident = an_actor_alias()
    page = page_for("analyst")
    page.get_by_role("link", name="Incidents", exact=True).first.click()
    page.get_by_label("Group (any name or alias)").fill(alias)
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**group=**")
    links = page.locator("main table tbody a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert incident.get_absolute_url() in links

    page.get_by_role("link", name="Clear").click()
    page.get_by_label("Place (and everything inside it)").fill("Balkh")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**location=Balkh**")
    table = page.locator("main table").inner_text()
    assert "Mazār-e Sharīf" in table or "Mazar" in table
    assert "Peshawar" not in table

    page.get_by_label("Place (and everything inside it)").fill("Pakistan")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**location=Pakistan**")
    links = page.locator("main table tbody a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert peshawar_incident().get_absolute_url() in links


def test_open_incident_see_evidence_note_review_edit_history_export(seeded, page_for, live_server):
    incident = balkh_incident()
    page = page_for("analyst")
    page.goto(f"{live_server.url}/incidents/?location=Balkh")
    page.locator("main table tbody tr").first.get_by_role("link").first.click()
    page.wait_for_url(f"**/incidents/{incident.pk}/")

    # Evidence: the sentence the incident came from, highlighted in the article's words.
    evidence = page.locator("mark.m-evidence")
    assert evidence.count() >= 1
    assert "Mazar-i-Sharif" in " ".join(evidence.all_inner_texts())

    # A note, escaped as text.
    page.get_by_role("textbox", name="Note").fill("Cross-checked with a <b>second</b> report.")
    page.get_by_role("button", name="Add note").click()
    page.wait_for_url(f"**/incidents/{incident.pk}/notes/")
    assert "Cross-checked with a <b>second</b> report." in page.locator(".note .body").first.inner_text()

    # Review: who and when are recorded.
    page.get_by_role("link", name="Overview").click()
    page.get_by_role("button", name="Mark reviewed").click()
    assert "by analyst-b" in page.locator("dl.props").inner_text()
    incident.refresh_from_db()
    assert incident.review_status == "reviewed" and incident.reviewed_by.username == "analyst-b"

    # Edit the fatalities, then see the change in the history tab.
    page.get_by_role("link", name="Edit").click()
    old = page.get_by_label("Fatalities", exact=True).input_value()
    page.get_by_label("Fatalities", exact=True).fill("2")
    page.get_by_role("button", name="Save changes").click()
    page.wait_for_url(f"**/incidents/{incident.pk}/")
    page.get_by_role("link", name="History").click()
    history = page.locator("table").inner_text()
    assert "fatalities" in history.lower() and "2" in history
    assert page.locator("ins", has_text="2").count() >= 1
    assert old == "" or page.locator("del", has_text=old).count() >= 1

    # Export the filtered list as CSV.
    page.goto(f"{live_server.url}/incidents/?location=Balkh")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV", exact=True).click()
    text = Path(download_info.value.path()).read_text(encoding="utf-8-sig")  # Excel wants the BOM
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [int(r["id"]) for r in rows] == [incident.pk]
    assert rows[0]["fatalities"] == "2"


def test_viewer_sees_no_edit_controls_and_forged_post_is_refused(seeded, page_for, live_server):
    incident = balkh_incident()
    page = page_for("viewer")
    page.goto(f"{live_server.url}/incidents/{incident.pk}/")
    assert page.get_by_role("button", name="Mark reviewed").count() == 0
    assert page.get_by_role("link", name="Edit").count() == 0
    assert page.get_by_role("button", name="Add note").count() == 0
    # A forged POST with a valid CSRF token from the viewer's own session: still 403.
    token = page.evaluate("() => document.querySelector('input[name=csrfmiddlewaretoken]').value")
    status = page.evaluate(
        """async ([url, token]) => {
            const body = new URLSearchParams({csrfmiddlewaretoken: token, status: "reviewed"});
            const r = await fetch(url, {method: "POST", body, credentials: "same-origin"});
            return r.status;
        }""",
        [f"{live_server.url}/incidents/{incident.pk}/review/", token],
    )
    assert status == 403
    incident.refresh_from_db()
    assert incident.review_status == "extracted"
    page.goto(f"{live_server.url}/incidents/{incident.pk}/edit/")
    assert "Not allowed" in page.content()


def test_source_page_highlights_mentions_and_map_shows_points(seeded, page_for, live_server):
    from incidents.models import Source

    source = Source.objects.get()
    page = page_for("viewer")
    page.goto(f"{live_server.url}/sources/{source.pk}/")
    for kind in ("group", "person", "location"):
        assert page.locator(f".article mark.m-{kind}").count() >= 1, kind
    page.goto(f"{live_server.url}/map/")
    expect(page.locator("#map-status")).to_contain_text("shown", timeout=30_000)  # retried, no page script
    assert page.locator(".leaflet-interactive, .marker-cluster").count() >= 1


def test_keyboard_reaches_the_filter_form(seeded, page_for, live_server):
    page = page_for("viewer")
    page.goto(f"{live_server.url}/incidents/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_q":
            break
    assert page.evaluate("document.activeElement.id") == "id_q"
    page.keyboard.type("Peshawar")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=Peshawar**")
