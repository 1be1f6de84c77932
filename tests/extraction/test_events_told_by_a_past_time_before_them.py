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
        "In January, bandits killed a school principal in Maiduguri and abducted his wife.",
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
        "In July of the same year, four policemen were killed in an ambush near Khar, an act also claimed by the "
        "group.",
        published=None,
    )
    assert len(document["incidents"]) == 2


@pytest.mark.parametrize(
    "second",
    [
        # several attacks counted together: a statistic, no event of its own
        "Last year, 20 security personnel were killed in attacks across Borno.",
        # no violent act
        "In January, the government sent 3,000 soldiers to secure the borders of Borno.",
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
