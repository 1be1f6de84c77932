"""Ground taken by force and placed in time by a date right after the place taken ("rebels took control of the
hill district of X in 2019", "militias captured X in November") is a past armed clash of its own, not a detail of the
event told; a person captured, arms or fighters seized, a government taken over, or a capture the sentence does not
date are not (sentences and names invented for these tests)."""

from __future__ import annotations

from .readers import place_of

LEAD = "A car bomb killed four people at a market in Quetta on Monday, police said.\n"


def _found(document):
    return sorted((i["date"] or "", place_of(document, i), i["type"]) for i in document["incidents"])


def _no_clash(document):
    return all(i["type"] != "armed_clash" for i in document["incidents"])


def test_control_seized_in_an_earlier_year_is_a_past_armed_clash(run):
    document = run(
        LEAD + "After a long siege, Tarvel Front rebels wrested control of the hill town of Peshawar in 2019."
    )
    assert _found(document) == [("2019", "Peshawar", "armed_clash"), ("2025-03-10", "Quetta", "bombing")]


def test_a_town_captured_in_a_past_month_is_a_past_armed_clash(run):
    document = run(LEAD + "The Tarvel Liberation Front captured Peshawar in November.")
    assert _found(document) == [("2024-11", "Peshawar", "armed_clash"), ("2025-03-10", "Quetta", "bombing")]


def test_the_militia_took_control_in_an_earlier_year_is_no_pointer_back(run):
    document = run(LEAD + "The region fell into war after the Tarvel militia took control of Peshawar in 2019.")
    assert ("2019", "Peshawar", "armed_clash") in _found(document)


def test_a_person_captured_in_an_earlier_year_is_no_clash(run):
    document = run(LEAD + "Troops captured Dalvo Meskin, the group's commander, in 2019.")
    assert _no_clash(document)


def test_arms_seized_from_the_rebels_are_no_capture_of_ground(run):
    document = run(LEAD + "Weapons that troops say were seized from the rebels in Peshawar in 2019 were shown.")
    assert _no_clash(document)


def test_foreign_weapons_seized_are_no_capture_of_ground(run):
    document = run(LEAD + "Police said they seized Russian rifles in Peshawar in 2019.")
    assert _no_clash(document)


def test_fighters_captured_are_no_capture_of_ground(run):
    document = run(LEAD + "Troops captured Tarvel Front fighters near Peshawar in 2019.")
    assert _no_clash(document)


def test_a_government_taken_over_is_no_capture_of_ground(run):
    document = run(LEAD + "The Tarvel Front took control of the government in Peshawar in 2019.")
    assert _no_clash(document)


def test_a_capture_dated_far_from_its_place_is_no_clash(run):
    document = run(
        LEAD + "The Tarvel Front captured Peshawar and, officials told reporters late on Monday, still holds it."
    )
    assert _no_clash(document)


def test_an_undated_capture_stays_with_the_event_told(run):
    document = run(LEAD + "Rebel militias seized control of the northern enclave of Peshawar.")
    assert _found(document) == [("2025-03-10", "Quetta", "bombing")]


def test_an_unlisted_town_captured_is_the_place_of_the_clash(run):
    document = run(LEAD + "The Tarvel Liberation Front captured Velmora in November.")
    assert ("2024-11", "Velmora", "armed_clash") in _found(document)
