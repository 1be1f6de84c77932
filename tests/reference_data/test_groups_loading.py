"""The curated groups list: validation, idempotent loading, analysts' changes kept."""

import json

import pytest
from django.core.management import CommandError, call_command

from incidents.choices import GroupKind, Origin
from incidents.models import Group, GroupAlias
from incidents.services.groups_loading import GroupsFileError, load_groups, read_groups_file


def write(tmp_path, groups):
    path = tmp_path / "groups.json"
    path.write_text(json.dumps({"groups": groups}), encoding="utf-8")
    return path


def group(name, **fields):
    return {"name": name, "kind": "armed_group", **fields}


# ---------------------------------------------------------------- the shipped file


def test_shipped_file_is_valid_and_broad():
    entries = read_groups_file()
    assert len(entries) >= 500
    by_name = {e.name: e for e in entries}
    assert by_name["Islamic State Khorasan Province"].parent == "Islamic State"
    assert by_name["Jama'at Nusrat al-Islam wal-Muslimin"].parent == "al-Qaeda"
    assert by_name["The Resistance Front"].parent == "Lashkar-e-Taiba"
    assert by_name["People's Liberation Guerrilla Army"].parent == "Communist Party of India (Maoist)"
    for name in (
        "African Union Mission in Somalia",
        "African Union Transition Mission in Somalia",
        "African Union Support and Stabilization Mission in Somalia",
        "SADC Mission in Mozambique",
    ):
        assert name in by_name
    assert "IS" in by_name["Islamic State"].case_sensitive


def test_national_forces_have_a_country():
    for entry in read_groups_file():
        if entry.kind in (GroupKind.STATE_FORCE, GroupKind.GOVERNMENT) and entry.name.endswith(
            (" Army", " Police", " security forces")
        ):
            assert entry.country, entry.name


# ---------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("groups", "message"),
    [
        ([{"name": "A", "kind": "armed_group", "parent": "Nobody"}], "unknown parent 'Nobody'"),
        ([{"name": "A", "kind": "militia"}], "kind 'militia'"),
        ([{"name": "A", "kind": "armed_group", "aliases": ["A-B", "A B"]}], "duplicates 'A-B'"),
        (
            [group("A", aliases=["XY"]), group("B", aliases=["XY"])],
            "ambiguous name",
        ),
        ([{"name": "A", "kind": "armed_group", "country": "Pakistan"}], "ISO alpha-2"),
        ([{"name": "A", "kind": "armed_group", "colour": "red"}], "unknown field"),
        ([{"kind": "armed_group"}], "non-empty 'name'"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(tmp_path, groups, message):
    with pytest.raises(GroupsFileError, match=message):
        read_groups_file(write(tmp_path, groups))


def test_distinct_case_sensitive_acronyms_may_share_a_folded_form(tmp_path):
    path = write(
        tmp_path,
        [group("A", case_sensitive=["JeM"]), group("B", case_sensitive=["JEM"])],
    )
    assert len(read_groups_file(path)) == 2


def test_not_json_is_refused(tmp_path):
    path = tmp_path / "groups.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(GroupsFileError, match="not valid JSON"):
        read_groups_file(path)


@pytest.mark.django_db
def test_command_reports_a_bad_file_as_an_error(tmp_path):
    with pytest.raises(CommandError, match="unknown parent"):
        call_command("load_groups", str(write(tmp_path, [{"name": "A", "kind": "armed_group", "parent": "B"}])))


# ---------------------------------------------------------------- loading


@pytest.mark.django_db
def test_reloading_changes_nothing():
    counts = (Group.objects.count(), GroupAlias.objects.count())
    stats = load_groups()
    assert stats["groups_created"] == stats["groups_updated"] == stats["aliases_created"] == 0
    assert (Group.objects.count(), GroupAlias.objects.count()) == counts


@pytest.mark.django_db
def test_loaded_groups_are_curated_reviewed_and_linked():
    iskp = Group.objects.get(name="Islamic State Khorasan Province")
    assert (iskp.provenance, iskp.reviewed, iskp.kind, iskp.country_code) == (Origin.CURATED, True, "armed_group", "AF")
    assert iskp.parent.name == "Islamic State"
    assert iskp.aliases.filter(name="Daesh-Khorasan").exists()
    assert Group.objects.get(name="Islamic State").aliases.get(name="IS").case_sensitive


@pytest.mark.django_db
def test_analysts_groups_aliases_edits_and_deletions_survive_a_reload(tmp_path, django_user_model):
    analyst_group = Group.objects.create(name="Kocha Risaldar cell", kind=GroupKind.ARMED_GROUP)
    ttp = Group.objects.get(name="Tehreek-e-Taliban Pakistan")
    analyst_alias = GroupAlias.objects.create(group=ttp, name="TTP militants network")
    deleted = ttp.aliases.get(name="Pakistani Taliban")
    deleted.delete()
    user = django_user_model.objects.create_user(username="editor", password="pw-for-tests-only")
    edited = Group.objects.get(name="Haqqani Network")
    edited.kind = GroupKind.GOVERNMENT
    edited._history_user = user
    edited.save()

    load_groups()

    assert Group.objects.filter(pk=analyst_group.pk).exists()
    assert GroupAlias.objects.filter(pk=analyst_alias.pk).exists()
    assert not ttp.aliases.filter(name="Pakistani Taliban").exists()
    edited.refresh_from_db()
    assert edited.kind == GroupKind.GOVERNMENT


@pytest.mark.django_db
def test_a_new_file_entry_and_alias_are_added(tmp_path):
    path = write(
        tmp_path,
        [
            {"name": "Islamic State", "kind": "armed_group", "aliases": ["Brand New Alias"]},
            {"name": "New Front", "kind": "armed_group", "parent": "Islamic State", "country": "SY"},
        ],
    )
    stats = load_groups(path)
    assert stats["groups_created"] == 1 and stats["aliases_created"] == 1
    assert Group.objects.get(name="New Front").parent.name == "Islamic State"
    assert Group.objects.get(name="Islamic State").aliases.filter(name="Daesh").exists()  # never removed
