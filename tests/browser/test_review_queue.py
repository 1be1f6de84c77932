"""The review queue in a browser: keys, sections, bulk marking and assigning, aliases with care."""

import pytest

pytestmark = pytest.mark.browser


def unreviewed_ids():
    from incidents.models import Incident

    queued = Incident.objects.filter(review_status="extracted", review_reason="").order_by("-date_start", "-id")
    return list(queued.values_list("pk", flat=True))


def test_queue_keys_assign_review_reject_and_open(seeded, page_for, live_server):
    from incidents.models import Incident

    waiting = unreviewed_ids()
    assert len(waiting) >= 3, "the seed gives several unreviewed incidents"
    page = page_for("analyst")
    page.goto(f"{live_server.url}/queue/")
    page.keyboard.press("j")
    page.keyboard.press("a")
    page.get_by_text("1 incident assigned to you.").wait_for()
    assert Incident.objects.get(pk=waiting[1]).assigned_to.username == "analyst-b"
    assert page.locator("tr[aria-current=true]").get_by_text("assigned to you").is_visible()
    page.keyboard.press("r")  # the assigned row is still the current one
    page.get_by_text("1 incident marked reviewed.").wait_for()
    assert Incident.objects.get(pk=waiting[1]).review_status == "reviewed"
    page.keyboard.press("x")  # the row that took its place
    page.get_by_text("1 incident marked rejected.").wait_for()
    assert Incident.objects.get(pk=waiting[2]).review_status == "rejected"
    page.keyboard.press("k")
    page.keyboard.press("o")
    page.wait_for_url(f"{live_server.url}/incidents/{waiting[0]}/")


def test_ticked_rows_assigned_to_me_filtered_and_marked_reviewed(seeded, page_for, live_server):
    from incidents.models import Incident

    waiting = unreviewed_ids()
    page = page_for("analyst")
    page.goto(f"{live_server.url}/incidents/")
    page.get_by_label(f"Tick incident #{waiting[0]}").check()
    page.get_by_label(f"Tick incident #{waiting[2]}").check()
    page.get_by_role("button", name="Assign to me").click()
    page.get_by_text("2 incidents assigned to you.").wait_for()
    page.get_by_label("Assigned to me").check()
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**assigned_to_me=on**")
    assert page.locator("tbody tr").count() == 2
    page.get_by_label("Tick every row").check()
    page.get_by_role("button", name="Mark reviewed").click()
    page.get_by_text("2 incidents marked reviewed.").wait_for()
    mine = Incident.objects.filter(assigned_to__username="analyst-b")
    assert sorted(mine.values_list("pk", "review_status")) == sorted(
        [(waiting[0], "reviewed"), (waiting[2], "reviewed")]
    )


def test_an_incident_a_merge_changed_is_shown_with_its_reason_and_reviewed_by_key(seeded, page_for, live_server):
    from incidents.models import Incident

    changed = unreviewed_ids()[0]
    Incident.objects.filter(pk=changed).update(review_reason="Fatalities 3 → 5 (merged with incident #77)")
    page = page_for("analyst")
    page.goto(f"{live_server.url}/queue/")
    page.get_by_role("link", name="Changed after review (1)").click()
    page.get_by_text("Back for review: Fatalities 3 → 5 (merged with incident #77)").wait_for()
    page.keyboard.press("r")
    page.get_by_text("1 incident marked reviewed.").wait_for()
    assert page.get_by_role("link", name="Changed after review (0)").is_visible()
    assert Incident.objects.filter(pk=changed, review_status="reviewed", review_reason="").exists()


def test_a_new_group_from_extraction_is_confirmed_by_key(seeded, page_for, live_server):
    from incidents.models import Group

    found = Group.objects.create(name="Newly Found Front", provenance="extracted")
    page = page_for("analyst")
    page.goto(f"{live_server.url}/queue/?section=groups")
    assert page.locator("tr[aria-current=true]").get_by_text("Newly Found Front").is_visible()
    page.keyboard.press("r")
    page.get_by_text("1 group marked reviewed.").wait_for()
    assert Group.objects.get(pk=found.pk).reviewed


def test_an_alias_that_names_another_group_is_held_back_with_a_link_to_it(seeded, page_for, live_server):
    from incidents.models import Group, GroupAlias

    mine = Group.objects.create(name="Alias Test Front", provenance="analyst")
    other = Group.objects.create(name="Other Test Brigade", provenance="analyst")
    GroupAlias.objects.create(group=mine, name="ATF")
    page = page_for("analyst")
    page.goto(f"{live_server.url}/groups/{mine.pk}/")
    page.get_by_label("Add an alias").fill("OTHER TEST BRIGADE")
    page.get_by_role("button", name="Add", exact=True).click()
    page.get_by_text("already names group").wait_for()
    assert not GroupAlias.objects.filter(group=mine, name_folded="other test brigade").exists()
    page.locator(".messages").get_by_role("link", name="Other Test Brigade").click()
    page.wait_for_url(f"{live_server.url}/groups/{other.pk}/")
    page.go_back()
    page.get_by_role("button", name="Remove alias ATF").click()
    page.get_by_text("Alias “ATF” removed.").wait_for()
    assert not GroupAlias.objects.filter(group=mine).exists()
