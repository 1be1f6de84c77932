"""On the ingested seed article: each fact's quote on hover and keyboard focus, and editing the groups."""

import re

import pytest

from tests.browser.test_analyst_flow import balkh_incident

pytestmark = pytest.mark.browser


def test_a_fact_shows_its_quote_on_hover_and_on_keyboard_focus(seeded, page_for, live_server):
    from playwright.sync_api import expect

    incident = balkh_incident()
    page = page_for("viewer")
    page.goto(f"{live_server.url}{incident.get_absolute_url()}")

    place_tip = page.locator("#quote-place")
    expect(place_tip).to_be_hidden()
    page.get_by_role("button", name="Quote for place").hover()
    expect(place_tip).to_be_visible()
    assert "Mazar-i-Sharif" in place_tip.inner_text()
    # The quoted sentence is one of those highlighted in the source below, word for word.
    highlighted = page.locator("blockquote.excerpt mark.m-evidence").all_inner_texts()
    quote = place_tip.locator("q").first.inner_text()
    assert quote in highlighted

    page.mouse.move(0, 0)
    expect(place_tip).to_be_hidden()
    page.get_by_role("button", name="Quote for type").focus()
    expect(page.locator("#quote-type")).to_be_visible()
    page.keyboard.press("Tab")  # the next fact's marker, reached by keyboard alone
    date_button = page.get_by_role("button", name="Quote for date")
    expect(date_button).to_be_focused()
    expect(page.locator("#quote-date")).to_be_visible()
    expect(page.locator("#quote-type")).to_be_hidden()
    # Screen readers hear the quote as the marker's description.
    assert date_button.get_attribute("aria-describedby") == "quote-date"
    page.keyboard.press("Escape")
    expect(page.locator("#quote-date")).to_be_hidden()
    expect(date_button).to_be_focused()


def pick_group(page, row_input, typed: str, wanted: str):
    """Type part of a name, wait for the suggestions to offer `wanted`, and take it (as picking it does)."""
    row_input.press_sequentially(typed, delay=30)
    page.wait_for_function(
        "wanted => [...document.querySelectorAll('#group-options option')].some(o => o.value === wanted)", arg=wanted
    )
    row_input.fill(wanted)


def test_analyst_adds_groups_through_suggestions_creates_one_and_toggles_a_claim(seeded, page_for, live_server):
    from playwright.sync_api import expect

    from incidents.models import Group

    incident = balkh_incident()
    page = page_for("analyst")
    page.goto(f"{live_server.url}{incident.get_absolute_url()}")
    page.get_by_role("link", name="Edit").click()
    page.wait_for_url(f"**/incidents/{incident.pk}/edit/")

    perpetrators = page.locator("#perpetrators-set")
    pick_group(
        page,
        perpetrators.locator(".actor-row input[type=text]").last,
        "Islamic State Pak",
        "Islamic State Pakistan Province",
    )
    perpetrators.locator(".actor-row").last.get_by_label("Claimed").check()

    targets = page.locator("#target_groups-set")
    targets.get_by_role("button", name="Add another target group").click()
    pick_group(page, targets.locator(".actor-row input[type=text]").last, "Hayat Tah", "Hayat Tahrir al-Sham")
    targets.get_by_role("button", name="Add another target group").click()
    new_row = targets.locator(".actor-row").last
    new_row.locator("input[type=text]").press_sequentially("Balkh Shopkeepers Guild", delay=20)
    offer = new_row.get_by_label("Create group “Balkh Shopkeepers Guild”")
    expect(offer).to_be_visible()  # the suggestions knew no such group
    offer.check()
    page.get_by_label("Targets in words").fill("ISIS-K commander\nshop owners")
    page.get_by_role("button", name="Save changes").click()
    page.wait_for_url(f"**/incidents/{incident.pk}/")

    facts = page.locator("dl.props")
    perpetrator_text = facts.locator("dt:has-text('Perpetrators') + dd").inner_text()
    assert "Islamic State Pakistan Province (claimed)" in perpetrator_text
    target_text = facts.locator("dt:has-text('Targets') + dd").inner_text()
    assert "Hayat Tahrir al-Sham" in target_text and "Balkh Shopkeepers Guild" in target_text
    assert "shop owners" in target_text
    # Added by hand: the page says there is no stored quote rather than inventing one.
    page.get_by_role("button", name="Quote for targets").hover()
    assert "Balkh Shopkeepers Guild: No stored quote: edited by hand." in page.locator("#quote-targets").inner_text()
    guild = Group.objects.get(name="Balkh Shopkeepers Guild")
    assert guild.provenance == "analyst"

    # Withdraw the claim.
    page.get_by_role("link", name="Edit").click()
    claimed = page.locator("#perpetrators-set .actor-row").first.get_by_label("Claimed")
    expect(claimed).to_be_checked()
    claimed.uncheck()
    page.get_by_role("button", name="Save changes").click()
    page.wait_for_url(f"**/incidents/{incident.pk}/")
    assert "(claimed)" not in facts.locator("dt:has-text('Perpetrators') + dd").inner_text()

    page.get_by_role("link", name="History").click()
    history = page.locator("main").inner_text()
    assert "created: Islamic State Pakistan Province (perpetrator, claimed)" in history
    assert "changed: Islamic State Pakistan Province (perpetrator)" in history and "Claim withdrawn" in history
    assert "created: Balkh Shopkeepers Guild (target)" in history
    assert re.search(r"analyst-b · created: Hayat Tahrir al-Sham \(target\)", history)

    page.goto(f"{live_server.url}{guild.get_absolute_url()}history/")
    assert f"Created by an analyst from the edit form of incident {incident.pk}" in page.locator("main").inner_text()
