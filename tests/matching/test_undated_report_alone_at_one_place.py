"""An undated report at the same town or site as a dated one, of the same kind and with the same toll, merges when
the two are the only events of their class on record at that place (tests/matching/test_report_pairs.py persists
them); another toll, another kind, a place merely inside the other's province, or doers in conflict leave it to the
other rules (a flag at most)."""

import datetime as dt

from incidents.services import matching
from incidents.services.matching import MERGE, Evidence, IncidentFacts, Place

COUNTRY = Place(400, "Quessland", "country")
PROVINCE = (Place(401, "Amber Reach", "admin1"), COUNTRY)
VILLAGE = (Place(402, "Tarnholm", "city", 41.2, 19.7), *PROVINCE)
TAVERN = (Place(403, "The Copper Kettle", "site", 41.2, 19.7), *VILLAGE)
DAY = dt.date(2020, 5, 11)
NOBODY = {"perpetrators": frozenset(), "perpetrator_family": frozenset()}


def dated(**fields) -> IncidentFacts:
    values = {"type": "armed_clash", "start": DAY, "end": DAY, "precision": "day", "places": VILLAGE,
              "fatalities": 4, "first_published": DAY, **NOBODY}  # fmt: skip
    return IncidentFacts(**{"pk": 1, **values, **fields})


def undated(**fields) -> IncidentFacts:
    """A report without date words or a publication day (timeless)."""
    values = {"type": "armed_clash", "start": None, "end": None, "precision": "", "places": VILLAGE, "fatalities": 4,
              **NOBODY}  # fmt: skip
    return IncidentFacts(**{"pk": 2, **values, **fields})


def test_the_only_event_at_one_town_with_the_same_toll_merges_an_undated_report():
    evidence = matching.score_incidents(undated(), dated())
    assert evidence.undated and evidence.same_toll and evidence.same_type
    assert matching.verdict(evidence) != MERGE  # alone it is below every other bar
    assert matching.verdict(evidence, alone=True) == MERGE


def test_one_site_placed_at_its_town_and_the_site_merge_too():
    evidence = matching.score_incidents(undated(places=TAVERN), dated(places=TAVERN))
    assert matching.verdict(evidence, alone=True) == MERGE


def test_another_toll_kind_or_doers_in_conflict_stay_unmerged():
    tolls = matching.score_incidents(undated(fatalities=5), dated())
    kinds = matching.score_incidents(undated(type="arrest_or_raid"), dated())
    doers = {"perpetrators": frozenset({7}), "perpetrator_family": frozenset({7})}
    others = {"perpetrators": frozenset({8}), "perpetrator_family": frozenset({8})}
    conflict = matching.score_incidents(undated(**doers), dated(**others))
    for evidence in (tolls, kinds, conflict):
        assert matching.verdict(evidence, alone=True) != MERGE


def test_no_toll_on_both_sides_is_no_shared_toll():
    evidence = matching.score_incidents(undated(fatalities=None), dated(fatalities=None))
    assert not evidence.same_toll and matching.verdict(evidence, alone=True) != MERGE


def test_a_town_inside_a_province_on_record_is_not_one_place():
    evidence = matching.score_incidents(undated(), dated(places=PROVINCE))
    assert matching.verdict(evidence, alone=True) != MERGE


def test_two_dated_reports_are_not_asked_this_rule():
    evidence = matching.score_incidents(dated(pk=2, start=DAY.replace(day=20), end=DAY.replace(day=20)), dated())
    assert evidence is None or not matching.undated_alone_at_one_place(evidence)
    assert not matching.undated_alone_at_one_place(Evidence())
