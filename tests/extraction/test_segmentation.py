"""Segmentation: which sentences tell an incident, which tell one of their own, which tell none."""

from __future__ import annotations

import datetime as dt

import pytest

from .readers import (
    place_of,
)


def test_the_toll_of_a_whole_conflict_is_no_incident(run):
    document = run(
        "MAIDUGURI: Boko Haram fighters killed four farmers near Bama on Sunday. The conflict in the northeast, "
        "which began in 2009, has killed more than 35,000 people."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-09", 4)]


def test_a_count_of_such_attacks_in_a_year_is_no_incident(run):
    document = run(
        "PESHAWAR: A roadside bomb killed five soldiers near Khar on Sunday. Police figures show that at least "
        "40 officers were killed in such blasts last year."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [5]


def test_groups_fighting_for_control_is_no_incident(run):
    document = run(
        "PESHAWAR: A roadside bomb killed five soldiers near Khar on Sunday. Both the TTP and its rivals are "
        "fighting for control of smuggling routes in Bajaur since the 2014 offensive."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [5]


def test_the_latest_in_a_wave_of_attacks_is_still_an_event(run):
    document = run(
        "PESHAWAR: Six policemen were killed when militants attacked a police station in Khar late on Sunday, "
        "police said, in the latest in a wave of attacks on security forces."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-09", 6)]


def test_an_event_mentioned_in_passing_then_told_on_its_own_day_is_its_own_incident(run):
    document = run(
        "PESHAWAR: Police arrested 14 men in raids in Khar on Monday, a day after a gunman shot dead a driver "
        "near Peshawar. That attack took place on Sunday evening at a junction near Peshawar, when a gunman "
        "opened fire on a car. The driver, a father of five, was killed."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-10", "2025-03-09"]


def test_a_raid_that_takes_people_after_an_attack_is_an_incident_of_its_own(run):
    document = run(
        "PESHAWAR: A bomb killed five people at a market in Khar on Sunday, police said. Hours later, police "
        "raided a house in the same town and arrested three suspects."
    )
    incidents = document["incidents"]
    assert [i["type"] for i in incidents] == ["bombing", "arrest_or_raid"]
    assert incidents[1]["date"] == "2025-03-09"  # "Hours later": the day of the bombing
    assert incidents[0]["fatalities"] == 5


def test_an_arrest_without_a_raid_still_follows_the_attack(run):
    document = run(
        "PESHAWAR: A bomb killed five people at a market in Khar on Sunday. Police later arrested a man who "
        "had parked the motorcycle."
    )
    assert len(document["incidents"]) == 1


def test_a_capture_placed_in_time_after_since_is_a_past_incident(run):
    document = run(
        "PESHAWAR: A bomb killed five people in Peshawar on Sunday. Khar has become the main front since the TTP "
        "seized Khar's police post in October 2023, after a long siege. Fighting has eased since a truce began."
    )
    past = [i for i in document["incidents"] if i["date"] == "2023-10"]
    assert len(past) == 1 and past[0]["type"] == "armed_clash"
    assert len(document["incidents"]) == 2


def test_going_from_house_to_house_is_an_attack_that_dates_the_lead(run):
    document = run(
        "MAIDUGURI, Nigeria — Gunmen killed nine villagers near Bama, officials said on Tuesday. The attackers "
        "went from hut to hut late on Sunday, residents said."
    )
    assert len(document["incidents"]) == 1
    assert document["incidents"][0]["date"] == "2025-03-09"


def test_a_base_overrun_in_a_named_month_is_a_placed_past_fight(run):
    document = run(
        "MAIDUGURI, Nigeria — Boko Haram fighters killed four soldiers at a base in Bama on Sunday. The same base "
        "was overrun by the group in June 2021."
    )
    dates = sorted(i["date"] for i in document["incidents"])
    assert dates == ["2021-06", "2025-03-09"]
    past = next(i for i in document["incidents"] if i["date"] == "2021-06")
    assert past["type"] == "armed_clash"


def test_an_air_strike_on_retreating_attackers_elsewhere_is_its_own_incident(run):
    document = run(
        "MAIDUGURI, Nigeria — Boko Haram fighters stormed an army base in Bama on Sunday, killing four soldiers. "
        "As they withdrew, Nigerian Army helicopters struck their convoy near Maiduguri, killing dozens."
    )
    incidents = document["incidents"]
    assert [i["type"] for i in incidents] == ["armed_clash", "air_or_drone_strike"]
    assert incidents[1]["date"] == "2025-03-09"  # the day of the attack, which the strike answered
    assert place_of(document, incidents[1]) == "Maiduguri"


def test_an_air_strike_in_the_same_place_stays_with_the_attack(run):
    document = run(
        "MAIDUGURI, Nigeria — Boko Haram fighters stormed an army base in Bama on Sunday, killing four soldiers. "
        "Jets struck the attackers in Bama before they withdrew."
    )
    assert len(document["incidents"]) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "PESHAWAR: Militants attacked a check post in Bajaur on Sunday, killing two soldiers. A report by a "
            "research group counted 37 people wounded and nine killed by bombings in the province in February.",
            [("armed_clash", 2)],
        ),
        (
            "QUETTA: Police arrested three suspects in Quetta on Monday. More than 250 people have died in attacks "
            "across Balochistan since May.",
            [("arrest_or_raid", None)],
        ),
        (
            "MAIDUGURI: Gunmen killed five farmers near Bama on Sunday. Militant attacks have killed 410 people "
            "across the country so far this year.",
            [("attack_on_civilians", 5)],
        ),
    ],
)
def test_aggregate_figures_neither_make_incidents_nor_tolls(run, text, expected):
    assert [(i["type"], i["fatalities"]) for i in run(text)["incidents"]] == expected


def test_a_later_day_that_only_points_back_to_the_event_stays_with_it(run):
    document = run(
        "PESHAWAR: A bomb exploded in a market in Khar on Sunday, killing five people, officials said. "
        "Pamphlets found near the crater on Monday said the blast was revenge for a raid. "
        "No precise count of the wounded was available on Tuesday, as fighting continued around the market."
    )
    assert [(i["type"], i["date"], i["fatalities"]) for i in document["incidents"]] == [("bombing", "2025-03-09", 5)]


def test_a_later_day_with_its_own_toll_is_a_new_incident(run):
    document = run(
        "PESHAWAR: A bomb exploded in a market in Khar on Sunday, killing five people, officials said. "
        "On Monday, the attackers killed two policemen at a checkpoint in Peshawar."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-09", 5), ("2025-03-10", 2)]


def test_a_death_in_another_strike_the_same_day_is_its_own_incident(run):
    document = run(
        "MAIDUGURI, Nigeria — Military jets bombed a market in Bama on Sunday, killing nine traders. A farmer "
        "in Konduga was killed in another air strike on Sunday, residents said."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-09", 9), ("2025-03-09", 1)]


def test_another_attack_in_an_earlier_month_is_a_past_incident(run):
    document = run(
        "PESHAWAR: A roadside bomb killed five soldiers near Khar on Sunday. In January, another attack in the "
        "same district had led to the death of 12 policemen."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-09", "2025-01"]


def test_fearing_another_attack_adds_no_incident(run):
    document = run(
        "PESHAWAR: A roadside bomb killed five soldiers near Khar on Sunday. Residents fear another attack on "
        "the market."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [5]


def test_an_attack_described_as_claimed_by_a_group_keeps_its_toll_and_date(run):
    document = run(
        "BERLIN: Police arrested a man in Hamburg on Monday. A truck attack on a market in Munich that was "
        "claimed by the Islamic State left 12 people dead in December 2016."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-10", None), ("2016-12", 12)]


def test_a_group_claiming_a_toll_in_its_own_words_gives_no_count(run):
    document = run(
        "PESHAWAR: A roadside bomb hit an army truck near Khar on Sunday. The Pakistani Taliban claimed the "
        "attack and said it had killed 20 soldiers."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [None]


def test_the_open_event_told_against_a_separate_one_stays_one_incident(run):
    document = run(
        "PESHAWAR: A bomb killed five people at a market in Khar on Sunday. Police said the blast went off an "
        "hour after a separate shooting incident on Sunday."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [5]


def test_a_past_bombing_told_after_after_takes_its_own_date_place_and_toll(run):
    document = run(
        "KHAR: Gunmen shot dead three policemen at a checkpoint in Khar on Sunday, two years after a bombing "
        "in Quetta in March 2023 that killed 40 people."
    )
    incidents = document["incidents"]
    assert [(i["date"], i["fatalities"]) for i in incidents] == [("2025-03-09", 3), ("2023-03", 40)]
    assert [place_of(document, i) for i in incidents] == ["Khar", "Quetta"]


def test_a_person_killed_long_ago_in_a_relative_clause_is_not_the_victim_of_the_lead(run):
    document = run(
        "PESHAWAR: A bomb wounded 12 people on Sunday at a shrine in Peshawar that holds the grave of a cleric "
        "who was shot dead by gunmen in Quetta in June 2019."
    )
    incidents = document["incidents"]
    assert [i["date"] for i in incidents] == ["2025-03-09", "2019-06"]
    assert place_of(document, incidents[0]) == "Peshawar"
    assert place_of(document, incidents[1]) == "Quetta"


def test_a_clause_counting_several_past_attacks_opens_no_incident(run):
    document = run(
        "PESHAWAR: Gunmen killed two guards at a bank in Peshawar on Sunday, and police blamed the cell for "
        "three bombings that killed 20 people in Quetta in 2019."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-09"]


def test_a_clause_naming_an_event_already_told_opens_no_second_one(run):
    document = run(
        "PESHAWAR: A bomb killed four soldiers near Khar on Sunday. On Tuesday police shot dead two men in "
        "Peshawar, one of whom had helped build the bomb used in Sunday's attack."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-09", "2025-03-11"]


def test_a_day_a_toll_and_an_unrelated_place_open_an_incident_after_an_undated_lead(run):
    # the lead gives no day; the later attack has its own day, toll and place ('in X, Y District': Y locates it)
    document = run(
        "PESHAWAR: Gunmen struck and killed a police guard in a raid in the Killi area, Quetta, Balochistan. "
        "Local officials said the gang escaped after the raid, with some of them wounded. On Sunday morning, a "
        "gang attacked and killed six policemen in Mamund, Bajaur District."
    )
    assert sorted(i["fatalities"] for i in document["incidents"]) == [1, 6]


def test_a_line_wrapped_by_hand_is_one_sentence_with_its_event(run):
    document = run(
        "PESHAWAR: Gunmen struck and killed a police guard in a raid in the Killi area, Quetta, Balochistan.\n"
        "Local officials said the gang escaped\nafter the raid, with some of them wounded.\nOn Sunday morning, a "
        "gang attacked\nand killed six policemen in Mamund, Bajaur District.\n"
    )
    assert sorted(i["fatalities"] for i in document["incidents"]) == [1, 6]
    assert any(
        e["text"].startswith("On Sunday morning") and e["text"].endswith("District.")
        for i in document["incidents"]
        for e in i["evidence"]
    )


def test_a_trailing_comparison_with_similar_attacks_leaves_the_lead_an_event(run):
    # 'in similar blasts' counts a class of events, but only in the trailing 'a day after ...' comparison
    document = run(
        "PESHAWAR: A roadside bomb near Khar killed five police officers in their van on Monday, "
        "a day after nine policemen died in similar blasts."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-10", 5)]


def test_a_place_called_violence_plagued_is_no_aggregate_of_a_conflict(run):
    document = run(
        "PESHAWAR: Militants killed six soldiers during a gunfight in the violence-plagued district of "
        "Bajaur, the army said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [6]


@pytest.mark.parametrize("published", [None, dt.date(2025, 3, 11)])
def test_more_dead_also_killed_at_another_time_are_another_incident(run, published):
    document = run(
        "PESHAWAR: Six soldiers were killed in a clash with militants near Khar, the army said. Three policemen "
        "also were killed by gunmen over the weekend near the same town.",
        published=published,
    )
    assert sorted(i["fatalities"] for i in document["incidents"]) == [3, 6]


def test_a_sentence_that_tells_two_places_each_with_its_toll_gives_two_incidents(run):
    document = run(
        "PESHAWAR: Militants attacked two police posts on Sunday night, officials said.\n"
        "Gunmen shot dead four policemen at Khar, while in Bama a bomb left three guards dead."
    )
    incidents = document["incidents"]
    assert sorted(i["fatalities"] for i in incidents) == [3, 4]
    assert {place_of(document, i) for i in incidents} == {"Khar", "Bama"}


def test_a_count_whose_noun_the_second_place_leaves_out_is_its_own_incident(run):
    document = run(
        "KABUL: Pakistani Taliban fighters shot dead six soldiers at a post in Khar on Monday, and four in "
        "nearby Quetta, the army said."
    )
    incidents = document["incidents"]
    assert [(place_of(document, i), i["fatalities"]) for i in incidents] == [("Khar", 6), ("Quetta", 4)]
    # the doers named in the first part did both
    assert incidents[0]["perpetrators"] == incidents[1]["perpetrators"] != []


def test_a_toll_and_its_wounded_in_one_place_stay_one_incident(run):
    document = run(
        "PESHAWAR: A bomb killed five people at a market in Khar on Sunday, while 12 others were wounded, police "
        "said; the toll may rise."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [5]


def test_a_summary_of_attacks_across_a_country_is_not_split(run):
    document = run(
        "KABUL: A roadside bomb killed nine soldiers near Khar on Sunday, while attacks on checkpoints in "
        "northern Afghanistan killed three policemen, officials said."
    )
    assert len(document["incidents"]) == 1


def test_a_detail_placed_inside_the_place_of_the_event_told_stays_with_it(run):
    document = run(
        "KABUL: Militants stormed a post in Balkh Province on Sunday and killed five soldiers, officials said.\n"
        "Gunmen shot dead six guards at a bank in Quetta, and four in the Bajaur District, the army said.\n"
        "A spokesman said at least nine attackers were killed as they stormed a checkpoint in Khar."
    )
    # Khar lies in Bajaur: the checkpoint is the event told there, not the first one stormed
    assert [place_of(document, i) for i in document["incidents"]] == ["Balkh", "Quetta", "Khar"]


def test_separate_attacks_in_a_list_of_towns_are_one_incident_each(run):
    document = run(
        "LAHORE: A roadside bomb killed five soldiers in the Punjab on Sunday. Last year, several policemen were "
        "wounded in a string of attacks in Peshawar, Khar and Quetta."
    )
    listed = [i for i in document["incidents"] if i["fatalities"] is None]
    assert sorted(place_of(document, i) for i in listed) == ["Khar", "Peshawar", "Quetta"]
    assert {i["date"] for i in listed} == {"2024"}


def test_bombings_told_in_passing_in_a_list_of_towns_are_one_incident_each(run):
    # the passing line's own incident holds both towns: it keeps the first, the second opens its own
    document = run(
        "LAHORE: A roadside bomb killed five soldiers in the Punjab on Sunday, officials said. Bombings in Peshawar "
        "and Quetta in March 2023 led several embassies to warn their citizens against travel."
    )
    past = [i for i in document["incidents"] if i["date"] == "2023-03"]
    assert sorted(place_of(document, i) for i in past) == ["Peshawar", "Quetta"]


def test_a_lead_with_a_list_of_towns_that_the_story_goes_on_with_gives_each_town_its_incident(run):
    # One event per place, as the codings have it when the story tells no item apart: the lead keeps the first town
    # and the toll it tells (which town's dead they were is not said).
    document = run(
        "PESHAWAR: Gunmen killed six people in attacks in Peshawar and Quetta on Sunday, police said. The gunmen fled "
        "on motorbikes after the shooting, and police sealed the roads out of the city."
    )
    assert [(place_of(document, i), i["fatalities"]) for i in document["incidents"]] == [
        ("Peshawar", 6),
        ("Quetta", None),
    ]


def test_a_fight_between_two_towns_stays_one_incident(run):
    document = run(
        "PESHAWAR: Militants and soldiers fought on the road between Peshawar and Khar on Sunday, killing four "
        "soldiers, officials said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [4]


def test_a_line_with_a_day_and_a_place_of_its_own_opens_its_event_even_with_weak_words(run):
    # the classifier reads the third line as an incident, yet it has no toll and only a weak event word: its own day
    # (two days after the ambush) and its own place make it the next event, not a detail of the ambush
    document = run(
        "MAIDUGURI: Gunmen killed eleven travellers in an ambush on a bus near Maiduguri on Thursday, a newspaper "
        "reported on Monday. The ambush was carried out at dawn on the highway, witnesses said. On Saturday evening, "
        "in Bama, also in Borno, fighters attacked a pickup truck and hacked to death the four men riding in it. The "
        "truck was then burnt."
    )
    incidents = document["incidents"]
    assert [i["date"] for i in incidents] == ["2025-03-06", "2025-03-08"]
    assert incidents[0]["fatalities"] == 11
    assert place_of(document, incidents[1]) == "Bama"


def test_an_event_the_story_follows_told_with_an_article_is_an_incident_of_its_own(run):
    document = run(
        "PESHAWAR: Gunmen stormed a police post near Khar on Monday, killing four officers.\n"
        "It follows a deadly ambush on a convoy in Quetta last October in which nine soldiers died."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [4, 9]


def test_an_attack_that_followed_the_attack_told_stays_one_incident(run):
    document = run(
        "PESHAWAR: Gunmen stormed a police post near Khar on Monday, killing four officers.\n"
        "The arrests followed the attack, police said."
    )
    assert len(document["incidents"]) == 1


def test_another_victim_hit_in_an_event_of_its_own_opens_an_incident(run):
    document = run(
        "SRINAGAR: Three rebels were killed in a gunfight with troops in Sopore on Monday.\n"
        "In the evening, another trader was hurt in a grenade attack at a market of Baramulla."
    )
    assert len(document["incidents"]) == 2


def test_another_victim_also_hurt_in_the_attack_told_stays_with_it(run):
    document = run(
        "SRINAGAR: Three rebels were killed in a gunfight with troops in Sopore on Monday.\n"
        "Another soldier was also injured in the gunfight, police said."
    )
    assert len(document["incidents"]) == 1
