"""A sentence that lists the places of several attacks gives one incident per place, but a place told with its
parent is one place, and a campaign's places told in passing are no events (sentences and names invented for these
tests)."""

from __future__ import annotations

from .readers import place_of


def test_a_town_told_with_its_province_is_not_a_list_of_two_attacks(run):
    document = run(
        "A parked van blew up beside the Quetta courthouse on Monday.\n"
        "Twelve people lost their lives in two separate attacks on Monday, as gunmen sprayed a bus near Dorvan and "
        "a parked van blew up beside the courthouse in Quetta, Balochistan."
    )
    assert len(document["incidents"]) == 1


def test_a_campaign_with_attacks_in_two_cities_told_in_passing_is_no_incident(run):
    document = run(
        "A bomb killed three policemen in Khar on Monday, officials said.\n"
        "The northern revolt has smouldered since the 1970s and flared again two decades ago, with attacks in "
        "Peshawar and Quetta that were pinned on its fighters."
    )
    assert [place_of(document, i) for i in document["incidents"]] == ["Khar"]
