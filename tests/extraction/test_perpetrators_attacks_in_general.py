"""A claim or a blame of attacks in general ("most attacks here are attributed to X", "several raids have also been
claimed by Y") is not the claim of the event told (perpetrators)."""

from __future__ import annotations

from .readers import perpetrator_names


def test_raids_claimed_in_general_are_not_this_raids_claim(run):
    document = run(
        "MAIDUGURI: Armed men killed eleven farmers near Bama on Sunday night, officials said.\n\n"
        "Residents said the attackers came on motorbikes and set fire to the granaries before dawn.\n\n"
        "Several raids in the area have also been claimed by the Islamic State group, though analysts doubt it."
    )
    assert "Islamic State" not in perpetrator_names(document)


def test_attacks_attributed_in_general_are_not_this_attacks_doer(run):
    document = run(
        "MAIDUGURI: Armed men killed eleven farmers near Bama on Sunday night, officials said.\n\n"
        "Most attacks in the northeast are attributed to Boko Haram, which has fought the state since 2009."
    )
    assert "Boko Haram" not in perpetrator_names(document)


def test_an_attack_attributed_to_a_group_keeps_its_doer(run):
    document = run(
        "MAIDUGURI: Armed men killed eleven farmers near Bama on Sunday night, officials said.\n\n"
        "The attack was attributed to Boko Haram by the state governor."
    )
    assert perpetrator_names(document) == ["Boko Haram"]
