"""Names in real news: credits, outlets, offices and titles are not actors; a quoted nickname is an alias."""

from __future__ import annotations

from .readers import group_names


def person_names(document):
    return {p["name"] for p in document["persons"]}


def test_a_photo_credit_names_no_person(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday, police said.\n\n"
        "Farid Khanzada / Reuters\n\nThe wounded were taken to the civil hospital."
    )
    assert not any("Khanzada" in name for name in person_names(document))


def test_an_embedded_posts_author_is_no_person(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday, police said.\n\n"
        "Smoke rising over the market — Tariq Mengal (@tmengal) March 3, 2024\n\nThe wounded were taken to hospital."
    )
    assert not any("Mengal" in name for name in person_names(document))


def test_a_name_ending_with_road_is_an_address(run):
    document = run("QUETTA: A car bomb exploded on Sardar Bahadur Road in Quetta on Sunday, killing four people.")
    assert not any("Road" in name for name in person_names(document) | set(group_names(document)))


def test_a_news_agency_quoted_as_source_is_no_group(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday, the Zarghun news agency reported. The "
        "local Sulaiman News Agency (SNA) also reported the blast, and the Afghan news outlet Khorasan Daily said "
        "ten died."
    )
    names = group_names(document)
    assert not any(n in names for n in ("Zarghun", "Sulaiman News Agency", "SNA", "Afghan"))


def test_an_office_defined_by_its_acronym_is_no_group(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday. Deputy Inspector General (DIG) Abdul "
        "Razzaq Cheema said the National Security Adviser (NSA) had been told."
    )
    names = group_names(document)
    assert not any("Inspector General" in n or "Security Adviser" in n for n in names)


def test_a_broadcaster_is_no_person(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday, the minister said in comments broadcast "
        "by KTV Balochi."
    )
    assert "KTV Balochi" not in person_names(document)


def test_the_body_before_a_persons_name_is_not_part_of_it(run):
    document = run(
        "QUETTA: A bomb killed nine lawyers in Quetta on Sunday. The former president of Quetta Bar Association "
        "Gul Hassan Mandokhail was wounded."
    )
    assert "Gul Hassan Mandokhail" in person_names(document)


def test_the_field_of_a_ministers_office_is_not_part_of_the_name(run):
    document = run(
        "PARIS: A man stabbed a teacher to death at a school in Paris on Friday. The president and Minister of "
        "Education Claire Dubois-Martin travelled to the school."
    )
    names = person_names(document)
    assert "Claire Dubois-Martin" in names
    assert not any(name.startswith("Education") for name in names)


def test_an_abbreviated_lawmakers_title_is_not_part_of_the_name(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday. On Monday US Rep. Daniel Hargrove "
        "condemned the attack."
    )
    assert "Daniel Hargrove" in person_names(document)


def test_a_quoted_nickname_inside_a_name_is_an_alias(run):
    document = run(
        "QUETTA: Police arrested Abdul “Tiger” Rahim Baloch, the leader of a kidnapping gang, in Quetta on Sunday."
    )
    person = next(p for p in document["persons"] if "Baloch" in p["name"])
    assert person["name"] == "Abdul Rahim Baloch"
    assert "Tiger" in person["aliases"]


def test_a_chancellors_and_a_spokespersons_names_are_found_without_their_titles(run):
    document = run(
        "BERLIN: A man stabbed three people at a station in Berlin on Sunday. Chancellor Henrike Vollmer wrote "
        "that she was shocked, and police spokesperson Jonas Brettschneider said the attacker was arrested. Police "
        "spokesperson Sr. Comr. Ulrike Saalfeld said two more men were held."
    )
    names = person_names(document)
    assert {"Henrike Vollmer", "Jonas Brettschneider"} <= names
    assert not any(len(name) <= 3 for name in names)


def test_a_one_word_name_after_a_role_and_its_complement_is_a_person(run):
    document = run(
        "QUETTA: Police detained four people after a blast at a house in Quetta on Sunday, including the owner of "
        "the house, Dostain and caretaker Sabzal, officials said."
    )
    assert {"Dostain", "Sabzal"} <= person_names(document)


def test_a_lower_case_adjective_before_a_bodys_name_is_not_part_of_it(run):
    document = run(
        "MOSCOW: Gunmen killed 40 people at a concert hall near Moscow on Friday, the national Investigative "
        "Committee said."
    )
    names = group_names(document)
    assert "Investigative Committee" in names
    assert not any(name.startswith("national") for name in names)


def test_a_desk_defined_by_its_acronym_is_no_group(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday, the army's Public Information Office "
        "(PIO) said. The PIO gave no names."
    )
    names = group_names(document)
    assert not any("Information Office" in n or n == "PIO" for n in names)


def test_a_police_station_named_after_its_town_is_no_group(run):
    document = run("QUETTA: Militants attacked the Kandi Police Station near Quetta on Sunday, killing two people.")
    assert "Kandi Police Station" not in group_names(document)


def test_the_owner_of_a_media_outlet_is_not_its_name():
    from incidents.extraction.group_mentions import media_outlet_mentions

    found = media_outlet_mentions(
        "A video of the attackers appeared two days later on the Eastern Front's media outlet.", lambda start: 0
    )
    assert found == []
