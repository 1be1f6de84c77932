"""A named venue may carry a lower-case word saying what it is for between its name and its word ("the Tarvo
banquet hall", "the Kelmar comedy club"), and a metro station has a name of its own ("the Varsel metro station"): these
are sites of the town the event was in. "a Kabul wedding hall" is one of the town's, unnamed."""

from __future__ import annotations

from .conftest import by_name
from .readers import place_of


def _lead_place(document: dict) -> str | None:
    return place_of(document, document["incidents"][0])


def test_a_hall_named_before_its_purpose_is_the_place(run):
    document = run(
        "Nine diners were killed when a grenade exploded at the Orsel Grand banquet hall in Quetta on Tuesday evening."
    )
    assert _lead_place(document) == "Orsel Grand banquet hall"


def test_a_club_named_before_its_purpose_is_a_site(run):
    document = run(
        "Police said two bouncers died when a man opened fire inside the Brenvik comedy club in Mazar-i-Sharif."
    )
    assert _lead_place(document) == "Brenvik"
    assert "Brenvik comedy club" in by_name(document, "locations", "Brenvik")["aliases"]


def test_a_metro_station_has_a_name_of_its_own(run):
    document = run("A bomb exploded at the Dravosk metro station in Kabul on Monday, killing nine commuters.")
    assert _lead_place(document) == "Dravosk"
    assert {"Dravosk metro station", "Dravosk station"} <= set(by_name(document, "locations", "Dravosk")["aliases"])


def test_a_town_hall_of_a_kind_is_the_town(run):
    document = run("A suicide bomber killed 40 guests at a Kabul wedding hall on Saturday night, officials said.")
    assert _lead_place(document) == "Kabul"


def test_an_underground_station_has_a_name_of_its_own(run):
    document = run("A bomb exploded at the Dravosk underground station in Kabul on Monday, killing nine commuters.")
    assert _lead_place(document) == "Dravosk"


def test_a_capitalised_metro_station_is_also_written_without_its_line_word(run):
    document = run("A bomb exploded at the Dravosk Metro station in Kabul on Monday, killing nine commuters.")
    assert "Dravosk station" in by_name(document, "locations", "Dravosk")["aliases"]
