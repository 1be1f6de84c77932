"""An event told again (a quoted official's account, a caption's day, the lede after a headline) is the incident told
before, not a second one: the same type at the same place, at a fitting day, with no toll above the first and
nothing in its line marking another event. Real distinct events at one town stay apart (sentences and names
invented for these tests; published on a Tuesday, 2025-03-11)."""

from __future__ import annotations

from .readers import place_of


def _told(document):
    return [(i["type"], place_of(document, i), i["date"], i["fatalities"]) for i in document["incidents"]]


def test_a_quote_retelling_the_nights_drone_strike_is_not_a_second_incident(run):
    document = run(
        "Two soldiers were killed in an overnight drone strike on an army post in Quetta, officials said.\n"
        '"The militants hit our post in Quetta with a drone packed with explosives late on Sunday night," a '
        "commander told reporters."
    )
    assert _told(document) == [("air_or_drone_strike", "Quetta", "2025-03-09", 2)]
    assert len(document["incidents"][0]["evidence"]) == 2


def test_a_spokesman_naming_the_eve_of_the_reported_day_dates_the_retold_attack(run):
    document = run(
        "Gunmen attacked a police station in Maiduguri on Monday, killing five officers.\n"
        "The attackers stormed the station in Maiduguri late on Sunday, a police spokesman said, adding that "
        "three of the officers died at the gate."
    )
    assert _told(document) == [("armed_clash", "Maiduguri", "2025-03-09", 5)]


def test_a_line_opening_with_an_earlier_day_of_its_own_tells_that_days_event(run):
    document = run(
        "A bomb killed four people at a market in Peshawar on Monday.\n"
        "On Sunday, a bomb exploded near a school in Peshawar, police said."
    )
    assert [(place, date) for _, place, date, _ in _told(document)] == [
        ("Peshawar", "2025-03-10"),
        ("Peshawar", "2025-03-09"),
    ]


def test_an_attack_told_as_a_day_before_the_first_stays_its_own_incident(run):
    document = run(
        "A bomb killed four people at a market in Peshawar on Monday.\n"
        "A day before, a bomb hidden in a cart exploded near a school in Peshawar, police said."
    )
    assert len(document["incidents"]) == 2


def test_an_attack_at_the_same_town_with_more_dead_of_its_own_stays_apart(run):
    document = run(
        "Gunmen killed three villagers in Bama on Monday, residents said.\n"
        "In Maiduguri, a bomb killed two traders at a market.\n"
        "In Bama, gunmen torched a market, killing six traders, a local leader said."
    )
    assert [(place, dead) for _, place, _, dead in _told(document)] == [("Bama", 3), ("Maiduguri", 2), ("Bama", 6)]
