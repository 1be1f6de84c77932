"""The briefing in a browser: reached from the list with its filters, drawn offline, one page on paper."""

import re

import pytest

pytestmark = pytest.mark.browser


def pdf_pages(pdf: bytes) -> int:
    """Pages of a PDF Chromium printed (its page objects are written uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.parametrize("width", [1366, 390])
def test_briefing_from_the_list_keeps_filters_and_draws_its_map_offline(seeded, page_for, live_server, width):
    from incidents.models import Incident

    page = page_for("analyst", width=width)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}/incidents/?location=PK")
    page.get_by_role("link", name="Briefing").click()
    page.wait_for_url(f"{live_server.url}/incidents/briefing/?location=PK")
    in_pakistan = Incident.objects.filter(location__country_code="PK").exclude(review_status="rejected").count()
    assert in_pakistan >= 1
    figures = page.locator(".briefing-totals").inner_text()
    assert f"{in_pakistan}\nincident" in figures
    svg = page.locator("svg.briefing-map")
    assert svg.is_visible() and svg.bounding_box()["width"] <= width
    assert svg.locator("circle").count() == in_pakistan
    assert svg.locator(".land path").count() > 3
    assert page.locator("body").evaluate("b => b.scrollWidth") <= width, "no sideways scrolling"
    assert all(url.startswith(live_server.url) for url in requested), "nothing is fetched from elsewhere"


def test_briefing_prints_on_one_page_without_forms_with_footnotes(seeded, page_for, live_server):
    page = page_for("analyst")
    page.goto(f"{live_server.url}/incidents/briefing/")
    page.emulate_media(media="print")
    assert not page.locator("nav.site-nav").is_visible()
    assert not page.locator("form.briefing-period").is_visible()
    assert page.locator("svg.briefing-map").is_visible()
    assert page.locator(".footnotes").is_visible() and "http" in page.locator(".footnotes").inner_text()
    ref = page.locator(".refs a").first
    assert re.fullmatch(r"\[\d+\]", ref.inner_text())
    assert pdf_pages(page.pdf(format="A4")) == 1
