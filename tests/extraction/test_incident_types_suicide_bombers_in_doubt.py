"""Incident types: a suicide bomber the text only doubts, weighs against another cause or fears is no suicide
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


# Fires: the bomber is only doubted ("appeared to be", "purported"), weighed against another cause ("whether ... a
# suicide bomber or ..."), or feared or warned of before the blast.
IN_DOUBT = [
    "PESHAWAR: A bomb went off at a market in Khar on Sunday, killing eight people. Officials said the blast "
    "appeared to be the work of a suicide bomber.",
    "PESHAWAR: A bomb went off at a market in Khar on Sunday, killing eight people. Blast appears to be suicide "
    "attack, officials say.",
    "QUETTA: A blast tore through a bus at a depot in Quetta on Monday, killing seven passengers. It was not yet "
    "clear whether it was the result of a suicide bomber or a device planted in the luggage hold.",
    "QUETTA: A blast tore through a bus at a depot in Quetta on Monday, killing seven passengers. Police later "
    "released a video of a purported suicide bomber.",
    "KABUL: Two blasts went off outside a hotel in Kabul on Friday, killing 13 people. Several embassies had "
    "warned of a suicide attack there, and one spoke of a threat of a suicide bombing.",
]


@pytest.mark.parametrize("text", IN_DOUBT)
def test_a_suicide_bomber_only_doubted_or_feared_leaves_a_bombing(run, text):
    assert incident_types(run(text))[0] == "bombing", text
