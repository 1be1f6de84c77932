"""Incident types: a suicide bomber the text only doubts or weighs against another cause is no suicide bombing but a
bombing (README "Types": a bombing is a suicide bombing only when the text says a bomber blew himself up); one the
text tells as done stays one, whatever doubt is voiced about something else in the same lines."""

from __future__ import annotations

import pytest

from .readers import incident_types

# Must not fire: the bomber is told as fact; the doubt, the question or the warning is about something else.
TOLD_AS_DONE = [
    # a question about the bomber, not about whether there was one
    "PESHAWAR: A suicide bomber blew himself up at a market in Khar on Sunday, killing 12 people. Police are "
    "investigating whether the suicide bomber had accomplices or acted alone.",
    # warnings came before; then a bomber did blow himself up
    "KABUL: Despite repeated warnings of an attack, a suicide bomber blew himself up at the gate of a police "
    "station in Kabul on Friday, killing six officers.",
    "KABUL: A suicide bomber blew himself up at the gate of a ministry in Kabul on Friday, killing six people, "
    "weeks after officials warned of a suicide attack on the capital.",
    # "appeared" tells the bomber's looks, not doubt about the blast
    "QUETTA: A suicide bomber blew himself up at a bus stop in Quetta on Monday, killing eight people. Witnesses "
    "said the bomber appeared to be a teenager.",
    # the looks are doubted, but the text says he blew himself up
    "QUETTA: A man who appeared to be a suicide bomber blew himself up at a bus stop in Quetta on Monday, killing "
    "eight people.",
    # a question about who acted, the bomber told as there ("whether the suicide bomber or ...")
    "PESHAWAR: A suicide bomber blew himself up at a checkpoint in Khar on Sunday, killing nine soldiers. It was not "
    "clear whether the suicide bomber or a second attacker set off the first blast.",
    # the picture is doubted, not the bomber
    "PESHAWAR: A bomb went off at a market in Khar on Sunday, killing eight people. The group released a purported "
    "photograph of the suicide bomber.",
    # doubt about the toll or the target, the suicide attack itself told plainly
    "KABUL: A suicide attacker detonated his vest outside a school in Kabul on Friday, killing at least 11 pupils. "
    "It was not clear whether the school or a nearby police post was the target.",
]


@pytest.mark.parametrize("text", TOLD_AS_DONE)
def test_a_suicide_bomber_told_as_done_stays_a_suicide_bombing(run, text):
    assert incident_types(run(text))[0] == "suicide_bombing", text


# Must not fire: no suicide bomber at all, only the word "suicide" in another sense, or a bomb set and left.
NO_BOMBER = [
    "QUETTA: A bomb exploded at a bus stand in Quetta on Monday, killing five people. The driver's brother had "
    "died by suicide last year.",
    "PESHAWAR: A roadside bomb hit a van in Khar on Sunday, killing four passengers. Police said the bomb had "
    "been planted overnight and set off by remote control.",
]


@pytest.mark.parametrize("text", NO_BOMBER)
def test_a_blast_with_no_bomber_told_stays_a_bombing(run, text):
    assert incident_types(run(text))[0] == "bombing", text


# Fires: the bomber is only doubted ("appeared to be", "purported"), or weighed against another cause ("whether ... a
# suicide bomber or ..."). (A suicide attack feared or warned of is left alone: the feared attack may be the one told.)
IN_DOUBT = [
    "PESHAWAR: A bomb went off at a market in Khar on Sunday, killing eight people. Officials said the blast "
    "seemed to be the work of a suicide bomber.",
    "PESHAWAR: A bomb went off at a market in Khar on Sunday, killing eight people. Blast appears to be suicide "
    "attack, officials say.",
    "QUETTA: A blast tore through a bus at a depot in Quetta on Monday, killing seven passengers. It was not yet "
    "clear whether it was caused by a suicide bomber or by a device hidden among the bags.",
    "QUETTA: A blast tore through a bus at a depot in Quetta on Monday, killing seven passengers. Police later "
    "released a video of a purported suicide bomber.",
]


@pytest.mark.parametrize("text", IN_DOUBT)
def test_a_suicide_bomber_only_doubted_leaves_a_bombing(run, text):
    assert incident_types(run(text))[0] == "bombing", text


# A suicide bombing only hedged ("in what appeared to be", "seemed to be", "an apparent") is still a bomb that went
# off: a bombing, not an attack told by its victims alone.
HEDGED_LEAVES_A_BOMBING = [
    "PESHAWAR: At least 20 people were killed at a mosque in Peshawar on Friday in what appeared to be a suicide "
    "bombing, police said.",
    "QUETTA: What appeared to be a suicide bombing killed 20 people at a mosque in Quetta on Friday, police said.",
    "KABUL: Twelve people were killed at a market in Kabul on Friday in what officials said appeared to be the work "
    "of a suicide bomber.",
    "KHAR: Nine soldiers were killed at a checkpoint in Khar on Sunday in what seemed to be a suicide attack.",
    "KARACHI: Eleven people were killed in an apparent suicide bombing at a bus stop in Karachi on Tuesday, police "
    "said.",
]


@pytest.mark.parametrize("text", HEDGED_LEAVES_A_BOMBING)
def test_a_hedged_suicide_bombing_is_still_a_bombing(run, text):
    assert incident_types(run(text))[0] == "bombing", text


# Must not fire: the attack once feared or threatened happened, told in the same lines.
FEARED_AND_DONE = [
    "KABUL: The Taliban made good on their threat of a suicide bombing on Friday, killing 17 people at a bank in "
    "Kabul.",
    "KHAR: Fears of another suicide bombing came true on Friday when a bomber struck a crowded market in Khar, "
    "killing 12 people.",
    "KHAR: Security forces were on alert over the risk of a suicide attack when one struck a checkpoint in Khar on "
    "Sunday, killing nine soldiers.",
    "KHAR: The Taliban carried out their threat of a suicide attack on Friday, when a bomber drove a car packed with "
    "explosives into a police post in Khar, killing nine officers.",
    "QUETTA: Police had warned of a suicide bomber targeting Shia mosques. On Friday the bomber detonated his "
    "explosives inside a mosque in Quetta, killing 20 worshippers.",
]


@pytest.mark.parametrize("text", FEARED_AND_DONE)
def test_a_feared_suicide_attack_that_came_stays_a_suicide_bombing(run, text):
    assert incident_types(run(text))[0] == "suicide_bombing", text


# Must not fire: "appeared" tells who the bomber was, or the text says the bomber died or was found; a statement
# "purportedly from the suicide bomber" doubts the statement, not the bomber.
BOMBER_TOLD_AS_THERE = [
    "PESHAWAR: The attacker, who appeared to be a suicide bomber of about 15, detonated explosives strapped to his "
    "body at the gate of a police station in Peshawar on Monday, killing seven officers.",
    "MAIDUGURI: An explosion tore through a market in Maiduguri on Tuesday, killing 15 traders. It appeared to be "
    "the work of a suicide bomber, a girl of about 12, who died in the blast, police said.",
    "PESHAWAR: A blast killed six policemen at the gate of a police station in Peshawar on Monday. The attacker "
    "appeared to be a suicide bomber sent by the Pakistani Taliban, police said, and his head was found near the "
    "gate.",
    "KABUL: A blast killed 20 worshippers at a mosque in Kabul on Friday. Islamic State later posted a statement "
    "purportedly from the suicide bomber.",
]


@pytest.mark.parametrize("text", BOMBER_TOLD_AS_THERE)
def test_a_bomber_told_as_there_stays_a_suicide_bombing(run, text):
    assert incident_types(run(text))[0] == "suicide_bombing", text


# Must not fire as a bombing: a suicide attack only possible, likely or suspected (feared, foiled, a suspect shot) is
# no blast told; the doubted word is dropped, as before, and the rest of the lines give the type.
ONLY_POSSIBLE = [
    (
        "KABUL: Police in Kabul were on alert for a possible suicide attack on Friday after gunmen killed 11 people "
        "at a hotel.",
        "attack_on_civilians",
    ),
    (
        "KHAR: Soldiers foiled a likely suicide attack on a checkpoint in Khar on Sunday, shooting dead two "
        "militants, the army said.",
        "armed_clash",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONLY_POSSIBLE)
def test_a_suicide_attack_only_possible_or_likely_tells_no_bombing(run, text, expected):
    assert incident_types(run(text))[0] == expected, text


def test_a_suspected_suicide_bomber_shot_dead_is_no_bombing(run):
    text = (
        "KABUL: Security guards shot dead a suspected suicide bomber at the gate of a ministry in Kabul on Sunday, "
        "officials said. No one else was hurt."
    )
    assert incident_types(run(text))[0] not in ("bombing", "suicide_bombing"), text


# Must not fire: a victim "who died" or "who was killed" after a doubted suicide attack is no bomber told dead.
VICTIM_DEAD_AFTER_THE_DOUBT = [
    "KHAR: A blast at a checkpoint in Khar killed nine soldiers on Sunday in an apparent suicide attack, among them a "
    "major who was killed instantly.",
    "QUETTA: Twenty people were killed at a mosque in Quetta on Friday in what appeared to be a suicide bombing, "
    "including a boy who died in hospital.",
]


@pytest.mark.parametrize("text", VICTIM_DEAD_AFTER_THE_DOUBT)
def test_a_victim_told_dead_after_a_doubted_suicide_attack_leaves_a_bombing(run, text):
    assert incident_types(run(text))[0] == "bombing", text


# Fires (stays a suicide bombing): the bomber's remains found, in the doubting sentence or the next.
BOMBER_REMAINS_FOUND = [
    "MAIDUGURI: A blast killed nine worshippers at a mosque in Maiduguri on Friday in what appeared to be a suicide "
    "bombing. Police said the bomber's remains were found at the scene.",
    "MAIDUGURI: A blast killed nine worshippers at a mosque in Maiduguri on Friday. The explosion appeared to be "
    "caused by a suicide bomber, a police spokesman said, adding that the bomber's remains were found at the scene.",
]


@pytest.mark.parametrize("text", BOMBER_REMAINS_FOUND)
def test_the_bombers_remains_found_keep_a_doubted_suicide_bombing(run, text):
    assert incident_types(run(text))[0] == "suicide_bombing", text
