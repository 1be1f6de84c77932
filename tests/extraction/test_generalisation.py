"""Rules from the third extraction pass: follow-up sentences on a later day, coordinated victims, claims in
the group's own words, places named by 'the town of', and group names that open with a number. Sentences are
written for these tests."""

import pytest

from incidents.extraction.counts import coordinated_count, find_counts

from .conftest import by_name


def _killed(text):
    return [c.value for c in find_counts(text) if c.kind == "killed"]


@pytest.mark.parametrize(
    "text, killed",
    [
        ("An air strike killed a field commander and his nephew, officials said.", [2]),
        ("A drone hit the car, killing a commander of the group (PKK), another fighter and a shepherd.", [3]),
        ("Gunmen killed a farmer, his wife and their three children in the village.", [5]),
        # a partitive and an apposition are not more dead
        ("The strike killed more than 160 people, one of the deadliest attacks since the coup.", [160]),
        ("Gunmen killed a policeman, a father of three, and wounded two.", [1]),
        # the list ends at the next verb
        ("Troops killed a militant and arrested two others.", [1]),
    ],
)
def test_coordinated_victims_are_added_up(text, killed):
    assert _killed(text) == killed


def test_a_speaker_after_the_list_is_not_one_more_dead():
    assert coordinated_count(" soldier and his driver said the convoy was hit") == 0
    assert coordinated_count(" soldier and his driver, officials said") == 1


def test_a_later_day_that_only_points_back_to_the_event_stays_with_it(run):
    document = run(
        "PESHAWAR: A bomb exploded in a market in Khar on Sunday, killing five people, officials said. "
        "Pamphlets found near the crater on Monday said the blast was revenge for a raid. "
        "No precise count of the wounded was available on Tuesday, as fighting continued around the market."
    )
    assert [(i["type"], i["date"], i["fatalities"]) for i in document["incidents"]] == [("bombing", "2025-03-09", 5)]


def test_a_later_day_with_its_own_toll_is_a_new_incident(run):
    document = run(
        "PESHAWAR: A bomb exploded in a market in Khar on Sunday, killing five people, officials said. "
        "On Monday, the attackers killed two policemen at a checkpoint in Peshawar."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-09", 5), ("2025-03-10", 2)]


def test_a_toll_the_article_tells_is_not_a_claim_because_it_says_its_fighters(run):
    document = run(
        "MAIDUGURI: Boko Haram fighters killed four farmers near Bama on Sunday. In March 2022, its fighters "
        "stormed a military post in Bama, killing six soldiers."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-09", 4), ("2022-03", 6)]


def test_the_group_saying_what_its_fighters_did_is_still_a_claim(run):
    document = run(
        "MAIDUGURI: Gunmen attacked a military post near Bama on Sunday, killing two soldiers. In a statement, "
        "Boko Haram said its fighters had killed 40 soldiers."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [2]


def test_the_town_of_a_name_is_a_place_whatever_the_ner_says(run):
    document = run("MAIDUGURI: A drone struck a car near the town of Sidakan in Borno on Sunday, killing two men.")
    assert by_name(document, "locations", "Sidakan")["kind"] == "city"


def test_a_group_name_that_opens_with_a_number_is_found(run):
    document = run("MAIDUGURI: Gunmen from the 400 Mawozo gang kidnapped 14 passengers near Bama on Sunday.")
    group = by_name(document, "groups", "400 Mawozo")
    assert document["incidents"][0]["perpetrators"] == [group["key"]]


def test_an_army_reporting_fighters_is_not_their_perpetrator(run):
    document = run(
        "MAIDUGURI: Two soldiers were killed on Sunday when fighters ambushed a convoy near Bama, the Nigerian "
        "Army said."
    )
    assert document["incidents"][0]["perpetrators"] == []


def test_an_army_reporting_its_troops_is_the_perpetrator(run):
    document = run("MAIDUGURI: Troops killed six insurgents near Bama on Sunday, the Nigerian Army said.")
    group = by_name(document, "groups", "Nigerian Army")
    assert document["incidents"][0]["perpetrators"] == [group["key"]]


def test_blowing_up_a_vehicle_is_a_bombing(run):
    document = run("RAIPUR: Maoists blew up a police vehicle near Raipur on Sunday, killing seven policemen.")
    assert [(i["type"], i["fatalities"]) for i in document["incidents"]] == [("bombing", 7)]
