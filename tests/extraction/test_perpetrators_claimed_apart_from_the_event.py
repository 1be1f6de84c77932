"""A claim or a blame told paragraphs after the event, apart from its sentences ("X claimed responsibility for the
killings", "the blame for the blasts was pinned on X", "suspicion has fallen on X"): the story's event is X's. A
claim of another event (another year, another incident told between, attacks in general) gives it no doer."""

from __future__ import annotations

from .readers import perpetrator_names

LEAD = (
    "PESHAWAR: A bomb tore through a crowded bus station in Khar on Friday, killing eleven travellers and wounding "
    "twenty, police said. Ambulances took the wounded to the district hospital, where doctors said several were in "
    "a critical state. Traders closed their shops for the rest of the day and the road to the border was shut. "
    "The provincial health minister visited the hospital on Saturday and promised money to the families. "
)


def test_a_claim_of_the_bombing_told_paragraphs_later_names_the_doer(run):
    document = run(LEAD + "The Tehreek-e-Taliban Pakistan claimed responsibility for the bombing in a message.")
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_the_blame_for_the_blasts_pinned_on_a_group_later_names_the_doer(run):
    document = run(LEAD + "Investigators pinned the blame for the blasts on Jaish-e-Mohammed.")
    assert perpetrator_names(document) == ["Jaish-e-Mohammed"]


def test_a_suspicion_that_falls_on_a_group_later_names_the_doer(run):
    document = run(LEAD + "No one has said they carried it out, but suspicion will fall on the Pakistani Taliban.")
    assert perpetrator_names(document) == ["Tehreek-e-Taliban Pakistan"]


def test_a_group_only_describing_the_blamed_one_is_not_the_doer(run):
    document = run(LEAD + "Officials said the attacks were blamed on ISIS linked Jaish-e-Mohammed fighters.")
    assert perpetrator_names(document) == ["Jaish-e-Mohammed"]


def test_a_claim_of_an_attack_of_another_year_gives_no_doer(run):
    document = run(
        LEAD + "The Tehreek-e-Taliban Pakistan claimed responsibility for the attack on a school in Khar in 2014."
    )
    assert perpetrator_names(document) == []


def test_a_claim_of_attacks_in_general_gives_no_doer(run):
    document = run(LEAD + "Most attacks in the province are blamed on the Tehreek-e-Taliban Pakistan.")
    assert perpetrator_names(document) == []


def test_a_claim_of_another_incident_told_between_gives_the_first_no_doer(run):
    document = run(
        LEAD + "In a separate incident on Sunday, gunmen shot dead two guards at a checkpoint in Bara. "
        "Jaish-e-Mohammed claimed responsibility for the attack."
    )
    assert perpetrator_names(document) == []


def test_a_claim_of_a_group_that_was_the_target_gives_no_doer(run):
    # the group named as the one attacked, and as the one blaming others: not the doer
    document = run(LEAD + "The Tehreek-e-Taliban Pakistan blamed the attack on rival militants and vowed revenge.")
    assert perpetrator_names(document) == []


def test_a_claim_of_the_killings_after_a_second_blast_names_the_doer_of_each(run):
    document = run(
        LEAD + "Hours later a second bomb went off outside a hotel in Bara, killing two guards, officials "
        "said. The Islamic State group claimed responsibility for the killings on its news channel."
    )
    # (however the story is cut into events, each is the claimer's)
    assert [perpetrator_names(document, i) for i in range(len(document["incidents"]))] == [["Islamic State"]] * len(
        document["incidents"]
    )


def test_a_claim_of_the_massacre_gives_no_doer_to_a_past_bombing_told_in_the_leads_clause(run):
    document = run(
        "PESHAWAR: In what officials called the deadliest attack in the province since the 2019 bombing of a bus "
        "station in Khar, 26 tourists were gunned down by suspected militants at a picnic spot in Bara on Tuesday. "
        "Ambulances took the wounded to the district "
        "hospital, where doctors said several were in a critical state. Traders closed their shops for the rest of "
        "the day. The provincial health minister visited the hospital on Wednesday and promised money to the "
        "families. The Tehreek-e-Taliban Pakistan claimed responsibility for the massacre."
    )
    past = [i for i in document["incidents"] if (i["date"] or "").startswith("2019")]
    assert past and all(i["perpetrators"] == [] for i in past)
