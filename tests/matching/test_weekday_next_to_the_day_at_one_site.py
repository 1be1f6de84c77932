"""A report with neither a date nor a publication day that tells only a weekday, the day before or after the other
report's day (an attack begun late one evening and ended after midnight; a "yesterday" read against a page day that
is not the day of writing): the weekday counts a little for the date, and at one named site close tolls of ten or more
of one kind of event then merge it, as the same toll does without any weekday. A weekday further off, a whole town, a
small toll or two kinds of event stay with the other rules."""

import datetime as dt

from incidents.services import matching
from incidents.services.matching import MERGE, IncidentFacts, Place

COUNTRY = Place(400, "Ostmark", "country")
TOWN = (Place(402, "Velden", "city", 47.1, 13.9), Place(401, "Upper Vale", "admin1"), COUNTRY)
HOTEL = (Place(403, "Grand Lakeshore Hotel", "site"), *TOWN)
# The same hotel hung only under the country by the other report: one named site placed less finely.
HOTEL_UNDER_COUNTRY = (Place(404, "Grand Lakeshore Hotel", "site"), COUNTRY)
SATURDAY = dt.date(2019, 3, 16)
NOBODY = {"perpetrators": frozenset(), "perpetrator_family": frozenset()}


def dated(**fields) -> IncidentFacts:
    values = {"type": "abduction", "start": SATURDAY, "end": SATURDAY, "precision": "day", "places": HOTEL,
              "fatalities": 24, "first_published": SATURDAY, **NOBODY}  # fmt: skip
    return IncidentFacts(pk=1, **{**values, **fields})


def timeless(date_text: str, **fields) -> IncidentFacts:
    values = {"type": "abduction", "start": None, "end": None, "precision": "", "places": HOTEL_UNDER_COUNTRY,
              "fatalities": 19, "date_text": date_text, **NOBODY}  # fmt: skip
    return IncidentFacts(pk=2, **{**values, **fields})


def test_a_weekday_a_day_from_the_other_reports_day_counts_less_than_the_same_weekday():
    for words in ("on Friday", "late Friday night", "Sunday morning"):
        evidence = matching.score_incidents(timeless(words), dated())
        assert evidence.date == matching.INCIDENT_WEEKDAY_NEXT_TO, words
        assert evidence.day_told_within_a_day and not evidence.day_told_agrees and evidence.timeless
    same_day = matching.score_incidents(timeless("on Saturday"), dated())
    assert same_day.date == matching.INCIDENT_WEEKDAY_AGREES
    # The weekday of the other's day itself is within a day of it too (the site rule's close tolls hold for it).
    assert same_day.day_told_agrees and same_day.day_told_within_a_day
    # Two days off or more: the weekday says nothing.
    for words in ("on Thursday", "on Monday", "on Wednesday"):
        evidence = matching.score_incidents(timeless(words), dated())
        assert evidence.date == matching.INCIDENT_UNDATED and not evidence.day_told_within_a_day, words


def test_close_large_tolls_at_one_named_site_merge_a_timeless_report_told_a_day_from_the_other():
    evidence = matching.score_incidents(timeless("on Friday"), dated())
    assert evidence.at_one_site and evidence.large_tolls_agree and not evidence.same_large_toll
    assert matching.verdict(evidence) == MERGE
    # In either order.
    assert matching.verdict(matching.score_incidents(dated(), timeless("Sunday evening"))) == MERGE


def test_without_a_weekday_near_the_day_close_tolls_do_not_merge_a_timeless_report():
    assert matching.verdict(matching.score_incidents(timeless(""), dated())) != MERGE
    assert matching.verdict(matching.score_incidents(timeless("on Wednesday"), dated())) != MERGE


def test_a_weekday_near_the_day_does_not_merge_at_a_whole_town_or_on_small_tolls_or_two_kinds():
    at_town = timeless("on Friday", places=TOWN)
    assert matching.verdict(matching.score_incidents(at_town, dated(places=TOWN))) != MERGE
    small = timeless("on Friday", fatalities=4)
    assert matching.verdict(matching.score_incidents(small, dated(fatalities=5))) != MERGE
    killing = timeless("on Friday", type="targeted_killing")
    assert matching.verdict(matching.score_incidents(killing, dated(type="attack_on_civilians"))) != MERGE
    # Tolls far apart count against.
    assert matching.verdict(matching.score_incidents(timeless("on Friday", fatalities=10), dated())) != MERGE
