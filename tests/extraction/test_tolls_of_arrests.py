"""An arrest's sentences tell the toll of the deed the captives are held for ("over a grenade attack that wounded
eight", "accused of killing three"): that is the attack's toll, not the arrest's. A raid's own dead stay its toll."""

from __future__ import annotations


def _arrest_tolls(document) -> list:
    return [i["fatalities"] for i in document["incidents"] if i["type"] == "arrest_or_raid"]


def test_the_wounded_of_the_attack_a_captive_is_held_for_make_no_toll_of_the_arrest(run):
    document = run(
        "QUETTA: Police arrested two men in Quetta on Sunday over a grenade attack on a bar in March that wounded "
        "eight people."
    )
    assert _arrest_tolls(document) == [None]
    assert [i["injured"] for i in document["incidents"]] == [None]


def test_captives_accused_of_killing_bring_no_toll_to_the_arrest(run):
    document = run(
        "QUETTA: Police arrested three men accused of killing four shopkeepers in Quetta in March, officials said "
        "on Sunday."
    )
    assert _arrest_tolls(document) == [None]


def test_a_raid_that_killed_militants_keeps_its_toll(run):
    document = run(
        "QUETTA: Police raided a hideout in Quetta on Sunday, killing three militants and arresting two others, "
        "officials said."
    )
    assert _arrest_tolls(document) == [3]


def test_a_raid_on_suspects_keeps_the_dead_it_killed_after_the_clause_of_their_deed(run):
    document = run(
        "QUETTA: Rangers stormed a farmhouse of men suspected of the dam bombing near Quetta on Sunday, killing two "
        "and arresting five, officials said."
    )
    assert _arrest_tolls(document) == [2]
