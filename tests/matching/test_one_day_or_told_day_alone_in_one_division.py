"""Two reports of one event that share only a district or province (one placed at the division, the other at it or
inside it) merge when they are the only events of their class on record in that division and either both date it
to the same day, of one kind with nothing against (`same_day_alone_in_one_division`), or one report's own weekday is
the other's day, with the same toll (`undated_alone_in_one_division`, a told day counting as an undated report does).
Another day, kind or toll, doers in conflict, a timeless report without a told day, or a third event in the division
leave them to the other rules (a flag at most)."""

import datetime as dt

import pytest

from incidents.choices import LocationKind
from incidents.models import Incident, Location
from incidents.services import matching
from incidents.services.matching import MERGE, IncidentFacts, Place
from tests.matching.clash_reports import persist_clash_report

COUNTRY = Place(700, "Ostravia", "country")
PROVINCE = (Place(701, "Fennmoor", "admin1"), COUNTRY)
DISTRICT = (Place(702, "Upper Fennmoor District", "admin2", 3.1, 98.2), *PROVINCE)
TOWN = (Place(703, "Kettlebridge", "city", 3.2, 98.3), *DISTRICT)
DAY = dt.date(2020, 5, 12)  # a Tuesday
NOBODY = {"perpetrators": frozenset(), "perpetrator_family": frozenset()}


def report(pk: int, places, **fields) -> IncidentFacts:
    values = {"type": "armed_clash", "start": DAY, "end": DAY, "precision": "day", "places": places, "fatalities": 4,
              "first_published": DAY, **NOBODY}  # fmt: skip
    return IncidentFacts(pk=pk, **{**values, **fields})


def timeless(pk: int, places, **fields) -> IncidentFacts:
    """A report with neither a date nor a publication day; its own date words in `date_text`."""
    return report(pk, places, **{"start": None, "end": None, "precision": "", "first_published": None, **fields})


# ---------------------------------------------------------------- must not merge


def test_not_alone_in_the_division_the_same_day_is_at_most_a_flag():
    evidence = matching.score_incidents(report(1, DISTRICT), report(2, PROVINCE))
    assert evidence.division == PROVINCE[0] and matching.same_day_alone_in_one_division(evidence)
    assert matching.verdict(evidence) != MERGE


def test_another_day_kind_toll_or_doers_stay_apart_even_alone_in_the_division():
    next_day = DAY + dt.timedelta(days=1)
    doers = {"perpetrators": frozenset({7}), "perpetrator_family": frozenset({7})}
    others = {"perpetrators": frozenset({8}), "perpetrator_family": frozenset({8})}
    late = DAY + dt.timedelta(days=30)  # neither a first count: tolls far apart count against
    for evidence in (
        matching.score_incidents(report(1, TOWN), report(2, PROVINCE, start=next_day, end=next_day,
                                                         first_published=next_day, date_text="on Wednesday")),
        matching.score_incidents(report(1, TOWN, type="arrest_or_raid"), report(2, PROVINCE)),
        matching.score_incidents(report(1, TOWN, **doers), report(2, PROVINCE, **others)),
        matching.score_incidents(report(1, TOWN, fatalities=40, first_published=late),
                                 report(2, PROVINCE, fatalities=2, first_published=late)),
    ):  # fmt: skip
        assert evidence is None or matching.verdict(evidence, alone_in_division=True) != MERGE


def test_a_timeless_report_without_its_day_or_another_toll_is_not_tied_by_a_division():
    # No day words at all, or a weekday that is not the other's: the day does not tie a timeless report.
    for words in ("", "on Friday"):
        evidence = matching.score_incidents(timeless(1, TOWN, date_text=words, fatalities=1), report(2, PROVINCE))
        assert matching.verdict(evidence, alone_in_division=True) != MERGE
    # The told weekday agrees, but the tolls differ: the toll is what ties a report without its year.
    other_toll = matching.score_incidents(timeless(1, TOWN, date_text="late Tuesday", fatalities=9),
                                          report(2, PROVINCE, fatalities=4))  # fmt: skip
    assert other_toll.day_told_agrees and matching.verdict(other_toll, alone_in_division=True) != MERGE


def test_two_towns_of_one_province_the_same_day_share_no_division():
    other_town = (Place(704, "Marrowgate", "city", 3.9, 98.9), *PROVINCE)
    evidence = matching.score_incidents(report(1, TOWN), report(2, other_town))
    assert evidence is None or evidence.division is None


# ---------------------------------------------------------------- must merge


def test_a_district_and_its_province_on_one_day_merge_when_alone_there():
    evidence = matching.score_incidents(report(1, DISTRICT), report(2, PROVINCE))
    assert matching.verdict(evidence, alone_in_division=True) == MERGE
    flipped = matching.score_incidents(report(1, PROVINCE), report(2, DISTRICT))
    assert matching.verdict(flipped, alone_in_division=True) == MERGE


def test_one_district_on_one_day_with_a_toll_that_rose_from_a_first_count_merges_when_alone_there():
    later = DAY + dt.timedelta(days=3)
    first = report(1, DISTRICT, fatalities=20, first_published=DAY + dt.timedelta(days=1))
    second = report(2, DISTRICT, fatalities=110, first_published=later)
    evidence = matching.score_incidents(second, first)
    assert evidence.division == DISTRICT[0] and evidence.place == matching.INCIDENT_PLACE_SAME
    assert matching.verdict(evidence) != MERGE
    assert matching.verdict(evidence, alone_in_division=True) == MERGE


def test_a_timeless_report_whose_weekday_is_the_other_day_with_the_same_toll_merges_when_alone_there():
    evidence = matching.score_incidents(timeless(1, TOWN, date_text="late Tuesday", fatalities=12),
                                        report(2, PROVINCE, fatalities=12))  # fmt: skip
    assert evidence.day_told_agrees and not evidence.undated
    assert matching.verdict(evidence) != MERGE
    assert matching.verdict(evidence, alone_in_division=True) == MERGE


# ---------------------------------------------------------------- persisted: the division asked of the database


@pytest.fixture
def fennmoor(db):
    Location.objects.create(name="Ostravia", kind=LocationKind.COUNTRY, country_code="ZX")
    return Location.objects.create(name="Fennmoor", kind=LocationKind.ADMIN1, country_code="ZX")


def persist(name: str, *, district: str | None, date: str, fatalities: int = 4) -> None:
    """One outlet's report of a clash in `district` of Fennmoor (no district: only the province), dated `date`."""
    persist_clash_report(name, province="Fennmoor", country="ZX", place=district, place_kind="admin2", date=date,
                         published=dt.date.fromisoformat(date), fatalities=fatalities)  # fmt: skip


@pytest.mark.parametrize("order", [("district", "province"), ("province", "district")])
def test_the_only_clash_in_the_province_that_day_joins_its_district_report(fennmoor, order):
    for name in order:
        persist(name, district="Upper Fennmoor District" if name == "district" else None, date="2020-05-12")
    assert sorted(s.original_name for s in Incident.objects.get().sources.all()) == ["district", "province"]


def test_another_clash_anywhere_in_the_province_keeps_them_apart(fennmoor):
    persist("elsewhere", district="Lower Fennmoor District", date="2014-02-03", fatalities=2)
    persist("district", district="Upper Fennmoor District", date="2020-05-12")
    persist("province", district=None, date="2020-05-12")
    assert Incident.objects.count() == 3
