"""The desk's daily loop in a browser: queue by keyboard, bulk review, duplicates, phone filters."""

import pytest

pytestmark = pytest.mark.browser

WIDTHS = [1366, 390]


def unreviewed_ids():
    from incidents.models import Incident

    return list(
        Incident.objects.filter(review_status="extracted").order_by("-date_start", "-id").values_list("pk", flat=True)
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_queue_is_worked_through_by_keyboard(seeded, page_for, live_server, width):
    from incidents.models import Incident

    waiting = unreviewed_ids()
    assert len(waiting) >= 3, "the seed gives several unreviewed incidents"
    page = page_for("analyst", width=width)
    page.goto(f"{live_server.url}/queue/")
    page.keyboard.press("j")  # second row
    page.keyboard.press("r")
    page.wait_for_load_state()
    page.get_by_text("1 incident marked reviewed.").wait_for()
    assert Incident.objects.get(pk=waiting[1]).review_status == "reviewed"
    # the queue keeps its place: the current row is now the next one; x rejects it
    page.keyboard.press("x")
    page.get_by_text("1 incident marked rejected.").wait_for()
    assert Incident.objects.get(pk=waiting[2]).review_status == "rejected"
    page.keyboard.press("k")
    page.keyboard.press("o")
    page.wait_for_url(f"{live_server.url}/incidents/{waiting[0]}/")


@pytest.mark.parametrize("width", WIDTHS)
def test_bulk_review_of_ticked_rows(seeded, page_for, live_server, width):
    from incidents.models import Incident

    waiting = unreviewed_ids()
    page = page_for("analyst", width=width)
    page.goto(f"{live_server.url}/incidents/")
    page.get_by_label(f"Tick incident #{waiting[0]}").check()
    page.get_by_label(f"Tick incident #{waiting[1]}").check()
    page.get_by_role("button", name="Mark disputed").click()
    page.get_by_text("2 incidents marked disputed.").wait_for()
    assert set(Incident.objects.filter(review_status="disputed").values_list("pk", flat=True)) == set(waiting[:2])


def test_duplicate_flagged_merged_undone_and_merged_the_other_way(seeded, page_for, live_server):
    from incidents.models import Incident

    first, second = unreviewed_ids()[:2]
    Incident.objects.filter(pk=second).update(possible_duplicate_of=first)
    page = page_for("analyst")
    page.goto(f"{live_server.url}/incidents/?possible_duplicates=on")
    page.get_by_role("link", name=Incident.objects.get(pk=second).date_label).first.click()
    page.get_by_role("link", name=f"Merge #{first} into this one…").click()
    page.get_by_text("After the merge").wait_for()
    page.get_by_role("button", name=f"Merge #{first} into #{second}").click()
    page.get_by_text(f"merged into incident #{second}").wait_for()
    assert not Incident.objects.filter(pk=first).exists()
    page.get_by_role("button", name="Undo merge").first.click()
    page.get_by_text("Merge undone").wait_for()
    page.goto(f"{live_server.url}/incidents/{first}/")
    page.get_by_role("link", name=f"Merge #{second} into this one…").click()
    page.get_by_role("button", name=f"Merge #{second} into #{first}").click()
    page.get_by_text(f"merged into incident #{first}").wait_for()
    assert Incident.objects.filter(pk=first).exists() and not Incident.objects.filter(pk=second).exists()


def test_filters_fold_after_apply_on_a_phone(seeded, page_for, live_server):
    page = page_for("viewer", width=390, height=800)
    page.goto(f"{live_server.url}/incidents/")
    page.get_by_text("Filters", exact=True).click()
    page.get_by_label("Fatalities at least").fill("1")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**fatalities_min=1**")
    assert page.locator("details.filter-toggle").get_attribute("open") is None
    assert page.get_by_text("Filters (1 in use)").is_visible()
    first_row = page.locator("tbody tr").first
    assert first_row.bounding_box()["y"] < 800, "the first result is on the first screen"


def test_review_buttons_within_two_screens_on_a_phone(seeded, page_for, live_server):
    from incidents.models import Incident

    incident = Incident.objects.order_by("pk").first()
    page = page_for("analyst", width=390, height=800)
    page.goto(f"{live_server.url}/incidents/{incident.pk}/")
    button = page.get_by_role("group", name="Review (quick)").get_by_role("button", name="Reviewed")
    assert button.is_visible() and button.bounding_box()["y"] < 2 * 800
    button.click()
    page.get_by_text("Marked reviewed.").wait_for()
    assert Incident.objects.get(pk=incident.pk).review_status == "reviewed"


@pytest.mark.parametrize("path", ["/incidents/", "incident"])
def test_print_leaves_out_menus_and_forms(seeded, page_for, live_server, path):
    from incidents.models import Incident

    if path == "incident":
        path = f"/incidents/{Incident.objects.order_by('pk').first().pk}/"
    page = page_for("analyst")
    page.goto(f"{live_server.url}{path}")
    assert page.locator("nav.site-nav").is_visible()
    assert not page.locator(".footnotes").first.is_visible()  # footnotes are for paper
    page.emulate_media(media="print")
    assert not page.locator("nav.site-nav").is_visible()
    assert not page.locator("form").first.is_visible()
    assert page.locator("h1").is_visible()
    if path.startswith("/incidents/") and path != "/incidents/":
        # Sources as numbered footnotes: [1] beside the source, its address in the list at the end.
        heading = page.locator('section[aria-labelledby="sources-title"] article h3').first
        assert "counter(source)" in heading.evaluate("h => getComputedStyle(h, '::after').content")
        footnotes = page.locator(".footnotes")
        assert footnotes.is_visible() and "http" in footnotes.inner_text()


def test_map_draws_shipped_country_outlines_without_a_tile_server(seeded, page_for, live_server, settings):
    settings.MAP_TILE_URL = ""
    page = page_for("viewer")
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}/map/")
    page.locator(".leaflet-overlay-pane path").nth(100).wait_for(state="attached")  # 177 country outlines
    assert "Natural Earth" in page.locator(".leaflet-control-attribution").inner_text()
    assert all(url.startswith(live_server.url) for url in requested), "nothing is fetched from elsewhere"
