"""Who was attacked, read from the sentence's own words: dead told only as people are read with who most of them were
("63 people, mostly children", "most of them women and children"); a few named among them ("including two
children") do not say who the dead were."""

from __future__ import annotations

from .readers import incident_types


def test_people_killed_mostly_children_at_a_military_school_is_an_attack_on_civilians(run):
    document = run(
        "PESHAWAR: Gunmen who stormed an army-run academy in Peshawar on Monday killed 63 people, mostly children."
    )
    assert incident_types(document) == ["attack_on_civilians"]


def test_people_killed_mostly_soldiers_at_a_military_school_stays_a_clash(run):
    document = run(
        "PESHAWAR: In 2014, an armed assault by militants killed 41 people, mostly soldiers, at a military school in "
        "Peshawar."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_few_children_among_the_dead_at_an_army_base_leave_a_clash(run):
    # ("including": some of the dead, not who most of them were)
    document = run(
        "PESHAWAR: In 2014, an armed assault by militants killed 41 people, including two children, at an army base "
        "in Peshawar."
    )
    assert incident_types(document) == ["armed_clash"]


def test_a_suicide_bomber_who_killed_mostly_policemen_stays_a_suicide_bombing(run):
    document = run("PESHAWAR: A suicide bomber killed 30 people, mostly policemen, at a market in Peshawar on Sunday.")
    assert incident_types(document) == ["suicide_bombing"]


def test_a_village_stormed_killing_mostly_women_and_children_stays_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: Insurgents storm a village near Bama, killing 12 people, most of them women and children."
    )
    assert incident_types(document) == ["attack_on_civilians"]
