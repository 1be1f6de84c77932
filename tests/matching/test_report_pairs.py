"""Two outlets' reports of one event, as real reports differ: a month against a day, one report
undated, one place inside the other, a town spelt with and without its diacritics.

The documents are written by hand in the extraction format and persisted as ingest does.
"""

import datetime as dt
import hashlib

import pytest

from incidents.choices import LocationKind
from incidents.models import Incident, Location, Source
from incidents.services.persist import extraction_persist

REPORTED = dt.date(2025, 3, 6)


@pytest.fixture
def province(db):
    # A province at the top of its country's tree, as reports' documents name it (no parent given).
    Location.objects.create(name="Testland", kind=LocationKind.COUNTRY, country_code="ZZ")
    return Location.objects.create(name="North", kind=LocationKind.ADMIN1, country_code="ZZ")


def report(name: str, *, town: str | None, date=None, precision=None, published=REPORTED, victim="Amina Bello Yusuf",
           group="Testland Liberation Front", fatalities=6) -> Source:  # fmt: skip
    """Persist one outlet's report of a bombing in `town` of the province North (no town: in the province)."""
    text = f"{name}: a bomb in {town or 'North'} killed {fatalities}, among them {victim}; the {group} claimed it."
    source = Source.objects.create(text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), published=published,
                                   original_name=name)  # fmt: skip
    document = {
        "locations": [
            {"key": "l0", "name": "North", "kind": "admin1", "country": "ZZ", "parent": None},
            *([{"key": "l1", "name": town, "kind": "city", "country": "ZZ", "parent": "l0"}] if town else []),
        ],
        "groups": [{"key": "g1", "name": group, "kind": "armed_group", "aliases": []}],
        "persons": [{"key": "p1", "name": victim, "aliases": [], "affiliations": [], "fate": "killed"}],
        "incidents": [{
            "key": "i1", "type": "bombing", "summary": f"Bomb in {town}", "date": date, "date_precision": precision,
            "location": "l1" if town else "l0", "fatalities": fatalities, "perpetrators": ["g1"],
            "persons": [{"person": "p1", "role": "victim"}], "evidence": [],
        }],
    }  # fmt: skip
    extraction_persist(source=source, document=document)
    return source


def reports_of(incident: Incident) -> list[str]:
    return sorted(s.original_name for s in incident.sources.all())


def test_a_month_report_and_a_day_report_of_one_bombing_become_one_incident(province):
    report("daily", town="Testabad", date="2025-03-04", precision="day")
    report("monthly", town="Testabad", date="2025-03", precision="month", published=dt.date(2025, 3, 20))
    incident = Incident.objects.get()
    assert reports_of(incident) == ["daily", "monthly"]
    assert incident.date_precision == "day"  # the finer date survives


def test_an_undated_report_joins_the_dated_one_on_its_actors(province):
    report("dated", town="Testabad", date="2025-03-04", precision="day")
    report("undated", town="Testabad", published=REPORTED)
    assert reports_of(Incident.objects.get()) == ["dated", "undated"]


def test_an_undated_report_published_months_later_is_not_looked_for_among_old_events(province):
    report("dated", town="Testabad", date="2025-03-04", precision="day")
    report("undated", town="Testabad", published=dt.date(2025, 9, 1))
    assert Incident.objects.count() == 2


@pytest.mark.parametrize("order", [("dated", "timeless"), ("timeless", "dated")])
def test_a_report_with_neither_date_nor_publication_is_only_flagged_on_place_group_and_toll(province, order):
    # Another bombing at the town on record, years before: the timeless report could be either.
    report("earlier", town="Testabad", date="2019-07-01", precision="day", published=dt.date(2019, 7, 2),
           victim="Kofi Mensah Adjei", fatalities=2)  # fmt: skip
    for name in order:
        if name == "dated":
            report("dated", town="Testabad", date="2025-03-04", precision="day")
        else:
            report("timeless", town="Testabad", published=None, victim="Yusuf Danjuma Okafor")
    assert Incident.objects.count() == 3  # nothing says it is not an event of another year
    first, second = (Incident.objects.get(sources__original_name=name) for name in order)
    assert second.possible_duplicate_of == first


@pytest.mark.parametrize("order", [("dated", "timeless"), ("timeless", "dated")])
def test_a_report_with_neither_date_nor_publication_joins_the_only_event_of_its_kind_at_its_town(province, order):
    for name in order:
        if name == "dated":
            report("dated", town="Testabad", date="2025-03-04", precision="day")
        else:
            report("timeless", town="Testabad", published=None, victim="Yusuf Danjuma Okafor")
    assert reports_of(Incident.objects.get()) == ["dated", "timeless"]  # the same toll, the same kind, alone there


@pytest.mark.parametrize("order", [("dated", "timeless"), ("timeless", "dated")])
def test_a_report_with_neither_date_nor_publication_joins_on_the_same_named_victim_too(province, order):
    for name in order:
        if name == "dated":
            report("dated", town="Testabad", date="2025-03-04", precision="day")
        else:
            report("timeless", town="Testabad", published=None)
    assert reports_of(Incident.objects.get()) == ["dated", "timeless"]


def test_a_report_with_neither_date_nor_publication_elsewhere_is_not_flagged(province):
    report("dated", town="Testabad", date="2025-03-04", precision="day")
    report("timeless", town="Otherville", published=None)
    assert [i.possible_duplicate_of for i in Incident.objects.order_by("pk")] == [None, None]


def test_a_report_placed_in_the_province_joins_the_report_placed_in_its_town(province):
    report("town", town="Testabad", date="2025-03-04", precision="day")
    source = report("province", town=None, date="2025-03-04", precision="day")
    incident = Incident.objects.get()
    assert reports_of(incident) == ["province", "town"]
    assert incident.location.name == "Testabad"  # the finer place survives
    assert source.incidents.get() == incident


@pytest.mark.parametrize("first, second", [("Sanaʿa", "Sanaa"), ("Sanaa", "Sanaʿa"), ("Łódź", "Lodz")])
def test_a_town_spelt_with_and_without_diacritics_is_one_record_and_one_event(province, first, second):
    report("one", town=first, date="2025-03-04", precision="day")
    report("two", town=second, date="2025-03-04", precision="day")
    towns = Location.objects.filter(parent=province)
    assert towns.count() == 1
    assert reports_of(Incident.objects.get()) == ["one", "two"]


def test_different_towns_of_the_province_stay_two_events(province):
    report("one", town="Testabad", date="2025-03-04", precision="day")
    report("two", town="Otherabad", date="2025-03-04", precision="day", victim="Musa Garba Idris",
           group="Testland Salvation Army", fatalities=2)  # fmt: skip
    assert Incident.objects.count() == 2


def site_report(name: str, *, in_town: bool, date=None, published=None) -> Source:
    """One outlet's report of a bombing at the Grand Ferry Terminal: hung under its town Testabad, or only under the
    country (the report names no town)."""
    text = f"{name}: a bomb at the Grand Ferry Terminal killed 4, among them Halima Sadiq Bature; Red Hand claimed it."
    source = Source.objects.create(text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), published=published,
                                   original_name=name)  # fmt: skip
    town = [{"key": "l1", "name": "Testabad", "kind": "city", "country": "ZZ", "parent": "l0"}] if in_town else []
    document = {
        "locations": [
            {"key": "l0", "name": "Testland", "kind": "country", "country": "ZZ", "parent": None},
            *town,
            {"key": "l2", "name": "Grand Ferry Terminal", "kind": "site", "country": "ZZ",
             "parent": "l1" if in_town else "l0"},
        ],
        "groups": [{"key": "g1", "name": "Red Hand Brigade", "kind": "armed_group", "aliases": []}],
        "persons": [{"key": "p1", "name": "Halima Sadiq Bature", "aliases": [], "affiliations": [], "fate": "killed"}],
        "incidents": [{
            "key": "i1", "type": "bombing", "summary": "Bomb at the ferry terminal", "date": date,
            "date_precision": "day" if date else None, "location": "l2", "fatalities": 4, "perpetrators": ["g1"],
            "persons": [{"person": "p1", "role": "victim"}], "evidence": [],
        }],
    }  # fmt: skip
    extraction_persist(source=source, document=document)
    return source


@pytest.mark.parametrize("order", [("dated", "timeless"), ("timeless", "dated")])
def test_a_report_with_neither_date_nor_publication_finds_its_site_placed_less_finely_by_the_other(province, order):
    # The timeless report hangs the site under its town, the dated one only under the country (or the other way):
    # two records of one site, which a timeless report must still find to be compared at all.
    for name in order:
        if name == "dated":
            site_report("dated", in_town=name == order[1], date="2025-03-04", published=REPORTED)
        else:
            site_report("timeless", in_town=name == order[1])
    assert Location.objects.filter(name="Grand Ferry Terminal").count() == 2
    assert reports_of(Incident.objects.get()) == ["dated", "timeless"]
