"""Unlisted places the words name: a town the gazetteer lacks, told by its container, its kind word or its position."""

from __future__ import annotations

from spacy.tokens import Span

from incidents.extraction.nlp import parse, split_sentences
from incidents.extraction.place_mentions import event_place_mentions

from .readers import place_names, place_of


def _places_when_read_as_an_organisation(text: str, name: str) -> list[str]:
    """Unlisted event places of `text` when the parser's NER takes the lone `name` for an organisation, as
    spaCy's small model often does with an unknown name after "in" in real reports."""
    doc = parse(text)
    start = text.index(name)
    token = doc.char_span(start, start + len(name))
    doc.ents = [e for e in doc.ents if e.end <= token.start or e.start >= token.end] + [
        Span(doc, token.start, token.end, label="ORG")
    ]
    return [m.text for m in event_place_mentions(doc, split_sentences(doc))]


def _kinds_when_read_as_an_organisation(text: str, name: str) -> dict[str, str]:
    """The kinds of the unlisted event places of `text`, `name` tagged an organisation as above."""
    doc = parse(text)
    start = text.index(name)
    token = doc.char_span(start, start + len(name))
    doc.ents = [e for e in doc.ents if e.end <= token.start or e.start >= token.end] + [
        Span(doc, token.start, token.end, label="ORG")
    ]
    return {m.text: m.kind for m in event_place_mentions(doc, split_sentences(doc))}


def test_an_unknown_name_followed_by_its_town_is_a_place_even_when_read_as_an_organisation():
    text = "Gunmen ambushed a police convoy in Tarkanu, Peshawar, killing four officers on Sunday."
    assert "Tarkanu" in _places_when_read_as_an_organisation(text, "Tarkanu")


def test_an_unknown_name_with_a_bearing_and_a_country_after_it_is_a_place():
    text = "Eleven soldiers were killed in an attack on an army post in Gormanu, western Pakistan, on Sunday."
    assert "Gormanu" in _places_when_read_as_an_organisation(text, "Gormanu")


def test_an_unknown_name_opening_an_event_sentence_after_in_is_a_place():
    text = "In Gormanu, a roadside bomb killed two soldiers and wounded four others."
    assert "Gormanu" in _places_when_read_as_an_organisation(text, "Gormanu")


def test_an_organisation_after_in_with_no_place_words_around_it_stays_out():
    text = "Two officers were killed in Tarkanu attacks on Sunday, police said."
    assert "Tarkanu" not in _places_when_read_as_an_organisation(text, "Tarkanu")


def test_an_unknown_name_at_which_an_event_happened_is_a_site_even_when_read_as_an_organisation():
    text = "A second grenade exploded at Varuntu on Tuesday evening, wounding four passers-by."
    assert _kinds_when_read_as_an_organisation(text, "Varuntu").get("Varuntu") == "site"


def test_a_district_of_a_town_written_with_the_possessive_is_a_place(run):
    document = run("Militants attacked a checkpoint in Peshawar's Sarband district on Monday, killing two policemen.")
    assert place_of(document, document["incidents"][0]) == "Sarband"


def test_a_two_word_name_after_the_town_of_is_one_place(run):
    document = run("PESHAWAR: Gang members opened fire in the town of Pont Marel and later set houses on fire.")
    assert "Pont Marel" in place_names(document)


def test_a_name_after_in_followed_by_a_title_is_not_a_place(run):
    document = run("PESHAWAR: A bomb killed two people in Peshawar on Sunday, said Tarkanu, a police spokesman.")
    assert "Tarkanu" not in place_names(document)


def test_a_name_after_a_towns_bearing_district_of_is_a_place(run):
    document = run(
        "PESHAWAR: Security forces shot dead a suspect trying to enter a check-post with explosives in Peshawar's "
        "southeastern district of Gulbahar."
    )
    assert "Gulbahar" in place_names(document)


def test_a_one_word_district_the_gazetteer_lacks_after_in_is_a_place(run):
    document = run("QUETTA: A drone hit an army post in Sarband district, south of Quetta, killing two soldiers.")
    assert "Sarband" in place_names(document)


def test_a_spelling_variant_of_a_listed_place_is_the_same_place(run):
    document = run(
        "QUETTA: A bomb killed two people in Quetta on Sunday. A second device was defused in Qoetta district "
        "on Monday, police said."
    )
    assert "Qoetta" not in place_names(document)
    quetta = next(place for place in document["locations"] if place["name"] == "Quetta")
    assert "Qoetta" in [mention["text"] for mention in quetta["mentions"]]


def test_a_quarter_of_the_town_named_in_the_next_event_sentence_is_the_place(run):
    document = run(
        "PESHAWAR: Police shot dead a suspected militant in Peshawar on Sunday. The man was shot dead at a "
        "check-post in Peshawar's eastern district of Gulbahar, police said."
    )
    assert place_of(document, document["incidents"][0]) == "Gulbahar"


def test_an_unknown_name_with_a_distance_after_it_is_a_place():
    text = "Three policemen were killed in a gun battle in Tarkanu, a few kilometres from the border, on Friday."
    assert "Tarkanu" in _places_when_read_as_an_organisation(text, "Tarkanu")


def test_a_named_arena_is_a_site_not_its_town(run):
    document = run("PESHAWAR: A suicide bomber killed 22 people at Peshawar Arena after a concert on Monday.")
    assert "Peshawar Arena" in place_names(document)


def test_a_school_named_with_a_lowercase_grade_word_is_a_site_in_its_town(run):
    document = run("PESHAWAR: A gunman shot dead two students at the Gulbahar high school in Peshawar on Monday.")
    site = next(place for place in document["locations"] if "Gulbahar high school" in place["aliases"])
    assert site["kind"] == "site"
    assert place_of(document, document["incidents"][0]) == site["name"]


def test_an_unlisted_place_in_another_unlisted_place_hangs_under_it(run):
    document = run(
        "PESHAWAR: Militants ambushed a convoy on the Peshawar road at Tarkanu in Gormanu on Sunday, killing six "
        "officers."
    )
    places = {place["name"]: place for place in document["locations"]}
    keys = {place["key"]: place["name"] for place in document["locations"]}
    assert keys[places["Tarkanu"]["parent"]] == "Gormanu"


def test_an_unknown_name_on_whose_outskirts_an_event_happened_is_a_place(run):
    document = run(
        "PESHAWAR: Rebels overran an army outpost on the outskirts of Tarmelo on Friday, killing six soldiers."
    )
    assert "Tarmelo" in place_names(document)


def test_gunmen_firing_at_people_make_a_sentence_that_places_its_event(run):
    document = run("PESHAWAR: Farm hands were loading crates in Velnari when gunmen arrived and fired at them.")
    assert "Velnari" in place_names(document)


def test_the_sector_of_a_district_is_the_more_specific_place_of_the_event(run):
    document = run(
        "PESHAWAR: Soldiers shot dead two militants in the Dornavi sector of Bajaur district on Sunday, the army said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Dornavi"


def test_a_villager_names_his_village(run):
    document = run(
        "PESHAWAR: A Tarvel Kot villager was killed when gunmen opened fire on a bus on Sunday, police said."
    )
    assert "Tarvel Kot" in place_names(document)
    assert "Tarvel Kot" not in {p["name"] for p in document["persons"]}


def test_one_resident_does_not_make_one_a_place(run):
    document = run(
        "PESHAWAR: Gunmen killed two people in Peshawar on Sunday. One Marden resident said shops were shut."
    )
    assert "Marden" in place_names(document)
    assert not any(name.startswith("One") for name in place_names(document))


def test_muslim_residents_are_not_a_place(run):
    document = run("PESHAWAR: A bomb killed four Muslim residents of Peshawar on Sunday, police said.")
    assert "Muslim" not in place_names(document)


def test_a_named_region_the_gazetteer_lacks_is_a_place(run):
    document = run(
        "RAIPUR: Six rebels were killed in a gunfight in the Tolmarh region of Chhattisgarh's Bijapur district."
    )
    assert place_of(document, document["incidents"][0]) == "Tolmarh"


def test_a_language_community_region_is_not_a_place(run):
    document = run("QUETTA: Gunmen killed three teachers in Quetta on Monday. The Francophone region has been calm.")
    assert not any("Francophone" in name for name in place_names(document))


def test_a_village_name_with_a_spanish_particle_is_one_place(run):
    document = run("PESHAWAR: Gunmen attacked the village of Santa Rosa del Monte on Sunday, killing three farmers.")
    assert "Santa Rosa del Monte" in place_names(document)


def test_a_town_after_an_unlisted_region_in_the_lead_is_the_more_specific_place(run):
    document = run(
        "PESHAWAR: Militants attacked an army base in the Tolmarh region before dawn on Monday, killing two men.\n\n"
        "The assault on the base on the outskirts of Gormanu, a farming town on the river, began with a car bomb."
    )
    assert place_of(document, document["incidents"][0]) == "Gormanu"


def test_a_faith_before_a_place_of_worship_is_not_the_name_of_a_site(run):
    document = run(
        "QUETTA: Six worshippers died on Friday when a suicide bomber struck outside a Shi’ite mosque in Quetta. "
        "A Roman Catholic church in Peshawar was closed after the attack."
    )
    assert place_of(document, document["incidents"][0]) == "Quetta"
    assert not {"Shi’ite", "Roman Catholic"} & place_names(document)


def test_a_name_near_which_an_event_happened_then_its_province_is_a_place_even_when_read_as_an_organisation():
    text = "The ambush had taken place near Gormanu, in Bajaur province, a security source said."
    assert "Gormanu" in _places_when_read_as_an_organisation(text, "Gormanu")


def test_a_village_called_x_is_a_place_in_a_sentence_of_its_own(run):
    document = run(
        "PESHAWAR: Militants killed four soldiers near the border on Monday, officials said. The attack took place "
        "in a\nvillage called Tarkanu Kot, the sources said."
    )
    assert "Tarkanu Kot" in place_names(document)


def test_a_department_or_section_written_lower_case_is_a_place(run):
    document = run(
        "QUETTA: Gunmen attacked the army post of the Koutra department in Balochistan on Monday, killing two "
        "soldiers. A suspect was arrested in the Varel section of Quetta."
    )
    assert {"Koutra", "Varel"} <= place_names(document)


def test_the_state_department_is_not_a_place(run):
    document = run("QUETTA: Gunmen killed two soldiers in Quetta on Monday, the State Department said.")
    assert "State" not in place_names(document)


def test_a_name_of_several_words_where_an_event_happened_is_one_place(run):
    document = run(
        "PESHAWAR: Policemen were on patrol near Tor Baka Khel when gunmen on a motorbike shot two of them dead."
    )
    assert "Tor Baka Khel" in place_names(document)
    assert place_of(document, document["incidents"][0]) == "Tor Baka Khel"


def test_a_name_of_several_words_before_its_town_is_a_place_even_when_read_as_an_organisation():
    text = "Gunmen in a car shot dead a soldier at Sedi Parona, Peshawar, on Sunday evening."
    doc = parse(text)
    start = text.index("Sedi Parona")
    span = doc.char_span(start, start + len("Sedi Parona"))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label="ORG")
    ]
    assert "Sedi Parona" in [m.text for m in event_place_mentions(doc, split_sentences(doc))]


def test_a_name_with_a_spanish_particle_and_a_dashed_apposition_is_a_place():
    text = "In Vista del Rio - a neighbourhood known for its night markets - a bomb killed five people on Sunday."
    doc = parse(text)
    assert "Vista del Rio" in [m.text for m in event_place_mentions(doc, split_sentences(doc))]


def test_a_person_shot_at_is_not_a_place():
    text = "Gunmen fired at Tom Varel, a guard at the gate, and killed him on Sunday."
    doc = parse(text)
    assert "Tom Varel" not in [m.text for m in event_place_mentions(doc, split_sentences(doc))]


def test_a_name_opening_an_event_sentence_after_at_is_a_place():
    text = "At Kazorovo, the attackers killed five civilians and burned two houses."
    doc = parse(text)
    assert "Kazorovo" in [m.text for m in event_place_mentions(doc, split_sentences(doc))]


def test_a_municipality_written_with_its_name_is_an_unlisted_place_known_by_both_forms(run):
    document = run(
        "PESHAWAR: A bomb planted at a house in Tarvosh Municipality exploded on Sunday, killing two people."
    )
    place = next(p for p in document["locations"] if p["name"] == "Tarvosh")
    assert "Tarvosh Municipality" in place["aliases"]


def test_a_village_named_after_its_township_replaces_it_as_the_event_place(run):
    document = run(
        "PESHAWAR: Two civilians were killed on Sunday in a bombing in Tarvo Township. "
        "A jet dropped two bombs on a school in Kelva village, killing the two civilians."
    )
    assert place_of(document, document["incidents"][0]) == "Kelva"


def test_an_unlisted_town_measured_from_a_city_is_in_the_province_the_sentence_names(run):
    document = run(
        "QUETTA: Gunmen raided a village in Khyber Pakhtunkhwa near the town of Dorvani, about 135 kilometres "
        "northeast of Quetta, killing one man."
    )
    town = next(p for p in document["locations"] if p["name"] == "Dorvani")
    parent = next(p["name"] for p in document["locations"] if p["key"] == town["parent"])
    assert parent == "Khyber Pakhtunkhwa"
