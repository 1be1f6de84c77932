"""Any input gets a page or a form error, never a server error (finding: 500s from input)."""

import csv
import io

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from incidents.models import Incident, IncidentSource, MergeRecord, Person, Source
from incidents.parsing import SEARCH_MAX_CHARS, SEARCH_MAX_TERMS, ascii_id

NOT_ASCII_DIGITS = ["²", "٣", "１２", "1²", "߁"]


@pytest.mark.parametrize("value", [*NOT_ASCII_DIGITS, "9" * 5000, "9" * 19, "[²]", "x [99999999999999999999]"])
def test_ids_are_read_only_from_ascii_digits_within_range(value):
    assert ascii_id(value) is None


def test_ascii_ids_are_read():
    assert (ascii_id("42"), ascii_id(" 7 "), ascii_id("9" * 18)) == (42, 7, int("9" * 18))


@pytest.mark.parametrize("param", ["location", "group", "person"])
@pytest.mark.parametrize("value", [*NOT_ASCII_DIGITS, "9" * 5000, "99999999999999999999", "Alpha [²]"])
def test_name_filters_take_any_digits_without_error(viewer_client, world, param, value):
    for name in ("incident-list", "map", "map-data"):
        assert viewer_client.get(reverse(name), {param: value}).status_code == 200, (name, param)
    assert viewer_client.get(reverse("incident-export", args=["csv"]), {param: value}).status_code == 200


def test_a_search_longer_than_the_limit_is_refused_with_a_message(viewer_client, world):
    response = viewer_client.get(reverse("incident-list"), {"q": "bombing " * 200})
    assert response.status_code == 200
    assert f"at most {SEARCH_MAX_CHARS} characters" in response.content.decode()
    assert list(response.context["object_list"]) == []  # not an unfiltered list


@pytest.mark.parametrize("query", ["-" * 40, "a " * (SEARCH_MAX_TERMS + 1), '"-" ' * 20, "a or " * 20])
def test_a_search_of_too_many_terms_is_refused_with_a_message(viewer_client, world, query):
    for name in ("incident-list", "map"):
        response = viewer_client.get(reverse(name), {"q": query})
        assert response.status_code == 200
        assert f"at most {SEARCH_MAX_TERMS} words and signs" in response.content.decode()
    assert viewer_client.get(reverse("map-data"), {"q": query}).status_code == 200


def test_a_search_at_the_term_limit_still_runs(viewer_client, world):
    query = " ".join(["-mosque"] * (SEARCH_MAX_TERMS // 2))
    response = viewer_client.get(reverse("incident-list"), {"q": query})
    assert response.status_code == 200 and "words and signs" not in response.content.decode()


def test_search_boxes_tell_the_browser_their_limit(viewer_client, world):
    page = viewer_client.get(reverse("incident-list")).content.decode()
    assert f'maxlength="{SEARCH_MAX_CHARS}"' in page


def test_fatality_and_count_filters_out_of_range_are_form_errors(viewer_client, world):
    for value in ("99999999999999999999", "1e400", "NaN", "-Infinity"):
        response = viewer_client.get(reverse("incident-list"), {"fatalities_min": value})
        assert response.status_code == 200, value


# --- Analysts' writes -----------------------------------------------------------------


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("other", ["abc", "²", "9" * 5000, "", "99999999999999999999"])
def test_incident_merge_with_a_bad_number_is_a_message(analyst_client, world, other):
    killing = world["killing"]
    for name in ("incident-merge", "incident-not-same"):
        response = analyst_client.post(reverse(name, args=[killing.pk]), {"other": other}, follow=True)
        assert response.status_code == 200
        assert any("number" in m or "no incident" in m.lower() for m in messages_of(response)), (name, other)
    assert Incident.objects.filter(pk=killing.pk).exists()


def test_not_the_same_as_itself_is_a_message(analyst_client, world):
    killing = world["killing"]
    response = analyst_client.post(
        reverse("incident-not-same", args=[killing.pk]), {"other": str(killing.pk)}, follow=True
    )
    assert response.status_code == 200
    assert any("this incident itself" in m for m in messages_of(response))


def test_a_group_merge_that_would_make_a_cycle_is_a_form_error(analyst_client, world):
    branch, parent = world["front"], world["parent"]  # front is a branch of parent
    response = analyst_client.post(reverse("group-merge", args=[branch.pk]), {"other": str(parent.pk)})
    assert response.status_code == 200
    assert "cycle" in response.content.decode()
    assert not MergeRecord.objects.exists()


@pytest.mark.parametrize(("field", "value"), [("fatalities", "99999999999999999999"), ("injured", "3000000000")])
def test_counts_beyond_the_integer_column_are_form_errors(analyst_client, world, field, value):
    killing = world["killing"]
    data = {"type": "bombing", field: value}
    response = analyst_client.post(reverse("incident-edit", args=[killing.pk]), data)
    assert response.status_code == 200
    assert "less than or equal to 2147483647" in response.content.decode()
    killing.refresh_from_db()
    assert killing.type == "targeted_killing"


def test_undoing_a_merge_whose_survivor_was_merged_again_says_what_to_undo_first(analyst_client, world):
    from incidents.services import merging

    first, second, third = (Person.objects.create(name=f"Test Person {n}") for n in "ABC")
    into_second = merging.merge_persons(second, first)
    into_third = merging.merge_persons(third, second)
    response = analyst_client.post(reverse("merge-undo", args=[into_second.pk]), follow=True)
    assert response.status_code == 200
    assert any(f"undo its merge into person {third.pk} first" in m for m in messages_of(response))
    into_second.refresh_from_db()
    assert into_second.undone_at is None and into_third.undone_at is None


# --- Exports ---------------------------------------------------------------------------


def test_every_csv_cell_that_a_spreadsheet_would_run_is_quoted(viewer_client, world):
    from incidents.models import Group, IncidentActor

    bombing = Incident.objects.create(type="bombing", summary="x", location=world["alpha"])
    formula = '=HYPERLINK("http://evil.example","click")'
    source = Source.objects.create(text="x", sha256="f" * 64, url=formula)
    IncidentSource.objects.create(incident=bombing, source=source)
    for name, role in (("@SUM(1+1)", "target"), ("+cmd|' /C calc'!A0", "perpetrator")):
        IncidentActor.objects.create(incident=bombing, group=Group.objects.create(name=name), role=role)
    Incident.objects.filter(pk=bombing.pk).update(summary="-2+3", fatalities_text="=1")
    response = viewer_client.get(reverse("incident-export", args=["csv"]), {"q": ""})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (row[0], cell)
    bombing_row = dict(zip(rows[0], next(r for r in rows if r[0] == str(bombing.pk)), strict=True))
    assert bombing_row["source_urls"].startswith("'")
    assert bombing_row["target_groups"] == "'@SUM(1+1)"
    assert bombing_row["perpetrators"] == "'+cmd|' /C calc'!A0"
    assert bombing_row["summary"] == "'-2+3"
