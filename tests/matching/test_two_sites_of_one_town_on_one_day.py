"""Two reports that place one event at two sites (or quarters) of one town, neither inside the other, are at one
town: dated to the same day, of one kind, with nothing against, they merge as a town and a site in it do. A site in
another town, a place reached through a district, or another day stays apart or a flag."""

import datetime as dt

from incidents.services import matching
from incidents.services.matching import MERGE, IncidentFacts, Place

COUNTRY = Place(300, "Varnessa", "country")
PROVINCE = (Place(301, "Lower Tessel", "admin1"), COUNTRY)
TOWN = (Place(302, "Orlandt", "city", 7.5, 121.2), *PROVINCE)
OTHER_TOWN = (Place(303, "Brevik", "city", 7.5, 121.3), *PROVINCE)
DISTRICT = (Place(304, "Orlandt Rural", "admin2", 7.5, 121.2), *PROVINCE)
CAMPUS = (Place(310, "Harrow Polytechnic", "site", 7.5, 121.2), *TOWN)
HALL = (Place(311, "Dunmore Sports Hall", "site", 7.5, 121.2), *TOWN)
QUARTER = (Place(312, "Old Weavers Quarter", "region", 7.5, 121.2), *TOWN)
HALL_ELSEWHERE = (Place(313, "Dunmore Sports Hall", "site", 7.5, 121.3), *OTHER_TOWN)
FARM = (Place(314, "Kessel Farm", "site", 7.5, 121.2), *DISTRICT)
DAY = dt.date(2021, 9, 4)


def report(pk: int, places, **fields) -> IncidentFacts:
    values = {"type": "bombing", "start": DAY, "end": DAY, "precision": "day", "places": places, "fatalities": 3,
              "first_published": DAY}  # fmt: skip
    return IncidentFacts(pk=pk, **{**values, **fields})


def test_two_sites_of_one_town_on_one_day_merge():
    evidence = matching.score_incidents(report(1, CAMPUS), report(2, HALL))
    assert evidence.in_one_town and evidence.place < matching.INCIDENT_PLACE_SAME
    assert evidence.score < matching.INCIDENT_MERGE_AT
    assert matching.verdict(evidence) == MERGE


def test_a_quarter_and_a_site_of_one_town_are_in_one_town():
    evidence = matching.score_incidents(report(1, QUARTER), report(2, HALL))
    assert evidence.in_one_town and matching.verdict(evidence) == MERGE


def test_sites_of_two_towns_are_not_in_one_town():
    evidence = matching.score_incidents(report(1, CAMPUS), report(2, HALL_ELSEWHERE))
    assert evidence is not None and not evidence.in_one_town
    assert matching.verdict(evidence) != MERGE


def test_a_site_reached_through_a_district_has_no_town():
    assert matching.town_of(FARM) is None
    evidence = matching.score_incidents(report(1, CAMPUS), report(2, FARM))
    assert not evidence.in_one_town and matching.verdict(evidence) != MERGE


def test_two_sites_of_one_town_on_days_apart_or_with_tolls_apart_stay_unmerged():
    later = dt.date(2021, 9, 6)
    apart = matching.score_incidents(report(1, CAMPUS), report(2, HALL, start=later, end=later, first_published=later))
    assert apart.in_one_town and matching.verdict(apart) != MERGE
    # Tolls far apart, neither report a first count (both published weeks after the day): in either order.
    weeks = DAY + dt.timedelta(days=20)
    forty = report(1, CAMPUS, fatalities=40, first_published=weeks)
    two = report(2, HALL, fatalities=2, first_published=weeks)
    assert matching.verdict(matching.score_incidents(forty, two)) != MERGE
    assert matching.verdict(matching.score_incidents(two, forty)) != MERGE
