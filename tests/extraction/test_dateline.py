"""Datelines, with or without a country, a date or a headline line before them."""

import pytest

from incidents.extraction.dateline import find_dateline, place_form


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("QUETTA: Two men were killed.", "QUETTA", None),
        ("MAZAR-I-SHARIF, Afghanistan — A bomb exploded.", "MAZAR-I-SHARIF", "Afghanistan"),
        ("RAIPUR, Mar 11: Police said.", "RAIPUR", None),
        ("Rebels seize town in the north\n\nMAIDUGURI — Fighters attacked.", "MAIDUGURI", None),
        ("HODEIDAH (AP) — Shells fell.", "HODEIDAH", None),
        ("GAO, Mali (Reuters) - Gunmen attacked.", "GAO", "Mali"),
        ("Dera Ismail Khan, Jan 4 (PTI): Police said.", "Dera Ismail Khan", None),
    ],
)
def test_dateline_forms(text, place, country):
    dateline = find_dateline(text)
    assert (dateline.text, dateline.country_text) == (place, country)
    assert text[dateline.start : dateline.end] == place


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two people on Monday.",
        "Shells fired by rebels hit a market.",
        "Police said: two died.",
    ],
)
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_place_form_is_readable():
    assert place_form("MAZAR-I-SHARIF") == "Mazar-I-Sharif"


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Lima [Peru], May 2 (Wire/Partner): Two officers died.", "Lima", "Peru"),
        ("TUNIS, Jun 9 (ABC-XYZ) – A blast hit a bus.", "TUNIS", None),
        ("Harare, Zimbabwe (Wire/Desk) - Police said.", "Harare", "Zimbabwe"),
        ("Quito, Mar 4 (Wire).- An attack by rebels left two dead.", "Quito", None),
    ],
)
def test_dateline_with_bracketed_country_or_joint_agency(text, place, country):
    dateline = find_dateline(text)
    assert (dateline.text, dateline.country_text) == (place, country)
