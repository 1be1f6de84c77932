"""Perpetrators named after the event: a later line that gives the deed to a group ("X carried out the attacks",
"X has taken responsibility"), and a doer written as a bigger movement's affiliate."""

from __future__ import annotations

from .readers import perpetrator_names


def test_a_later_line_that_the_group_carried_out_the_attack_names_the_doer(run):
    document = run(
        "PESHAWAR: A bomb hidden in a cart exploded beside a tea shop in Khar on Friday, killing four traders, "
        "a district officer said. Two more traders were wounded. The officer said the TTP carried out the "
        "attack to punish traders who paid taxes to the government."
    )
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_a_group_that_has_taken_responsibility_later_in_the_story_is_the_doer(run):
    document = run(
        "PESHAWAR: A roadside bomb struck a police truck in Khar on Friday, killing three officers, witnesses "
        "said. Residents fled the market nearby. Jaish-e-Mohammed has taken responsibility for the bombing."
    )
    assert perpetrator_names(document) == ["Jaish-e-Mohammed"]


def test_the_affiliate_named_after_its_parent_movement_is_the_doer(run):
    document = run(
        "MAIDUGURI: An assault by the Islamic State affiliate group Boko Haram killed nine soldiers at a camp in Bama "
        "on Tuesday, the army said."
    )
    assert perpetrator_names(document) == ["Boko Haram"]


def test_a_spokesman_named_between_commas_saying_his_men_were_behind_it_claims_it(run):
    document = run(
        "PESHAWAR: Gunfire struck a police post in Khar on Friday, killing two constables, officials said. A TTP "
        "spokesman, Ali Zaman, said the insurgents were behind the raid on the post."
    )
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_an_attack_carried_out_by_a_group_in_a_later_line_names_the_doer(run):
    document = run(
        "PESHAWAR: Two grenades exploded at a bus stop in Khar on Friday, killing five commuters, officials said. "
        "Shops stayed shut for the day. The governor said evidence showed it was an attack carried out by the TTP."
    )
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_the_line_right_after_the_lead_names_the_doer_in_weak_words(run):
    # the lead has only "a suspected insurgent raid"; the next line, with no attack count of its own, says who did it
    document = run(
        "PESHAWAR: At least nine villagers have died in a suspected insurgent raid on a market in Khar, officials "
        "said. In a statement on Sunday, the governor said that the TTP carried out a raid on the market late "
        "Saturday."
    )
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_a_quote_right_after_the_lead_does_not_name_the_doer(run):
    # a witness's quoted words tell his own scene, not the narration's event
    document = run(
        "PESHAWAR: Guards had been on alert since the market bombing in Khar that killed nine villagers. "
        "“The police opened fire on us before we could run,” said a shopkeeper."
    )
    assert perpetrator_names(document) == []
