"""Perpetrators told once for several events (a roundup's summary) and forces that only answered an attack."""

from __future__ import annotations

from .readers import perpetrator_names_of

ROUNDUP = (
    "PESHAWAR: {doers} killed seven policemen in two separate attacks on Sunday, officials said. "
    "Four policemen died when a roadside bomb struck their van near Khar. "
    "Three more officers were shot dead at a checkpoint in Quetta on Sunday evening."
)


def test_a_roundups_summary_names_the_group_behind_each_item_told_after_it(run):
    document = run(ROUNDUP.format(doers="Fighters of the Tehreek-e-Taliban Pakistan"))
    incidents = document["incidents"]
    assert len(incidents) == 2
    assert [perpetrator_names_of(document, i) for i in incidents] == [["Tehreek-e-Taliban Pakistan"]] * 2


def test_a_summary_naming_no_listed_group_gives_its_items_no_doer(run):
    document = run(ROUNDUP.format(doers="Suspected rebels"))
    assert all("Tehreek-e-Taliban Pakistan" not in perpetrator_names_of(document, i) for i in document["incidents"])
    assert not any(i["perpetrators"] for i in document["incidents"] if i["fatalities"] in (3, 4))


def test_guards_who_shot_and_killed_the_gunman_did_not_do_the_attack(run):
    document = run(
        "QUETTA: A gunman killed four worshippers outside a mosque in Quetta on Friday evening. "
        "Witnesses said the man waited near the gate for several minutes before he opened fire. "
        "After fleeing down a side street on foot, the attacker was shot and killed by the Pakistan Police."
    )
    [incident] = document["incidents"]
    assert "Pakistan Police" not in perpetrator_names_of(document, incident)
