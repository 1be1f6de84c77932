"""Dates told by reference to a day named before them, misspelt month names, and anniversaries of past events."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.dates import find_dates

SUNDAY = dt.date(2025, 3, 16)


def _told(text: str, published: dt.date | None = SUNDAY) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


def test_the_same_night_takes_the_day_named_before_it():
    text = "Raiders burnt a depot in Eastvale on Friday night. In a second raid the same night, a guard was shot."
    assert _told(text) == [("on Friday night", "2025-03-14"), ("the same night", "2025-03-14")]


def test_on_the_same_day_takes_a_full_date_even_without_publication_day():
    text = "A patrol was ambushed near Northbrook on Tuesday, June 3, 2031. A trader died in Westford on the same day."
    found = find_dates(text, None)
    assert [(d.text, d.value, d.relative) for d in found][1] == ("on the same day", "2031-06-03", False)


def test_earlier_in_the_day_takes_the_day_named_before_it():
    text = "A mortar hit the port on Thursday. Earlier in the day, two fishermen were abducted."
    assert _told(text)[1] == ("Earlier in the day", "2025-03-13")


def test_later_that_day_is_left_to_the_incident_stage():
    text = "A mortar hit the port on Thursday. Later that day, two fishermen were abducted."
    assert _told(text) == [("on Thursday", "2025-03-13")]


def test_same_day_without_a_resolved_day_before_it_is_dropped():
    assert _told("A mortar hit the port on Thursday. The same day, two men were abducted.", None) == [
        ("on Thursday", None)
    ]
    assert _told("A mortar hit the port. The same day, two men were abducted.") == []


def test_that_night_after_a_verb_of_saying_is_not_a_date():
    text = "Militias clashed on Monday. Officials said that night patrols would be doubled."
    assert _told(text) == [("on Monday", "2025-03-10")]


def test_misspelt_month_names_are_read_as_months():
    assert _told("On Janaury 30, a bomb went off at a depot.") == [("Janaury 30", "2025-01-30")]
    assert _told("The convoy was hit on 4 Febuary 2019.") == [("on 4 Febuary 2019", "2019-02-04")]
    assert _told("Fighting broke out in Setpember 2020.") == [("in Setpember 2020", "2020-09")]


def test_capitalised_words_near_a_month_are_not_months():
    assert _told("Route 12 was closed near Marsh 4 camp.") == []


def test_the_nth_anniversary_of_an_event_dates_it_years_before_the_story():
    text = "The 15th anniversary of the Harbour Street bombing brought survivors together."
    assert [(d.text, d.value, d.precision) for d in find_dates(text, dt.date(2024, 5, 20))] == [
        ("The 15th anniversary of", "2009-05", "month")
    ]
    assert _told("the five-year anniversary of the siege", dt.date(2024, 5, 20)) == [
        ("the five-year anniversary of", "2019-05")
    ]


def test_an_event_told_on_or_before_an_anniversary_happens_now():
    assert _told("Gunmen struck a bus on the first anniversary of the massacre.") == []
    assert _told("The raid came days before the tenth anniversary of the siege.") == []
    assert _told("The 20th anniversary of the blast was marked in silence.", None) == []
