"""The groups list knows the established names of well-known groups (their acronyms, translations and common
transliterations), and a listed group named as the subject of a verb in a story from another country is that group."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.gazetteer import GroupRecord
from incidents.extraction.normalize import fold
from incidents.extraction.pipeline import extract
from incidents.services.groups_loading import read_groups_file

from .conftest import make_gazetteer
from .readers import group_names


@pytest.fixture(scope="module")
def listed() -> dict[str, str]:
    """Folded name or alias -> canonical name, as the extractor looks names up."""
    names: dict[str, str] = {}
    for entry in read_groups_file():
        for name in (entry.name, *entry.aliases):
            names.setdefault(fold(name), entry.name)
    return names


@pytest.mark.parametrize(
    ("written", "group"),
    [
        ("Jamaat Nusrat al-Islam wa al-Muslimeen", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("Group to Support Islam and Muslims", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("AQMI", "al-Qaeda in the Islamic Maghreb"),
        ("PIRA", "Provisional Irish Republican Army"),
        ("Islamic State in Iraq and Syria", "Islamic State"),
        ("IS Khorasan Province", "Islamic State Khorasan Province"),
        ("Harakat al-Shabaab", "al-Shabaab"),
        ("Shabwa Elite Forces", "Shabwani Elite Forces"),
        ("Belarusian KGB", "State Security Committee of Belarus"),
        ("GRU", "Main Directorate of the General Staff"),
        ("Ulster Volunteer Force", "Ulster Volunteer Force"),
        ("Foreign and Commonwealth Office", "Foreign, Commonwealth and Development Office"),
    ],
)
def test_an_established_name_of_a_well_known_group_is_listed(listed, written, group):
    assert listed.get(fold(written)) == group


def test_names_that_are_dates_or_other_bodies_are_not_aliases(listed):
    # "November 17" is a day before it is the Greek group; "Main Intelligence Directorate" is Ukraine's too.
    assert fold("November 17") not in listed
    assert fold("Main Intelligence Directorate") not in listed


@pytest.mark.parametrize(
    "sentence",
    [
        "Jaish-e-Mohammed later claimed the killing in a statement.",
        "A statement from Jaish-e-Mohammed said the policemen had been targeted.",
    ],
)
def test_a_listed_group_as_the_subject_of_a_verb_names_it_in_another_country(run, sentence):
    # Jaish-e-Mohammed is listed for Pakistan; the story is set in India and never names Pakistan.
    document = run(f"RAIPUR: Gunmen killed two policemen near Raipur on Sunday. {sentence}")
    assert "Jaish-e-Mohammed" in group_names(document)


def test_a_listed_groups_word_before_a_noun_is_still_an_epithet(run):
    document = run("RAIPUR: Gunmen killed two policemen near Raipur on Sunday. The area has a Maoist history.")
    assert "Communist Party of India (Maoist)" not in group_names(document)


def test_a_mixed_case_acronym_matches_as_written_or_in_capitals():
    # "LoF" is an acronym written in mixed case (not filed as case-sensitive) and some papers print it "LOF";
    # "Lof said" is a person's name. (Filed for India, where the story is set: a bare acronym of a group of a
    # country the story never names is dropped whatever its case.)
    gazetteer = make_gazetteer((GroupRecord(90, "League of Fighters", "armed_group", None, "IN", ("LoF",)),))
    text = (
        "RAIPUR: Gunmen killed two policemen near Raipur on Sunday, Lof said. LoF denied any part in it. "
        "On Tuesday LOF repeated the denial."
    )
    document = extract(text, ArticleMeta(published=dt.date(2025, 3, 11)), gazetteer)
    mentions = [m["text"] for g in document["groups"] if g["name"] == "League of Fighters" for m in g["mentions"]]
    assert mentions == ["LoF", "LOF"]
