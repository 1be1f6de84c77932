"""Person records in news (issue 12): titles, ranks and role nouns kept out of names; offices set off before or
after their holder; names after a noun for a person; lists after "identified as"; one person under a given name,
a surname or an alias; credits, bylines, vehicles and neighbourhoods are no persons."""

from __future__ import annotations


def person_names(document):
    return {p["name"] for p in document["persons"]}


def person(document, name):
    return next(p for p in document["persons"] if p["name"] == name)


# ----------------------------------------------------------------- titles and ranks


def test_an_office_with_no_name_after_it_is_no_person(run):
    document = run(
        "BANGKOK: Gunmen killed two rangers in Yala on Sunday despite Deputy Prime Minister and Interior Minister "
        "Somkiat Chaiwong's orders to tighten security."
    )
    names = person_names(document)
    assert "Prime Minister" not in names and "Prime" not in names
    assert "Somkiat Chaiwong" in names


def test_a_prime_minister_before_the_name_is_no_part_of_it(run):
    document = run("QUETTA: Gunmen killed two guards in Quetta on Sunday. Prime Minister Tarek Hamdan condemned it.")
    assert "Tarek Hamdan" in person_names(document)


def test_a_given_name_that_is_also_a_title_after_a_rank_is_the_name(run):
    document = run(
        "KATHMANDU: A bomb killed three people in Janakpur on Friday, while Police Inspector Amir Gurung was injured."
    )
    assert "Amir Gurung" in person_names(document)


def test_a_hyphenated_title_is_no_part_of_the_name(run):
    document = run(
        "MANILA: Twin blasts killed 20 people in Jolo on Sunday, police chief Director-General Ramon Dalisay said. "
        "Inspector-General Tomas Lacson visited the site."
    )
    names = person_names(document)
    assert {"Ramon Dalisay", "Tomas Lacson"} <= names


def test_a_role_noun_opening_the_sentence_is_no_part_of_the_name(run):
    document = run(
        "YANGON: An airstrike killed four villagers in Pale on Tuesday.\n\nVillager Hla Tun and her son hid under "
        "their bed.\n\nFarmer Kyaw Naing said his family escaped unharmed."
    )
    names = person_names(document)
    assert {"Hla Tun", "Kyaw Naing"} <= names
    assert not any(n.startswith(("Villager", "Farmer")) for n in names)


def test_a_lower_case_rank_before_a_name_titles_it(run):
    document = run(
        "SRINAGAR: Militants attacked a patrol in Sopore on Tuesday, injuring CRPF constable Ravi Sharma and four "
        "pedestrians."
    )
    assert "Ravi Sharma" in person_names(document)


def test_an_envoy_to_a_country_before_the_name(run):
    document = run(
        "ISLAMABAD: A bomb killed six people in Quetta on Monday. U.S. Ambassador to Pakistan Dale Morrow said in a "
        "statement that the embassy was in touch with the authorities."
    )
    assert "Dale Morrow" in person_names(document)


def test_a_one_word_name_after_a_title_goes_by_both_words(run):
    document = run(
        "BELFAST: A man was jailed on Monday for a bomb attack on a police officer in Belfast. Judge Harcourt said "
        "the loss of life was averted by chance."
    )
    assert "Judge Harcourt" in person(document, "Harcourt")["aliases"]


# ----------------------------------------------------------------- offices set off before or after the holder


def test_an_office_then_its_holder_between_commas_is_a_person(run):
    document = run(
        "ABUJA: Gunmen killed nine people in Bama on Sunday.\n\nFollowing the attack, the Governor of the North "
        "Region, Tamuno Ebi Alagoa, is said to have sent troops.\n\nThese were the words of the Italian Prime "
        "Minister, Lucio Ferraro Basile, ten days ago."
    )
    names = person_names(document)
    assert {"Tamuno Ebi Alagoa", "Lucio Ferraro Basile"} <= names
    assert "Tamuno Ebi Alagoa" not in {p["name"] for p in document["locations"]}


def test_a_name_set_off_before_what_the_person_is_then_speaking(run):
    document = run(
        "CAIRO: Gunmen killed 20 worshippers at a mosque in Arish on Friday.\n\nMarisol Quintero Vega, the governor "
        "of the state of Lombardy, said she would help.\n\nTarek Wassef, the embassy's press attache, said the toll "
        "would rise."
    )
    assert {"Marisol Quintero Vega", "Tarek Wassef"} <= person_names(document)


def test_a_body_set_off_before_what_it_is_is_no_person(run):
    document = run(
        "CAIRO: Gunmen killed 20 worshippers at a mosque in Arish on Friday.\n\nDesert Rights Watch, the monitoring "
        "group, said the toll would rise."
    )
    assert "Desert Rights Watch" not in person_names(document)


# ----------------------------------------------------------------- names after a noun for a person


def test_a_kin_noun_then_a_name_the_sentence_goes_on_after(run):
    document = run(
        'BAGHDAD: A car bomb killed 12 people in Baghdad on Wednesday.\n\n"My brother Tariq is badly hurt," he '
        "said. He helped his younger brother Samir in carrying out the attack, prosecutors said."
    )
    assert {"Tariq", "Samir"} <= person_names(document)


def test_a_name_after_a_noun_for_a_person_outranks_a_listed_village(run):
    document = run(
        "DHAKA: Two militants blew themselves up in a raid in Dhaka on Monday. Four people, including the owner of "
        "the house, Rahim and caretaker Bama, have been detained for questioning, police said."
    )
    assert "Bama" in person_names(document)


def test_identified_as_then_a_list_of_single_names(run):
    document = run(
        "DHAKA: Two men threw bombs at a police checkpoint in Dhaka on Tuesday. Police identified the two as "
        "'Rafiq', 30 and 'Munir', 32, but gave no other details."
    )
    assert {"Rafiq", "Munir"} <= person_names(document)


def test_identified_as_a_name_that_ends_the_sentence(run):
    document = run(
        "KADUNA: Bandits killed five people in Kaduna on Sunday, including one man identified as Tunde Ade Bello. "
        "The bandits fled with a trader."
    )
    names = person_names(document)
    assert "Tunde Ade Bello" in names
    assert not any("The" in n.split() for n in names)


def test_identified_as_a_name_then_a_place_is_no_list(run):
    document = run(
        "KADUNA: Bandits killed a man in Kaduna on Sunday. Police identified him as Musa Danjuma, Kaduna state, "
        "and said the attackers fled."
    )
    assert "Kaduna" not in person_names(document)


# ----------------------------------------------------------------- one person under several names


def test_a_given_name_alone_is_the_person_named_in_full(run):
    document = run(
        "KATHMANDU: A bomb killed three people at a house in Janakpur on Friday.\n\nThe bomb was planted at one "
        "Suresh Yadav's house in the town by unknown persons, police said.\n\nSuresh (42) and his son Milan Yadav "
        "(17) died on the spot."
    )
    names = person_names(document)
    assert "Suresh" not in names
    assert {"Suresh Yadav", "Milan Yadav"} <= names


def test_a_surname_then_used_the_alias_names_the_same_person(run):
    document = run(
        "ABUJA: A court jailed Ibrahim Yusuf for life on Friday for a church bombing in Madalla that killed 44.\n\n"
        "Yusuf, who used the alias Ibrahim Kontagora, was a senior commander of the group."
    )
    assert "Ibrahim Kontagora" in person(document, "Ibrahim Yusuf")["aliases"]
    assert "Ibrahim Kontagora" not in person_names(document)


def test_a_surname_before_a_place_word_is_the_place(run):
    document = run(
        "ABUJA: A court jailed Ibrahim Yusuf for life on Friday for a church bombing in Madalla that killed 44. The "
        "judge also found him guilty of plotting attacks in northern Yusuf state."
    )
    mentions = [m["text"] for m in person(document, "Ibrahim Yusuf")["mentions"]]
    assert mentions == ["Ibrahim Yusuf"]


# ----------------------------------------------------------------- no persons


def test_a_photo_credit_after_an_agency_and_a_slash_is_no_person(run):
    document = run(
        "MOGADISHU: A car bomb killed four people in Mogadishu on Sunday.\nA car burns near a restaurant in "
        "Mogadishu. REUTERS/Abdi Warsame\n\nThe militants claimed the attack."
    )
    assert "Abdi Warsame" not in person_names(document)


def test_a_writer_named_after_writes_is_no_person(run):
    document = run(
        "MADRID: A bomb killed 190 people in Madrid on Thursday. These were the words of the minister ten days ago, "
        "writes Declan Forde\nThey may return to haunt him."
    )
    assert "Declan Forde" not in person_names(document)


def test_a_byline_followed_by_its_date_line_is_no_person(run):
    document = run(
        "Two policemen injured in attack\n\nNadeem Qasim\n  • May 05 2020, 14:20 ist\n\nMilitants attacked a patrol "
        "in Sopore on Tuesday, injuring two policemen."
    )
    assert not any("Nadeem" in n for n in person_names(document))


def test_a_vehicle_named_after_the_vehicle_and_a_clause_is_no_person(run):
    document = run(
        "BELFAST: A bomb was found under a car in Belfast on Saturday. The car, and another vehicle involved in the "
        "attack, a Dacia Duster, were seen driving towards the border."
    )
    assert "Dacia Duster" not in person_names(document)


def test_a_name_after_neighbourhood_of_is_a_place(run):
    document = run(
        "BEIRUT: A bomb exploded near a university in the mainly Sunni neighbourhood of Bab Hadid on Sunday, "
        "causing damage, a security source said."
    )
    assert "Bab Hadid" not in person_names(document)


def test_names_before_a_plural_place_noun_are_places(run):
    document = run(
        "KADUNA: Armed bandits attacked Kurmin Dauda and Ungwan Kaje villages in Kaduna on Sunday and killed five "
        "persons, the commissioner said."
    )
    names = person_names(document)
    assert "Kurmin Dauda" not in names and "Ungwan Kaje" not in names
    assert {"Kurmin Dauda", "Ungwan Kaje"} <= {p["name"] for p in document["locations"]}


def test_a_name_once_shown_to_be_a_place_is_that_place_everywhere(run):
    document = run(
        "NAIROBI: Four engineers were killed when their vehicle hit a bomb on a road in neighbouring Kulan Bura "
        "on Monday.\n\nThey had left Garissa that morning, bound for Kulan Bura."
    )
    assert "Kulan Bura" not in person_names(document)


def test_a_surname_right_after_a_closing_quote_and_said_is_a_person(run):
    document = run(
        "ISTANBUL: Three attackers killed 36 people at the airport in Istanbul on Tuesday. “A terrorist first "
        "opened fire and then blew himself up,” Yurtdag said earlier in comments broadcast by the channel."
    )
    assert "Yurtdag" in person_names(document)


def test_a_country_right_after_a_closing_quote_and_said_is_no_person(run):
    document = run(
        "KABUL: A bomb killed 12 people in Kabul on Tuesday. “We condemn this cowardly attack,” Pakistan said in a "
        "statement."
    )
    assert "Pakistan" not in person_names(document)
