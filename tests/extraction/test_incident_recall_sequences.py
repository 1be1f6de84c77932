"""Past attacks told one after another ("four months later"), listed under headings, and days an event goes on into
(sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.dates import find_dates, relative_span


def test_spans_of_weeks_months_and_years_later_are_dates_counted_from_another_event():
    found = find_dates("A mosque was bombed four months later.", dt.date(2025, 3, 11))
    assert [(d.text, d.value, d.precision) for d in found] == [("four months later", None, "month")]
    assert relative_span("four months later", "1998-12") == ("1999-04", "month")
    assert relative_span("Just over a month later", "2000-08-01") == ("2000-09", "month")
    assert relative_span("two weeks later", "2021-07") == ("2021-07", "month")
    assert relative_span("a year earlier", "2020-05") == ("2019", "year")
    assert relative_span("three days later", "2021-07-30") == ("2021-08-02", "day")


def test_a_day_an_event_continues_into_is_not_a_date_of_its_own():
    found = find_dates("With gunfire continuing into this morning, the siege went on.", dt.date(2025, 3, 11))
    assert [d.open_range for d in found] == [True]


def test_attacks_told_one_after_another_by_the_time_between_them_are_each_an_incident(run):
    document = run(
        "Bombings had already shaken Peshawar in March 2009, when a market was attacked.\n"
        "The city's main shrine was bombed four months later.\n"
        "Just over a month later, gunmen struck a bank in Peshawar.",
        published=dt.date(2019, 3, 11),
    )
    assert [i["date"] for i in document["incidents"]] == ["2009-03", "2009-07", "2009-08"]


def test_each_dated_heading_under_a_list_of_past_attacks_opens_an_incident(run):
    document = run(
        "A suicide bomber killed six people at a market in Peshawar on Monday.\n"
        "Police said the bomber was a teenager.\n"
        "These are some earlier attacks on markets in the province:\n"
        "Khar market attack, May 2019\n"
        "Eleven people were killed when a car bomb went off near the main bazaar.\n"
        "Quetta bazaar bombing, June 2016\n"
        "A bomb hidden in a cart killed four shoppers."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [
        ("2025-03-10", 6),
        ("2019-05", 11),
        ("2016-06", 4),
    ]


def test_fighting_that_continues_into_the_day_of_publication_is_the_same_event(run):
    document = run(
        "Gunmen stormed a police station in Peshawar yesterday, killing four officers.\n"
        "With sporadic gunfire continuing into this morning, at least nine people were reported killed."
    )
    assert len(document["incidents"]) == 1
