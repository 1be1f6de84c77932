"""An undated report of an attack at a named site merges with a dated one when both name the same group as
the doers: the group, not the calendar, ties it to the event (at a whole town it stays a flag)."""

import datetime as dt

from incidents.services import matching
from incidents.services.matching import FLAG, MERGE, IncidentFacts, Place

COUNTRY = Place(100, "Valdoria", "country")
TOWN = (Place(102, "Port Renn", "city", 4.1, 38.2), Place(101, "Coastal Province", "admin1"), COUNTRY)
HOTEL = (Place(103, "Grand Meridian Hotel", "site"), *TOWN)
# The same hotel hung only under the country by a report that did not name its town.
HOTEL_IN_COUNTRY = (Place(104, "Grand Meridian Hotel", "site"), COUNTRY)
DAY = dt.date(2024, 6, 8)
GROUP, OTHER_GROUP, GUNMEN = 7, 8, 9


def dated(places=HOTEL, **fields) -> IncidentFacts:
    values = {"type": "attack_on_civilians", "start": DAY, "end": DAY, "precision": "day", "places": places,
              "perpetrators": frozenset({GROUP}), "perpetrator_family": frozenset({GROUP}), "fatalities": 4,
              "first_published": DAY}  # fmt: skip
    return IncidentFacts(pk=1, **{**values, **fields})


def undated(places=HOTEL, **fields) -> IncidentFacts:
    """A report without date words or a publication day (timeless), a close toll."""
    values = {"type": "attack_on_civilians", "start": None, "end": None, "precision": "", "places": places,
              "perpetrators": frozenset({GROUP}), "perpetrator_family": frozenset({GROUP}),
              "fatalities": 6}  # fmt: skip
    return IncidentFacts(pk=2, **{**values, **fields})


def test_one_named_site_and_one_group_named_by_both_merge_an_undated_report():
    evidence = matching.score_incidents(undated(), dated())
    assert evidence.timeless and evidence.at_one_site and evidence.same_named_doers
    assert evidence.score < matching.INCIDENT_MERGE_AT and matching.verdict(evidence) == MERGE
    # The reasons an analyst reads say what tied them.
    assert "same place Grand Meridian Hotel" in evidence.reasons and "same perpetrator" in evidence.reasons
    # One report hangs the hotel only under the country: still one site.
    assert matching.verdict(matching.score_incidents(undated(places=HOTEL_IN_COUNTRY), dated())) == MERGE


def test_without_a_group_named_by_both_the_undated_report_is_only_flagged_at_the_site():
    # No group named and a toll under ten that both give: not merged (the same toll of ten or more would be:
    # test_undated_report_at_one_town_by_a_large_toll.py).
    nobody = {"perpetrators": frozenset(), "perpetrator_family": frozenset(), "fatalities": 6}
    assert matching.verdict(matching.score_incidents(undated(**nobody), dated(**nobody))) != MERGE
    # A description the extractor made a record of ("Gunmen") names nobody, even when both reports use it.
    described = {"perpetrators": frozenset({GUNMEN}), "perpetrator_family": frozenset({GUNMEN}),
                 "described_only": frozenset({GUNMEN})}  # fmt: skip
    evidence = matching.score_incidents(undated(**described), dated(**described))
    assert not evidence.same_named_doers and matching.verdict(evidence) != MERGE


def test_one_group_at_a_whole_town_or_with_tolls_far_apart_is_not_enough():
    # A town sees many attacks by one group: the full bar stays.
    assert matching.verdict(matching.score_incidents(undated(places=TOWN), dated(places=TOWN))) == FLAG
    # Tolls far apart (and not a first count that rose) count against: another attack at that site.
    assert matching.verdict(matching.score_incidents(undated(fatalities=1), dated(fatalities=12))) is None
    # Another group named as the doers.
    other = {"perpetrators": frozenset({OTHER_GROUP}), "perpetrator_family": frozenset({OTHER_GROUP})}
    assert matching.verdict(matching.score_incidents(undated(**other), dated())) is None


def test_two_dated_reports_days_apart_at_the_site_by_one_group_stay_flagged():
    # The rule is for a report that says nothing of its date; dated reports three days apart tell two days.
    later = DAY + dt.timedelta(days=3)
    evidence = matching.score_incidents(dated(start=later, end=later, first_published=later, fatalities=6), dated())
    assert not evidence.undated and matching.verdict(evidence) == FLAG
