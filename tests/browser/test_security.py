"""In Chromium: the Content-Security-Policy is on every page and the pages still work under it;
password guessing is locked out."""

import pytest
from django.conf import settings

from tests.browser.conftest import PASSWORD

pytestmark = pytest.mark.browser


def watch_csp(page) -> list[str]:
    """Every CSP violation the page reports (console and securitypolicyviolation events)."""
    violations = []
    page.on("console", lambda msg: "Content Security Policy" in msg.text and violations.append(msg.text))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error("
        "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    return violations


def test_csp_header_on_every_page_and_map_filters_and_forms_work_under_it(seeded, page_for, live_server):
    from incidents.models import Incident

    page = page_for("analyst")
    violations = watch_csp(page)
    incident = Incident.objects.filter(location__latitude__isnull=False).order_by("pk").first()
    paths = ["/", "/incidents/", f"/incidents/{incident.pk}/", "/map/", "/groups/", "/persons/", "/locations/",
             "/sources/", f"/incidents/{incident.pk}/edit/", "/admin/", "/admin/incidents/incident/"]  # fmt: skip
    for path in paths:
        response = page.goto(live_server.url + path)
        policy = response.headers.get("content-security-policy", "")
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, path
        assert "default-src 'self'" in policy and "object-src 'none'" in policy, path

    # The incident's map: Leaflet (vendored) draws its pin.
    page.goto(f"{live_server.url}/incidents/{incident.pk}/")
    page.locator("#map.leaflet-container .leaflet-marker-icon").first.wait_for()

    # The clustered map fetches its GeoJSON and draws the points.
    page.goto(f"{live_server.url}/map/")
    page.wait_for_function("document.getElementById('map-status').textContent.includes('incidents')")
    assert page.locator("#map .leaflet-marker-icon, #map path.leaflet-interactive").count() > 0

    # Filters (the app's own JS drops empty fields before sending) and the page-size picker.
    page.goto(f"{live_server.url}/incidents/")
    page.get_by_label("Place (and everything inside it)").fill("Afghanistan")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**location=Afghanistan**")
    assert "q=" not in page.url  # empty fields were not sent: app.js ran
    page.select_option("#per-page", "50")
    page.wait_for_url("**per_page=50**")

    # A form: add a note.
    page.goto(f"{live_server.url}/incidents/{incident.pk}/")
    page.get_by_role("textbox", name="Note").fill("Checked under the CSP.")
    page.get_by_role("button", name="Add note").click()
    page.get_by_text("Note added.").wait_for()

    assert violations == []


def test_a_search_too_long_for_the_address_is_stopped_before_it_is_sent(seeded, page_for, live_server):
    page = page_for("analyst")
    page.goto(f"{live_server.url}/incidents/")
    for label in ("Place (and everything inside it)", "Group (any name or alias)", "Person (any name or alias)"):
        page.get_by_label(label).fill("ü" * 200)  # 200 characters, 1,200 once percent-encoded
    page.get_by_label("Search", exact=True).fill("é" * 300)
    page.get_by_role("button", name="Apply").click()
    page.get_by_text("These filters are too long to send").wait_for()
    assert page.url == f"{live_server.url}/incidents/"


@pytest.mark.parametrize("login_path", ["/accounts/login/", "/admin/login/"])
def test_logins_lock_after_repeated_wrong_passwords_even_with_the_right_one(seeded, browser, live_server, login_path):
    context = browser.new_context()
    page = context.new_page()
    try:
        for _ in range(settings.AXES_FAILURE_LIMIT):
            page.goto(live_server.url + login_path)
            page.locator("input[name=username]").fill("analyst-b")
            page.locator("input[name=password]").fill("wrong-password")
            page.locator("input[type=submit], button[type=submit]").first.click()
            page.wait_for_load_state()
        page.goto(live_server.url + login_path)
        page.locator("input[name=username]").fill("analyst-b")
        page.locator("input[name=password]").fill(PASSWORD)
        page.locator("input[type=submit], button[type=submit]").first.click()
        page.get_by_text("Too many failed logins").wait_for()
        assert "locked after" in page.content()
        page.goto(f"{live_server.url}/incidents/")
        assert "/login/" in page.url  # not signed in

        # An admin unlocks the account (the attempts are deleted) and the right password works again.
        from axes.models import AccessAttempt

        assert AccessAttempt.objects.filter(username="analyst-b").exists()
        AccessAttempt.objects.filter(username="analyst-b").delete()
        page.goto(live_server.url + "/accounts/login/")
        page.get_by_label("Username").fill("analyst-b")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{live_server.url}/")
    finally:
        context.close()
