"""A list of places after an event noun gives one incident per place also when other words lead into it ("assaults
on X and Y", "struck the cities of X and Y", "one attack in each of X, Y and Z"), and a lead that lists two places,
told on with no line opening an event of its own at either, still gives each place its incident (sentences and names
invented for these tests)."""

from __future__ import annotations

import pytest

from .readers import place_of


def _places(document):
    return sorted(place_of(document, i) or "" for i in document["incidents"])


@pytest.mark.parametrize(
    "text, places",
    [
        pytest.param(
            "A bomb killed three policemen in Khar on Monday, officials said.\n"
            "The little-known cell behind it had earlier mounted one bombing in each of Peshawar, Quetta and "
            "Maiduguri, analysts at a security firm wrote.",
            ["Khar", "Maiduguri", "Peshawar", "Quetta"],
            id="one-attack-in-each-of-several-places",
        ),
        pytest.param(
            "Coordinated gunmen attacks struck the cities of Maiduguri and Bama on Sunday night, leaving several "
            "dead.\n"
            "The attackers opened fire on worshippers leaving a mosque and on a police post, witnesses said.\n"
            "A trader and two policemen were killed before the gunmen fled in a pickup truck.",
            ["Bama", "Maiduguri"],
            id="attacks-that-struck-the-cities-of-two-places",
        ),
        pytest.param(
            "Gunmen killed six people in coordinated assaults on Peshawar and Khar on Friday evening.\n"
            "The attackers sprayed a market and a bus stand with gunfire before escaping on motorbikes, police said.",
            ["Khar", "Peshawar"],
            id="assaults-on-two-towns",
        ),
        pytest.param(
            "Coordinated gunmen attacks hit Maiduguri and Bama on Sunday night, leaving several dead.\n"
            "The attackers opened fire on worshippers leaving a mosque and on a police post, witnesses said.\n"
            "A trader and two policemen were killed before the gunmen fled in a pickup truck.",
            ["Bama", "Maiduguri"],
            id="attacks-that-hit-two-towns-without-the",
        ),
    ],
)
def test_a_list_of_places_led_by_other_words_gives_one_incident_per_place(run, text, places):
    assert _places(run(text)) == places


def test_a_lead_whose_places_the_story_tells_apart_opens_no_more_than_its_items(run):
    document = run(
        "Gunmen killed six people in coordinated assaults on Peshawar and Khar on Friday evening.\n"
        "In Khar, two shopkeepers were shot dead outside a market, police said."
    )
    assert _places(document) == ["Khar", "Peshawar"]


def test_a_lead_at_another_town_leaves_the_list_it_mentions_in_passing_whole(run):
    document = run(
        "A bomb killed three policemen in Khar on Monday, a week after attacks in Peshawar and Quetta that left "
        "nine dead.\n"
        "The bomb was hidden in a handcart parked outside a police post in Khar, officials said."
    )
    places = _places(document)
    assert "Khar" in places
    # the lead's own event is at neither listed town: the list is not cut to its second item
    assert not ("Quetta" in places and "Peshawar" not in places)


def test_labour_strikes_that_hit_two_towns_are_no_incidents(run):
    document = run(
        "Strikes hit Peshawar and Quetta on Monday as traders shut their shops to protest against higher fuel "
        "prices.\n"
        "Transporters said they would keep their buses off the roads until the government cut the price."
    )
    assert document["incidents"] == []
