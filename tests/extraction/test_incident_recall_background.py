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
