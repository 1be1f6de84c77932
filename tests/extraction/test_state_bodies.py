"""State bodies the corpus codes as groups: security officials, a state's or a town's government, the head of
government's office, a government named by a hyphenated adjective."""

from __future__ import annotations

from .readers import group_names


def test_security_officials_are_the_security_forces(run):
    document = run(
        "MAIDUGURI: Gunmen on motorbikes raided a cattle market near Bama on Sunday, and security officials said "
        "nine traders were missing."
    )
    assert "Nigerian security forces" in group_names(document)


def test_security_sources_stay_anonymous(run):
    document = run("MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday, security sources told reporters.")
    assert "Nigerian security forces" not in group_names(document)


def test_the_state_government_is_the_government_of_the_state_named(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama in Borno on Sunday, months after the herders signed a "
        "truce with the state government."
    )
    names = group_names(document)
    assert "Government of Borno" in names
    assert "Government of Nigeria" not in names


def test_the_city_authorities_are_the_towns_own(run):
    document = run(
        "PESHAWAR: A grenade struck a bus depot in Peshawar on Sunday. The city authorities said two clerks were hurt."
    )
    assert "Peshawar city authorities" in group_names(document)


def test_the_authorities_of_a_named_state_are_its_government_and_the_state_stays_a_place(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday. The authorities in Borno state said they "
        "were searching the bush for the traders."
    )
    assert "Government of Borno" in group_names(document)
    assert any(loc["name"] == "Borno" for loc in document["locations"])


def test_the_prime_ministers_office_speaks_for_the_government(run):
    document = run(
        "PESHAWAR: A grenade struck a bus depot near Khar on Sunday, wounding six clerks, according to the Prime "
        "Minister's Office."
    )
    assert "Government of Pakistan" in group_names(document)


def test_the_presidency_speaks_for_the_government_but_a_term_in_office_does_not(run):
    spoken = run("MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday, the presidency said in a statement.")
    assert "Government of Nigeria" in group_names(spoken)
    term = run("MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday, the worst raid of the presidency.")
    assert "Government of Nigeria" not in group_names(term)


def test_a_government_named_by_a_hyphenated_adjective_is_the_story_countrys(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday, in a revolt against the English-speaking "
        "government that began years ago."
    )
    assert "Government of Nigeria" in group_names(document)


def test_security_officials_speaking_anonymously_are_sources(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday, two security officials said on condition "
        "of anonymity."
    )
    assert "Nigerian security forces" not in group_names(document)


def test_a_government_spokesman_or_government_sources_speak_for_the_story_countrys_government(run):
    spokesman = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday, a government spokesman told reporters."
    )
    assert "Government of Nigeria" in group_names(spokesman)
    sources = run("MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday, according to government sources.")
    assert "Government of Nigeria" in group_names(sources)


def test_government_officials_or_a_government_official_are_no_body_of_the_story(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday. Two government officials and a government "
        "official's driver were among the traders missing."
    )
    assert not any(g["kind"] == "government" for g in document["groups"])


def test_another_countrys_officials_speak_for_its_government(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday. Italian officials said two of the missing "
        "traders were their citizens."
    )
    assert any(g["kind"] == "government" and g.get("country") == "IT" for g in document["groups"])


def test_the_story_countrys_own_officials_are_its_sources_not_its_government(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday, Nigerian officials said, and nine traders "
        "were missing."
    )
    assert not any(g["kind"] == "government" for g in document["groups"])


def test_a_two_word_demonym_is_read_whole_before_officials(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday. South African officials told reporters two of "
        "the missing traders were their citizens, and Papua New Guinean officials said one more was."
    )
    countries = {g.get("country") for g in document["groups"] if g["kind"] == "government"}
    assert "ZA" in countries
    assert "GN" not in countries  # "Guinean" is only the end of "Papua New Guinean"


def test_a_sub_national_government_spokesman_is_not_the_nations(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday, a local government spokesman told reporters, "
        "and the provincial government spokeswoman confirmed that nine traders were missing."
    )
    assert "Government of Nigeria" not in group_names(document)


def test_a_former_spokesman_or_former_officials_speak_for_no_government(run):
    spokesman = run("MAIDUGURI: Gunmen shot dead an ex-government spokesman outside his home in Bama on Sunday.")
    assert "Government of Nigeria" not in group_names(spokesman)
    officials = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday. Former British officials warned that such "
        "raids would spread."
    )
    assert not any(g["kind"] == "government" for g in officials["groups"])


def test_officials_who_are_victims_or_visitors_speak_for_no_government(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday. Three Japanese officials were among the "
        "injured, and a convoy carrying Canadian officials came under fire. On Monday a team of Spanish officials "
        "toured the burnt stalls, police said."
    )
    assert not any(g["kind"] == "government" for g in document["groups"])


def test_officials_in_a_clause_another_speaker_reports_speak_for_no_government(run):
    document = run(
        "MAIDUGURI: Gunmen fired on the airstrip at Bama on Sunday soon after a helicopter with Dutch officials "
        "touched down, witnesses said."
    )
    assert not any(g["kind"] == "government" for g in document["groups"])


def test_a_spokesman_named_between_commas_still_speaks(run):
    document = run(
        "MAIDUGURI: Gunmen raided a cattle market near Bama on Sunday. The government spokesman, Musa Bello, said "
        "nine traders were missing."
    )
    assert "Government of Nigeria" in group_names(document)
