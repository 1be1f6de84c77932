from dataclasses import replace

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from incidents.choices import ActorRole
from incidents.models import Affiliation, Group, GroupAlias, IncidentActor, Mention, MergeRecord, Note
from incidents.services.merging import KINDS, MergeError, merge_groups, merge_persons, merge_records
from tests.merging.conftest import make_source, table_state


def alias_names(group) -> set[str]:
    return set(GroupAlias.objects.filter(group=group).values_list("name", flat=True))


def test_merge_moves_every_link_to_the_survivor_and_deletes_the_absorbed(two_groups):
    survivor, absorbed = two_groups["survivor"], two_groups["absorbed"]

    merge_groups(survivor, absorbed)

    assert not Group.objects.filter(pk=two_groups["absorbed"].pk or -1).exists()
    assert set(IncidentActor.objects.filter(group=survivor).values_list("incident", flat=True)) == {
        two_groups["incident"].pk,
        two_groups["other_incident"].pk,
    }
    assert set(Affiliation.objects.filter(group=survivor).values_list("role", flat=True)) == {"commander", "spokesman"}
    assert Mention.objects.filter(group=survivor, text="Daesh-K").exists()
    assert Group.objects.get(pk=two_groups["branch"].pk).parent == survivor
    assert Note.objects.filter(object_id=survivor.pk, body="Seen in Nangarhar reports").exists()


def test_merge_keeps_the_absorbed_aliases_and_its_own_name_as_aliases(two_groups):
    survivor = two_groups["survivor"]

    merge_groups(survivor, two_groups["absorbed"])

    assert alias_names(survivor) == {"ISKP", "IS-K", "Daesh-K"}


def test_merge_fills_the_survivors_blank_fields_only(two_groups):
    survivor = two_groups["survivor"]

    merge_groups(survivor, two_groups["absorbed"])

    survivor.refresh_from_db()
    assert survivor.description == "Afghan branch of IS"
    assert survivor.country_code == "AF"
    assert survivor.parent.name == "Islamic State"


def test_colliding_links_are_dropped_once_and_recorded(two_groups):
    survivor, incident = two_groups["survivor"], two_groups["incident"]

    record = merge_groups(survivor, two_groups["absorbed"])

    assert IncidentActor.objects.filter(incident=incident, group=survivor, role=ActorRole.PERPETRATOR).count() == 1
    assert Affiliation.objects.filter(group=survivor, role="commander").count() == 1
    dropped = {entry["model"] for entry in record.snapshot["links"] if entry["action"] == "dropped"}
    assert dropped == {"incidents.incidentactor", "incidents.affiliation", "incidents.groupalias"}


def test_merge_record_keeps_the_absorbed_fields_and_the_moved_links(two_groups, analyst_user):
    absorbed_pk = two_groups["absorbed"].pk

    record = merge_groups(two_groups["survivor"], two_groups["absorbed"], user=analyst_user, reason="same group")

    assert record == MergeRecord.objects.get()
    assert (record.absorbed_id, record.absorbed_name, record.performed_by) == (absorbed_pk, "Daesh-K", analyst_user)
    assert record.snapshot["absorbed"]["fields"]["name"] == "Daesh-K"
    moved = {(entry["model"], entry["pk"]) for entry in record.snapshot["links"] if entry["action"] == "moved"}
    assert ("incidents.group", two_groups["branch"].pk) in moved
    assert len(record.snapshot["links"]) == 9  # 2 aliases, 2 actors, 2 affiliations, mention, branch, note


def test_history_of_the_survivor_shows_the_merge(two_groups, analyst_user):
    survivor, absorbed_pk = two_groups["survivor"], two_groups["absorbed"].pk

    merge_groups(survivor, two_groups["absorbed"], user=analyst_user)

    latest = survivor.history.first()
    assert latest.history_change_reason == f"Merged group {absorbed_pk} (Daesh-K) into this record"
    assert latest.history_user == analyst_user
    assert (
        Group.history.filter(id=absorbed_pk, history_type="-")
        .get()
        .history_change_reason.startswith("Merged into group")
    )


def test_merging_a_group_into_itself_is_refused(two_groups):
    with pytest.raises(MergeError, match="itself"):
        merge_groups(two_groups["survivor"], Group.objects.get(pk=two_groups["survivor"].pk))


def test_merging_a_group_into_one_of_its_branches_is_refused(two_groups):
    absorbed, branch = two_groups["absorbed"], two_groups["branch"]
    grandchild = Group.objects.create(name="Kabul cell, east", parent=branch)

    with pytest.raises(MergeError, match="cycle"):
        merge_groups(branch, absorbed)
    with pytest.raises(MergeError, match="cycle"):
        merge_groups(grandchild, absorbed)
    assert Group.objects.filter(pk=absorbed.pk).exists()


def test_merging_a_branch_into_its_parent_is_allowed(two_groups):
    absorbed, branch = two_groups["absorbed"], two_groups["branch"]

    merge_groups(absorbed, branch)

    assert not Group.objects.filter(name="Daesh-K Kabul cell").exists()
    assert "Daesh-K Kabul cell" in alias_names(absorbed)


def test_merging_different_kinds_is_refused(two_groups, two_persons):
    with pytest.raises(MergeError, match="cannot merge a person into a group"):
        merge_records(two_groups["survivor"], two_persons["absorbed"])
    with pytest.raises(MergeError, match="persons"):
        merge_persons(two_groups["survivor"], two_groups["absorbed"])


def test_a_refused_merge_changes_nothing(two_groups):
    before = table_state()

    with pytest.raises(MergeError):
        merge_groups(two_groups["branch"], two_groups["absorbed"])

    assert table_state() == before


def test_incidents_of_the_merged_group_are_found_by_the_absorbed_name(two_groups):
    survivor, incident = two_groups["survivor"], two_groups["incident"]

    merge_groups(survivor, two_groups["absorbed"])

    incident.refresh_from_db()
    assert "Daesh-K" in incident.search_text
    assert "Islamic State Khorasan Province" in incident.search_text


def test_links_merging_does_not_know_are_refused_not_cascaded(two_groups, monkeypatch):
    # As if a model pointing at groups were added without teaching merging about it.
    kind = KINDS[Group]
    without_mentions = tuple(link for link in kind.links if link.model is not Mention)
    monkeypatch.setitem(KINDS, Group, replace(kind, links=without_mentions))

    with pytest.raises(MergeError, match="mentions"):
        merge_groups(two_groups["survivor"], two_groups["absorbed"])
    assert Mention.objects.filter(group=two_groups["absorbed"]).exists()


def test_mentions_move_in_one_query_however_many(db):
    source = make_source()
    ContentType.objects.get_for_model(Group)  # warm Django's content-type cache: count only the merge's own work

    def queries_to_merge(mention_count: int) -> int:
        survivor, absorbed = Group.objects.create(name="Al-Shabaab"), Group.objects.create(name="Harakat al-Shabaab")
        Mention.objects.bulk_create(
            Mention(source=source, start=i, end=i + 1, text="x", group=absorbed) for i in range(mention_count)
        )
        with CaptureQueriesContext(connection) as queries:
            merge_groups(survivor, absorbed)
        return len(queries)

    assert queries_to_merge(1) == queries_to_merge(40)
