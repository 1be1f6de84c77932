"""Places named in a list: the parser's conjuncts of a place are places; sites kept under their own division;
Somali long vowels written once."""

from __future__ import annotations

from incidents.services.gazetteer_loading import transliteration_variants

from .readers import place_names, place_of


def test_unlisted_villages_listed_after_a_plural_place_word_are_all_places(run):
    doc = run("More bodies were found in the villages of Torvanu, Dellakam and Sirrabo in Borno on Monday.")
    assert {"Torvanu", "Dellakam", "Sirrabo"} <= place_names(doc)


def test_an_unlisted_name_conjoined_with_a_listed_town_is_a_place(run):
    doc = run("The police truck hit a roadside bomb between Kelvadu and Bama on Tuesday, killing three officers.")
    assert "Kelvadu" in place_names(doc)


def test_names_in_a_list_without_any_place_stay_out(run):
    doc = run("Police said the attack was planned by Harlo Benn and Dovic Tarran, who were arrested in Quetta.")
    assert not {"Harlo Benn", "Dovic Tarran", "Tarran"} & place_names(doc)


def test_a_plural_event_noun_lets_the_raids_place_be_read(run):
    doc = run("The raids occurred at Velmonte and Quetta overnight, the army said.")
    assert "Velmonte" in place_names(doc)


def test_a_site_placed_in_its_province_is_the_event_place_of_a_town_incident(run):
    doc = run(
        "Gunmen shot dead six street sweepers in a suburb of Peshawar on Monday. "
        "Police said the attackers opened fire on the workers in Tarvo suburb, Khyber Pakhtunkhwa province."
    )
    assert place_of(doc, doc["incidents"][0]) == "Tarvo"


def test_somali_doubled_vowels_are_also_written_once():
    assert "Lower Shabelle" in transliteration_variants("Lower Shabeelle", "SO")
    assert "Baraawe" not in transliteration_variants("Baraawe", "SO")
    assert transliteration_variants("Haarlem", "NL") == []


def test_unlisted_villages_are_not_hung_under_a_wide_division_abroad(run):
    doc = run(
        "Gunmen killed six soldiers in Borno state, Nigeria, on Sunday. "
        "The raids hit the villages of Kelvadu and Tarmosa in Lombardy."
    )
    # (the story's country, not the Italian region the sentence also names)
    village = next(p for p in doc["locations"] if p["name"] == "Kelvadu")
    assert village["country"] == "NG"
