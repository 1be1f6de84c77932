"""The incident edit form edits target groups, the targets in words, claims, and can create a group."""

import lxml.html
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from incidents.models import Group, Incident
from tests.views.conftest import formset_data


def post_edit(client, incident, perpetrators=(), target_groups=(), **fields):
    """An edit as the form sends it; `perpetrators` and `target_groups` are row dicts of the two formsets."""
    data = {
        "type": incident.type,
        "summary": incident.summary,
        "targets": "",
        **formset_data("perpetrators", list(perpetrators)),
        **formset_data("target_groups", list(target_groups)),
        **fields,
    }
    return client.post(reverse("incident-edit", args=[incident.pk]), data)


def edit_page(client, incident):
    response = client.get(reverse("incident-edit", args=[incident.pk]))
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode())


def test_edit_form_shows_the_groups_as_rows_that_suggest_names(analyst_client, world):
    doc = edit_page(analyst_client, world["bombing"])
    perpetrator = doc.xpath('//input[@name="perpetrators-0-group"]')[0]
    assert perpetrator.get("value") == "Test Khorasan Front"
    assert perpetrator.get("data-autocomplete") == "group" and perpetrator.get("list") == "group-options"
    assert doc.xpath('//input[@name="perpetrators-0-claimed"]')[0].get("checked") is not None
    assert doc.xpath('//input[@name="target_groups-0-group"]')[0].get("data-autocomplete") == "group"
    assert doc.xpath('//input[@name="location"]')[0].get("data-autocomplete") == "location"
    assert doc.xpath('//datalist[@id="group-options"]') and doc.xpath('//datalist[@id="location-options"]')


def test_the_group_merge_box_suggests_groups(analyst_client, world):
    html = analyst_client.get(reverse("group-merge", args=[world["front"].pk])).content.decode()
    (box,) = lxml.html.fromstring(html).xpath('//input[@name="other"]')
    assert box.get("data-autocomplete") == "group" and box.get("list") == "group-options"


def test_analyst_adds_a_target_group_and_targets_in_words_and_marks_a_claim(analyst_client, world):
    killing = world["killing"]
    response = post_edit(
        analyst_client,
        killing,
        perpetrators=[{"group": "Zedland Army", "claimed": "on"}],
        target_groups=[{"group": "Test Khorasan Front"}, {"group": "Test Caliphate"}],
        targets="police checkpoint\nwedding guests",
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    killing = Incident.objects.get(pk=killing.pk)
    assert {(a.group.name, a.role, a.claimed) for a in killing.actors.all()} == {
        ("Zedland Army", "perpetrator", True),
        ("Test Khorasan Front", "target", False),
        ("Test Caliphate", "target", False),
    }
    assert killing.targets == ["police checkpoint", "wedding guests"]
    page = analyst_client.get(killing.get_absolute_url()).content.decode()
    assert 'Zedland Army</a> <span class="meta">(claimed)</span>' in page
    assert "Test Caliphate</a>" in page and "police checkpoint, wedding guests" in page
    history = analyst_client.get(reverse("incident-history", args=[killing.pk])).content.decode()
    assert "created: Zedland Army (perpetrator, claimed)" in history
    assert "created: Test Caliphate (target)" in history


def test_withdrawing_a_claim_is_recorded_in_history(analyst_client, world):
    bombing = world["bombing"]  # Test Khorasan Front claimed it
    response = post_edit(analyst_client, bombing, perpetrators=[{"group": "Test Khorasan Front"}])
    assert response.status_code == 302
    actor = bombing.actors.get()
    assert not actor.claimed
    history = analyst_client.get(reverse("incident-history", args=[bombing.pk])).content.decode()
    assert "changed: Test Khorasan Front (perpetrator)" in history and "Claim withdrawn by an analyst" in history


def test_removing_a_row_removes_the_group(analyst_client, world):
    killing = world["killing"]
    post_edit(analyst_client, killing, target_groups=[{"group": "Test Khorasan Front", "DELETE": "on"}])
    assert not killing.actors.exists()


def test_a_post_without_the_group_rows_leaves_the_groups_alone(analyst_client, world):
    killing = world["killing"]
    data = {"type": "bombing", "summary": "Only the type and summary were sent"}
    assert analyst_client.post(reverse("incident-edit", args=[killing.pk]), data).status_code == 302
    assert [(a.group.name, a.role) for a in killing.actors.all()] == [("Test Khorasan Front", "target")]


def test_an_unknown_group_is_offered_for_creation_then_created_with_history(analyst_client, world):
    killing = world["killing"]
    rows = [{"group": "Test Khorasan Front"}, {"group": "Alphatown Shopkeepers Union"}]
    refused = post_edit(analyst_client, killing, target_groups=rows)
    assert refused.status_code == 200
    doc = lxml.html.fromstring(refused.content.decode())
    assert "“Alphatown Shopkeepers Union” matches no group." in doc.text_content()
    (offer,) = doc.xpath('//label[contains(@class, "create-offer")][.//input[@name="target_groups-1-create"]]')
    assert offer.get("hidden") is None  # shown next to the row that needs it
    assert "Create group “Alphatown Shopkeepers Union”" in " ".join(offer.text_content().split())
    assert not Group.objects.filter(name="Alphatown Shopkeepers Union").exists()

    rows[1]["create"] = "on"
    created = post_edit(analyst_client, killing, target_groups=rows)
    assert created.status_code == 302
    group = Group.objects.get(name="Alphatown Shopkeepers Union")
    assert group.provenance == "analyst"
    first = group.history.get()
    assert first.history_user.username == "analyst1"
    assert first.history_change_reason == f"Created by an analyst from the edit form of incident {killing.pk}"
    assert killing.actors.filter(group=group, role="target").exists()
    page = analyst_client.get(killing.get_absolute_url()).content.decode()
    assert f'<a href="{group.get_absolute_url()}">Alphatown Shopkeepers Union</a>' in page


def test_a_refused_save_creates_no_group(analyst_client, world):
    killing = world["killing"]
    response = post_edit(
        analyst_client, killing, target_groups=[{"group": "Brand New Militia", "create": "on"}], version="2000-01-01"
    )
    assert response.status_code == 409  # someone else saved since "2000-01-01"
    assert not Group.objects.filter(name="Brand New Militia").exists()
    doc = lxml.html.fromstring(response.content.decode())
    # The analyst's rows are kept for the retry, beside the groups saved meanwhile.
    assert doc.xpath('//input[@name="target_groups-0-group"]')[0].get("value") == "Brand New Militia"
    assert doc.xpath('//input[@name="target_groups-0-create"]')[0].get("checked") is not None
    rows = doc.xpath('//table[@class="current-values"]//tr')
    current = {row.xpath("string(th)"): row.xpath("string(td)") for row in rows}
    assert current["Target groups"] == "Test Khorasan Front"


def test_without_add_group_no_group_is_offered_or_created(world, django_user_model):
    editor = django_user_model.objects.create_user(username="editor", password="pw-for-tests-only")
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["change_incident", "view_incident", "view_group"])
    )
    client = Client()
    client.force_login(editor)
    response = post_edit(client, world["killing"], target_groups=[{"group": "Brand New Militia", "create": "on"}])
    assert response.status_code == 200
    html = response.content.decode()
    assert "matches no group" in html and "Create group" not in html
    assert not Group.objects.filter(name="Brand New Militia").exists()


def test_a_name_shared_by_two_groups_asks_which(analyst_client, world):
    Group.objects.create(name="Zedland Army", kind="armed_group")
    response = post_edit(analyst_client, world["killing"], perpetrators=[{"group": "Zedland Army"}])
    assert response.status_code == 200
    assert "names several groups" in response.content.decode()
    # The row picked with its [id] (as the suggestions and the form's own rows write it) is exact.
    army = world["army"]
    assert (
        post_edit(analyst_client, world["killing"], perpetrators=[{"group": f"Zedland Army [{army.pk}]"}]).status_code
        == 302
    )
    assert world["killing"].actors.filter(group=army, role="perpetrator").exists()
