"""Tolls told as lists, dozens, bodies found, ranks and shares of the attackers: "8 guards, three cooks and a
driver were killed", "two dozen", "the bodies of nine herders were found", "one of the worst raids in recent
years", "two of the raiders were killed"."""

from __future__ import annotations

from incidents.extraction.counts import number_value

from .readers import killed_values


def test_every_item_of_a_list_of_the_dead_counts():
    assert killed_values("The garrison reported that 8 guards, three cooks and a driver were killed.") == [12]
    assert killed_values("Seven herders, 4 traders, two pupils and their teacher died in the fire.") == [14]
    # (a number of another phrase before the list is not an item)
    assert killed_values("A column of 30 lorries, two escorts and a mechanic were killed.") == [3]


def test_a_count_of_dozens_multiplies():
    assert number_value("three dozen") == 36
    assert number_value("thirty-four") == 34
    assert killed_values("Police fear that more than two dozen miners were shot dead at the pit.") == [24]


def test_the_bodies_of_a_number_found_are_the_dead():
    assert killed_values("By noon the bodies of nine herders, all from one clan, had been found near the well.") == [9]
    assert killed_values("Rescuers recovered the bodies of 17 passengers from the river.") == [17]


def test_a_rank_among_recent_attacks_keeps_the_sentences_toll(run):
    document = run(
        "KORAMA: At least 23 guards were killed in Korama on Tuesday in one of the worst raids on the province in "
        "recent years when a lorry bomb hit their barracks."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [23]


def test_a_share_of_the_attackers_killed_joins_the_toll(run):
    document = run(
        "Gunmen killed five people at a market in the town of Korama on Friday, the ministry said.\n\n"
        "Two of the raiders were killed and three arrested by police in a later operation, a spokesman said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [7]


def test_a_list_of_the_dead_right_after_a_dates_year_counts_every_item():
    # (the year closes the date and opens the list: it is no item)
    assert killed_values("On March 3rd, 2019 two Danish, one Dutch and one Swiss hiker were killed on the pass.") == [4]
    assert killed_values("On 3 March 2019 two Danish, one Dutch and one Swiss hiker were killed on the pass.") == [4]


def test_the_dead_told_as_a_list_of_counted_groups_add_up(run):
    document = run(
        "Gunmen stormed a checkpoint near Quetta on Monday night, the army said.\n\n"
        "The dead in Monday's raid included three raiders and five members of the border guard, it said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [8]


def test_the_dead_told_as_a_list_after_the_toll_only_say_who_they_were(run):
    # (one paragraph: the next sentence's dead would otherwise join the toll)
    document = run(
        "Gunmen killed 12 people at a checkpoint near Quetta on Monday night, the army said. "
        "The dead included four women and two boys."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [12]
    # (one group is a part of the dead, not their toll; nor is a list "among the dead")
    assert killed_values("The dead included four women.") == []
    assert killed_values("Among the dead were four women and two boys.") == []


def test_the_dead_told_as_a_list_in_the_tolls_own_sentence_only_say_who_they_were(run):
    document = run(
        "Raiders shot dead 9 villagers at a well near Turbat on Friday; the dead included five herders and a "
        "teacher, the district chief said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [9]


def test_the_dead_told_as_a_list_before_the_toll_give_way_to_the_toll(run):
    document = run(
        "The dead included two nurses and a driver, the health office said on Sunday.\n\n"
        "Raiders had shot dead 11 people at a clinic near Turbat on Saturday evening, officials said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [11]
