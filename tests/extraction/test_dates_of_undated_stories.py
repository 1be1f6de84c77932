"""Dates of events in stories that leave the lead undated or have no publication day (sentences and names
invented for these tests)."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.dates import find_dates

from .readers import place_of


def test_two_days_of_one_month_date_the_events_from_the_first():
    found = find_dates("On 4 and 6 March, rangers struck two mines on a forest track.", dt.date(2025, 3, 11))
    assert [(d.text, d.value) for d in found] == [("4 and 6 March", "2025-03-04")]
    found = find_dates("Raids on March 4 and 6, 2019 left the depot empty.", None)
    assert [d.value for d in found] == ["2019-03-04"]


def test_a_day_and_a_count_after_it_stay_apart():
    found = find_dates("Gunmen struck on March 4 and 6 people died.", dt.date(2025, 3, 11))
    assert [(d.text, d.value) for d in found] == [("on March 4", "2025-03-04")]


def test_a_line_saying_when_the_undated_event_took_place_dates_it(run):
    document = run(
        "Raiders burned the market stalls of Sarkot to the ground.\n"
        "Gunmen on horses shot the traders as they slept beside their goods.\n"
        "Around 40 people died in the end, according to an elder of the village.\n"
        "The massacre in Sarkot took place over one long night in August 2024.\n"
        "Nobody has said who sent the gunmen."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2024-08", 40)]


def test_a_clause_dated_in_full_with_its_own_toll_is_another_event_without_a_publication_day(run):
    document = run(
        "At least six people died on Friday when a car bomb exploded by a bus stop in Peshawar, police said.\n"
        "Witnesses said the street was crowded with shoppers at the time.\n"
        "The bombing happened near a square where a truck bomb exploded on 2 May 2016, killing 80 people.",
        published=None,
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [(None, 6), ("2016-05-02", 80)]


def test_yesterday_after_an_event_dated_by_its_year_is_another_time_without_a_publication_day(run):
    document = run(
        "The minister stayed composed when rebels wrecked his convoy with a roadside bomb in 2011.\n"
        "But yesterday's massacre at a bus station in Quetta must have shaken him deeply.",
        published=None,
    )
    assert [(i["date"], place_of(document, i)) for i in document["incidents"]] == [("2011", None), (None, "Quetta")]


def test_a_weekday_takes_the_day_told_in_full_before_it_on_that_weekday_without_a_publication_day():
    # 14/3/2024 was a Thursday
    found = find_dates(
        "Two bombs killed nine people in Varsk on Thursday (14/3/2024), officials said.\n"
        "Also on Thursday, police detained 40 men in the old town.",
        None,
    )
    assert [(d.text, d.value) for d in found] == [
        ("on Thursday (14/3/2024)", "2024-03-14"),
        ("on Thursday", "2024-03-14"),
    ]
    # a photo caption's day, then the story's weekday (9 June 2024 was a Sunday)
    found = find_dates("Smoke rises over Tarn on June 9, 2024. (Photo: AFP)\nGunmen on Sunday stormed a church.", None)
    assert [d.value for d in found] == ["2024-06-09", "2024-06-09"]


def test_a_weekday_stays_unresolved_by_a_full_date_told_after_it_or_on_another_weekday():
    # 12 October 2019 was a Saturday: a past event recalled after the weekday of the story's own
    found = find_dates(
        "On Saturday a car bomb killed six in Halm.\nThe same square was hit by a truck bomb on 12 October 2019.", None
    )
    assert [(d.text, d.value) for d in found] == [("On Saturday", None), ("on 12 October 2019", "2019-10-12")]
    found = find_dates("Smoke rises over Tarn on June 9, 2024.\nGunmen on Monday stormed a church.", None)
    assert [d.value for d in found] == ["2024-06-09", None]


def test_a_day_written_with_its_ordinal_letters_before_month_and_year_is_that_day():
    found = find_dates("Rebels stormed the depot on 26th March 2024 and again on 21st May, 2024.", None)
    assert [(d.text, d.value) for d in found] == [
        ("on 26th March 2024", "2024-03-26"),
        ("on 21st May, 2024", "2024-05-21"),
    ]


def test_a_weekday_keeps_no_day_from_a_past_event_the_story_recalls():
    # 17 June 2022 and 14 October 2017 were a Friday and a Saturday: days of events the story only remembers
    found = find_dates(
        "Raiders shot dead nine herders near Dorvo on Friday, the army said.\n"
        "The raid came four years after bandits killed 20 herders in the same valley on 17 June 2022.\n"
        "On Friday night, troops detained two men near the valley.",
        None,
    )
    assert [d.value for d in found] == [None, "2022-06-17", None]
    found = find_dates(
        "Families in Halm still mourn the dead of a lorry bomb that killed 200 people on 14 October 2017.\n"
        "On Saturday, a roadside bomb killed four guards at a gate in Halm, officials said.",
        None,
    )
    assert [d.value for d in found] == ["2017-10-14", None]
    # an archive picture's day (3 March 2023 was a Friday)
    found = find_dates(
        "File photo: Troops guard a bridge in Varsk on March 3, 2023.\nRebels on Friday shelled it.", None
    )
    assert [d.value for d in found] == ["2023-03-03", None]


def test_last_or_next_weekday_is_another_week_than_the_day_told():
    # 14 March 2024 was a Thursday, 9 June 2024 a Sunday
    found = find_dates(
        "Raiders killed five traders in Varsk on Thursday, 14 March 2024, police said.\n"
        "It followed a raid last Thursday in which two herders died.",
        None,
    )
    assert [(d.text, d.value) for d in found] == [("on Thursday, 14 March 2024", "2024-03-14"), ("last Thursday", None)]
    found = find_dates(
        "A mine killed three guards near Tarn on Sunday, 9 June 2024.\n"
        "The mayor called a day of mourning next Sunday.\n"
        "Witnesses said that on Sunday raiders also burned a barn.",
        None,
    )
    assert [d.value for d in found] == ["2024-06-09", None, "2024-06-09"]


def test_a_day_with_the_and_of_around_its_ordinal_is_that_day():
    found = find_dates("Rebels shelled the depot on the 26th of March 2024.", None)
    assert [(d.text, d.value, d.precision) for d in found] == [("on the 26th of March 2024", "2024-03-26", "day")]


def test_an_undated_event_takes_the_day_the_lead_gives_in_full_without_a_publication_day(run):
    # as it takes the lead's day when the page has a publication day: a roundup's items are its lead's day
    document = run(
        "A suicide bomber killed 12 people at a crowded market in Peshawar on 4 March 2024, police said.\n"
        "In a separate attack, gunmen shot dead two policemen at a checkpoint in Quetta.",
        published=None,
    )
    assert [(i["date"], place_of(document, i)) for i in document["incidents"]] == [
        ("2024-03-04", "Peshawar"),
        ("2024-03-04", "Quetta"),
    ]


def test_an_undated_event_told_as_past_takes_no_day_from_the_lead_without_a_publication_day(run):
    # "years ago", "an earlier attack": an event before the lead's, not one of that day's
    for recalled in (
        "Three years ago, rebels ambushed a police van at a bridge in Quetta, killing five officers.",
        "In an earlier attack, rebels ambushed a police van at a bridge in Quetta, killing five officers.",
    ):
        document = run(
            "A car bomb killed nine people near a bus depot in Peshawar on 12 June 2023, officials said.\n" + recalled,
            published=None,
        )
        assert [(i["date"], place_of(document, i)) for i in document["incidents"]] == [
            ("2023-06-12", "Peshawar"),
            (None, "Quetta"),
        ]
