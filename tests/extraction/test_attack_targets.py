"""Incident types from what an attack was aimed at: a place of unarmed people, an armed force's post, one man."""

from __future__ import annotations

from .readers import incident_types


def test_gunmen_firing_on_a_temple_is_an_attack_on_civilians_even_when_a_guard_dies(run):
    document = run(
        "KARNAPUR: Two gunmen opened fire on a temple in Karnapur on Saturday evening, killing a priest "
        "and a police guard. The attackers escaped on foot."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_gunmen_firing_at_a_home_and_killing_its_guard_is_an_attack_on_civilians(run):
    document = run(
        "VELMORA: Three gunmen on Sunday fired at the home of a former magistrate in Velmora, "
        "killing a security guard, officials said."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_an_armed_assault_on_an_exhibition_that_left_the_attackers_dead_is_an_attack_on_civilians(run):
    document = run(
        "DALEMONT: A 2019 armed assault on a painting exhibition in Dalemont left two attackers dead, "
        "officials said on Tuesday."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_armed_groups_attacking_police_stations_with_people_dead_is_a_clash(run):
    document = run(
        "VELMORA: Some nine people died in 2016 after armed groups attacked police stations and a "
        "telecom office in Velmora."
    )
    assert incident_types(document) == ["armed_clash"]


def test_gunmen_opening_fire_on_one_named_constable_is_a_targeted_killing(run):
    document = run(
        "VELMORA: Constable Tarik Odumbe was killed on Tuesday evening when unidentified assailants opened fire on him "
        "near his home in Velmora."
    )
    assert incident_types(document) == ["targeted_killing"]


def test_a_village_attack_whose_next_line_names_an_army_post_as_the_target_is_a_clash(run):
    document = run(
        "KARNAPUR: Rebel fighters raided a hill village in the north of the country on Friday, killing at least "
        "nine people, a local official said. The district chief said the fighters had attacked an army outpost on "
        "the edge of the village of Karnapur before dawn, killing soldiers and farmers."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_village_attack_whose_next_line_names_a_market_stays_an_attack_on_civilians(run):
    document = run(
        "KARNAPUR: Rebel fighters raided a hill village in the north of the country on Friday, killing at least "
        "nine people, a local official said. The district chief said the fighters had attacked the weekly market "
        "of Karnapur before dawn."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_an_attack_whose_stated_targets_were_a_police_academy_and_a_barracks_is_a_clash(run):
    # The lead is worded to clear the sentence classifier's bar for an incident line: if the model is retrained,
    # it may need rewording (the rule read here is the stated targets, not the lead).
    document = run(
        "DALEMONT: An armed assault by the Northern Front rocked Dalemont before dawn on Monday, wounding several "
        "people. A police chief said its two main targets were a police academy in the old quarter and an army "
        "barracks by the port."
    )
    assert incident_types(document) == ["armed_clash"]
    # Without the stated targets, wounded people make it an attack on civilians: the targets decide.
    untargeted = run(
        "DALEMONT: An armed assault by the Northern Front rocked Dalemont before dawn on Monday, wounding several "
        "people."
    )
    assert incident_types(untargeted) == ["attack_on_civilians"]
