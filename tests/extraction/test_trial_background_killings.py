"""Trials and arrests that tell, as background, the killing they are about: "murdered", "murdering" and "the murder
of" name one killing, and the day right after a court's name is the court's, not the killing's (sentences and names
invented for these tests)."""

from __future__ import annotations

from .readers import incident_types, place_of

LEAD = "A tribunal in Islamabad on Monday jailed a smuggler for twenty years.\n"


def test_a_gang_which_murdered_someone_on_a_past_date_is_a_past_incident(run):
    document = run(LEAD + "Prosecutors said his crew murdered a tax inspector near Quetta in August 2022.")
    assert [(i["type"], i["date"]) for i in document["incidents"]] == [("targeted_killing", "2022-08")]


def test_the_shooting_murder_with_its_date_set_off_by_commas_is_an_incident(run):
    document = run(LEAD + "The judge tied him to the roadside murder, in February 1998, of a Quetta magistrate.")
    assert [(i["type"], i["date"]) for i in document["incidents"]] == [("targeted_killing", "1998-02")]


def test_an_attempted_murder_is_no_killing(run):
    document = run(LEAD + "The judge tied him to the attempted murder of a Quetta magistrate in February 1998.")
    assert "targeted_killing" not in incident_types(document)


def test_a_bare_murder_charge_is_no_incident(run):
    document = run(LEAD + "He was found guilty of murder, arson and membership of a banned group.")
    assert "targeted_killing" not in incident_types(document)


def test_many_people_murdered_are_not_one_singled_out(run):
    document = run("Raiders on motorbikes reached a farm outside Quetta at dusk on Saturday and murdered four herders.")
    assert "targeted_killing" not in incident_types(document)


def test_the_murder_of_many_is_not_one_singled_out(run):
    document = run(LEAD + "The judge tied him to the murder of three guards at a Quetta depot in March 2021.")
    assert "targeted_killing" not in incident_types(document)


def test_the_day_after_a_courts_name_is_not_the_killings(run):
    document = run(
        "A driver accused of murdering a magistrate in Quetta two years ago admitted the charge at the "
        "Quetta Sessions Court on Tuesday."
    )
    incidents = document["incidents"]
    assert [(i["type"], place_of(document, i)) for i in incidents] == [("targeted_killing", "Quetta")]
    assert incidents[0]["date"] != "2025-03-11"


def test_a_killing_the_court_heard_of_keeps_its_day(run):
    document = run("A court in Quetta heard that gunmen killed a guard on Monday.")
    assert [i["date"] for i in document["incidents"]] == ["2025-03-10"]


def test_an_attack_on_a_court_keeps_its_day(run):
    document = run("A suicide bomber struck the district court in Quetta on Monday, killing six lawyers.")
    assert [i["date"] for i in document["incidents"]] == ["2025-03-10"]
