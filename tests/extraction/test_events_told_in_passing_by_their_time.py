"""An event the story "comes days / years after" is told in passing and is an incident of its own, even after "the"
when what follows is no event noun pointing back ("days after the commander X was killed"); a happening that is no
event ("a day after the rebels announced a truce") gives the event told no date (sentences and names invented for
these tests)."""

from __future__ import annotations

from incidents.extraction.segmentation import PASSING_EARLIER, passing_date

from .readers import place_of


def _found(document):
    return sorted((i["date"] or "", place_of(document, i), i["fatalities"]) for i in document["incidents"])


def test_a_person_killed_days_before_is_an_event_told_in_passing(run):
    document = run(
        "Militants ambushed an army patrol near Quetta on Monday, killing three soldiers.\n"
        "The ambush comes days after the rebel commander Dalvo Meskin was killed in a gunfight with troops in "
        "Peshawar."
    )
    assert _found(document) == [("2025-03", "Peshawar", 1), ("2025-03-10", "Quetta", 3)]


def test_days_after_in_the_first_week_of_a_month_leave_the_month_unknown():
    early = PASSING_EARLIER.search("The ambush comes days after the commander was killed.")
    assert passing_date(early, "2025-03-04") == (None, None)
    assert passing_date(early, "2025-03-14") == ("2025-03", "month")


def test_an_event_years_before_is_told_in_passing_with_its_year(run):
    document = run(
        "Militants stormed a checkpoint near Quetta on Monday, killing three soldiers.\n"
        "The assault comes two years after gunmen killed ten policemen at a checkpoint in Peshawar."
    )
    assert _found(document) == [("2023", "Peshawar", 10), ("2025-03-10", "Quetta", 3)]


def test_an_event_months_before_is_told_in_passing_with_its_month(run):
    document = run(
        "Militants stormed a checkpoint near Quetta on Monday, killing three soldiers.\n"
        "The assault comes three months after gunmen killed ten policemen at a checkpoint in Peshawar."
    )
    assert _found(document) == [("2024-12", "Peshawar", 10), ("2025-03-10", "Quetta", 3)]


def test_a_fatal_stabbing_told_in_passing_is_an_event(run):
    document = run(
        "Troops fought gunmen in Quetta on Monday, leaving twelve dead.\n"
        "That fighting took place two days after the deadly stabbing of provincial police chief Orlen Vasko in "
        "Peshawar."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-10", "2025-03-08"]
    assert place_of(document, document["incidents"][1]) == "Peshawar"


def test_a_day_after_a_happening_that_is_no_event_dates_nothing(run):
    document = run(
        "Five soldiers were killed when a roadside bomb hit their convoy near Quetta, the army said.\n"
        "Their bombing came one day after the rebels had declared a truce for the holidays."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-11"]
