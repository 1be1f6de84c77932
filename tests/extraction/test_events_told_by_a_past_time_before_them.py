"""A line that opens with a past time of its own ("In January,", "Last month,", "Earlier this year,", "In July of the
same year,") and tells a violent act is an earlier event of its own, not a detail of the event the story tells; a line
whose time is the event told's own, a statistic of several attacks, a line with no act and a line pointing back at the
event told are not (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

LEAD = "Gunmen killed six villagers in Bama on Sunday, police said.\n"


@pytest.mark.parametrize(
    "second",
    [
        "In January, raiders shot a headmaster dead in Maiduguri and carried off his wife.",
        "Earlier this year, five village chiefs were abducted by Boko Haram near Maiduguri.",
        "Last month, soldiers carried out an attack in Maiduguri where more than thirty people were targeted.",
    ],
)
def test_a_line_opening_with_a_past_time_and_an_act_is_an_earlier_event(run, second):
    document = run(LEAD + second, published=dt.date(2025, 3, 11))
    assert len(document["incidents"]) == 2


def test_a_past_month_line_in_a_story_with_no_publication_day_is_an_earlier_event(run):
    document = run(
        "Gunmen stormed a police station in Quetta, killing eleven policemen.\n"
        "In July of the same year, an ambush near Khar left four policemen dead, and the group also claimed it.",
        published=None,
    )
    assert len(document["incidents"]) == 2


@pytest.mark.parametrize(
    "second",
    [
        # several attacks counted together: a statistic, no event of its own
        "Last year, 20 members of the security forces died in attacks across Borno.",
        # no violent act
        "In January, the government moved 3,000 troops to guard the Borno border.",
        # the event told, pointing back at it
        "Earlier this month, the attack in Bama was condemned by the governor.",
    ],
)
def test_a_past_time_line_with_no_event_of_its_own_is_not_another_event(run, second):
    document = run(LEAD + second, published=dt.date(2025, 3, 11))
    assert len(document["incidents"]) == 1


def test_a_line_with_the_event_told_own_month_is_the_event_told(run):
    document = run(
        "Gunmen killed six villagers in Bama in February, police said.\n"
        "In February, the gunmen also burned houses in Bama, residents said.",
        published=dt.date(2025, 3, 11),
    )
    assert len(document["incidents"]) == 1


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Gunmen killed 12 people in an attack on a farming village near Wukari on April 28, officials said.\n"
            "Last month, the attackers shot dead the village head before turning on other residents, a witness said.",
            dt.date(2025, 5, 6),
        ),
        (
            "A suicide bomber killed 14 people at a police academy in Peshawar on December 29, officials said.\n"
            "Late last year, the bomber blew himself up at the centre's gate as recruits lined up, a survivor said.",
            dt.date(2025, 1, 6),
        ),
        (
            "Fighters attacked a military base near Afgooye on December 30, killing seven soldiers, officials said.\n"
            "Last month, the fighters used a truck bomb to breach the base's wall before storming it, a soldier said.",
            dt.date(2026, 1, 5),
        ),
    ],
)
def test_a_past_time_covering_the_event_told_with_its_doers_named_again_is_the_event_told(run, text, published):
    # "Last month, the attackers ...": the period holds the event told's day and "the attackers" are its doers
    assert len(run(text, published=published)["incidents"]) == 1


def test_a_past_time_covering_the_event_told_with_other_doers_is_another_event(run):
    document = run(
        "Bandits killed nine people in Kufana village on Sunday, police said on Tuesday.\n"
        "Earlier this month, bandits shot dead five farmers in nearby Kidandan.",
        published=dt.date(2025, 5, 20),
    )
    assert len(document["incidents"]) == 2
