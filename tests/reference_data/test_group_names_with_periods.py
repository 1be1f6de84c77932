"""Group names that meant a group only in a period ("Afghan police": the Islamic Republic's until 14 August 2021,
the Taliban's since): the groups file's dated aliases, the database's answers, the admin's inline."""

import datetime as dt

import pytest
from django.urls import reverse

from incidents.extraction.gazetteer import DatedGazetteer
from incidents.models import Group, GroupAlias
from incidents.services.gazetteer import DatabaseGazetteer
from incidents.services.groups_loading import GroupsFileError, load_groups, read_groups_file

from .test_groups_loading import group, write


def old_and_new(old_until="2010-12-31", new_from="2011-01-01"):
    return [
        group("Old Hill Front", aliases=["OHF", {"name": "Hill Front", "until": old_until}]),
        group("New Hill Front", aliases=[{"name": "Hill Front", "from": new_from}]),
    ]


def test_an_alias_object_gives_the_name_a_period(tmp_path):
    entries = {e.name: e for e in read_groups_file(write(tmp_path, old_and_new()))}
    assert entries["Old Hill Front"].aliases == ["OHF", "Hill Front"]
    assert entries["Old Hill Front"].periods == {"Hill Front": (None, dt.date(2010, 12, 31))}
    assert entries["New Hill Front"].periods == {"Hill Front": (dt.date(2011, 1, 1), None)}


def test_one_name_for_two_groups_in_periods_that_do_not_overlap_is_allowed(tmp_path):
    assert len(read_groups_file(write(tmp_path, old_and_new()))) == 2


@pytest.mark.parametrize(
    ("groups", "message"),
    [
        (old_and_new(old_until="2011-01-01"), "ambiguous name 'Hill Front' of 'Old Hill Front'"),
        (
            [group("A", aliases=[{"name": "Hill Front", "from": "2011-01-01"}]), group("B", aliases=["Hill Front"])],
            "ambiguous name",
        ),
        ([group("A", aliases=[{"name": "Hill Front", "from": "2011-13-01"}])], "not a real day"),
        ([group("A", aliases=[{"name": "Hill Front", "from": "1 May 2011"}])], "not a day YYYY-MM-DD"),
        ([group("A", aliases=[{"name": "Hill Front", "from": ""}])], "not a day YYYY-MM-DD"),
        ([group("A", aliases=[{"name": "Hill Front", "from": "2012-01-01", "until": "2011-01-01"}])], "is after"),
        ([group("A", aliases=[{"name": "Hill Front", "since": "2011-01-01"}])], "unknown field"),
        ([group("A", aliases=[{"from": "2011-01-01"}])], "non-empty 'name'"),
    ],
)
def test_bad_periods_and_overlapping_ones_are_refused(tmp_path, groups, message):
    with pytest.raises(GroupsFileError, match=message):
        read_groups_file(write(tmp_path, groups))


@pytest.mark.django_db
def test_loading_stores_the_periods_and_a_reload_changes_nothing(tmp_path):
    path = write(tmp_path, old_and_new())
    load_groups(path)
    held = {a.group.name: (a.valid_from, a.valid_until) for a in GroupAlias.objects.filter(name="Hill Front")}
    assert held == {"Old Hill Front": (None, dt.date(2010, 12, 31)), "New Hill Front": (dt.date(2011, 1, 1), None)}
    stats = load_groups(path)
    assert stats["aliases_created"] == stats["aliases_redated"] == stats["groups_updated"] == 0


@pytest.mark.django_db
def test_a_reload_dates_an_alias_loaded_before_without_a_period(tmp_path):
    load_groups(write(tmp_path, [group("New Hill Front", aliases=["Hill Front"])]))
    stats = load_groups(write(tmp_path, old_and_new()))
    assert stats["aliases_redated"] == 1
    alias = GroupAlias.objects.get(group__name="New Hill Front", name="Hill Front")
    assert (alias.valid_from, alias.valid_until) == (dt.date(2011, 1, 1), None)


@pytest.mark.django_db
def test_a_reload_keeps_the_period_an_analyst_gave(tmp_path, django_user_model):
    load_groups(write(tmp_path, old_and_new()))
    alias = GroupAlias.objects.get(group__name="New Hill Front", name="Hill Front")
    alias.valid_from = dt.date(2012, 6, 1)
    alias._history_user = django_user_model.objects.create_user(username="dater", password="pw-for-tests-only")
    alias.save()
    assert load_groups(write(tmp_path, old_and_new()))["aliases_redated"] == 0
    alias.refresh_from_db()
    assert alias.valid_from == dt.date(2012, 6, 1)


@pytest.mark.django_db
def test_the_shipped_afghan_names_go_to_the_republic_before_august_2021_and_the_taliban_after():
    gazetteer = DatabaseGazetteer()
    for day, police, government in (
        (dt.date(2015, 4, 2), "Afghan National Police", "Islamic Republic of Afghanistan"),
        (dt.date(2021, 8, 14), "Afghan National Police", "Islamic Republic of Afghanistan"),
        (dt.date(2021, 8, 15), "Taliban police", "Taliban"),
        (dt.date(2024, 4, 2), "Taliban police", "Taliban"),
    ):
        found = DatedGazetteer(gazetteer, lambda day=day: day).groups_named(["afghan police", "afghan government"])
        assert [r.name for r in found["afghan police"]] == [police], day
        assert [r.name for r in found["afghan government"]] == [government], day
    republic = Group.objects.get(name="Islamic Republic of Afghanistan")
    assert set(Group.objects.filter(parent=republic).values_list("name", flat=True)) >= {
        "Afghan National Police",
        "Afghan National Army",
        "Afghan National Defense and Security Forces",
    }


@pytest.mark.django_db
def test_the_group_admin_shows_each_aliases_period_in_its_inline_for_editing(admin_client_):
    police = Group.objects.get(name="Afghan National Police")
    response = admin_client_.get(reverse("admin:incidents_group_change", args=[police.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'name="aliases-0-valid_from"' in page and 'name="aliases-0-valid_until"' in page
    assert "14/08/2021" in page  # the republic's "Afghan police", in the site's (British) date format


@pytest.mark.django_db
def test_a_group_page_shows_an_aliases_period(admin_client_):
    police = Group.objects.get(name="Afghan National Police")
    page = admin_client_.get(police.get_absolute_url()).content.decode()
    assert "Afghan police" in page and "2021-08-14" in page


@pytest.mark.django_db
def test_a_name_whose_period_ends_before_it_starts_is_refused_in_words():
    from django.core.exceptions import ValidationError

    guard = Group.objects.create(name="Lakeside Harbour Guard", kind="state_force")
    start, end = dt.date(2020, 5, 2), dt.date(2020, 5, 1)
    alias = GroupAlias(group=guard, name="the Harbour Guard", valid_from=start, valid_until=end)
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        alias.full_clean()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("start", "refused"),
    [(dt.date(2020, 6, 1), True), (dt.date(2021, 1, 1), False), (None, True)],
)
def test_an_analyst_cannot_date_one_name_to_two_groups_on_one_day(start, refused):
    from django.core.exceptions import ValidationError

    old = Group.objects.create(name="Old Lake Guard", kind="state_force")
    new = Group.objects.create(name="New Lake Guard", kind="state_force")
    GroupAlias.objects.create(group=old, name="Lake Guard", valid_until=dt.date(2020, 12, 31))
    alias = GroupAlias(group=new, name="lake guard", valid_from=start, valid_until=dt.date(2030, 1, 1))
    if refused:
        with pytest.raises(ValidationError, match="no day in common"):
            alias.full_clean()
    else:
        alias.full_clean()


@pytest.mark.django_db
def test_an_undated_name_may_still_be_shared_by_two_groups():
    first = Group.objects.create(name="Hill Watch North", kind="armed_group")
    second = Group.objects.create(name="Hill Watch South", kind="armed_group")
    GroupAlias.objects.create(group=first, name="Hill Watch")
    GroupAlias(group=second, name="Hill Watch").full_clean()
