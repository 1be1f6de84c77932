import pytest

from incidents.models import Group, Incident, NotSamePair, Person
from incidents.services.merging import (
    MergeError,
    are_marked_not_same,
    mark_not_same,
    merge_groups,
    merge_incidents,
    unmerge,
)
from tests.merging.conftest import make_incident


def test_not_same_is_remembered_whatever_the_order(db, analyst_user):
    later, earlier = make_incident(), make_incident()

    pair = mark_not_same(earlier, later, user=analyst_user)

    assert (pair.first_id, pair.second_id) == (min(later.pk, earlier.pk), max(later.pk, earlier.pk))
    assert pair.decided_by == analyst_user
    assert are_marked_not_same(earlier, later)
    assert are_marked_not_same(later, earlier)


def test_marking_twice_keeps_one_decision(db):
    a, b = make_incident(), make_incident()

    mark_not_same(a, b)
    mark_not_same(b, a)

    assert NotSamePair.objects.count() == 1


def test_marking_not_same_clears_the_duplicate_flag_both_ways(db):
    a = make_incident()
    b = make_incident(possible_duplicate_of=a)
    Incident.objects.filter(pk=a.pk).update(possible_duplicate_of=b)

    mark_not_same(a, b)

    assert Incident.objects.get(pk=a.pk).possible_duplicate_of is None
    assert Incident.objects.get(pk=b.pk).possible_duplicate_of is None
    assert b.history.first().history_change_reason == f"Marked not the same as incident {a.pk}"


def test_not_same_works_for_persons_and_groups_apart(db):
    one, two = Person.objects.create(name="Ali Khan"), Person.objects.create(name="Ali Khan")
    group_one, group_two = Group.objects.create(name="A"), Group.objects.create(name="B")

    mark_not_same(one, two)

    assert are_marked_not_same(two, one)
    assert not are_marked_not_same(group_one, group_two)  # same ids do not leak across kinds
    assert not are_marked_not_same(one, group_one)


def test_not_same_refuses_nonsense(db):
    incident = make_incident()
    with pytest.raises(MergeError):
        mark_not_same(incident, incident)
    with pytest.raises(MergeError):
        mark_not_same(incident, Group.objects.create(name="A"))


def test_automatic_merge_of_records_marked_not_same_is_refused(db):
    a, b = make_incident(), make_incident()
    mark_not_same(a, b)

    with pytest.raises(MergeError, match="not the same"):
        merge_incidents(a, b, automatic=True)
    merge_incidents(a, b)  # an analyst may still decide otherwise


def test_what_was_not_the_absorbed_record_is_not_the_survivor_either(db):
    survivor, absorbed, other = (Group.objects.create(name=name) for name in ("ISKP", "Daesh-K", "TTP"))
    mark_not_same(absorbed, other)

    record = merge_groups(survivor, absorbed)

    assert are_marked_not_same(survivor, other)
    unmerge(record)
    assert not are_marked_not_same(survivor, other)
    assert are_marked_not_same(Group.objects.get(pk=record.absorbed_id), other)
