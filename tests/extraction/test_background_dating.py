"""Past events told in a story about something else: the dates that name them, and the clauses that do not
(sentences and names invented for these tests)."""

from __future__ import annotations

from .readers import place_of


def test_a_date_right_before_the_event_noun_dates_the_event_told_not_the_remark(run):
    document = run(
        "The gunman who shot dead 14 shoppers at a market in Peshawar has been jailed for life.\n"
        "The judge spoke for an hour in a crowded court room.\n"
        "Relatives wept in the public gallery as the sentence was read.\n"
        'Judge Farida Noon said of the June 2023 attacks: "Nothing can undo this."'
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2023-06", 14)]


def test_a_year_of_its_own_after_an_event_told_by_day_and_month_is_another_event(run):
    document = run(
        "On 14 June, gunmen killed nine worshippers at a church in Peshawar.\n"
        "In 2016, three people were killed during clashes between two clans in Quetta.",
        published=None,
    )
    assert [(i["date"], place_of(document, i), i["fatalities"]) for i in document["incidents"]] == [
        (None, "Peshawar", 9),
        ("2016", "Quetta", 3),
    ]


def test_another_day_of_the_same_month_opens_an_event_without_a_publication_date(run):
    document = run(
        "PESHAWAR, May 20. A policeman was killed in a shootout near Khar, officials said on Monday.\n"
        '"Around 21:40 local time on May 20, attackers shot at the checkpoint near Khar.\n'
        "On May 14, skirmishes between the two clans broke out in villages in Quetta.",
        published=None,
    )
    assert [place_of(document, i) for i in document["incidents"]] == ["Khar", "Quetta"]


def test_the_death_year_of_a_person_a_clause_names_is_no_event(run):
    document = run(
        "A court found five men guilty of the massacre of 30 villagers in Bama on Thursday.\n"
        "Musa Kolo allegedly led the gang that stopped and massacred the convoy with the approval of his uncle, "
        "Ali Kolo Sr., who was charged as well but died in 2014, before the judges ruled."
    )
    assert len(document["incidents"]) == 1
