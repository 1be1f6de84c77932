"""A spree told item by item: doers who "killed N more" at a place the event told never named struck again, an event
of its own on the spree's day; more dead of the same event stay with it (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

from .readers import place_of


def test_killing_more_at_another_village_is_the_spree_next_item(run):
    document = run(
        "Gunmen on motorbikes stormed Bama on Saturday, June 7, shooting villagers: 14 died in Bama.\n"
        "The gunmen then rode to the village of Kaltumari and killed nine more villagers.",
        published=dt.date(2025, 6, 20),
    )
    assert [(place_of(document, i), i["fatalities"], i["date"]) for i in document["incidents"]] == [
        ("Bama", 14, "2025-06-07"),
        ("Kaltumari", 9, "2025-06-07"),
    ]


def test_more_dead_of_the_same_attack_stay_with_it(run):
    document = run(
        "Gunmen on motorbikes stormed Bama on Saturday, June 7, killing 14 villagers.\n"
        "Three more died later at a hospital in Maiduguri, officials said.",
        published=dt.date(2025, 6, 20),
    )
    assert len(document["incidents"]) == 1


def test_killing_more_in_the_same_town_is_the_same_attack(run):
    document = run(
        "Gunmen on motorbikes stormed Bama on Saturday, June 7, killing 14 villagers.\n"
        "At the market in Bama the gunmen killed six more people before fleeing.",
        published=dt.date(2025, 6, 20),
    )
    assert len(document["incidents"]) == 1
