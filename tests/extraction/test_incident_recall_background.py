"""Background incidents told inside a sentence about something else: an event noun placed by the name before it
("the 2009 Quetta bombings"), dated long before the story (sentences and names invented for these tests)."""

from __future__ import annotations

from .readers import place_of


def test_the_place_that_names_a_past_event_is_its_place(run):
    document = run(
        "A bomb killed two policemen in Peshawar on Monday, officials said.\n"
        "The cell was believed to be behind the 2009 Quetta bombings in Pakistan."
    )
    incidents = document["incidents"]
    assert [(i["date"], place_of(document, i)) for i in incidents][-1] == ("2009", "Quetta")


def test_a_report_about_attacks_on_a_past_day_in_a_city_names_an_incident(run):
    document = run(
        "A bomb killed two policemen in Peshawar on Monday, officials said.\n"
        "Last week the ministry published a long study of the failures of the police during the attacks Nov. 12 in "
        "Quetta."
    )
    incidents = document["incidents"]
    assert [(i["date"], place_of(document, i)) for i in incidents] == [
        ("2025-03-10", "Peshawar"),
        ("2024-11-12", "Quetta"),
    ]


def test_one_named_event_of_a_series_with_its_place_year_and_toll_is_an_incident(run):
    document = run(
        "A bomb killed two policemen in Peshawar on Monday, officials said.\n"
        "The faction is held responsible for a series of raids, among them the hostage-taking at a bank in Quetta "
        "in 2014 that killed 48 people, along with unrest elsewhere in the province."
    )
    incidents = document["incidents"]
    assert [(i["date"], place_of(document, i), i["fatalities"]) for i in incidents] == [
        ("2025-03-10", "Peshawar", 2),
        ("2014", "Quetta", 48),
    ]


def test_a_past_event_the_sentence_tells_itself_is_not_split_from_it(run):
    document = run(
        "A bomb killed two policemen in Peshawar on Monday, officials said.\n"
        "His cousin was killed in an ambush near Quetta in 2013."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]][-1] == ("2013", 1)
    assert len(document["incidents"]) == 2


def test_past_events_named_without_a_town_or_a_day_are_no_incidents(run):
    document = run(
        "A bomb killed two policemen in Peshawar on Monday, officials said.\n"
        "The report looked back at the 2016 incident in Pakistan and at the attacks in Quetta in 2019."
    )
    assert len(document["incidents"]) == 1


def test_a_court_story_whose_clause_tells_the_attack_is_that_attack_only(run):
    document = run(
        "A court on Friday jailed three men for sheltering militants who were behind a deadly bombing in Quetta "
        "that left 17 people dead in 2018.\n"
        "The court heard the three had rented the safe house."
    )
    incidents = document["incidents"]
    assert [(i["date"], place_of(document, i), i["fatalities"]) for i in incidents] == [("2018", "Quetta", 17)]
