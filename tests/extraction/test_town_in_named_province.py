"""An unlisted town the story goes on to, hung under the town it is measured from, is inside the lead's province."""

from __future__ import annotations

from .readers import place_of


def test_an_unlisted_town_measured_from_a_town_is_the_place_of_an_event_in_the_leads_province(run):
    doc = run(
        "QUETTA: Gunmen attacked an army base in Balochistan province before dawn on Monday, killing five "
        "soldiers, officials said.\n\n"
        "The assault on the base on the outskirts of Tarvo, a farming town south-west of Peshawar, began with a "
        "car bomb at the gate."
    )
    assert place_of(doc, doc["incidents"][0]) == "Tarvo"
