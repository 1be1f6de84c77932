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


def test_a_bomber_who_only_wounded_others_leaves_no_dead(run):
    # the bomber's own death is not counted (README "Counts"): an event that only wounded killed no one
    document = run(
        "VARNOK: A bomber blew himself up at the gate of the Dorvel town hall on Sunday morning, and nine clerks "
        "were wounded by the blast, the governor said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [0]


def test_a_bomber_killing_himself_and_wounding_others_leaves_no_dead(run):
    document = run(
        "VARNOK: A car bomber drove at the gate of the Dorvel tax office on Sunday morning, killing himself and "
        "wounding nine clerks, the governor said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [0]


def test_a_bomber_who_blew_himself_up_alone_leaves_no_dead(run):
    # nobody else was harmed, and a suicide bomber's own death is not counted (README "Counts"; the public d02, d03)
    document = run("VARNOK: A bomber blew himself up at an army depot near Dorvel on Sunday morning, police said.")
    assert [i["fatalities"] for i in document["incidents"]] == [0]


def test_cornered_suspects_who_blew_themselves_up_are_the_toll_also_when_others_were_wounded(run):
    # attackers the text tells dead are counted (README "Counts"); only a suicide bomber is not
    document = run(
        "VARNOK: Two suspects blew themselves up in a farmhouse near Dorvel on Sunday as police closed in, "
        "wounding three officers."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [2]
