"""An undated report at a town merges with a dated one when both give the same toll of ten or more, or close tolls
of ten or more told of one named group: few events at one town share such a toll, while the town and the group alone
(a town sees many attacks by one group) still leave it a flag for an analyst."""

import datetime as dt

from incidents.services import matching
from incidents.services.matching import FLAG, MERGE, IncidentFacts, Place

COUNTRY = Place(200, "Ostravia", "country")
PROVINCE = (Place(201, "Upper Marches", "admin1"), COUNTRY)
TOWN = (Place(202, "Kelvarra", "city", 12.4, 44.9), *PROVINCE)
DAY = dt.date(2022, 3, 14)
GROUP = 17
NOBODY = {"perpetrators": frozenset(), "perpetrator_family": frozenset()}
THE_GROUP = {"perpetrators": frozenset({GROUP}), "perpetrator_family": frozenset({GROUP})}


def dated(**fields) -> IncidentFacts:
    values = {"type": "bombing", "start": DAY, "end": DAY, "precision": "day", "places": TOWN, "fatalities": 23,
              "first_published": DAY, **NOBODY}  # fmt: skip
    return IncidentFacts(pk=1, **{**values, **fields})


def undated(**fields) -> IncidentFacts:
    """A report without date words or a publication day (timeless)."""
    values = {"type": "bombing", "start": None, "end": None, "precision": "", "places": TOWN, "fatalities": 23,
              **NOBODY}  # fmt: skip
    return IncidentFacts(pk=2, **{**values, **fields})


def test_the_same_toll_of_ten_or_more_at_one_town_merges_an_undated_report():
    evidence = matching.score_incidents(undated(), dated())
    assert evidence.timeless and evidence.in_one_town and evidence.same_large_toll
    assert evidence.score < matching.INCIDENT_MERGE_AT and matching.verdict(evidence) == MERGE
    assert "same toll 23" in evidence.reasons


def test_close_tolls_of_ten_or_more_told_of_one_named_group_merge_an_undated_report():
    evidence = matching.score_incidents(undated(fatalities=11, **THE_GROUP), dated(fatalities=13, **THE_GROUP))
    assert evidence.large_tolls_agree and evidence.same_named_doers
    assert matching.verdict(evidence) == MERGE


def test_small_or_unshared_tolls_at_a_town_stay_a_flag():
    # The same small toll: many attacks at one town kill three (unless the other is the only event of its class on
    # record there: test_undated_report_alone_at_one_place).
    assert matching.verdict(matching.score_incidents(undated(fatalities=3), dated(fatalities=3))) != MERGE
    # Close tolls of ten or more, but no group named by both.
    assert matching.verdict(matching.score_incidents(undated(fatalities=11), dated(fatalities=13))) != MERGE
    # One group named by both and small close tolls: a town sees many attacks by one group.
    small = matching.score_incidents(undated(fatalities=4, **THE_GROUP), dated(fatalities=6, **THE_GROUP))
    assert matching.verdict(small) == FLAG


def test_a_large_toll_shared_at_a_whole_province_is_not_enough():
    evidence = matching.score_incidents(undated(places=PROVINCE), dated(places=PROVINCE))
    assert not evidence.in_one_town and matching.verdict(evidence) != MERGE
