"""Dates resolve against the publication date, each with its precision."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from incidents.extraction.dates import find_dates, yearless_date
from incidents.extraction.incidents import finer_date
from incidents.extraction.model import Incident

TUESDAY = dt.date(2025, 3, 11)


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        ("Gunmen opened fire on Tuesday, police said.", "2025-03-11", "day"),  # same day as the story
        ("The convoy was ambushed late Monday near the border.", "2025-03-10", "day"),
        ("The blast happened on Sunday night.", "2025-03-09", "day"),
        ("Sunday's raid left the village empty.", "2025-03-09", "day"),
        ("Troops arrived early Wednesday.", "2025-03-05", "day"),  # the last Wednesday before the story
        ("Two men were seized last week.", "2025-03-03", "week"),
        ("Earlier this month, the militants struck again.", "2025-03", "month"),
        ("Last month the group attacked a school.", "2025-02", "month"),
        ("In August, three soldiers died.", "2024-08", "month"),  # the most recent past August
        ("In February, a market was bombed.", "2025-02", "month"),
        ("The 2019 bombing killed dozens.", "2019", "year"),
        ("It happened in 2021.", "2021", "year"),
        ("The siege of June 2016 ended badly.", "2016-06", "month"),
        ("The attack on 4 May 2018 shocked the city.", "2018-05-04", "day"),
        ("On March 2, 2020, rebels took the town.", "2020-03-02", "day"),
        ("A bomb went off yesterday.", "2025-03-10", "day"),
        ("Rebels struck last year.", "2024", "year"),
        ("The mine exploded two days ago.", "2025-03-09", "day"),
        ("Clashes broke out over the weekend.", "2025-03-08", "week"),
    ],
)
def test_expression_resolves_to_value_and_precision(sentence, value, precision):
    found = [d for d in find_dates(sentence, TUESDAY) if not d.open_range]
    assert found, sentence
    assert (found[0].value, found[0].precision) == (value, precision)


@pytest.mark.parametrize(
    "sentence",
    ["Attacks rose by 74% in the province.", "The man, 45, was a teacher.", "It lasted 2022 seconds."],
)
def test_numbers_that_are_not_dates_are_ignored(sentence):
    assert [d.text for d in find_dates(sentence, TUESDAY) if d.precision == "year"] == []


def test_without_publication_date_relative_words_are_kept_unresolved():
    found = find_dates("The bomb exploded on Sunday.", None)
    assert found[0].value is None and "Sunday" in found[0].text


def test_absolute_dates_need_no_publication_date():
    assert find_dates("The raid of April 2010 is remembered.", None)[0].value == "2010-04"


def test_since_opens_a_range_not_an_event_date():
    found = find_dates("Attacks have risen since 2015.", TUESDAY)
    assert found[0].open_range


def test_offsets_slice_the_text():
    text = "Police said the attack took place late on Friday in the north."
    for date in find_dates(text, TUESDAY):
        assert text[date.start : date.end] == date.text


def test_the_next_day_counts_from_the_event_before(run):
    document = run(
        "PESHAWAR: Militants attacked a police post in Khar late on Sunday, killing four policemen. "
        "The next day, Pakistan Air Force jets struck hideouts near Khar, killing five militants."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-09", 4), ("2025-03-10", 5)]


def test_the_previous_month_counts_from_the_event_told_before(run):
    document = run(
        "PESHAWAR: A bomb killed two people in Khar on Sunday. In June 2019, a suicide bomber killed 12 people in "
        "Quetta. A blast at a mosque in Peshawar the previous August killed 30 worshippers."
    )
    by_date = {i["date"]: i for i in document["incidents"]}
    assert by_date["2019-06"]["fatalities"] == 12
    assert by_date["2018-08"]["fatalities"] == 30
    assert by_date["2018-08"]["date_precision"] == "month"


def test_the_day_a_toll_rose_is_not_the_day_of_the_attack(run):
    document = run(
        "PESHAWAR: The death toll from a bomb blast at a market in Khar rose to 14 on Tuesday, officials said. "
        "The bomb exploded late on Sunday as shoppers crowded the stalls."
    )
    assert len(document["incidents"]) == 1
    incident = document["incidents"][0]
    assert incident["date"] == "2025-03-09"
    assert incident["fatalities"] == 14


def test_a_date_followed_by_when_is_the_date_of_that_event_not_a_report(run):
    document = run(
        "KABUL — A bomb killed three people in Kabul on Sunday. The group lost the ground it held in Balkh in "
        "May 2019, when the army captured Mazar-i-Sharif after weeks of fighting."
    )
    assert "2019-05" in [i["date"] for i in document["incidents"]]


def test_the_day_of_a_release_is_not_the_day_people_were_seized(run):
    document = run(
        "MAIDUGURI, Nigeria — Soldiers killed five Boko Haram fighters near Bama on Sunday. On Monday the group "
        "freed four soldiers it had seized near Maiduguri in January."
    )
    abduction = next(i for i in document["incidents"] if i["type"] == "abduction")
    assert abduction["date"] == "2025-01"


def test_a_later_detail_sentence_dates_an_undated_lead(run):
    document = run(
        "MAIDUGURI: The death toll from an attack on a village near Bama has risen to 19, officials said. "
        "Gunmen raided the village on Saturday night, officials said."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-08", 19)]


def test_easter_sunday_is_the_last_easter_not_the_last_sunday():
    # published on a Monday, eight days after Easter 2025 (20 April)
    dates = find_dates("the Easter Sunday bombings of churches killed dozens", dt.date(2025, 4, 28))
    assert [(d.text, d.value) for d in dates] == [("Easter Sunday", "2025-04-20")]


def test_a_holiday_with_a_year_is_that_day_of_that_year():
    dates = find_dates("the Christmas Day 2013 attack on a church in Jos", TUESDAY)
    assert [(d.value, d.precision, d.relative) for d in dates] == [("2013-12-25", "day", False)]


def test_a_named_day_such_as_black_friday_is_no_weekday_of_the_week_told():
    assert find_dates("shoppers on Black Friday", TUESDAY) == []


def test_a_holiday_with_its_year_first_is_that_day_of_that_year():
    dates = find_dates("the man behind a 2013 Christmas Day bombing", TUESDAY)
    assert [(d.value, d.relative) for d in dates] == [("2013-12-25", False)]


def test_a_year_after_an_article_dates_the_event_it_names():
    dates = find_dates("the brother of the man who bombed a 2014 rally in Kano", TUESDAY)
    assert [(d.value, d.precision) for d in dates] == [("2014", "year")]


def test_a_force_counted_in_thousands_is_no_year():
    assert find_dates("a 2000-strong force moved into the district", TUESDAY) == []


def test_this_morning_is_the_day_of_publication():
    assert [d.value for d in find_dates("gunmen struck a bus this morning", TUESDAY)] == ["2025-03-11"]


def test_two_weeks_ago_is_a_week_two_weeks_back():
    dates = find_dates("the attack two weeks ago", TUESDAY)
    assert [(d.value, d.precision) for d in dates] == [("2025-02-25", "week")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Rebels overran the post on Sunday, June 8, 2014, officials said.", "2014-06-08"),
        ("The convoy was hit late Friday 9 March 2012 near the pass.", "2012-03-09"),
        ("Gunmen raided the market on Saturday, March 1.", "2025-03-01"),  # the publication's year
        ("Three guards died on Monday the 3rd of March.", "2025-03-03"),
    ],
)
def test_a_weekday_told_with_its_date_is_one_expression_with_that_date(sentence, value):
    found = [d for d in find_dates(sentence, TUESDAY) if d.value]
    assert [d.value for d in found] == [value]
    assert found[0].text.split()[-1].strip(",.") in sentence


def test_without_a_publication_day_a_yearless_weekday_date_keeps_its_words_only():
    found = find_dates("Militants stormed the checkpoint on Wednesday, March 12, killing two.", None)
    assert [(d.text, d.value) for d in found] == [("on Wednesday, March 12", None)]


def test_a_weekday_alone_still_needs_the_publication_day():
    assert [d.value for d in find_dates("The blast came on Thursday, witnesses said.", None)] == [None]


@pytest.mark.parametrize(
    ("words", "told"),
    [
        ("on Tuesday November 21", (11, 21, 1)),
        ("Sunday, 2 June", (6, 2, 6)),
        ("on the 5th of April", (4, 5, None)),
        ("on August 30", (8, 30, None)),
        ("on Wednesday, March 22, 2023", None),  # the year is told
        ("on Friday", None),
        ("in May 2019", None),
    ],
)
def test_a_date_without_its_year_gives_its_month_day_and_weekday(words, told):
    from incidents.extraction.dates import yearless_date

    assert yearless_date(words) == told


def test_a_weekday_with_its_date_in_brackets_is_one_expression():
    (date,) = find_dates("Two blasts hit the market early on Sunday (Mar 9) morning.", TUESDAY)
    assert (date.text, date.value) == ("early on Sunday (Mar 9)", "2025-03-09")
    (undated,) = find_dates("Two blasts hit the market early on Sunday (Mar 9) morning.", None)
    assert yearless_date(undated.text) == (3, 9, 6)  # another report of the event can give its year


def test_later_in_the_day_is_the_day_of_the_event_before(run):
    document = run(
        "PESHAWAR: Two soldiers died on Thursday when a mine exploded under their truck in Khar. "
        "Later in the day a bus carrying pilgrims was hit near Quetta, killing six passengers. "
        "Earlier this week, officials had warned of attacks."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-06", 2), ("2025-03-06", 6)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army blamed the Northern Front, a militia that signed a ceasefire in 2019.",
        "The suspect, a mechanic born in 1991, was detained at the scene.",
        "Officials said the bomber had joined the group in March 2021.",
    ],
)
def test_the_date_of_a_fact_about_an_actor_is_context_not_an_event_date(sentence):
    assert [d.open_range for d in find_dates(sentence, TUESDAY)] == [True]


def test_a_background_year_does_not_date_the_lead(run):
    document = run(
        "PESHAWAR: The army said on Sunday that four soldiers were killed in a clash in Khar with the Northern "
        "Front, a militia that signed a ceasefire in 2019."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-09"]


def test_a_later_line_gives_the_day_of_an_event_its_lead_dates_by_the_year(run):
    document = run(
        "MAIDUGURI: The man behind a 2019 bombing of a market in Bama was jailed for life on Monday. "
        "He had planted the bomb that exploded at the market in Bama on May 3, 2019, killing ten people."
    )
    assert [i["date"] for i in document["incidents"]] == ["2019-05-03"]


def test_a_day_told_within_last_week_dates_the_event(run):
    document = run(
        "MAIDUGURI: At least two people were killed in a bombing in Bama last week. "
        "The bomb went off on March 5 outside a mosque in Bama."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-05"]


def test_without_publication_day_a_yearless_day_takes_the_year_of_a_full_date_nearby():
    text = "On 4 June, gunmen stormed a hotel. Its owner had been threatened on 20 May 2031 by a local militia."
    assert find_dates(text, None)[0].value == "2031-06-04"


def test_a_yearless_weekday_date_takes_only_a_year_where_the_day_is_that_weekday():
    # 3 January 2031 is a Friday, weeks after December 2030
    text = "Rebels shelled the town on Friday, January 3. The ceasefire collapsed in December 2030."
    assert find_dates(text, None)[0].value == "2031-01-03"
    assert find_dates(text.replace("Friday", "Saturday"), None)[0].value is None


def test_a_yearless_day_far_from_every_full_date_stays_unresolved():
    text = "On 4 June, gunmen stormed a hotel. A previous raid there took place on 2 December 2030."
    assert find_dates(text, None)[0].value is None


def test_a_date_alone_on_a_line_above_a_story_gives_no_year():
    text = "Monday, March 3, 2031\n\nOn 4 February, gunmen stormed a hotel in the north of the country."
    assert [d.value for d in find_dates(text, None)] == ["2031-03-03", None]


def test_the_year_a_war_began_is_context_not_an_event_date():
    found = find_dates("The clashes happened near a border post, in a war that began in the north in 2031.", TUESDAY)
    assert found[0].open_range


def test_an_event_told_by_a_yearless_month_takes_a_full_date_in_that_month():
    # a story with no publication day: "in late June" stays unresolved, a later weak line gives the day in full
    text = "Insurgents attacked Kenema in late June. Boats had reached the town before dawn on 18 June 2031."
    dates = find_dates(text, None)
    assert [d.text for d in dates] == ["in late June", "on 18 June 2031"]
    facts = {0: SimpleNamespace(dates=dates[:1], strength=5), 1: SimpleNamespace(dates=dates[1:], strength=0)}
    incident = Incident([0, 1], date_text="in late June")
    finer_date(incident, facts)
    assert (incident.date, incident.date_precision) == ("2031-06-18", "day")
