"""Who of the persons named in an event's lines is a party to it (issue: persons of matched incidents). The harmed,
the doers and the accused are; officials who speak of the event, count its dead or send help are not, however the
office is written ('Attorney-General X', 'Security Advisor (NSA) X', 'the Governor of the Eastern Region, X')."""

from __future__ import annotations


def linked(document) -> set[str]:
    names = {p["key"]: p["name"] for p in document["persons"]}
    return {names[r["person"]] for incident in document["incidents"] for r in incident["persons"]}


def test_an_office_written_with_a_hyphen_is_still_an_office(run):
    document = run(
        "QUETTA: A bomb killed four policemen outside a police station in Quetta on Monday. A young suspect was "
        "detained near the station. Attorney-General Rashid Tareen Mengal promised that the suspect would face "
        "murder charges."
    )
    assert "Rashid Tareen Mengal" not in linked(document)


def test_a_hyphenated_title_after_according_to_marks_a_source(run):
    document = run(
        "QUETTA: A bomb killed four policemen outside a police station in Quetta on Monday. A young suspect was "
        "detained near the station. According to Inspector-General Rashid Tareen Mengal, the suspect will face "
        "murder charges."
    )
    assert "Rashid Tareen Mengal" not in linked(document)


def test_a_general_who_flies_to_the_scene_is_no_attacker_for_a_far_word_about_suspects(run):
    document = run(
        "MAIDUGURI: Gunmen on motorcycles killed seven traders at a market in Bama on Tuesday. General Musa Adamu "
        "Kolo flew to the market on Wednesday morning with his staff, where officials promised the traders that a "
        "search had begun for the suspects."
    )
    assert "Musa Adamu Kolo" not in linked(document)


def test_a_name_after_said_that_is_no_speaker(run):
    document = run("PESHAWAR: Police said that gunmen shot Imran Gul Wazir dead at a checkpoint in Peshawar on Monday.")
    assert "Imran Gul Wazir" in linked(document)


def test_an_office_followed_by_its_acronym_is_still_an_office(run):
    document = run(
        "QUETTA: A suicide bomber killed twelve soldiers at a checkpoint near Quetta on Monday. National Security "
        "Advisor (NSA) Karim Dost Jogezai is following the situation closely, sources said."
    )
    assert "Karim Dost Jogezai" not in linked(document)


def test_officials_sent_to_the_scene_are_no_attackers_because_the_line_ends_on_the_suspects(run):
    document = run(
        "MAIDUGURI: Gunmen on motorcycles killed seven traders at a market in Bama on Tuesday. Afterwards the "
        "Governor of the Eastern Region, Musa Adamu Kolo, sent his deputy to the scene, where officials promised "
        "that a search had begun for the suspects."
    )
    assert "Musa Adamu Kolo" not in linked(document)


def test_a_role_set_off_after_a_name_then_among_the_dead_makes_a_victim_not_a_source(run):
    document = run(
        "PESHAWAR: Gunmen killed three policemen at a checkpoint in Peshawar on Sunday. Tariq Zaman Afridi, the "
        "officer leading the post, was among the dead."
    )
    assert "Tariq Zaman Afridi" in linked(document)


def test_a_leader_who_claims_the_killing_is_a_party(run):
    document = run(
        "MAIDUGURI: Gunmen burned homes and killed 40 villagers in Bama on Thursday. Ali Kawu Modu, leader of the "
        "local gang, took responsibility for the raid in a video."
    )
    assert "Ali Kawu Modu" in linked(document)


def test_a_name_in_what_was_said_is_not_the_speaker(run):
    document = run(
        "ABUJA: A court in Maiduguri jailed a man for life on Friday over a bombing that killed 20 worshippers at a "
        "church in Bama in 2014. The court said prosecutors had shown that Bukar Lawan Gana helped plan the "
        "bombing. The judge said Gana showed no regret."
    )
    assert "Bukar Lawan Gana" in linked(document)


def test_a_relative_who_posts_the_news_after_an_aside_is_no_victim_of_the_deaths_he_tells(run):
    document = run(
        "QUETTA: Gunmen killed nine worshippers at a mosque in Quetta on Friday. Farid Ullah Kakar, one of the "
        "imam's cousins, posted on his page that his uncle and two neighbours were dead."
    )
    assert "Farid Ullah Kakar" not in linked(document)


def test_a_council_member_giving_a_higher_toll_is_no_party(run):
    document = run(
        "PESHAWAR: Militants attacked two army posts near Peshawar late Monday, killing six soldiers. Gul Rehman "
        "Afridi, a district council member in Peshawar, gave a considerably higher casualty toll."
    )
    assert "Gul Rehman Afridi" not in linked(document)
