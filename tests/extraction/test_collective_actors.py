"""Armed actors named only by a common noun: bandits, gangs, a movement's qualified fighters (collective_actors)."""

from __future__ import annotations

from incidents.extraction.collective_actors import collective_mentions

from .readers import group_names, perpetrator_names_of


def _mentions(text: str) -> list[str]:
    return [m.text for m in collective_mentions(text, lambda start: 0)]


def test_bandits_in_lower_case_are_one_group_and_the_doers(run):
    document = run(
        "MAIDUGURI: Armed bandits stormed a market near Bama on Sunday, killing seven traders, a police "
        "spokesman said. The bandits later fled with cattle."
    )
    assert "Bandits" in group_names(document)
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Bandits"]


def test_gangs_blamed_for_a_blast_are_named_with_the_country(run):
    document = run(
        "MAIDUGURI: A grenade thrown into a busy bar in Bama killed four drinkers on Sunday, an assault the "
        "governor said was carried out by rival criminal gangs."
    )
    assert "Nigerian criminal gangs" in group_names(document)
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Nigerian criminal gangs"]


def test_gangs_behind_a_wave_of_violence_are_no_group(run):
    document = run(
        "MAIDUGURI: Gunmen shot dead five farmers near Bama on Sunday. The state has long suffered a wave of "
        "violence by armed gangs."
    )
    assert not any("gang" in n.lower() for n in group_names(document))


def test_a_movement_keeps_the_words_that_say_who_its_fighters_are(run):
    document = run("MAIDUGURI: Suspected Islamist insurgents ambushed a convoy of traders near Bama on Sunday.")
    assert "Islamist insurgents" in group_names(document)


def test_a_quoted_label_or_a_named_gang_is_no_collective_mention():
    assert _mentions("The governor said six “bandits” had been killed.") == []
    assert _mentions("Members of the Red Fern gang opened fire. The gang leader fled.") == []
    assert _mentions("Those bandits have many camps, and rival drug gangs fight on.") == ["bandits", "rival drug gangs"]


def test_a_states_unit_the_model_reads_as_an_organisation_leaves_the_movement_standing(run):
    document = run(
        "MAIDUGURI: Separatist rebels shot dead six road workers near Bama on Sunday. Officers of the Nigerian "
        "Mobile Brigade were sent to the scene."
    )
    assert "Separatist rebels" in group_names(document)
