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
        "Just over a month later, gunmen struck a bank in Peshawar, killing a guard.",
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


def test_a_smaller_toll_at_a_new_place_after_a_summary_of_several_events_is_one_of_them(run):
    document = run(
        "Bandits on Tuesday raided three villages in Borno State, killing at least 12 people.\n"
        "According to a local official, the bandits attacked Karvel village near Bama and killed seven people.\n"
        "Residents said the raiders also torched scores of huts.\n"
        "Police said the bandits attacked Dar Minsa village in Borno and killed five people."
    )
    tolls = [i["fatalities"] for i in document["incidents"]]
    assert 7 in tolls and 5 in tolls


def test_a_smaller_toll_in_a_city_of_the_province_of_several_attacks_is_another_attack(run):
    document = run(
        "Three soldiers were killed late Sunday in Taliban raids on outposts in Balkh province.\n"
        "Officials said 11 Taliban fighters were also killed.\n"
        "At least six other soldiers were killed near Mazar-i-Sharif, a provincial councillor said."
    )
    assert [i["fatalities"] for i in document["incidents"]][-1] == 6
    assert len(document["incidents"]) == 2


def test_a_smaller_toll_of_one_event_at_its_own_place_is_not_split_off(run):
    document = run(
        "A suicide bomber killed nine people at a market in Peshawar on Monday.\n"
        "Five of the dead were traders from Khar, police said."
    )
    assert len(document["incidents"]) == 1
