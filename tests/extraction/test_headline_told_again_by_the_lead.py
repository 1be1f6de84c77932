"""A page's first incident told only by a headline or a photo caption, with no day and no toll of its own, is the
story the lead tells in full after it: one incident, with the lead's day, place and toll. A caption with a day or a
toll of its own, or a lead that marks another event, stays apart (sentences and names invented for these tests;
published on a Tuesday, 2025-03-11)."""

from __future__ import annotations

from .readers import place_of

LEAD = "Gunmen killed 12 people in Sarkot on Sunday night, residents said."


def _told(document):
    return [(place_of(document, i), i["date"], i["fatalities"]) for i in document["incidents"]]


def test_a_caption_without_a_day_or_toll_is_the_lead_told_after_it(run):
    document = run("Police vans burnt in a raid in Bajaur.\n\n" + LEAD)
    assert _told(document) == [("Sarkot", "2025-03-09", 12)]
    assert len(document["incidents"][0]["evidence"]) == 2


def test_a_caption_with_a_day_of_its_own_stays_its_own_incident(run):
    document = run("Police vans burnt in a raid in Bajaur on 2 May 2024.\n\n" + LEAD)
    assert len(document["incidents"]) == 2


def test_a_caption_with_a_toll_of_its_own_stays_its_own_incident(run):
    document = run("Three police officers killed in a raid in Bajaur.\n\n" + LEAD)
    assert len(document["incidents"]) == 2


def test_a_lead_marking_another_event_stays_apart_from_the_caption(run):
    document = run(
        "Police vans burnt in a raid in Bajaur.\n\n"
        "In a separate attack, gunmen in Sarkot killed 12 people on Sunday night."
    )
    assert len(document["incidents"]) == 2
