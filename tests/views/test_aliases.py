"""Aliases with care: a name that already belongs to another group or person is flagged, with a link."""

from django.urls import reverse

from incidents.models import GroupAlias, PersonAlias


def test_an_alias_matching_another_groups_alias_in_other_case_and_accents_is_held_back(analyst_client, world):
    army, front = world["army"], world["front"]
    response = analyst_client.post(
        reverse("group-alias-add", args=[army.pk]), {"name": "DAESH-TÉST"}, follow=True
    )  # front's alias is "Daesh-Test"
    html = response.content.decode()
    assert f'already names group <a href="{front.get_absolute_url()}">Test Khorasan Front</a> (#{front.pk})' in html
    assert not GroupAlias.objects.filter(group=army).exists()


def test_an_alias_naming_a_person_is_flagged_on_a_group(analyst_client, world):
    commander = world["commander"]
    response = analyst_client.post(
        reverse("group-alias-add", args=[world["army"].pk]), {"name": "abu test"}, follow=True
    )
    assert f'person <a href="{commander.get_absolute_url()}">Umar Testani</a>' in response.content.decode()


def test_the_warning_escapes_the_typed_name(analyst_client, world):
    response = analyst_client.post(
        reverse("group-alias-add", args=[world["army"].pk]), {"name": "<Daesh-Test>"}, follow=True
    )
    html = response.content.decode()
    assert "“&lt;Daesh-Test&gt;” already names group" in html and "<Daesh-Test>" not in html


def test_an_alias_no_other_record_uses_is_added_without_a_warning(analyst_client, world):
    response = analyst_client.post(reverse("group-alias-add", args=[world["army"].pk]), {"name": "ZA"}, follow=True)
    assert "already names" not in response.content.decode()
    assert GroupAlias.objects.filter(group=world["army"], name="ZA").exists()


def test_a_person_page_offers_no_alias_removal_to_viewers(viewer_client, world):
    assert "Remove alias Abu Test" not in viewer_client.get(world["commander"].get_absolute_url()).content.decode()


def test_an_analyst_removes_a_persons_alias_from_its_page(analyst_client, world):
    commander = world["commander"]
    alias = PersonAlias.objects.get(person=commander, name="Abu Test")
    assert "Remove alias Abu Test" in analyst_client.get(commander.get_absolute_url()).content.decode()
    analyst_client.post(reverse("person-alias-remove", args=[commander.pk]), {"alias": alias.pk})
    assert not PersonAlias.objects.filter(pk=alias.pk).exists()


def test_removing_another_records_alias_through_this_one_is_refused(analyst_client, world):
    alias = GroupAlias.objects.get(group=world["front"], name="Daesh-Test")
    response = analyst_client.post(
        reverse("group-alias-remove", args=[world["army"].pk]), {"alias": alias.pk}, follow=True
    )
    assert "That alias is not one of this record" in response.content.decode()
    assert GroupAlias.objects.filter(pk=alias.pk).exists()
