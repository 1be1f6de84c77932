"""Incident types of hostage sieges: a storming that turned into people held (also after a toll told first), a siege
told as a "hostage situation" or by its hostages, and a siege that tells no hostages (README "Types": a hostage siege is
an abduction, a storming that tells no hostages stays an attack)."""

from __future__ import annotations

from .readers import incident_types


def test_a_storming_followed_by_people_held_hostage_is_an_abduction(run):
    document = run(
        "NAIROBI: Five armed men stormed a lakeside guesthouse in Kisumu late on Saturday. "
        "Waiters and a dozen guests were then held hostage for nine hours while police waited outside. "
        "Commandos ended it at dawn."
    )
    assert incident_types(document) == ["abduction"]


def test_a_hostage_situation_with_few_dead_is_an_abduction(run):
    document = run(
        "PERTH: The hostage situation at a pharmacy in Fremantle ended on Tuesday, where two people, including "
        "the gunman, were killed."
    )
    assert incident_types(document) == ["abduction"]


def test_a_storming_that_killed_many_before_hostages_were_held_is_an_abduction(run):
    document = run(
        "NAIROBI: Gunmen stormed a college in Kisumu on Saturday, killing 30 students. "
        "Others were held hostage in a dormitory until troops arrived."
    )
    assert incident_types(document) == ["abduction"]


def test_an_attack_that_turned_into_a_hostage_siege_is_an_abduction(run):
    document = run(
        "NAIROBI: Armed men burst onto a campus in Kisumu early on Saturday and shot dead at least 25 people, in a "
        "raid that soon turned into a hostage siege, the county commissioner said."
    )
    assert incident_types(document) == ["abduction"]


def test_a_seized_hotel_whose_siege_ended_with_hostages_freed_is_an_abduction(run):
    document = run(
        "MAIDUGURI: Nine people died when militants seized a guesthouse in Maiduguri on Friday, the governor said. "
        "By Saturday noon the siege was over, with 40 hostages freed as soldiers took back the building."
    )
    assert incident_types(document) == ["abduction"]


def test_a_siege_whose_dead_were_hostages_is_an_abduction(run):
    document = run(
        "MAIDUGURI: Four people were shot dead in Bama on Tuesday. The sect is also blamed for a school siege in "
        "Maiduguri in 2016, when 30 people, among them 12 hostages, lost their lives."
    )
    assert incident_types(document)[-1] == "abduction"


def test_a_hotel_siege_that_tells_no_hostages_stays_an_attack(run):
    document = run(
        "MAIDUGURI: Militants stormed a hotel in Maiduguri on Friday evening, killing 14 guests, officials said. "
        "Dozens of people trapped on the upper floors were rescued by soldiers after a siege of 20 hours."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_hostages_told_past_a_caption_and_its_credit_make_the_siege_an_abduction(run):
    document = run(
        "Soldiers wait outside a guesthouse that gunmen seized in Maiduguri on Friday. (AP Photo/Jane Roe)\n\n"
        "Soldiers wait outside a guesthouse that gunmen seized in Maiduguri on Friday. (AP Photo/Jane Roe)\n\n"
        "The governor said on Saturday that eleven people were killed when the gunmen took the guesthouse. "
        "The siege ended at dawn and 35 hostages were let go, he said."
    )
    assert incident_types(document) == ["abduction"]
