"""Rules from the fourth extraction pass (tuned on eval/heldout3): generic force words that only qualify another
noun, forces named only as the target of a run of attacks, and more. Sentences are written for these tests."""

from .conftest import by_name


def _group_names(document):
    return sorted(g["name"] for g in document["groups"])


def test_a_force_word_that_only_qualifies_a_noun_is_no_group(run):
    document = run(
        "PESHAWAR: Gunmen ambushed a police vehicle near Khar on Sunday, killing two police officers, "
        "and fired at a military target."
    )
    assert _group_names(document) == []


def test_a_force_word_heading_its_voice_or_machines_still_names_the_force(run):
    document = run(
        "PESHAWAR: Gunmen killed two men near Khar on Sunday, a police spokesman said. "
        "An army helicopter later fired on the attackers."
    )
    assert {g["kind"] for g in document["groups"]} == {"state_force"}
    assert len(document["groups"]) == 2


def test_a_force_only_targeted_by_a_run_of_attacks_is_no_group(run):
    document = run(
        "PESHAWAR: A bomb killed five people in a market in Khar on Sunday. The province has seen a wave of "
        "attacks on police in recent months."
    )
    assert _group_names(document) == []


def test_the_force_doing_something_is_still_found(run):
    document = run("PESHAWAR: Police arrested three men in Khar on Sunday.")
    assert by_name(document, "groups", "Pakistan Police")["kind"] == "state_force"
