"""An attacker's own death told after the toll: one more of the event's dead when the text counts it so."""

from __future__ import annotations


def test_a_lone_attacker_shot_dead_is_one_more_dead(run):
    document = run(
        "VARNOK: A gunman opened fire outside a bakery in central Varnok on Sunday evening, killing three people. "
        "The attacker, who was shot dead by police minutes later, had been released from prison in May."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [4]


def test_a_second_attacker_blowing_himself_up_adds_to_attackers_counted(run):
    document = run(
        "VARNOK: Two raiders on motorbikes attacked a checkpoint at Dorvel on Sunday. Sentries shot dead one of "
        "the raiders at the barrier. The second fled into a shed, where he blew himself up an hour later."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [2]


def test_a_bomber_blowing_himself_up_is_not_added_to_his_victims(run):
    document = run(
        "VARNOK: A bomb exploded at a bus stop in central Varnok on Sunday, killing five commuters. Witnesses said "
        "he blew himself up as the bus arrived."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [5]


def test_more_dead_told_after_the_first_figure_add_up(run):
    document = run(
        "VARNOK: A lorry bomb wrecked a market hall in Varnok on Sunday, and four stallholders died where they "
        "stood. Another stallholder died in a clinic that night, and three more deaths were recorded by the coroner."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [8]
