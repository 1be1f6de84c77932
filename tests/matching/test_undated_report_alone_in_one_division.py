"""One report places an event only at its district or province, the other at a town in it (or both at the division),
one of them undated: of the same kind and with the same toll, they merge when the two are the only events of their
class on record anywhere in that division. Another event of the class anywhere in it, another toll, another kind or
doers in conflict leave them to the other rules (a flag at most)."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from incidents.choices import LocationKind
from incidents.models import Incident, Location, Source
from incidents.services import matching
from incidents.services.matching import MERGE, IncidentFacts, Place
from tests.matching.clash_reports import persist_clash_report

COUNTRY = Place(500, "Veldoria", "country")
PROVINCE = (Place(501, "Saltmarsh Province", "admin1"), COUNTRY)
TOWN = (Place(502, "Brackwater", "city", 12.4, 44.1), *PROVINCE)
DAY = dt.date(2017, 8, 22)
NOBODY = {"perpetrators": frozenset(), "perpetrator_family": frozenset()}


def dated(**fields) -> IncidentFacts:
    values = {"type": "armed_clash", "start": DAY, "end": DAY, "precision": "day", "places": PROVINCE,
              "fatalities": 9, "first_published": DAY, **NOBODY}  # fmt: skip
    return IncidentFacts(**{"pk": 1, **values, **fields})


def undated(**fields) -> IncidentFacts:
    """A report without date words or a publication day (timeless)."""
    values = {"type": "armed_clash", "start": None, "end": None, "precision": "", "places": TOWN, "fatalities": 9,
              **NOBODY}  # fmt: skip
    return IncidentFacts(**{"pk": 2, **values, **fields})


def test_a_town_and_its_province_merge_only_when_the_two_are_alone_in_the_province():
    evidence = matching.score_incidents(undated(), dated())
    assert evidence.division == PROVINCE[0] and matching.undated_alone_in_one_division(evidence)
    assert matching.verdict(evidence) != MERGE
    assert matching.verdict(evidence, alone=True) != MERGE  # alone at the town is not alone in the province
    assert matching.verdict(evidence, alone_in_division=True) == MERGE
    # Either report may be the one placed only at the province.
    flipped = matching.score_incidents(undated(places=PROVINCE), dated(places=TOWN))
    assert matching.verdict(flipped, alone_in_division=True) == MERGE


def test_another_toll_kind_or_doers_in_conflict_stay_apart_even_alone_in_the_province():
    doers = {"perpetrators": frozenset({7}), "perpetrator_family": frozenset({7})}
    others = {"perpetrators": frozenset({8}), "perpetrator_family": frozenset({8})}
    for evidence in (
        matching.score_incidents(undated(fatalities=8), dated()),
        matching.score_incidents(undated(type="arrest_or_raid"), dated()),
        matching.score_incidents(undated(**doers), dated(**others)),
        matching.score_incidents(undated(fatalities=None), dated(fatalities=None)),
    ):
        assert matching.verdict(evidence, alone_in_division=True) != MERGE


def test_an_undated_report_whose_own_weekday_is_days_off_is_not_tied_by_being_alone():
    # The dated clash fell on a Tuesday; the undated report says it happened "on Friday": another day, another clash.
    friday = matching.score_incidents(undated(date_text="on Friday"), dated())
    assert friday.day_told_against
    assert matching.verdict(friday, alone_in_division=True) != MERGE
    at_town = matching.score_incidents(undated(date_text="on Friday"), dated(places=TOWN))
    assert matching.verdict(at_town, alone=True) != MERGE
    # A weekday a day from the Tuesday (a night across midnight) says nothing against: alone still ties them.
    wednesday = matching.score_incidents(undated(date_text="on Wednesday"), dated())
    assert not wednesday.day_told_against
    assert matching.verdict(wednesday, alone_in_division=True) == MERGE
    monday = matching.score_incidents(undated(date_text="on Monday"), dated(places=TOWN))
    assert matching.verdict(monday, alone=True) == MERGE


def test_a_timeless_report_of_one_death_is_not_tied_by_being_alone_but_a_dated_page_is():
    # One death at a town recurs across the years; a report with no date and no publication day could be any of them.
    one_dead = matching.score_incidents(undated(fatalities=1), dated(fatalities=1, places=TOWN))
    assert one_dead.timeless and matching.verdict(one_dead, alone=True) != MERGE
    in_province = matching.score_incidents(undated(fatalities=1), dated(fatalities=1))
    assert matching.verdict(in_province, alone_in_division=True) != MERGE
    # Two or more dead, or a page with its publication day (looked for in the month before it), still tie.
    two_dead = matching.score_incidents(undated(fatalities=2), dated(fatalities=2, places=TOWN))
    assert matching.verdict(two_dead, alone=True) == MERGE
    paged = matching.score_incidents(undated(fatalities=1, first_published=DAY), dated(fatalities=1, places=TOWN))
    assert not paged.timeless and matching.verdict(paged, alone=True) == MERGE


def test_a_place_in_a_country_only_is_not_in_one_division():
    evidence = matching.score_incidents(undated(), dated(places=(COUNTRY,)))
    assert evidence.division is None and matching.verdict(evidence, alone_in_division=True) != MERGE


@pytest.fixture
def province(db):
    Location.objects.create(name="Veldoria", kind=LocationKind.COUNTRY, country_code="ZY")
    return Location.objects.create(name="Saltmarsh Province", kind=LocationKind.ADMIN1, country_code="ZY")


def report(name: str, *, town: str | None, date=None, published=None, fatalities=9) -> Source:
    """Persist one outlet's report of a clash at `town` in Saltmarsh Province (no town: only the province)."""
    return persist_clash_report(name, province="Saltmarsh Province", country="ZY", place=town, date=date,
                                published=published, fatalities=fatalities)  # fmt: skip


def reports_of(incident: Incident) -> list[str]:
    return sorted(s.original_name for s in incident.sources.all())


@pytest.mark.parametrize("order", [("town", "province"), ("province", "town")])
def test_a_timeless_report_at_the_province_joins_the_only_event_of_its_kind_in_it(province, order):
    for name in order:
        if name == "town":
            report("town", town="Brackwater", date="2017-08-22", published=dt.date(2017, 8, 23))
        else:
            report("province", town=None)
    assert reports_of(Incident.objects.get()) == ["province", "town"]


def test_another_clash_anywhere_in_the_province_keeps_the_timeless_report_apart(province):
    report("elsewhere", town="Reedhollow", date="2012-03-02", published=dt.date(2012, 3, 3), fatalities=3)
    report("town", town="Brackwater", date="2017-08-22", published=dt.date(2017, 8, 23))
    report("province", town=None)
    assert Incident.objects.count() == 3


def facts_at(location: Location, pk: int) -> IncidentFacts:
    place = Place(location.pk, location.name, location.kind)
    return IncidentFacts(pk=pk, type="armed_clash", start=None, end=None, precision="", places=(place,), **NOBODY)


def test_a_province_of_many_places_is_searched_in_one_query_that_lists_none_of_them(province):
    towns = [
        Location.objects.create(name=f"Fenby {n}", kind=LocationKind.CITY, country_code="ZY", parent=province)
        for n in range(40)
    ]
    ward = Location.objects.create(name="Lantern Ward", kind=LocationKind.SITE, country_code="ZY", parent=towns[-1])
    Incident.objects.create(type="armed_clash", location=ward, fatalities=2)
    new = facts_at(province, pk=-1)
    division = new.places[0]
    with CaptureQueriesContext(connection) as queries:
        events = matching.events_in_division(new, division)
    assert len(events) == 1  # the clash two levels down is found
    assert len(queries.captured_queries) == 1
    # The places go in as subqueries, not as their ids sent back to the database.
    assert not any(re.search(rf"\b{towns[-1].pk}\b", q["sql"]) for q in queries.captured_queries)


def test_two_events_of_the_kind_in_a_province_hold_it_not_alone_for_either():
    division = PROVINCE[0]
    assert matching.alone_in_division(undated(), dated(pk=5), division, events=frozenset({5}))
    assert not matching.alone_in_division(undated(), dated(pk=5), division, events=frozenset({5, 6}))
    assert not matching.alone_in_division(undated(), dated(pk=6), division, events=frozenset({5, 6}))


def count_calls(monkeypatch, name: str) -> list:
    calls = []
    real = getattr(matching, name)
    monkeypatch.setattr(matching, name, lambda *args, **kw: calls.append(args) or real(*args, **kw))
    return calls


def test_the_province_is_asked_once_for_all_the_clashes_in_it(province, monkeypatch):
    report("east", town="Brackwater", date="2017-08-22", published=dt.date(2017, 8, 23))
    report("west", town="Reedhollow", date="2017-08-25", published=dt.date(2017, 8, 26))
    calls = count_calls(monkeypatch, "events_in_division")
    report("province", town=None)
    # Both clashes qualify and each keeps the other from being alone in the province: neither is joined.
    assert Incident.objects.count() == 3
    assert len(calls) == 1


def test_a_pair_the_other_rules_merge_does_not_ask_the_province(province, monkeypatch):
    real = matching.score_incidents

    def strong(new, old):
        """The same pair, with evidence that merges it whatever else is on record (as shared names would)."""
        evidence = real(new, old)
        if evidence is not None:
            evidence.timeless, evidence.score = False, evidence.score + matching.INCIDENT_MERGE_AT
        return evidence

    monkeypatch.setattr(matching, "score_incidents", strong)
    report("town", town="Brackwater", date="2017-08-22", published=dt.date(2017, 8, 23))
    calls = count_calls(monkeypatch, "events_in_division")
    report("province", town=None)
    assert reports_of(Incident.objects.get()) == ["province", "town"]
    assert calls == []
