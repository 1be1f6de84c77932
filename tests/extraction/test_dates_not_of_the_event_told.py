"""Dates a story gives that are not the day of its event, and lines that date an event the lead leaves undated
(sentences, names and figures invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.dates import find_dates
from incidents.extraction.furniture import blank_furniture

TUESDAY = dt.date(2025, 3, 11)


def test_the_day_bodies_were_found_is_not_the_day_of_the_strike(run):
    document = run(
        "The number of people killed in an air strike on the market of Khar has risen to 40, rescuers said.\n"
        "Rescuers said four bodies were pulled out from under a collapsed shop on March 10.\n"
        "Jets bombed the crowded market in Khar at about noon on March 7."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-07", 40)]


def test_the_same_month_of_another_year_keeps_the_month_of_the_time_told():
    text = (
        "Gunmen stormed the Orchid Hotel in Peshawar on Saturday. "
        "The hotel was hit by a truck bomb in the same month in 2019."
    )
    assert [(d.value, d.precision) for d in find_dates(text, TUESDAY)] == [("2025-03-08", "day"), ("2019-03", "month")]
    last_year = "Another truck bomb hit the hotel in the same month last year."
    assert [(d.value, d.precision) for d in find_dates(last_year, TUESDAY)] == [("2024-03", "month")]


def test_a_line_before_the_lead_that_says_when_the_events_happened_dates_them(run):
    document = run(
        "The attacks took place on Friday, March 7, 2025.\n"
        "Gunmen on motorbikes besieged a hamlet near Khar during prayers and shot dead 12 farmers.\n"
        "The attackers fled into the hills."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-07", 12)]


def test_a_line_before_the_lead_that_names_the_day_and_some_event_dates_the_events_it_announces(run):
    document = run(
        "On Saturday, March 8, 2025, gangs from the hills started a wave of violence and attacked villages.\n"
        "Gunmen on motorbikes besieged a farm near Khar during prayers and shot dead 12 farmers.\n"
        "The attackers fled into the hills."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-08", 12)]
    # a statistic's day is not the events' day
    document = run(
        "By Saturday, March 8, 2025, attacks had killed 300 people across the province so far this year.\n"
        "Gunmen on motorbikes besieged a farm near Khar during prayers and shot dead 12 farmers.\n"
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-11"]  # the undated lead: the day of publication


def test_a_line_before_the_lead_that_points_back_to_an_earlier_attack_does_not_date_the_lead(run):
    document = run(
        "On Saturday, March 8, 2025, hundreds of mourners attended the funerals of those killed in last week's "
        "attack.\n"
        "Gunmen on motorbikes besieged an orchard near Khar at dusk and shot dead nine pickers.\n"
        "The attackers fled into the hills."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-11", 9)]


def test_a_date_stamp_run_into_the_first_sentence_is_page_furniture():
    text = " date 2025-03-11 Tuesday, 11 March 2025 _Twelve farmers were killed near Khar on Sunday."
    assert blank_furniture(text).lstrip() == "_Twelve farmers were killed near Khar on Sunday."
    # a date the sentence joins with a colon, or that opens it with "On", is the story's own
    for kept in ("March 9, 2025: Gunmen killed 12 farmers near Khar.", "On 9 March 2025 gunmen killed 12 farmers."):
        assert blank_furniture(kept) == kept


def test_a_stamped_lead_takes_the_day_its_next_line_gives(run):
    document = run(
        "Tuesday, 11 March 2025 _Twelve farmers were killed when gunmen raided a hamlet near Khar, an official said.\n"
        '"For now the dead number 12," the official said of the raid on Sunday evening in Khar.'
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-09", 12)]


# The ruling's day, after a long object, after "verdict", the day of a court appearance; a court's ruling verb right
# before its day, sentences handed down on a day, a convicted object before "on", guilt found after the day: each is
# the court's day, and none dates the deed (nor does the day of the story).
@pytest.mark.parametrize(
    "text",
    [
        "A judge in Jos sentenced three former members of the Harbour Lions gang to life in jail on Monday for a "
        "massacre at a ferry terminal in which 19 people were killed.",
        "Nine men were found guilty over a massacre at a ferry terminal in Jos that killed 19 people, under the high "
        "court's verdict on Monday.",
        "The gunman who shot dead 19 people at a ferry terminal in Jos arrives at the high court in the town on "
        "Monday.",
        "A court of appeals in Jos determined Thursday that the Harbour Lions were behind a massacre at a ferry "
        "terminal in which 19 people were killed.",
        "A court handed down life sentences Friday to five men over a massacre at a ferry terminal in Jos in which "
        "19 people were killed.",
        "A court convicted two men on Monday over a massacre at a ferry terminal in Jos in which 19 people were "
        "killed.",
        "A judge late on Monday found four of the six accused guilty over a massacre at a ferry terminal in Jos in "
        "which 19 people were killed.",
    ],
)
def test_a_deed_judged_in_court_takes_neither_the_day_of_a_court_step_nor_the_day_of_the_story(run, text):
    document = run(text)
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [(None, 19)], text


def test_a_deed_judged_in_court_keeps_the_year_the_text_gives_it(run):
    document = run(
        "A court sentenced a man to ten years in prison on Monday for a grenade attack on a rally in Jos in 2021. "
        "Two people were wounded in the attack."
    )
    assert [i["date"] for i in document["incidents"]] == ["2021"]


def test_sentences_handed_down_on_a_day_date_no_deed_judged(run):
    document = run(
        "A court handed down life sentences Friday to seven men over truck bombings that ripped through Jos in "
        "November 2023, killing 19 people."
    )
    dates = [i["date"] for i in document["incidents"]]
    assert "2023-11" in dates and "2025-03-07" not in dates
