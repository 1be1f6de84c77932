"""A story with no publication day cannot resolve "on Friday", "in October" or "on Feb. 3", so its event often has
no date and dates cannot tell a past event told in passing from it. A clause or a sentence with a calendar time of
its own and a toll the event told has not given (or a clause telling another kind of event) is then another event;
a toll in a clause of a noun pointing back ("the raid that killed 6") stays the event told's (sentences and names
invented for these tests)."""

from __future__ import annotations

from .readers import place_of


def _found(document):
    return [(place_of(document, i), i["fatalities"], i["type"]) for i in document["incidents"]]


def test_a_clause_with_a_month_and_a_toll_of_its_own_is_another_event(run):
    document = run(
        "Gunmen killed seven traders at a bus stop in Peshawar on Friday, police said.\n"
        "The attack took place on a road where a roadside bomb killed 12 pilgrims in October.",
        published=None,
    )
    assert [(i["fatalities"], i["date_text"]) for i in document["incidents"]] == [(7, "on Friday"), (12, "in October")]


def test_a_sentence_with_a_day_of_a_month_and_a_toll_of_its_own_is_another_event(run):
    document = run(
        "A suicide attacker detonated his vest among mourners at a funeral in Peshawar on Friday, killing 31.\n"
        "The attack ended weeks of quiet in the city, and on Feb. 3 at least 18 people were killed when "
        "a car bomb went off beside a police post in Quetta.",
        published=None,
    )
    assert [(p, f) for p, f, _ in _found(document)] == [("Peshawar", 31), ("Quetta", 18)]


def test_a_clause_telling_an_arrest_in_another_month_is_another_event(run):
    document = run(
        "A suicide attacker detonated his vest by a church gate in Peshawar on Friday, wounding 20 worshippers.\n"
        "The blast struck while the province was on alert after the arrest of Omar Zaidan, a militant commander, "
        "in Quetta in January.",
        published=None,
    )
    assert [t for _, _, t in _found(document)] == ["suicide_bombing", "arrest_or_raid"]


def test_a_toll_told_again_with_a_day_of_a_month_stays_the_event_told(run):
    document = run(
        "Gunmen killed seven traders at a bus stop in Peshawar on Friday, police said.\n"
        "By March 2, seven traders had been killed in the shooting, and nine more were hurt.",
        published=None,
    )
    assert [(p, f) for p, f, _ in _found(document)] == [("Peshawar", 7)]


def test_a_toll_in_a_clause_of_the_event_told_stays_the_event_told(run):
    document = run(
        "Gunmen stormed a hostel in Peshawar, residents said.\n"
        "A clip posted online from the scene of the raid that killed 6 students shows smoke over the roof "
        "March 4, 2019 the governor sent his condolences.",
        published=None,
    )
    assert len(document["incidents"]) == 1
