"""Incident places: which of the article's places an incident happened in."""

from __future__ import annotations

from .readers import (
    location_name,
    place_names,
    place_of,
)


def test_the_town_a_village_of_is_named_is_the_place(run):
    document = run(
        "RAIPUR: Maoists killed three soldiers in a remote village of Raipur town in Chhattisgarh state on Sunday."
    )
    [incident] = document["incidents"]
    assert location_name(document, incident) == "Raipur"


def test_a_bearing_from_the_city_of_x_does_not_place_the_event_in_x(run):
    document = run(
        "QUETTA: Gunmen killed three soldiers at a checkpoint in the Khar valley, east of the city of Quetta, "
        "on Sunday."
    )
    [incident] = document["incidents"]
    assert location_name(document, incident) != "Quetta"


def test_the_same_district_is_the_place_of_the_main_event(run):
    document = run(
        "PESHAWAR: A bomb killed two policemen in Khar on Sunday. Police blamed the TTP. It was the deadliest "
        "attack in months. In March 2021, a suicide bomber killed 21 people at a school in the same district."
    )
    incident = next(i for i in document["incidents"] if i["date"] == "2021-03")
    assert place_of(document, incident) == "Khar"


def test_a_hospital_where_the_wounded_are_is_not_the_place_of_the_attack(run):
    document = run(
        "PESHAWAR: A bomb killed four people in Khar on Sunday. Thirty people were hurt, according to doctors at "
        "Lady Reading Hospital."
    )
    assert place_of(document, document["incidents"][0]) == "Khar"


def test_an_unlisted_village_in_an_event_sentence_is_the_place_of_a_historical_incident(run):
    document = run(
        "MAIDUGURI: Gunmen stormed a settlement near Bama on Sunday, killing 14 villagers. It was the deadliest "
        "attack in Borno since May 2019, when gunmen killed 40 farmers in Kalakura."
    )
    places = {place["key"]: place for place in document["locations"]}
    historic = document["incidents"][1]
    assert historic["date"] == "2019-05"
    assert places[historic["location"]]["name"] == "Kalakura"
    assert places[historic["location"]]["kind"] == "city"
    assert "Kalakura" not in [p["name"] for p in document["persons"]]


def test_a_when_clause_places_its_historical_incident_in_its_own_village(run):
    document = run(
        "MAIDUGURI: Gunmen killed two farmers near Bama on Sunday. Borno drew attention in April 2014, when "
        "gunmen abducted 276 schoolgirls from a school in Chibok."
    )
    located = {p["key"]: p["name"] for p in document["locations"]}
    historical = [i for i in document["incidents"] if i["date"] == "2014-04"]
    assert historical and located.get(historical[0]["location"]) == "Chibok"


def test_a_site_named_in_the_next_sentence_inside_the_town_is_the_place(run):
    document = run(
        "PESHAWAR: A car bomb killed five people in Peshawar city on Monday. The car exploded at the Zarghun "
        "roundabout as shoppers crowded the road, police said."
    )
    incident = document["incidents"][0]
    places = {place["key"]: place for place in document["locations"]}
    site = places[incident["location"]]
    assert site["name"] == "Zarghun roundabout"
    assert places[site["parent"]]["name"] == "Peshawar"


def test_a_site_of_the_aftermath_is_not_the_place_of_the_event(run):
    document = run(
        "PESHAWAR: A car bomb killed five people in Peshawar city on Monday. Mourners later gathered at the "
        "Zarghun mosque to pray."
    )
    assert place_of(document, document["incidents"][0]) == "Peshawar"


def test_the_towns_a_highway_joins_are_not_the_place_of_an_attack_on_it(run):
    document = run(
        "ISLAMABAD: Militants ambushed a police convoy on the Peshawar-Quetta highway at Khar on Sunday, "
        "killing six officers."
    )
    assert place_of(document, document["incidents"][0]) == "Khar"


def test_a_country_named_only_as_an_owner_in_the_lead_gives_way_to_the_place_named_next(run):
    document = run(
        "One soldier was killed in a clash with border guards on Tuesday, sources said, the latest violence between "
        "Afghanistan's neighbours. The shooting broke out on the outskirts of Peshawar, they said."
    )
    [incident] = document["incidents"]
    assert location_name(document, incident) == "Peshawar"


def test_a_candidate_is_read_with_its_name_hidden_behind_a_marker_and_its_features_as_words():
    from incidents.extraction.place_candidates import candidate_text

    sentence = "A bomb killed 12 people in Khar on Sunday."
    start = sentence.index("Khar")
    text = candidate_text(sentence, start, start + 4, {"kind": "city", "sentence": 0, "chosen": True})
    assert "khar" not in text
    assert text.startswith("a bomb killed 0 people in placex on sunday.")
    assert text.endswith("kind_city sentence_0 chosen_yes")


def _recorded_candidates(run, monkeypatch, text):
    from incidents.extraction import incidents as incidents_module
    from incidents.extraction import place_candidates

    recorded = []
    original = incidents_module.incident_location

    def recording(incident, facts, dateline_place, earlier, claimed):
        original(incident, facts, dateline_place, earlier, claimed)
        recorded.append(place_candidates.candidates(incident, facts, dateline_place))

    monkeypatch.setattr(incidents_module, "incident_location", recording)
    document = run(text)
    return document, recorded


def test_every_place_mention_of_an_incident_is_a_candidate_and_the_rules_choice_is_flagged(run, monkeypatch):
    document, recorded = _recorded_candidates(
        run,
        monkeypatch,
        "PESHAWAR: A bomb killed four people in Khar on Sunday. The wounded were taken to Peshawar, officials said.",
    )
    [candidates] = recorded
    by_name = {c["place"].name: c for c in candidates}
    assert by_name["Khar"]["features"]["chosen"] is True
    assert by_name["Khar"]["features"]["usable"] is True
    assert by_name["Khar"]["features"]["sentence"] == 0
    assert location_name(document, document["incidents"][0]) == "Khar"


def test_a_place_the_wounded_were_taken_to_is_a_candidate_the_rules_cannot_use(run, monkeypatch):
    _, recorded = _recorded_candidates(
        run,
        monkeypatch,
        "PESHAWAR: A bomb killed four people in Khar on Sunday. Eleven wounded men were taken to Quetta, police said.",
    )
    [candidates] = recorded
    quetta = next(c for c in candidates if c["place"].name == "Quetta")
    assert quetta["features"]["usable"] is False
    assert quetta["features"]["chosen"] is False
    assert quetta["features"]["sentence"] == 1


def test_the_capital_named_in_apposition_is_the_place_not_its_state(run):
    document = run("Gunmen abducted 20 pupils in Nigeria's Borno State capital, Maiduguri, on Monday, police said.")
    [incident] = document["incidents"]
    assert location_name(document, incident) == "Maiduguri"


def test_a_lead_that_names_only_the_country_gives_way_to_a_town_named_a_few_sentences_later(run):
    document = run(
        "Gunmen killed seven soldiers in an ambush in Nigeria on Sunday, the army said. The soldiers were on "
        "patrol. They were attacked at dawn. The gunmen fled on motorbikes. A resident said the attack took "
        "place near Bama, where the soldiers had camped."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Bama"


def test_a_region_named_after_the_next_three_sentences_does_not_replace_the_leads_country(run):
    document = run(
        "A drone strike on a car in Nigeria killed two men on Sunday, officials said. The car was on the main "
        "road. Both men died at the scene. A relative named them. The army said one of them had been rebuilding "
        "the group's camps south of the Varsk River."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Nigeria"


def test_a_town_named_after_the_next_three_sentences_does_not_replace_the_leads_province(run):
    document = run(
        "Gunmen killed seven soldiers in an ambush in Borno on Sunday, the army said. The soldiers were on "
        "patrol. They were attacked at dawn. The gunmen fled on motorbikes. A resident said the attack took "
        "place near Bama, where the soldiers had camped."
    )
    assert place_of(document, document["incidents"][0]) == "Borno"


def test_a_town_named_as_the_owner_of_its_own_district_is_the_place(run):
    document = run(
        "Meanwhile, in northern Khyber Pakhtunkhwa province, Gul Zaman, the police chief in Khar's district, "
        "was shot dead by gunmen on Monday, officials said."
    )
    assert place_of(document, document["incidents"][0]) == "Khar"


def test_a_site_followed_by_the_word_hospital_is_where_the_wounded_are_not_the_place(run):
    document = run(
        "PESHAWAR: A car bomb killed five people in Peshawar city on Monday. A wounded shopkeeper receives "
        "treatment at Zarghun hospital, police said."
    )
    assert place_of(document, document["incidents"][0]) == "Peshawar"


def test_a_care_centre_where_the_wounded_died_is_not_the_place(run):
    document = run(
        "PESHAWAR: A car bomb killed five people in Peshawar city on Monday. Two others died later at the Orvel "
        "Medical Emergency Center, officials said."
    )
    assert place_of(document, document["incidents"][0]) == "Peshawar"


def test_a_place_and_a_colon_opening_a_sentence_after_a_deck_is_a_dateline_not_the_place(run):
    document = run(
        "Death toll from mosque bombing rises\n\nChildren were among the dead.\n\nPeshawar: A Pakistani official "
        "puts the dead of a mosque suicide attack in the Khar area at 36 now."
    )
    assert place_of(document, document["incidents"][0]) == "Khar"


def test_a_town_a_rural_part_of_which_the_attack_was_in_is_the_place_not_its_province(run):
    document = run(
        "PESHAWAR: An attack by militants in a rural part of Khar, in Pakistan's northwestern Khyber Pakhtunkhwa "
        "province, left six soldiers dead on Tuesday."
    )
    assert place_of(document, document["incidents"][0]) == "Khar"


def test_a_named_site_the_next_sentence_puts_in_the_leads_state_is_the_place(run):
    document = run(
        "MAIDUGURI: Gunmen killed 14 soldiers in Borno state on Sunday, the army said. Driving motorbikes, the "
        "attackers stormed Kalvo army camp in Borno at dawn."
    )
    places = {p["key"]: p for p in document["locations"]}
    chosen = places[document["incidents"][0]["location"]]
    assert (chosen["name"], chosen["kind"], places[chosen["parent"]]["name"]) == ("Kalvo", "site", "Borno")


def test_a_place_in_a_relative_clause_after_a_site_does_not_hold_the_site(run):
    document = run(
        "PESHAWAR: A bomb killed five people in Peshawar city on Monday. The attack took place near the Zarghun "
        "mosque, which houses the tomb of a general killed in Iraq."
    )
    places = {p["key"]: p for p in document["locations"]}
    chosen = places[document["incidents"][0]["location"]]
    assert (chosen["name"], places[chosen["parent"]]["name"]) == ("Zarghun", "Peshawar")


def test_a_quarter_of_the_leads_town_told_several_sentences_later_is_the_place(run):
    document = run(
        "A bomb tore through a mosque in Peshawar as worshippers gathered on Wednesday evening. Police "
        "spoke of many casualties. A doctor said 35 people were being treated. A radio station said 20 "
        "people died. Residents heard the blast across the city. Ambulances rushed to the spot. A "
        "police officer, who asked not to be named, said the blast happened in a mosque in the Gul Bahar "
        "area of Peshawar."
    )
    assert place_of(document, document["incidents"][0]) == "Gul Bahar"


def test_the_quarter_the_shells_were_fired_from_is_not_the_place_they_hit(run):
    document = run(
        "Shelling killed five civilians in Peshawar on Monday, officials said. An official said the shells had been "
        "fired from rebel positions in the Gul Bahar area of Peshawar, killing five people."
    )
    assert place_of(document, document["incidents"][0]) == "Peshawar"


def test_an_unlisted_village_the_lead_names_after_its_town_is_the_more_specific_place(run):
    document = run(
        "PESHAWAR: Five policemen were killed by militants on Friday in Peshawar, following a roadside bomb and "
        "a gun battle in Kalvori, a few kilometres from the border."
    )
    assert place_of(document, document["incidents"][0]) == "Kalvori"


def test_a_site_the_attackers_came_to_storm_is_the_place_not_a_destination(run):
    document = run(
        "PESHAWAR: Gunmen killed ten people at a busy junction in Peshawar on Sunday. A witness said men in "
        "uniforms came in two pickups to storm Ferry Junction, a row of stalls by the road."
    )
    places = {p["key"]: p for p in document["locations"]}
    chosen = places[document["incidents"][0]["location"]]
    assert (chosen["name"], places[chosen["parent"]]["name"]) == ("Ferry Junction", "Peshawar")


def test_a_named_site_of_the_event_told_several_sentences_after_the_lead_is_the_place(run):
    document = run(
        "A knife attack killed one teacher at a school in Peshawar on Friday, police said. The suspect was "
        "arrested. Police said the situation was under control. Students were sent home. Prosecutors opened an "
        "inquiry. The suspect was known to the police. Another teacher was wounded at the Gul Bahar high school "
        "during the attack."
    )
    places = {p["key"]: p for p in document["locations"]}
    chosen = places[document["incidents"][0]["location"]]
    assert (chosen["name"], places[chosen["parent"]]["name"]) == ("Gul Bahar", "Peshawar")


def test_a_first_event_placed_only_in_its_country_takes_the_town_of_the_dateline(run):
    document = run(
        "BAMA, Nigeria (Reuters) - Six police officers were killed in an attack in Nigeria on Sunday, the army "
        "said. The gunmen fled on motorbikes."
    )
    assert place_of(document, document["incidents"][0]) == "Bama"


def test_a_town_of_another_country_named_before_does_not_replace_the_events_country(run):
    document = run("Talks in Maiduguri\n\nSix soldiers were killed in an attack in Pakistan on Sunday, the army said.")
    assert place_of(document, document["incidents"][0]) == "Pakistan"


def test_the_town_of_the_hospital_is_the_place_when_no_other_place_is_named(run):
    document = run(
        "A suicide bomber killed five worshippers at a mosque on Friday, and the hospital in Kabul said it had "
        "received 20 wounded."
    )
    assert place_of(document, document["incidents"][0]) == "Kabul"


def test_the_target_of_a_planned_attack_is_not_the_place_of_the_arrest(run):
    document = run(
        "Police arrested a man in Nigeria on suspicion of planning to attack a church in Maiduguri, prosecutors "
        "said on Sunday. The suspect was detained at his home in Bama on Saturday evening, police said."
    )
    assert place_of(document, document["incidents"][0]) == "Bama"


def test_a_towns_short_named_site_is_the_site_the_article_names_in_full_not_a_town(run):
    document = run(
        "Suicide bombers attacked Kabul's Bama on Tuesday, killing 12 people. The gunmen opened fire at the "
        "entrance of the Bama Airport, police said."
    )
    assert [(p["name"], p["kind"]) for p in document["locations"]] == [("Kabul", "city"), ("Bama Airport", "site")]
    assert place_of(document, document["incidents"][0]) == "Bama Airport"


def test_a_district_the_words_put_in_a_name_read_as_a_town_is_the_more_specific_place(run):
    document = run(
        "RAIPUR: Maoists killed two policemen in a blast in Bijapur district in Chhattisgarh's Raipur on Monday, "
        "officials said."
    )
    assert place_of(document, document["incidents"][0]) == "Bijāpur"


def test_a_quarter_the_lead_puts_in_its_town_is_not_replaced_by_a_town_named_later(run):
    document = run(
        "Police arrested a suspected militant on Friday in the Karte Char section of Kabul, officials said. He "
        "was carrying explosives. Police had searched a flat in Balkh earlier, officials said."
    )
    assert place_of(document, document["incidents"][0]) == "Karte Char"


def test_a_named_police_station_the_event_sentence_names_is_the_place(run):
    document = run(
        "PESHAWAR: Militants attacked the Tarvel Police Station in Khar on Sunday night, killing four policemen, "
        "officials said."
    )
    incident = document["incidents"][0]
    places = {place["key"]: place for place in document["locations"]}
    assert places[incident["location"]]["name"] == "Tarvel Police Station"
    assert places[incident["location"]]["kind"] == "site"
    assert "Tarvel Police Station" not in [g["name"] for g in document["groups"]]


def test_a_radio_station_is_not_a_place(run):
    document = run("PESHAWAR: A bomb killed four people in Khar on Sunday, Radio Khar Pashto station reported.")
    assert not any("station" in name.lower() for name in place_names(document))


def test_a_village_a_later_sentence_says_the_attack_took_place_in_is_the_place(run):
    document = run(
        "MAIDUGURI: Gunmen killed nine farmers in Borno state on Sunday, officials said. The army sent troops. "
        "Residents fled to Maiduguri. Aid groups asked for calm. The killings took place in a village called "
        "Dorvanu, the officials said."
    )
    incident = document["incidents"][0]
    places = {place["key"]: place for place in document["locations"]}
    village = places[incident["location"]]
    assert village["name"] == "Dorvanu"
    assert places[village["parent"]]["name"] == "Borno"


def test_a_blast_at_a_hospital_gate_places_the_event_at_the_hospital(run):
    document = run(
        "QUETTA: A suicide bomber killed 20 people in Quetta on Monday. The bomb went off at the gates of the "
        "Sardar Hospital as patients waited, police said."
    )
    assert place_of(document, document["incidents"][0]) == "Sardar Hospital"


def test_the_same_area_is_the_main_events_place_even_when_a_later_sentence_names_the_country(run):
    document = run(
        "MAIDUGURI: Gunmen killed six soldiers near Bama on Tuesday, the army said. In March 2021, two farmers "
        "were killed by gunmen in the same area. Nigeria has fought the insurgency for years."
    )
    incident = next(i for i in document["incidents"] if i["date"] == "2021-03")
    assert place_of(document, incident) == "Bama"


def test_the_port_of_a_town_locates_the_event_in_the_town_not_the_country(run):
    document = run("Three guards were killed in an explosion at a depot in the north Pakistan port of Khar on Friday.")
    assert place_of(document, document["incidents"][0]) == "Khar"


def test_a_site_a_grenade_was_thrown_towards_is_the_place(run):
    document = run(
        "PESHAWAR: Militants hurled a grenade towards the Varel Power Station in Peshawar district on Monday, "
        "injuring two guards, police said."
    )
    assert place_of(document, document["incidents"][0]) == "Varel Power Station"


def test_an_unlisted_name_before_a_lower_case_police_station_is_not_a_named_site(run):
    document = run("PESHAWAR: Militants attacked the Tovrel police station on Sunday, killing two policemen.")
    assert "Tovrel police station" not in place_names(document)


def test_a_place_opening_the_name_of_an_association_is_not_where_the_event_was(run):
    document = run(
        "PESHAWAR: A suicide bomber killed 20 people at the Lady Reading Hospital in Peshawar on Monday. "
        "The lawyers had gathered after the killing of the president of the Quetta Bar Association earlier that day."
    )
    places = [place_of(document, i) for i in document["incidents"]]
    assert "Quetta" not in places


def test_placeless_lead_takes_the_town_the_sentence_before_located_inside_the_later_province(run):
    doc = run(
        "A roadside bomb killed two soldiers in Khar on Monday. "
        "The blast came amid rising unrest in Quetta over recent weeks. "
        "On Friday, police fought protesters with batons and tear gas, leaving three people dead. "
        "The clashes in Balochistan lasted for hours, witnesses said."
    )
    clash = next(i for i in doc["incidents"] if i["fatalities"] == 3)
    assert next(loc for loc in doc["locations"] if loc["key"] == clash["location"])["name"] == "Quetta"


def test_a_listed_name_the_words_make_a_quarter_of_the_town_is_the_place(run):
    document = run(
        "PESHAWAR: Gunmen killed two policemen in Peshawar on Sunday. The attackers stormed a police post in "
        "Peshawar's eastern Khar district before dawn, killing both guards, officials said."
    )
    assert place_of(document, document["incidents"][0]) == "Khar"


def test_a_listed_name_as_the_area_of_the_chosen_town_is_the_place(run):
    document = run(
        "Pakistani troops killed six militants in Khyber Pakhtunkhwa, Pakistan. In KP, the six were killed in the "
        "Sarkot area of Khar tehsil in Bajaur district when troops raided their hideout, the army said."
    )
    assert place_of(document, document["incidents"][0]) == "Sarkot"


def test_share_counts_and_credits_do_not_use_up_the_sentences_that_may_name_the_district(run):
    document = run(
        "Four hikers killed in suspected attack in Pakistan\n\n35\n\n0\n\n"
        "Four hikers were run down and killed by a van in Pakistan on Sunday, police said.\n\n"
        "The hikers died in the incident in the Bajaur district close to the frontier, officials said."
    )
    assert place_of(document, document["incidents"][0]) == "Bājaur"


def test_a_town_a_distance_is_measured_from_as_a_capital_is_not_the_place(run):
    document = run(
        "Three people were killed on Sunday in bomb attacks in Balochistan province, officials said. In one "
        "attack, two policemen died when a bomb hit their patrol in Tovrel area, some 50 km north of the "
        "provincial capital Quetta. The patrol was guarding villages north of Quetta, which itself lies some 700 km "
        "southwest of the northern capital Peshawar, police said."
    )
    patrol = next(i for i in document["incidents"] if i["fatalities"] == 2)
    assert place_of(document, patrol) == "Tovrel"


def test_an_unlisted_area_outside_the_town_in_the_next_sentence_is_the_place(run):
    document = run(
        "Militants killed three farmers in Quetta on Monday. The militants had used the darkness to burn a wheat "
        "field in the Tovrel area outside Quetta, police said."
    )
    assert place_of(document, document["incidents"][0]) == "Tovrel"


def test_the_named_site_a_later_sentence_gives_the_leads_common_noun_target_is_the_place(run):
    document = run(
        "Gunmen killed seven pupils in a raid on a school in Peshawar late on Friday, police said. The attackers "
        "escaped on foot. Teachers said the Gul Bahar High School had opened in 1990."
    )
    places = {p["key"]: p for p in document["locations"]}
    chosen = places[document["incidents"][0]["location"]]
    assert (chosen["name"], places[chosen["parent"]]["name"]) == ("Gul Bahar High School", "Peshawar")
