"""Sites as the places of events in real news: a state's mission, a shrine named after its saint, a site told a
sentence after a lead that names only the country."""

from __future__ import annotations

from .readers import place_names, place_of


def test_an_embassy_named_by_its_state_is_the_site_of_the_attack(run):
    document = run(
        "A suicide bomber drove a car into the Norwegian embassy in Kabul on Monday, killing two guards, police said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Norwegian embassy"


def test_an_embassy_that_speaks_is_no_place(run):
    document = run(
        "Gunmen killed three traders at a market in Quetta on Monday. The Norwegian embassy in Kabul said it "
        "was shocked, and a statement from the Danish embassy offered condolences."
    )
    assert not any("embassy" in name for name in place_names(document))


def test_an_embassy_is_a_place_when_an_attack_is_told_as_some_distance_from_it(run):
    document = run("A car bomb exploded on Monday about 100 yards from the Norwegian Embassy in Kabul, killing two.")
    assert "Norwegian Embassy" in place_names(document)


def test_an_embassy_whose_attache_speaks_is_no_place(run):
    document = run(
        "Gunmen killed three traders at a market in Quetta on Monday. Lena Varsk, the Danish Embassy in Kabul's "
        "press attache, said the toll would rise."
    )
    assert not any("Embassy" in name for name in place_names(document))


def test_the_site_a_passive_verb_says_was_attacked_is_the_place_of_the_event(run):
    document = run("The Norwegian consulate in Peshawar was attacked on Monday by gunmen who killed two guards.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Norwegian consulate"


def test_an_embassy_in_a_countrys_capital_is_the_site_of_the_attack(run):
    document = run(
        "A suicide bomber attacked the Norwegian Embassy in Afghanistan's capital Kabul on Monday, killing two guards."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Norwegian Embassy"


def test_a_site_told_after_a_lead_that_names_only_the_country_is_the_place(run):
    document = run(
        "Gunmen stormed a college in northern Nigeria on Monday, killing 12 students, officials said. "
        "Survivors said the shooting began at Kelvane Technical College before dawn."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Kelvane Technical College"


def test_a_site_described_by_an_adjective_is_still_the_site_of_the_event(run):
    document = run(
        "Gunmen killed nine hostages in Kabul on Monday, police said. Troops stormed the building after the "
        "gunmen seized guests in the besieged Starfield hotel."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Starfield"  # its alias keeps the word: "Starfield hotel"


def test_a_named_gymnasium_is_a_site(run):
    document = run("A grenade exploded during a mass inside the Halvane Gymnasium in Peshawar on Sunday, killing four.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Halvane Gymnasium"


def test_the_place_of_an_earlier_event_the_lead_dates_itself_by_is_not_its_place(run):
    document = run(
        "Troops stormed a hotel in Nigeria on Friday after gunmen seized guests, killing 18 people, a week "
        "after the rampage in Peshawar."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Nigeria"


def test_the_site_named_as_the_target_is_the_place_of_the_attack(run):
    document = run(
        "A car bomb killed 21 cadets in Pakistan on Thursday, officials said. It proved unsettling because the "
        "target, the Halvane Police Academy, is well guarded."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Halvane Police Academy"


def test_a_place_naming_an_earlier_event_after_to_is_that_events_place(run):
    document = run(
        "Gunmen stormed a hotel in Quetta, Pakistan, on Friday, killing 18 people. There was no sign of a link to "
        "the Peshawar attacks last month that left 130 people dead, police said."
    )
    places = sorted(place_of(document, incident) for incident in document["incidents"])
    assert "Peshawar" in places


def test_a_place_that_names_an_earlier_event_is_a_place_of_the_story(run):
    document = run(
        "The fifth anniversary of the Bama bombings is a time to honour the victims across Nigeria, the minister said."
    )
    assert "Bama" in place_names(document)


def test_an_unlisted_district_of_several_words_is_the_place_of_the_attack(run):
    document = run(
        "A suicide bomber detonated his explosives at a police post in Dar Vel Kimo district in Balochistan province "
        "on Thursday, killing four officers."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Dar Vel Kimo"


def test_an_unlisted_village_is_not_in_the_town_its_speakers_are_in(run):
    document = run(
        "Militants ambushed a patrol in Bajaur district on Wednesday, killing three soldiers. The attack happened "
        "at Tarvelo village near the Afghanistan border, officials from the headquarters near Peshawar said."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Tarvelo"


def test_a_site_only_a_title_case_headline_names_is_no_place(run):
    document = run(
        "Twelve Die in Bombing at Famous Quetta Market\n"
        "Twelve Die in Bombing at Famous Quetta Market\n"
        "A bomb exploded on Monday at the Halvane Bazaar in Quetta, killing 12 people, police said."
    )
    assert not any("Famous" in name for name in place_names(document))


def test_a_headline_site_the_story_only_writes_as_a_common_noun_is_no_place(run):
    document = run(
        "Raid on Police Station Leaves Nine Guards Dead\n\n"
        "Gunmen stormed a police station in Tarvelo on Friday night, killing nine guards, officials said."
    )
    assert "Police Station" not in place_names(document)
    [incident] = document["incidents"]
    assert place_of(document, incident) != "Police Station"


def test_a_headline_site_the_story_names_the_same_way_stays_a_place(run):
    document = run(
        "Blast at Orvane Shrine Kills Six\n\n"
        "A bomb went off on Friday at the Orvane shrine in Tarvelo, killing six worshippers, police said."
    )
    assert any("Orvane" in name for name in place_names(document))


def test_a_shrine_named_after_the_saint_it_holds_keeps_his_name_not_the_word_saint(run):
    document = run(
        "A suicide bomber struck inside Sufi saint Varsa Kel Qandar's shrine in Peshawar on Thursday, killing 12."
    )
    [site] = [p for p in document["locations"] if p["kind"] == "site"]
    assert site["name"].startswith("Varsa Kel Qandar")
    assert any("shrine" in alias for alias in site["aliases"])


def test_a_highway_named_after_its_two_towns_is_a_site_but_not_the_place_along_it(run):
    document = run(
        "A bomb hit a convoy on the Peshawar-Quetta highway in Bajaur district on Monday, killing four soldiers."
    )
    assert {"Peshawar-Quetta highway", "Peshawar", "Quetta"} <= place_names(document)  # the road and its towns
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Bājaur"
