"""A named site is the event's place however the words tie the event to it: a short distance from it ("200 yards from
the X"), inside a site named before it ("the Y University's X Gym"), a name whose apposition says it is the lead's
target ("the X, a music bar,"), a South Asian square ("X Chowk"), and "the scene of the attack in X"."""

from __future__ import annotations

from .readers import place_of


def _lead_place(document: dict) -> str | None:
    return place_of(document, document["incidents"][0])


def test_a_site_a_few_yards_from_the_blast_is_the_place(run):
    document = run("In Kabul, a car bomb exploded on Thursday about 200 yards from the Varel Embassy, killing one man.")
    assert _lead_place(document) == "Varel Embassy"


def test_a_site_named_as_the_owner_of_another_is_not_the_place(run):
    document = run(
        "A bomb killed four people in Peshawar on Sunday, police said. The blast came while students met for "
        "prayers at the Kelmar State University's Dovra Gym, officials said."
    )
    assert _lead_place(document) == "Dovra Gym"


def test_a_site_whose_apposition_names_the_lead_target_is_the_place(run):
    document = run(
        "A gunman killed two people at a popular music bar in Peshawar on Saturday night. Shots were fired at "
        "three spots, including the Harbour Pub, a music bar, police said."
    )
    assert _lead_place(document) == "Harbour Pub"


def test_a_chowk_is_a_site_of_the_town(run):
    document = run(
        "Gunmen killed two policemen in Peshawar on Friday night, officials said. Armed men opened fire on the "
        "police van near Sadar Chowk as it returned from a checkpoint."
    )
    assert _lead_place(document) == "Sadar Chowk"


def test_the_scene_of_the_attack_names_the_place(run):
    document = run(
        "Gunmen shot dead twenty road workers in Pakistan, officials said on Tuesday. The workers had been building "
        "a bridge. Their bodies were found on Monday morning. Relatives have demanded answers from the government. "
        "Troops sent to the scene of the attack in Kalvor district came under fire, and one soldier was killed."
    )
    assert (_lead_place(document) or "").startswith("Kalvor")
