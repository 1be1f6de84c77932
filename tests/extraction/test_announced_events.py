"""A line that announces several events ("two separate bombings in X") before the story tells each of them is not
one more incident; one the story never breaks down stays (sentences and names invented for these tests)."""

from __future__ import annotations

from .readers import place_of

ITEMS = (
    "The group said on its channel that it had begun a wide offensive in the province at dawn.\n"
    "Earlier an official said a suicide bomber in a car blew himself up near a checkpoint in Bannu, "
    "killing four soldiers.\n"
    "Another official said a second suicide car bomber struck a post in Kohat, killing two more soldiers."
)


def test_an_announcement_of_two_separate_bombings_told_one_by_one_is_not_an_incident_of_its_own(run):
    document = run(
        "Militants staged two separate suicide car bombings on army posts in Khyber Pakhtunkhwa "
        "on Monday and hospital staff said nine soldiers had died.\n" + ITEMS
    )
    incidents = document["incidents"]
    assert [(place_of(document, i), i["fatalities"]) for i in incidents] == [("Bannu", 4), ("Kohat", 2)]


def test_an_announcement_the_story_never_breaks_down_stays_an_incident(run):
    document = run(
        "Militants staged two separate suicide car bombings on army posts in Khyber Pakhtunkhwa "
        "on Monday and hospital staff said nine soldiers had died.\n"
        "The group said on its channel that it had begun a wide offensive in the province at dawn."
    )
    assert [place_of(document, i) for i in document["incidents"]] == ["Khyber Pakhtunkhwa"]
