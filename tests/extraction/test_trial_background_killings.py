"""Trials and arrests that tell, as background, the killing they are about: "murdered", "murdering" and "the murder
of" name one killing, and the day right after a court's name is the court's, not the killing's (sentences and names
invented for these tests)."""

from __future__ import annotations

from .readers import incident_types, place_of

LEAD = "An anti-terrorism court in Islamabad on Monday sentenced a man to life in prison.\n"


def test_a_gang_which_murdered_someone_on_a_past_date_is_a_past_incident(run):
    document = run(LEAD + "He belonged to the gang which murdered the governor's son in Quetta in August 2022.")
    assert [(i["type"], i["date"]) for i in document["incidents"]] == [("targeted_killing", "2022-08")]


def test_the_shooting_murder_with_its_date_set_off_by_commas_is_an_incident(run):
    document = run(LEAD + "He was convicted of the shooting murder, in February 1998, of the then governor of Quetta.")
    assert [(i["type"], i["date"]) for i in document["incidents"]] == [("targeted_killing", "1998-02")]


def test_an_attempted_murder_is_no_killing(run):
    document = run(LEAD + "He was convicted of the attempted murder of the then governor of Quetta in February 1998.")
    assert "targeted_killing" not in incident_types(document)


def test_a_bare_murder_charge_is_no_incident(run):
    document = run(LEAD + "He was found guilty of murder, arson and membership of a banned group.")
    assert "targeted_killing" not in incident_types(document)


def test_many_people_murdered_are_not_one_singled_out(run):
    document = run(
        "Men with machetes arrived outside a school in Quetta on Saturday. By the time they left, they had murdered "
        "seven children."
    )
    assert "targeted_killing" not in incident_types(document)


def test_the_day_after_a_courts_name_is_not_the_killings(run):
    document = run(
        "A man charged with murdering a former governor in Quetta about three years ago pleaded guilty at the first "
        "hearing of his trial at the Quetta District Court on Tuesday."
    )
    incidents = document["incidents"]
    assert [(i["type"], place_of(document, i)) for i in incidents] == [("targeted_killing", "Quetta")]
    assert incidents[0]["date"] != "2025-03-11"


def test_an_attack_on_a_court_keeps_its_day(run):
    document = run("A suicide bomber struck the district court in Quetta on Monday, killing six lawyers.")
    assert [i["date"] for i in document["incidents"]] == ["2025-03-10"]
