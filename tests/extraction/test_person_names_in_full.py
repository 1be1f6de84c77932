"""Which names are persons, and their full names, in real news: an honorific after a given name is part of the
name; particles and a given name after "according to" are taken in; credits, hashtags, firms, places written before
their kind and page widgets (other stories' headlines, polls) name no person."""

from __future__ import annotations

from incidents.extraction.furniture import blank_furniture

from .readers import group_names


def person_names(document):
    return {p["name"] for p in document["persons"]}


def all_person_names(document):
    return {n for p in document["persons"] for n in (p["name"], *p.get("aliases", []))}


def test_an_honorific_after_a_given_name_is_part_of_the_name(run):
    document = run(
        "MAIDUGURI: Gunmen stormed a hotel in Maiduguri on Sunday and killed 14 people, according to the state "
        "health commissioner, Dauda Haji Kelmari. It was the worst attack since Yusuf Sheikh Borodan became governor."
    )
    names = person_names(document)
    assert "Dauda Haji Kelmari" in names
    assert "Yusuf Sheikh Borodan" in names
    assert not names & {"Kelmari", "Sheikh Borodan"}


def test_a_full_name_goes_by_its_honorific_too(run):
    document = run(
        "KABUL: A bomb killed six police officers at a checkpoint in Kabul on Monday. Taliban spokesman Qari Dorvan "
        "Ahmadzai claimed the attack in a message to reporters."
    )
    assert "Qari Dorvan Ahmadzai" in all_person_names(document)


def test_a_given_name_after_according_to_is_taken_in(run):
    document = run(
        "PESHAWAR: A bomb tore through a rally in Peshawar on Sunday. According to Imran Akbar Shah Wazirkhel, the "
        "caretaker minister, 50 people were injured."
    )
    assert "Imran Akbar Shah Wazirkhel" in person_names(document)


def test_lower_case_particles_between_given_name_and_surname_are_taken_in(run):
    document = run(
        "MAIDUGURI: Gunmen fired on an aid convoy near Maiduguri on Sunday. Responding to the ruling, the Chair of "
        "the Council of Churches Anna van der Zolt, said:“This was right.”"
    )
    assert "Anna van der Zolt" in person_names(document)


def test_particles_and_surname_after_a_given_name_are_taken_in(run):
    document = run(
        "MAIDUGURI: Gunmen fired on an aid convoy near Maiduguri on Sunday. The statement from Greta van der Pelt "
        "came on Monday."
    )
    assert "Greta van der Pelt" in person_names(document)


def test_a_photographers_credit_after_a_caption_is_no_person(run):
    document = run(
        "QUETTA: A gunman killed three people outside a mosque in Quetta on Sunday, police said.\n\n"
        "Mourners carry a coffin through the old city on Monday. Credit: Eitan Zwickler\n\n"
        "The gunman was shot dead by guards."
    )
    assert not any("Zwickler" in n for n in person_names(document))


def test_a_hashtag_opening_a_post_is_no_name(run):
    document = run(
        "MAIDUGURI: Gunmen killed nine people in a bar in Maiduguri on Sunday, police said.\n"
        "🔴#LoNuevo Disparan en un bar de Celaya, Guanajuato. Hay nueve muertos.\n"
        "The gunmen fled on motorbikes."
    )
    assert not any("Nuevo" in n or "Disparan" in n for n in person_names(document))


def test_a_firm_named_after_its_noun_is_no_person(run):
    document = run(
        "MAIDUGURI: Gunmen killed 11 road builders near Maiduguri on Sunday. The workers were employed by a "
        "state-owned contractor, Tarvo Karyadi, and were building a bridge."
    )
    assert not any("Karyadi" in n for n in person_names(document))


def test_a_name_written_before_its_kind_of_place_is_no_person_where_written_bare(run):
    document = run(
        "ZAHEDAN: A raid on a police post in Tarvo, Golestan-Baluchan province, left 11 dead on Thursday.\n\n"
        "Golestan-Baluchan, one of the poorest regions, has seen unrest."
    )
    assert not any("Baluchan" in n for n in person_names(document))


def test_an_office_acronym_and_a_province_acronym_leave_the_name_between_them(run):
    document = run(
        "PESHAWAR: A suicide bomber killed 40 people at a rally in Peshawar on Sunday. Inspector General of Police "
        "(IGP) Akhtar Dorvan Khan of Khyber Pakhtunkhwa (KP) said the bomber was a teenager."
    )
    assert "Akhtar Dorvan Khan" in person_names(document)
    assert "Khan of Khyber Pakhtunkhwa" not in group_names(document)


def test_a_dual_nationality_is_no_part_of_the_name(run):
    document = run(
        "MAIDUGURI: Gunmen killed five guests at a hotel in Maiduguri on Sunday.\n\nSomali-Danish Abdiwahid Mohamed "
        "Sheikh Dolan was among those killed."
    )
    assert "Abdiwahid Mohamed Sheikh Dolan" in person_names(document)


def test_other_stories_headlines_under_a_widget_heading_are_blanked():
    text = (
        "Gunmen killed nine police officers at a checkpoint.\n"
        "Most Read Stories\n"
        "- Jimmy Dorvale leads the Hawks to a thrilling win over the Rams\n"
        "- Analysis | Three thoughts on the Hawks' wild night\n"
        "The Taliban claimed the attack."
    )
    blanked = blank_furniture(text)
    assert "Dorvale" not in blanked and "Most Read" not in blanked
    assert "Gunmen killed nine" in blanked and "The Taliban claimed the attack." in blanked
    assert len(blanked) == len(text)


def test_headlines_before_an_advert_and_a_poll_are_blanked():
    text = (
        "Gunmen killed nine police officers at a checkpoint.\n\n"
        "Kelmar minister says a deal is possible in the border talks\n\n"
        "Tarik Dovran started a hunger strike outside the court\n\n"
        "- Sponsored Advert -\n\n"
        "Do you think Rutvik Gaikar would be a good captain for the Lions?\n\nYes\nNo\nCan't Say"
    )
    blanked = blank_furniture(text)
    assert "Dovran" not in blanked and "Gaikar" not in blanked
    assert "Gunmen killed nine police officers at a checkpoint." in blanked


def test_a_heading_alone_over_the_story_is_left():
    text = "Top\n\nDeath toll from market bombing rises to 36\n\nA bomb killed 36 people."
    assert blank_furniture(text) == text


def test_a_group_name_opened_by_jamaa_with_a_curly_apostrophe_is_no_person(run):
    document = run(
        "BAMAKO: Gunmen raided a police school in Bamako on Tuesday. The raid was claimed by the jihadist group "
        "Jama’a Dovrat ul-Islam wa al-Muslimin."
    )
    assert not any("Jama" in n for n in person_names(document))
