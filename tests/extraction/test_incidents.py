"""Incidents: segmentation, type, date, place, toll and actors."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import by_name

STORY = (
    "PESHAWAR: Three soldiers were killed and five wounded when militants stormed a check post in Bajaur late "
    "Monday, the army said.\n\n"
    "The TTP claimed responsibility for the attack in a statement on Tuesday.\n\n"
    "On Saturday, a roadside bomb struck a police van in Quetta, killing two constables.\n\n"
    "The assault recalled the 2014 siege of a school in Peshawar, in which gunmen killed more than 140 people.\n\n"
    "Militant attacks in Khyber Pakhtunkhwa rose 40% in the first half of the year, a report said."
)


@pytest.fixture(scope="module")
def story(run):
    return run(STORY)


def test_one_incident_per_event_with_historical_ones_but_no_statistics(story):
    assert [(i["type"], i["date"], i["fatalities"]) for i in story["incidents"]] == [
        ("armed_clash", "2025-03-10", 3),
        ("bombing", "2025-03-08", 2),
        ("attack_on_civilians", "2014", 140),
    ]


def test_claim_joins_its_incident_and_names_the_perpetrator(story):
    first = story["incidents"][0]
    ttp = by_name(story, "groups", "Tehreek-e-Taliban Pakistan")
    assert first["perpetrators"] == [ttp["key"]]
    assert first["injured"] == 5
    assert any("claimed responsibility" in e["text"] for e in first["evidence"])


def test_incident_places(story):
    names = {loc["key"]: loc["name"] for loc in story["locations"]}
    assert [names.get(i["location"]) for i in story["incidents"]] == ["Bājaur", "Quetta", "Peshawar"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A suicide bomber blew himself up at a rally in Khar on Monday, killing 9 people.", "suicide_bombing"),
        ("A drone strike hit a house in Khar on Monday, killing four men.", "air_or_drone_strike"),
        ("Gunmen abducted six teachers from a school in Khar on Monday.", "abduction"),
        ("Police arrested two suspects in a raid in Khar on Monday.", "arrest_or_raid"),
        ("Gunmen shot dead a tribal elder in Khar on Monday.", "targeted_killing"),
        ("Militants killed seven villagers in Khar on Monday.", "attack_on_civilians"),
        ("Soldiers killed five militants in a gun battle in Khar on Monday.", "armed_clash"),
    ],
)
def test_types(run, text, kind):
    assert run(text)["incidents"][0]["type"] == kind


def test_unknown_gunmen_make_the_perpetrator_unknown(run):
    incident = run("Unknown gunmen shot dead a shopkeeper in Khar on Monday.")["incidents"][0]
    assert incident["perpetrators"] == [] and incident["perpetrator_unknown"] is True


def test_subject_of_the_attack_is_the_perpetrator_not_the_victims(run):
    doc = run("Boko Haram fighters killed 12 soldiers of the Nigerian Army near Bama on Sunday.")
    incident = doc["incidents"][0]
    assert incident["perpetrators"] == [by_name(doc, "groups", "Boko Haram")["key"]]


def test_claims_by_attackers_give_no_count(run):
    doc = run(
        "Militants attacked a base near Bama on Sunday, killing four soldiers, the army said. "
        "The group claimed its fighters had killed 30 soldiers."
    )
    assert doc["incidents"][0]["fatalities"] == 4


def test_no_publication_date_keeps_the_words(run):
    incident = run("A bomb exploded in Khar on Sunday, killing three people.", published=None)["incidents"][0]
    assert incident["date"] is None and incident["date_text"] == "on Sunday"


def test_last_week_has_week_precision(run):
    incident = run("Gunmen abducted four aid workers near Bama last week.", published=dt.date(2025, 3, 11))[
        "incidents"
    ][0]
    assert (incident["date"], incident["date_precision"], incident["date_end"]) == ("2025-03-03", "week", "2025-03-09")


def test_text_without_violence_has_no_incident(run):
    doc = run("Delegates met in Kabul on Monday to discuss trade and agreed to meet again in May.")
    assert doc["incidents"] == []


def test_a_nations_strike_names_its_forces_as_perpetrator(run, gazetteer):
    doc = run("An Afghan drone attack on a village near Khar killed four people on Monday, officials said.")
    incident = doc["incidents"][0]
    assert incident["type"] == "air_or_drone_strike"
    (perpetrator,) = incident["perpetrators"]
    assert next(g for g in doc["groups"] if g["key"] == perpetrator)["country"] == "AF"


def test_the_city_refers_to_the_place_named_before(run):
    doc = run(
        "PESHAWAR: A bomb killed five people in Peshawar on Monday, police said.\n\n"
        "In 2019, a missile strike on the city's airport killed 11 people."
    )
    first, second = doc["incidents"]
    assert (second["type"], second["date"], second["location"]) == ("air_or_drone_strike", "2019", first["location"])


def test_a_title_line_before_the_story_is_not_read_twice(run):
    text = "Bomb kills 4 in Khar\n\nA bomb killed four people at a market in Khar on Monday, police said."
    doc = run(text, title="Bomb kills 4 in Khar")
    (incident,) = doc["incidents"]
    assert incident["evidence"][0]["text"].startswith("A bomb killed")


def test_a_toll_in_an_unrelated_place_is_another_incident(run):
    doc = run(
        "PESHAWAR: Gunmen killed five farmers near Khar in Bajaur on Sunday, police said. "
        "In Quetta, a bomb killed three people at a market."
    )
    assert [i["fatalities"] for i in doc["incidents"]] == [5, 3]


def test_a_source_elsewhere_does_not_split_the_incident(run):
    doc = run(
        "Militants attacked an army post near Bama on Sunday, killing four soldiers. "
        "Two security sources in Maiduguri said at least nine soldiers were killed."
    )
    assert len(doc["incidents"]) == 1 and doc["incidents"][0]["fatalities"] == 4


@pytest.mark.parametrize(
    "text, expected",
    [
        # A toll told before a claim clause is the incident's toll.
        (
            "PESHAWAR: The death toll from a bombing at a crowded market in the town of Khar in Bajaur on Sunday "
            "has risen to 12, officials said, as the TTP claimed responsibility.",
            [("bombing", "2025-03-09", 12)],
        ),
        # "since <date>, when ...": the earlier event, with its own date and toll.
        (
            "PESHAWAR: Militants stormed a check post in Bajaur on Sunday, killing four soldiers. It was the "
            "deadliest attack in the district since May 2019, when gunmen killed 30 soldiers in Khar.",
            [("armed_clash", "2025-03-09", 4), ("armed_clash", "2019-05", 30)],
        ),
        # "a bomb attack" is an event even though "bomb" modifies "attack".
        (
            "QUETTA: A constable was shot dead in Quetta on Monday. He had survived a bomb attack on a police "
            "van in Peshawar in 2019, colleagues said.",
            [("targeted_killing", "2025-03-10", 1), ("bombing", "2019", None)],
        ),
        # Gunmen storming a village and killing civilians is a massacre, not a clash.
        (
            "MAIDUGURI: Gunmen stormed a farming settlement near Bama on Sunday, killing 14 villagers.",
            [("attack_on_civilians", "2025-03-09", 14)],
        ),
    ],
)
def test_tolls_historical_events_and_types(run, text, expected):
    document = run(text)
    assert [(i["type"], i["date"], i["fatalities"]) for i in document["incidents"]] == expected


def test_the_day_a_court_sentenced_someone_is_not_the_date_of_the_attack(run):
    document = run(
        "ABUJA: A court on Friday sentenced the man behind the March 3, 2014 bombing of a bus station in Jos, "
        "which killed 40 people, to life in prison."
    )
    assert [i["date"] for i in document["incidents"]] == ["2014-03-03"]
