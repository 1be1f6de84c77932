"""Page furniture (bylines, credits, share buttons, the store's date header) is not read as the story."""

import datetime as dt
import hashlib

import pytest

from incidents.extraction.furniture import blank_furniture, furniture_spans

from .readers import incident_types


@pytest.mark.parametrize(
    "line",
    [
        "By Amina Okafor",
        "By Jonas de Wit, Wire Service",
        "- By Amina Okafor and Jonas de Wit",
        "Pedro Alves / Lens Agency",
        "Source: Morning Courier (sp)",
        "Follow Evening Ledger",
        "Facebook",
        "Twitter Facebook Copy",
    ],
)
def test_furniture_lines_are_blanked(line):
    text = f"Rebels attack a depot\n{line}\nGunmen killed two guards on Monday."
    blanked = blank_furniture(text)
    assert blanked == text.replace(line, " " * len(line))


@pytest.mark.parametrize(
    "line",
    [
        "By Monday the fighters had left the town.",
        "Police said: Source of the blast is unknown to the investigators who reached the scene late.",
        "Follow-up raids were carried out on Tuesday.",
        "Read more: Gunmen kill four at a border post",
    ],
)
def test_prose_lines_are_kept(line):
    text = f"Rebels attack a depot\n{line}\nGunmen killed two guards."
    assert blank_furniture(text) == text


def test_store_date_header_and_aggregator_slug_are_blanked_before_the_story():
    text = " date 2024-05-02 (MENAFN- Coast Wire) Fighters burned a school."
    blanked = blank_furniture(text)
    assert blanked.strip() == "Fighters burned a school."
    assert len(blanked) == len(text)


def test_any_aggregator_slug_at_the_start_is_blanked_but_not_one_inside_the_story():
    text = "(NewsHub- River Post) Fighters burned a school. Later (Reuters- said) nothing."
    blanked = blank_furniture(text)
    assert blanked.strip().startswith("Fighters burned a school.")
    assert "(Reuters- said)" in blanked


def test_a_caption_is_prose_even_with_its_photo_credit():
    # Captions place events in time and space; only whole furniture lines go.
    text = "Smoke rises over the market after the blast. (Photo: Social Media)\nMore text."
    assert blank_furniture(text) == text


def test_spans_are_ordered_and_inside_the_text():
    text = " date 2024-05-02 Headline here\nBy Ola Berg\nBody text.\nSource: Other Outlet"
    spans = furniture_spans(text)
    assert spans == sorted(spans)
    assert [text[a:b] for a, b in spans] == [" date 2024-05-02", "By Ola Berg", "Source: Other Outlet"]


def test_a_byline_is_not_a_person_and_the_date_header_is_not_the_incident_date(run):
    text = (
        " date 2025-03-14 Gunmen kill guard in Peshawar\n"
        "By Farida Yusufzai\n\n"
        "PESHAWAR: Gunmen shot dead a guard at a girls' school in Peshawar on Monday, police said.\n"
    )
    document = run(text, published=dt.date(2025, 3, 12))
    assert "Farida Yusufzai" not in {p["name"] for p in document["persons"]}
    assert incident_types(document)
    assert {i["date"] for i in document["incidents"]} == {"2025-03-10"}
    assert document["source"]["dateline"] == "Peshawar"


def test_the_source_hash_is_of_the_text_as_stored(run):
    text = "By Farida Yusufzai\nPESHAWAR: Gunmen shot dead a guard in Peshawar on Monday, police said.\n"
    document = run(text)
    assert document["source"]["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
