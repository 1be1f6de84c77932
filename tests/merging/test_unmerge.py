import pytest

from incidents.models import Group, GroupAlias, MergeRecord
from incidents.services.merging import MergeError, merge_groups, merge_incidents, merge_persons, unmerge
from tests.merging.conftest import link_source, make_incident, table_state


def test_unmerging_groups_restores_every_table_exactly(two_groups, analyst_user):
    before = table_state()
    record = merge_groups(two_groups["survivor"], two_groups["absorbed"], user=analyst_user)
    assert table_state() != before

    restored = unmerge(record, user=analyst_user)

    assert restored.pk == record.absorbed_id
    assert table_state() == before


def test_unmerging_persons_restores_every_table_exactly(two_persons):
    before = table_state()
    record = merge_persons(two_persons["survivor"], two_persons["absorbed"])

    unmerge(record)

    assert table_state() == before


def test_unmerging_incidents_restores_sources_figures_and_pointers(db):
    survivor = make_incident(fatalities=7, fatalities_text="seven killed")
    absorbed = make_incident(fatalities=5, review_status="reviewed", summary="Blast at a checkpoint")
    link_source(survivor, fatalities=7, fatalities_text="seven killed")
    link_source(absorbed, fatalities=5, fatalities_text="five killed")
    survivor.possible_duplicate_of = absorbed
    survivor.save()
    make_incident(possible_duplicate_of=absorbed)
    before = table_state()

    unmerge(merge_incidents(survivor, absorbed))

    assert table_state() == before


def test_unmerge_removes_the_alias_the_merge_added_and_records_history(two_groups, analyst_user):
    survivor = two_groups["survivor"]
    record = merge_groups(survivor, two_groups["absorbed"])

    unmerge(record, user=analyst_user)

    assert not GroupAlias.objects.filter(group=survivor, name="Daesh-K").exists()
    assert survivor.history.first().history_change_reason == (
        f"Unmerged group {record.absorbed_id} (Daesh-K) from this record"
    )
    restored_history = Group.history.filter(id=record.absorbed_id).first()
    assert restored_history.history_type == "+"
    assert restored_history.history_change_reason.startswith("Restored by undoing its merge")
    record.refresh_from_db()
    assert record.undone_by == analyst_user
    assert record.undone_at is not None


def test_a_merge_cannot_be_undone_twice(two_groups):
    record = merge_groups(two_groups["survivor"], two_groups["absorbed"])
    unmerge(record)

    with pytest.raises(MergeError, match="already undone"):
        unmerge(record)


def test_unmerge_is_refused_when_the_survivor_was_merged_away(two_groups):
    survivor, absorbed = two_groups["survivor"], two_groups["absorbed"]
    survivor_pk, absorbed_pk = survivor.pk, absorbed.pk
    third = Group.objects.create(name="ISIS-K")
    first = merge_groups(survivor, absorbed)
    merge_groups(third, survivor)

    with pytest.raises(MergeError, match=f"undo its merge into group {third.pk} first"):
        unmerge(first)

    unmerge(MergeRecord.objects.get(absorbed_id=survivor_pk))
    unmerge(first)
    assert Group.objects.filter(pk=absorbed_pk, name="Daesh-K").exists()


def test_unmerge_leaves_links_changed_since_the_merge_and_says_so(two_groups):
    survivor, absorbed = two_groups["survivor"], two_groups["absorbed"]
    elsewhere = Group.objects.create(name="Somebody else")
    record = merge_groups(survivor, absorbed)
    branch = two_groups["branch"]
    branch.refresh_from_db()
    branch.parent = elsewhere  # an analyst re-parents the branch after the merge
    branch.save()

    unmerge(record)

    branch.refresh_from_db()
    assert branch.parent == elsewhere
    record.refresh_from_db()
    assert record.snapshot["undo_skipped"] == [{"model": "incidents.group", "pk": branch.pk, "action": "moved"}]


def test_unmerge_keeps_the_survivors_later_edits(two_groups):
    survivor, absorbed = two_groups["survivor"], two_groups["absorbed"]
    record = merge_groups(survivor, absorbed)
    survivor.refresh_from_db()
    survivor.description = "Rewritten by an analyst"
    survivor.save()

    unmerge(record)

    survivor.refresh_from_db()
    assert survivor.description == "Rewritten by an analyst"
    assert survivor.country_code == ""  # filled by the merge and untouched since: put back


def test_unmerge_skips_a_dropped_link_whose_incident_was_deleted_since(two_groups):
    record = merge_groups(two_groups["survivor"], two_groups["absorbed"])
    dropped_actor = next(entry for entry in record.snapshot["links"] if entry["model"] == "incidents.incidentactor")
    assert dropped_actor["action"] == "dropped"
    two_groups["incident"].delete()

    restored = unmerge(record)

    record.refresh_from_db()
    assert {"model": "incidents.incidentactor", "pk": dropped_actor["pk"], "action": "dropped"} in record.snapshot[
        "undo_skipped"
    ]
    assert restored.incident_roles.get().incident == two_groups["other_incident"]
