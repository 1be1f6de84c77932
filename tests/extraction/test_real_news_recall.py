"""Real news tells several events in one report: roundups, "earlier in the day", background clauses. Each is an
incident of its own, dated and placed by its own words (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

from incidents.extraction.dates import find_dates

from .readers import killed_values, place_of

TUESDAY = dt.date(2025, 3, 11)


def test_each_line_after_a_roundup_header_is_an_incident_of_its_own(run):
    document = run(
        "At least seven people were killed and three wounded:\n"
        "In Khar, a roadside bomb killed two soldiers and wounded three others.\n"
        "Four militants were killed during an operation in Bajaur.\n"
        "Police shot dead a gunman in Quetta as he tried to plant a bomb."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [2, 4, 1]


def test_earlier_in_the_day_opens_another_event(run):
    document = run(
        "PESHAWAR: A suicide bomber killed six people at a mosque in Peshawar on Monday, police said. "
        "Earlier in the day, a suicide bomber killed nine people near Khar."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [6, 9]


def test_a_roundup_summary_gives_its_day_to_the_items_it_sums_up(run):
    document = run(
        "Two bomb attacks killed 10 people in Pakistan yesterday, bringing the toll from attacks across the "
        "country to 19.\n"
        "In one attack, a bomb killed six people at a market in Peshawar.\n"
        "In a separate attack, a roadside bomb killed four bus passengers near Quetta."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-10", 6), ("2025-03-10", 4)]


def test_two_weekdays_are_two_events_even_without_a_publication_date(run):
    document = run(
        "A car bomb went off in Khar on Tuesday, killing two people and wounding four.\n"
        "On Saturday, a rocket attack on Khar killed roughly 10 civilians and wounded 34.",
        published=None,
    )
    assert [i["fatalities"] for i in document["incidents"]] == [2, 10]


def test_a_background_month_does_not_date_an_event_told_by_its_weekday(run):
    document = run(
        "Prosecutors announced on Sunday the arrest of a man they suspect of plotting an attack.\n"
        "Police detained the suspect at his house in Khar on Saturday evening, prosecutors said.\n"
        "He was said to have entered the country in November 2022, a government source said.",
        published=None,
    )
    assert [i["date"] for i in document["incidents"]] == [None]


def test_an_attack_north_of_another_town_is_another_event(run):
    document = run(
        "PESHAWAR: A car bomb killed three people in Peshawar on Monday.\n"
        "A guard was killed in an attack on an aid convoy north of Quetta, the agency announced on Monday."
    )
    incidents = document["incidents"]
    assert [i["fatalities"] for i in incidents] == [3, 1]
    assert place_of(document, incidents[1]) == "Quetta"


def test_a_casualty_count_never_reaches_across_a_line_break():
    assert killed_values("AFP\nSeptember 18, 2019\n\n4 killed in clashes on the border") == [4]


def test_last_followed_by_a_month_is_that_month_before_publication():
    dates = find_dates("The group is blamed for a siege of a cafe in the capital last July.", TUESDAY)
    assert [(d.value, d.precision) for d in dates] == [("2024-07", "month")]


def test_overnight_before_a_weekday_is_that_weekday_night():
    dates = find_dates("Overnight Thursday to Friday armed men raided a village, killing 15.", TUESDAY)
    assert dates[0].value == "2025-03-06"


def test_the_dead_told_as_an_outcome_are_counted():
    assert killed_values("A coordinated series of assaults, resulting in 130 deaths, shook the city.") == [130]
    assert killed_values("The assault left 12 soldiers dead at a desert post.") == [12]


def test_an_attack_ranked_heaviest_to_date_is_an_event_not_a_statistic(run):
    document = run(
        "PESHAWAR: Gunmen killed five soldiers near Khar on Monday, the army said.\n"
        "The heaviest attack on the army to date left 12 soldiers dead near Quetta in December 2016."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-10", 5), ("2016-12", 12)]


def test_a_separate_incident_told_with_weak_words_is_an_incident(run):
    document = run(
        "PESHAWAR: Police shot dead a suspected militant at a checkpoint in Peshawar on Monday.\n"
        "In a separate incident last week, police raided a hideout near Quetta and killed four suspected "
        "members of a banned militant group."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [1, 4]


def test_later_the_same_day_is_another_event_on_that_day(run):
    document = run(
        "Last Friday, insurgents shot dead two farmers walking back from their fields near Bama.\n"
        "Later the same day, gunmen killed three people in a suburb of Maiduguri."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-07", 2), ("2025-03-07", 3)]


def test_a_repeated_paragraph_does_not_tell_its_event_twice(run):
    paragraph = (
        "After the attacks in Peshawar last November, a coordinated series of assaults resulting in 130 deaths, "
        "there was fear."
    )
    other = (
        "By contrast, since the massacre in Quetta, where a truck driven into a crowd killed 84 people, anger rules."
    )
    document = run(f"{paragraph}\n{other}\n{paragraph}\n{other}")
    assert sorted(i["fatalities"] for i in document["incidents"]) == [84, 130]


def test_an_event_the_story_comes_days_after_is_an_earlier_incident(run):
    document = run(
        "PESHAWAR: Militants killed three policemen in an ambush near Khar on Monday.\n"
        "The ambush came just a day after a suicide bomber blew himself up at an army camp near Quetta."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-10", "2025-03-09"]


def test_a_lead_place_is_refined_by_a_town_named_a_few_sentences_later(run):
    document = run(
        "Eleven soldiers were killed by militants targeting an army base in northern Pakistan, the army said.\n"
        "The army said the base had been attacked at night.\n"
        "Reinforcements were sent from the provincial capital.\n"
        "Helicopters killed 15 of the attackers as they fled after the attack near Khar."
    )
    assert place_of(document, document["incidents"][0]) == "Khar"


def test_a_day_after_counts_back_from_the_day_the_story_was_reported(run):
    document = run(
        "Police shot dead a suspected militant at a checkpoint in Peshawar, officials said on Monday.\n"
        "The shooting came only a day after a suicide bomber detonated himself at an army camp near the capital's "
        "airport."
    )
    bomber = document["incidents"][1]
    assert bomber["date"] == "2025-03-09"
    assert place_of(document, bomber) == "Peshawar"


def test_an_event_that_did_not_happen_is_no_incident(run):
    document = run(
        "PESHAWAR: A gunman killed a teacher at a school in Peshawar on Monday.\n"
        "Police had stopped and searched him on Sunday, a day ahead of the attack, but he was not arrested."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [1]


def test_an_incident_the_event_followed_is_an_incident_of_its_own(run):
    document = run(
        "PESHAWAR: Troops shot dead a militant near Khar on Monday.\n"
        "It followed another incident on the same day in which a taxi driver was shot dead in Quetta."
    )
    assert len(document["incidents"]) == 2


def test_another_kind_of_event_on_another_day_is_another_incident_placed_by_the_sentence_before(run):
    document = run(
        "A commander was killed in a drone strike near Quetta, military sources said on Monday.\n"
        "The strike comes as tensions mount in Khar, a key front.\n"
        "On Sunday, troops engaged in heavy fighting with rebels trying to advance on their positions."
    )
    incidents = document["incidents"]
    assert [i["date"] for i in incidents] == ["2025-03-10", "2025-03-09"]
    assert place_of(document, incidents[1]) == "Khar"


def test_a_day_told_as_of_that_year_takes_the_year_named_before():
    text = "Four men were jailed for a bombing on April 8, 2011. They also bombed a rally on March 3 that year."
    assert [d.value for d in find_dates(text, TUESDAY)] == ["2011-04-08", "2011-03-03"]


def test_bodies_found_in_another_town_are_an_incident_of_their_own(run):
    document = run(
        "PESHAWAR: Gunmen killed nine people in a shootout in Peshawar on Monday.\n"
        "Authorities also found 19 bodies on March 8 in the town of Quetta, some hanging from a bridge."
    )
    incidents = document["incidents"]
    assert [i["date"] for i in incidents] == ["2025-03-10", "2025-03-08"]
    assert place_of(document, incidents[1]) == "Quetta"


def test_a_neighbour_across_the_border_is_not_the_place_of_the_event(run):
    document = run("Explosions near the border with Pakistan killed at least two people last week.")
    assert document["incidents"][0]["location"] is None


def test_the_bodies_of_the_victims_found_later_belong_to_the_event_told(run):
    document = run(
        "PESHAWAR: Gunmen who raided villages near Khar on Sunday killed at least 20 people.\n"
        "Some who tried to hide were hunted down and shot; their bodies were found on Tuesday."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [20]


def test_an_undated_event_in_a_report_is_dated_the_day_it_was_published(run):
    document = run("MAIDUGURI: Gunmen killed four farmers near Bama, police said.")
    assert [(i["date"], i["date_precision"]) for i in document["incidents"]] == [("2025-03-11", "day")]


def test_a_death_earlier_the_same_day_told_in_a_clause_is_an_incident_of_its_own(run):
    document = run(
        "A bomb exploded at the gates of a hospital in Quetta on Tuesday, killing 20 people, police said.\n"
        "Many of the dead were doctors who had gathered after a surgeon was shot dead earlier on Tuesday."
    )
    assert sorted((i["date"], i["fatalities"]) for i in document["incidents"]) == [
        ("2025-03-11", 1),
        ("2025-03-11", 20),
    ]


def test_a_clause_told_again_goes_to_the_incident_its_first_telling_opened(run):
    document = run(
        "Many of those killed or wounded were mourners who had gathered after a judge was shot dead earlier on "
        "Tuesday.\n"
        "A bomb exploded at the gates of a hospital in Quetta on Tuesday, killing 20 people, police said.\n"
        "Most of the dead were lawyers who had come to the hospital after judge Omar Farooq was shot dead earlier "
        "on Tuesday."
    )
    assert sorted(i["fatalities"] for i in document["incidents"]) == [1, 20]
    killing = next(i for i in document["incidents"] if i["fatalities"] == 1)
    bombing = next(i for i in document["incidents"] if i["fatalities"] == 20)
    names = {p["key"]: p["name"] for p in document["persons"]}
    assert [names[p["person"]] for p in killing["persons"]] == ["Omar Farooq"]
    assert not bombing["persons"]


def test_a_weekday_other_than_the_one_of_the_events_date_is_another_event(run):
    document = run(
        "Gunmen killed 30 worshippers at a mosque in Khar on March 9, 2025, officials said.\n"
        "In a Tuesday shootout, soldiers killed 11 militants near Khar.",
        published=None,
    )
    assert [i["fatalities"] for i in document["incidents"]] == [30, 11]


def test_another_month_is_another_event_even_without_a_publication_date(run):
    document = run(
        "On May 10, eight soldiers were killed in an attack on their post near Khar, the army said.\n"
        "Previously in February, nine people were killed in attacks in the same area.",
        published=None,
    )
    assert [i["fatalities"] for i in document["incidents"]] == [8, 9]


def test_a_caption_the_story_tells_again_does_not_join_the_lead(run):
    document = run(
        "Two policemen killed as rebels launch attacks\n"
        "A bomb on a motorbike exploded in Khar, wounding four people, two of them children "
        "- Copyright AFP\n"
        "Rebels on Monday killed two policemen in an attack on a police station in Peshawar, officials said.\n"
        "A bomb on a motorbike exploded in Khar, wounding four people, two of them children, "
        "police said."
    )
    assert sorted((place_of(document, i), i["fatalities"]) for i in document["incidents"]) == [
        ("Khar", 0),  # (wounded only: test_tolls_wounded_only.py)
        ("Peshawar", 2),
    ]


def test_the_day_a_group_claimed_an_attack_is_not_the_day_of_the_attack(run):
    document = run(
        "Blasts killed more than 100 people near a shrine in Khar\n"
        "The group on Wednesday claimed responsibility for the blasts that killed more than 100 people.\n"
        "Officials said the two blasts went off at the shrine in Khar on Monday as crowds gathered."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-10"]


def test_the_second_blast_of_a_twin_bombing_is_the_same_incident(run):
    document = run(
        "Two bombs tore through a church in Khar, leaving at least 17 people dead, the army said.\n"
        "The first blast struck the nave on Sunday morning during the service and was followed by a second "
        "explosion by the gate as soldiers arrived."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [17]


def test_a_later_day_that_only_points_back_to_the_event_is_a_follow_up_even_naming_a_place():
    from incidents.extraction.gazetteer import PlaceRecord
    from incidents.extraction.model import Incident, Mention, Place
    from incidents.extraction.segmentation import Open, follow_up
    from incidents.extraction.sentence_facts import SentenceFacts

    text = "On Saturday a police chief in Khar raised the count, a day after the bombing."
    at = text.index("Khar")
    mention = Mention(at, at + 4, "Khar", "place", 1)
    record = PlaceRecord(6, "Khar", "city", "PK", None, None, None, None)
    sentence = SentenceFacts(1, 0, len(text), text, 1)
    sentence.events = [("bombing", 6, text.index("bombing"))]
    sentence.places = [(mention, Place("l1", "Khar", "city", "PK", record=record))]
    told = Open(Incident([0]), {"suicide_bombing"}, "2025-03-07")  # told without a place of its own
    assert follow_up(sentence, told)
    elsewhere = Open(Incident([0]), {"suicide_bombing"}, "2025-03-07", [Place("l2", "Quetta", "city", "PK")])
    assert not follow_up(sentence, elsewhere)


def test_separately_before_a_toll_already_told_is_the_same_incident(run):
    document = run(
        "Jihadists killed eight soldiers in an attack on an army camp near Khar on Sunday, the army said.\n"
        "Separately, a security official put the number of dead at eight or more.\n"
        "Meanwhile, the commander said the eight dead had all joined this year."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [8]


def test_separately_before_a_new_toll_is_still_another_incident(run):
    document = run(
        "Jihadists killed eight soldiers in an attack on an army camp near Khar on Sunday, the army said.\n"
        "Separately, three villagers died when gunmen fired on a bus near Quetta."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [8, 3]


def test_the_dead_of_a_years_or_a_months_many_attacks_are_no_incident(run):
    document = run(
        "A roadside bomb killed five soldiers near Khar on Sunday, the army said.\n"
        "Last year, 30 policemen were killed in militant attacks in the district.\n"
        "Last month saw 14 acts of terrorism, which left at least 19 people dead."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [5]


def test_a_similar_incident_named_in_a_clause_with_its_own_day_is_an_incident_of_its_own(run):
    document = run(
        "PESHAWAR: One policeman was killed and two were wounded in a clash with gunmen near Khar on Monday, "
        "officials said. The firefight broke out near a checkpoint outside Khar, where a similar incident took "
        "place on February 20."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-10", 1), ("2025-02-20", None)]
    assert len(document["incidents"][0]["evidence"]) == 2  # the rest of the sentence still tells the clash


def test_in_another_instance_opens_another_event(run):
    document = run(
        "PESHAWAR: Gunmen killed six people in Khar on Sunday. In another instance on Sunday, a car loaded with "
        "explosives blew up in Quetta. Sources said the attack targeted an army post."
    )
    assert [place_of(document, i) for i in document["incidents"]] == ["Khar", "Quetta"]


def test_a_year_is_another_time_than_an_event_told_by_its_weekday_alone(run):
    document = run(
        "Gunmen killed six people at a police post in Khar on Sunday, the ministry said. Four of the attackers "
        "were killed by police. In 2011 Khar saw the province's earliest suicide attack, when a farmer "
        "detonated a bomb beside a police station.",
        published=None,
    )
    # The four attackers killed join the six (tolls.py); the 2011 bombing is an incident of its own.
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [(None, 10), ("2011", None)]


def test_a_past_event_told_in_passing_leaves_the_lines_after_it_to_the_event_told(run):
    document = run(
        "PESHAWAR: A gunman attacked the police station in Khar today, police said. He was shot dead by "
        "officers. The group was long thought to be behind the 2009 Quetta bombings. The attack on the officers "
        "occurred at dawn."
    )
    incidents = document["incidents"]
    assert [i["date"] for i in incidents] == ["2025-03-11", "2009"]
    assert [len(i["evidence"]) for i in incidents] == [3, 1]


def test_the_day_of_a_sentence_in_court_is_not_the_day_of_the_attack(run):
    document = run(
        "A Khar man was sentenced to life behind bars on Monday for a knife attack last year that killed a "
        "police officer and wounded five people."
    )
    assert [i["date"] for i in document["incidents"]] == ["2024"]


def test_people_slaughtered_are_the_dead_of_an_attack_on_civilians(run):
    document = run(
        "PESHAWAR: Gunmen killed eleven soldiers in an attack on an army post near Khar on Sunday. In January, "
        "41 people were slaughtered by militants in several villages near Quetta."
    )
    assert [(i["fatalities"], i["type"]) for i in document["incidents"]] == [
        (11, "armed_clash"),
        (41, "attack_on_civilians"),
    ]


def test_the_previous_month_counts_from_the_past_event_told_last(run):
    document = run(
        "PESHAWAR: A suicide bomber killed nine people at a bus stop in Khar on Monday. In September 2022, a "
        "suicide bomber killed 53 people in the same district. A bombing at a mosque in Quetta the previous "
        "October killed more than 70 worshippers."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-10", "2022-09", "2021-10"]


def test_a_part_of_a_sentence_on_a_day_of_its_own_is_an_incident_of_its_own(run):
    document = run(
        "PESHAWAR: On Sunday, gunmen shot dead a well-known preacher in Khar, and last week, a bombing at a mosque "
        "killed a second preacher during Friday prayers, also in Quetta."
    )
    assert [place_of(document, i) for i in document["incidents"]] == ["Khar", "Quetta"]


def test_a_raid_on_a_security_post_on_a_date_of_its_own_is_another_event(run):
    document = run(
        "On 8 and 10 February, patrols in a park near Khar struck roadside bombs. One soldier and eight rangers "
        "were killed. Neighbouring Bama was first hit when gunmen raided a security post in the "
        "village on 9 November 2021.",
        published=None,
    )
    # (the first of the two days is within three months of the full date: its year is that date's next one)
    assert [(i["date"], i["type"]) for i in document["incidents"]] == [
        ("2022-02-08", "bombing"),
        ("2021-11-09", "armed_clash"),
    ]


def test_a_toll_at_an_unrelated_place_on_the_same_day_is_another_incident(run):
    document = run(
        "A car bomb killed nine people at the main market of Quetta on Monday, police said.\n"
        "Four soldiers were killed on Monday in a roadside bombing in Khar."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-10", 9), ("2025-03-10", 4)]


def test_a_toll_at_an_unrelated_place_is_another_incident_when_the_first_was_named_but_not_placed(run):
    document = run(
        "Mourners filled the streets across Quetta on Monday as a car bomb killed nine people at a market.\n"
        "Four soldiers were killed on Monday in a roadside bombing in Khar."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [9, 4]
    assert place_of(document, document["incidents"][1]) == "Khar"


def test_an_event_the_story_comes_a_day_after_is_told_in_passing_and_the_story_goes_on(run):
    document = run(
        "PESHAWAR: Militants hurled grenades at a police checkpoint in Khar on Monday, wounding two officers.\n"
        "The grenade attack on the checkpoint came a day after gunmen ambushed a prison van near Quetta.\n"
        "Police said the two attackers fled on motorbikes towards the hills.\n"
        "It came a day after gunmen ambushed a prison van near Quetta, a police officer added."
    )
    incidents = document["incidents"]
    assert [i["date"] for i in incidents] == ["2025-03-10", "2025-03-09"]
    assert place_of(document, incidents[1]) == "Quetta"
    assert len(incidents[0]["evidence"]) > len(incidents[1]["evidence"])


def test_an_event_the_story_comes_hours_or_days_after_is_dated_back_from_the_story(run):
    hours = run(
        "PESHAWAR: A suicide bomber killed six people at a mosque in Peshawar on Monday.\n"
        "The bombing came just hours after gunmen shot dead a teacher in Quetta."
    )
    assert [i["date"] for i in hours["incidents"]] == ["2025-03-10", "2025-03-10"]
    days = run(
        "PESHAWAR: A suicide bomber killed six people at a mosque in Peshawar on Monday.\n"
        "The bombing came only six days after ten civilians died in a missile strike in Quetta."
    )
    assert [(i["date"], i["fatalities"]) for i in days["incidents"]] == [("2025-03-10", 6), ("2025-03-04", 10)]


def test_a_line_naming_whom_only_the_event_told_in_passing_named_goes_on_about_it(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Maiduguri on Sunday, residents said.\n"
        "This comes a few days after Boko Haram fighters attacked soldiers of the Nigerian Army near Bama.\n"
        "A Nigerian Army spokesman said three soldiers died in that attack."
    )
    incidents = document["incidents"]
    assert [i["fatalities"] for i in incidents] == [4, 3]
    assert place_of(document, incidents[1]) == "Bama"
