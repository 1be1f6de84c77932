"""A line that marks another event ("Meanwhile,", "Elsewhere,", "Earlier,", "Earlier on Tuesday,", "in a separate
incident") and tells an act at a place apart from the event told is an event of its own, even with no toll of its own
and only a weak word of attack ("attacked", "was shot"); a line so marked that tells a detail of the event told (the
police at the scene, the wounded taken to hospital, the doers' other deeds there) is not (sentences invented for these
tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import extractor, make_gazetteer

LEAD = "A car bomb exploded at a checkpoint in Peshawar on Tuesday, killing six policemen, officials said.\n"


@pytest.mark.parametrize(
    ("second", "published"),
    [
        # "Meanwhile," before a weak word of attack on other towns, named right after the verb, with no toll
        (
            "Meanwhile, the militants attacked Khar and Sarkot on Tuesday night, the governor said.",
            dt.date(2025, 5, 14),
        ),
        # "Earlier," before an act at a village of its own, its toll no other than the event told's
        ("Earlier, villagers said a drone strike left six dead near the village of Kafiyanti.", dt.date(2025, 5, 14)),
        # "in a separate incident" inside the line, at another town, its victim told without a number, in a story with
        # no publication day
        (
            "Earlier Tuesday, in a separate incident told by health officials, soldiers shot a teenager in the head "
            "in Khar.",
            None,
        ),
    ],
)
def test_a_marked_line_telling_an_act_at_a_place_apart_is_another_event(run, second, published):
    document = run(LEAD + second, published=published)
    # (an attack verb before two towns, "attacked Khar and Sarkot", tells one event at each: lists12)
    assert len(document["incidents"]) == (3 if "Khar and Sarkot" in second else 2)


@pytest.mark.parametrize(
    "second",
    [
        # a detail of the attack told: the police at its scene
        "Meanwhile, police cordoned off the area and searched nearby houses.",
        # the doers' other deeds at the scene
        "The attackers also torched cars parked near the checkpoint.",
        # the wounded taken to hospital in another town
        "Meanwhile, the wounded were taken to a hospital in Khar, officials said.",
        # a speaker's whereabouts
        "Meanwhile, the governor said in Khar that the attack would not go unpunished.",
        # where the police who speak are
        "Meanwhile, police in Khar said the attackers had come from the hills.",
        # the event told, pointed back at
        "Earlier, the army said the bombing in Peshawar had been planned for weeks.",
        # the doers' way there, from another town
        "Earlier, police said the bomber had driven from Khar before dawn.",
    ],
)
@pytest.mark.parametrize("published", [dt.date(2025, 5, 14), None])
def test_a_marked_line_telling_a_detail_of_the_event_told_is_not_another_event(run, second, published):
    document = run(LEAD + second, published=published)
    assert len(document["incidents"]) == 1


def test_a_marked_line_at_a_place_beside_the_town_told_retells_the_event_told(run):
    # "in X, just outside Y" after the event told at Y, with background told between: the event told, told again
    document = run(
        "A policeman shot dead a man in Peshawar on Friday after being attacked by protesters, officials said.\n"
        "The minister flew back to Islamabad on Friday after a visit meant to quell more than a week of unrest that "
        "has killed seven people.\n"
        "He paid tribute to two officers who were killed on the Vatara plateau, far from the capital.\n"
        "Earlier Friday, two officers were attacked by a group of youths in Sarkot, just outside Peshawar, prompting "
        "one to fire his weapon.",
        published=None,
    )
    assert len(document["incidents"]) == 1


# A region whose towns the gazetteer files under the country, not under the region (as some records are).
REGION_PLACES = (
    (200, "Veldar", "admin1", "PK", 1, None, None, None, ()),
    (201, "Tarnok", "city", "PK", 1, 31.1, 69.1, 40_000, ()),
    (202, "Mirsal", "city", "PK", 1, 31.6, 69.4, 60_000, ()),
)


@pytest.mark.parametrize(("town", "events"), [("Mirsal", 2), ("Tarnok", 1)])
def test_towns_are_weighed_against_towns_when_both_lines_name_the_region_they_share(town, events):
    run = extractor(make_gazetteer(extra_places=REGION_PLACES))
    document = run(
        "A settler shot dead a man near Tarnok in the occupied Veldar on Wednesday, the army said.\n"
        "Earlier Wednesday, in a separate incident in the northern Veldar, medics said troops shot a youth in the "
        f"chest in {town}.",
        published=None,
    )
    assert len(document["incidents"]) == events
