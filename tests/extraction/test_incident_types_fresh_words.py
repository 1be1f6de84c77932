"""Incident types from word classes fresh text used: a booby-trapped vehicle is a bomb, an exchange of gunfire is a
fight, a vehicle driven into a group of people (or "ploughed into them", right after the verb) is an attack on
civilians, and a line opening "Also in X," tells one more event unless its subject is the event told ("the bomb")."""

from __future__ import annotations

from .readers import incident_types


def test_a_booby_trapped_rickshaw_that_blew_apart_a_checkpost_is_a_bombing(run):
    document = run("Four policemen died near Khar on Sunday when a booby-trapped rickshaw blew apart their checkpost.")
    assert incident_types(document) == ["bombing"]


def test_a_raid_on_an_outpost_answered_by_an_exchange_of_gunfire_is_a_clash(run):
    document = run(
        "PESHAWAR: Levies guarding a hilltop outpost near Khar were raided on Sunday night. "
        "Two raiders died in the exchange of gunfire that went on until dawn."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_group_of_cyclists_that_a_van_hit_is_an_attack_on_civilians(run):
    document = run(
        "PESHAWAR: Two of the riders died near Khar on Sunday after a speeding van hit a group of cyclists "
        "racing to the town. Its driver escaped on foot."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_a_car_ploughed_into_them_is_an_attack_on_civilians(run):
    document = run("PESHAWAR: Near Khar on Sunday a car ploughed into them as they left a funeral, and two died.")
    assert incident_types(document) == ["attack_on_civilians"]


def test_them_a_few_words_after_a_driving_verb_is_no_rampage(run):
    document = run(
        "PESHAWAR: Border guards were resting at a well near Khar on Sunday when insurgents drove through the "
        "orchard behind them and opened fire, killing five guards."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_line_opening_also_in_a_town_tells_another_bombing(run):
    document = run(
        "PESHAWAR: A roadside bomb killed two soldiers in Khar on Sunday, police said. "
        "Also in Khar, a parcel bomb tore through a bazaar and killed a child."
    )
    assert incident_types(document) == ["bombing", "bombing"]


def test_a_line_opening_also_in_a_town_whose_subject_is_the_bomb_retells_it(run):
    document = run(
        "PESHAWAR: A roadside bomb killed two soldiers in Khar on Sunday, police said. "
        "Also in Khar, the bomb wounded a boy herding goats."
    )
    assert incident_types(document) == ["bombing"]
