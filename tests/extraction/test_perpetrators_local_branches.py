"""A movement and its branch in the event's country (perpetrators): the branch's men are the doers of 'the
movement's militants'; a movement claiming its branch's attack is kept beside the branch; 'the group' said after
'X, a branch of Y, claimed it' is X."""

from __future__ import annotations

from .readers import perpetrator_names


def test_the_movements_militants_are_its_branch_in_the_country(run):
    document = run(
        "KABUL: Suspected Islamic State militants stormed a clinic in Kabul on Sunday, killing nine patients, "
        "officials said.\n\nOfficials say ISKP keeps cells in the western districts of the city."
    )
    assert perpetrator_names(document) == ["Islamic State Khorasan Province"]


def test_a_movement_claiming_its_branchs_attack_is_kept_beside_it(run):
    document = run(
        "KABUL: A bomb killed nine people at a market in Kabul on Sunday, officials said.\n\n"
        "The Islamic State has claimed the blast.\n\n"
        "Officials say ISKP keeps cells in the western districts of the city."
    )
    assert sorted(perpetrator_names(document)) == ["Islamic State", "Islamic State Khorasan Province"]


def test_the_group_after_a_branch_described_by_its_parent_is_the_branch(run):
    document = run(
        "KABUL: A bomb killed nine people at a market in Kabul on Sunday, officials said.\n\n"
        "ISKP, a regional branch of the Islamic State, has claimed the blast.\n\n"
        "In January the group bombed a mosque in Kabul, killing 30 worshippers."
    )
    assert len(document["incidents"]) == 2
    assert perpetrator_names(document, 1) == ["Islamic State Khorasan Province"]


def test_a_movement_of_the_events_own_country_stays_the_doer_beside_its_armed_wing(run):
    document = run(
        "RAIPUR: Maoist rebels of the Communist Party of India (Maoist) ambushed a police patrol near Raipur on "
        "Sunday, killing six officers, police said.\n\n"
        "Police say the party's armed wing, the PLGA, recruits in the forests south of the city."
    )
    assert perpetrator_names(document) == ["Communist Party of India (Maoist)"]
