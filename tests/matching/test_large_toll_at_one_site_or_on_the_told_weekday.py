"""A toll of ten or more that both reports give (the same or close), of one kind of event, ties a report that says
nothing of the day to a dated one: at one named site when the other is undated (timeless: only the same toll) or
dated only to a week, month or year holding the day, and at one town when the undated report's own weekday is the
other's day. Smaller tolls, two types that are not one kind, a whole province, a weekday that disagrees or two reports
dated days apart stay with the other rules (a flag at most)."""

import datetime as dt

from incidents.services import matching
from incidents.services.matching import MERGE, IncidentFacts, Place

COUNTRY = Place(300, "Norvania", "country")
PROVINCE = (Place(301, "Lakeside Province", "admin1"), COUNTRY)
TOWN = (Place(302, "Tarrowmouth", "city", 8.3, 21.7), *PROVINCE)
ARENA = (Place(303, "Harbourlight Arena", "site"), *TOWN)
# The same arena hung under the town's quarter by another report, a separate record of one named site.
ARENA_AGAIN = (Place(305, "Harbourlight Arena", "site"), Place(304, "Old Docks", "region"), *TOWN)
DAY = dt.date(2021, 9, 15)  # a Wednesday
NOBODY = {"perpetrators": frozenset(), "perpetrator_family": frozenset()}


def dated(**fields) -> IncidentFacts:
    values = {"type": "bombing", "start": DAY, "end": DAY, "precision": "day", "places": ARENA, "fatalities": 31,
              "first_published": DAY, **NOBODY}  # fmt: skip
    return IncidentFacts(pk=1, **{**values, **fields})


def undated(**fields) -> IncidentFacts:
    """A report without date words or a publication day (timeless)."""
    values = {"type": "bombing", "start": None, "end": None, "precision": "", "places": ARENA, "fatalities": 27,
              **NOBODY}  # fmt: skip
    return IncidentFacts(pk=2, **{**values, **fields})


def in_year(year: int, **fields) -> IncidentFacts:
    """A background mention dated only to its year ("the 2021 arena bombing")."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    values = {"start": start, "end": end, "precision": "year", "fatalities": 31, "first_published": None}
    return undated(**{**values, **fields})


def published(**fields) -> IncidentFacts:
    """A report without date words, published three days after the day: undated, not timeless."""
    return undated(first_published=DAY + dt.timedelta(days=3), **fields)


def test_close_large_tolls_at_one_named_site_merge_an_undated_report_without_a_group():
    evidence = matching.score_incidents(published(), dated())
    assert evidence.undated and not evidence.timeless and evidence.at_one_site and evidence.large_tolls_agree
    assert not evidence.same_named_doers and evidence.score < matching.INCIDENT_FLAG_AT
    assert matching.verdict(evidence) == MERGE
    # Two records of one named site (one report hangs it under a quarter of the town) are one site too.
    assert matching.verdict(matching.score_incidents(published(places=ARENA_AGAIN), dated())) == MERGE


def test_close_means_the_lower_toll_at_least_half_the_higher():
    assert matching.verdict(matching.score_incidents(published(fatalities=15), dated(fatalities=30))) == MERGE
    assert matching.verdict(matching.score_incidents(published(fatalities=15), dated(fatalities=31))) != MERGE


def test_a_timeless_report_at_one_named_site_merges_only_on_the_same_large_toll():
    # Nothing dates it, so it is compared with the site's events of every year: close tolls recur there.
    evidence = matching.score_incidents(undated(), dated())
    assert evidence.timeless and evidence.large_tolls_agree and not evidence.same_large_toll
    assert matching.verdict(evidence) != MERGE
    assert matching.verdict(matching.score_incidents(undated(fatalities=31), dated())) == MERGE


def test_a_year_or_month_that_holds_the_day_at_one_named_site_merges_on_the_same_large_toll():
    evidence = matching.score_incidents(in_year(2021, fatalities=29), dated())
    assert evidence.date_contains and not evidence.undated
    assert matching.verdict(evidence) == MERGE
    month = {"start": dt.date(2021, 9, 1), "end": dt.date(2021, 9, 30), "precision": "month"}
    assert matching.verdict(matching.score_incidents(undated(**month, fatalities=29), dated())) == MERGE
    # A year that does not hold the day is another event at the arena.
    assert matching.verdict(matching.score_incidents(in_year(2019), dated())) != MERGE


def test_small_or_far_apart_tolls_at_one_named_site_are_not_enough():
    assert matching.verdict(matching.score_incidents(undated(fatalities=4), dated(fatalities=5))) != MERGE
    assert matching.verdict(matching.score_incidents(undated(fatalities=12), dated(fatalities=40))) != MERGE
    # An event of another class at the site (an attack on civilians against a bombing) is not compared undated.
    assert matching.score_incidents(undated(type="attack_on_civilians"), dated()) is None


def test_two_types_of_one_class_that_are_not_one_kind_are_not_merged_by_a_large_toll():
    # A targeted killing and an attack on civilians are compared undated (one class), at no points for the type.
    killing = {"type": "targeted_killing", "fatalities": 31}
    evidence = matching.score_incidents(published(**killing), dated(type="attack_on_civilians"))
    assert not evidence.same_type and evidence.same_large_toll and evidence.at_one_site
    assert matching.verdict(evidence) != MERGE
    told = published(places=TOWN, date_text="on Wednesday", **killing)
    assert matching.verdict(matching.score_incidents(told, dated(type="attack_on_civilians"))) != MERGE


def test_two_reports_dated_days_apart_at_the_site_are_not_merged_by_their_tolls():
    later = DAY + dt.timedelta(days=2)
    evidence = matching.score_incidents(dated(start=later, end=later, first_published=later, fatalities=29), dated())
    assert not evidence.undated and not evidence.date_contains
    assert evidence.score < matching.INCIDENT_FLAG_AT and matching.verdict(evidence) is None


def test_the_weekday_told_and_close_large_tolls_at_one_town_merge_an_undated_report():
    told = undated(places=TOWN, date_text="on Wednesday")
    evidence = matching.score_incidents(told, dated())  # the town, and a site in it
    assert evidence.in_one_town and evidence.day_told_agrees and evidence.timeless
    assert matching.verdict(evidence) == MERGE
    # A bomber said to have blown himself up by one report only: one kind of event.
    assert matching.verdict(matching.score_incidents(told, dated(type="suicide_bombing"))) == MERGE


def test_without_the_weekday_or_the_large_tolls_a_town_stays_a_flag_at_most():
    # No weekday told: close large tolls at a town with no group are a flag (test_undated_report_at_one_town...).
    assert matching.verdict(matching.score_incidents(undated(places=TOWN), dated(places=TOWN))) != MERGE
    # Two reports dated two days apart at one town: no weekday of an undated report ties them.
    later = DAY + dt.timedelta(days=2)
    apart = dated(places=TOWN, start=later, end=later, first_published=later)
    assert matching.verdict(matching.score_incidents(apart, dated(places=TOWN))) != MERGE
    # Another weekday: another week's event.
    thursday = undated(places=TOWN, date_text="on Thursday")
    assert matching.verdict(matching.score_incidents(thursday, dated())) != MERGE
    # Tolls under ten agree on the weekday: a town sees many such attacks.
    small = undated(places=TOWN, date_text="on Wednesday", fatalities=6)
    assert matching.verdict(matching.score_incidents(small, dated(fatalities=7))) != MERGE
    # A whole province is not one town.
    province = undated(places=PROVINCE, date_text="on Wednesday")
    assert matching.verdict(matching.score_incidents(province, dated())) != MERGE
