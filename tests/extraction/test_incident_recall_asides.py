"""Words of time inside an aside (a relative clause describing a place, a ranking of the event against others) do not
make a sentence that tells one event a statistic of many (sentences and names invented for these tests)."""

from __future__ import annotations

from .readers import place_of


def test_a_relative_clause_describing_the_place_does_not_make_a_roundup_item_an_aggregate(run):
    document = run(
        "A roadside bomb near Quetta killed three men on Monday, officials said.\n"
        "Eight villagers were killed in an explosion in Bajaur, which has endured repeated clashes between militants "
        "and troops over recent months, a police officer said."
    )
    incidents = document["incidents"]
    assert [(place_of(document, i), i["fatalities"]) for i in incidents] == [("Quetta", 3), ("Bājaur", 8)]


def test_a_past_event_ranked_against_others_since_a_year_is_an_incident_of_its_own(run):
    document = run(
        "Gunmen attacked an army post near Khar overnight, killing four soldiers, the army said on Monday.\n"
        "In June 2018, the same post was hit in one of the deadliest assaults to strike the district since 2011, "
        "with 27 soldiers killed."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-10", 4), ("2018-06", 27)]


def test_a_relative_clause_that_counts_many_dead_still_makes_the_sentence_an_aggregate(run):
    document = run(
        "A bomb killed two policemen in Quetta on Monday, officials said.\n"
        "The insurgency, which has killed 4,000 people since 2015, shows no sign of ending."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [2]


def test_a_roundup_summary_whose_toll_its_items_account_for_is_not_an_incident_of_its_own(run):
    document = run(
        "Car bombs have killed at least 11 villagers, police in Peshawar reported on Monday.\n"
        "Eight villagers were killed in an explosion in Bajaur, a police officer said.\n"
        "In Quetta, a roadside bomb killed three men."
    )
    incidents = document["incidents"]
    assert sorted((place_of(document, i), i["fatalities"]) for i in incidents) == [("Bājaur", 8), ("Quetta", 3)]


def test_a_summary_stays_when_its_items_do_not_account_for_its_toll(run):
    document = run(
        "Car bombs have killed at least 11 villagers, police in Peshawar reported on Monday.\n"
        "Eight villagers were killed in an explosion in Bajaur, a police officer said.\n"
        "In Quetta, a roadside bomb killed one man."
    )
    assert sorted(i["fatalities"] for i in document["incidents"]) == [1, 8, 11]


def test_jets_that_bombarded_a_village_are_an_air_strike(run):
    document = run(
        "Two women were killed when army fighter jets bombarded a village near Khar on Monday, residents said."
    )
    assert [i["type"] for i in document["incidents"]] == ["air_or_drone_strike"]
