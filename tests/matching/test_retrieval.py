"""Candidate retrieval stays cheap: indexed filters, and a fixed number of queries however many candidates."""

import datetime as dt
import hashlib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from incidents.choices import LocationKind
from incidents.models import Incident, IncidentPerson, IncidentSource, Location, Person, Source
from incidents.services import matching
from incidents.services.merging import mark_not_same

DAY = dt.date(2025, 3, 4)


@pytest.fixture
def town(db):
    country = Location.objects.create(name="Testland", kind=LocationKind.COUNTRY, country_code="ZZ")
    province = Location.objects.create(name="North", kind=LocationKind.ADMIN1, country_code="ZZ", parent=country)
    return Location.objects.create(name="Testabad", kind=LocationKind.CITY, country_code="ZZ", parent=province)


def source(n) -> Source:
    text = f"report {n}"
    return Source.objects.create(text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), published=DAY)


def incident(place, day=DAY, type="bombing", n=0, **fields) -> Incident:
    row = Incident.objects.create(type=type, date_start=day, date_end=day, date_precision="day", location=place,
                                  **fields)  # fmt: skip
    IncidentSource.objects.create(incident=row, source=source(f"{type}-{day}-{n}-{row.pk}"))
    person = Person.objects.create(name=f"Person {row.pk}")
    IncidentPerson.objects.create(incident=row, person=person, role="victim")
    return row


def test_only_the_same_kind_of_event_in_the_country_and_date_window_are_candidates(town):
    new = incident(town)
    near = incident(town, DAY + dt.timedelta(days=2), type="suicide_bombing")
    incident(town, DAY + dt.timedelta(days=5))  # outside the window
    incident(town, type="abduction")  # another kind of event
    elsewhere = Location.objects.create(name="Otherland", kind=LocationKind.COUNTRY, country_code="ZY")
    incident(elsewhere)
    month = Incident.objects.create(type="bombing", date_start=dt.date(2025, 3, 1), date_end=dt.date(2025, 3, 31),
                                    date_precision="month", location=town)  # fmt: skip
    year = Incident.objects.create(type="bombing", date_start=dt.date(2025, 1, 1), date_end=dt.date(2025, 12, 31),
                                   date_precision="year", location=town)  # fmt: skip
    own_source = new.sources.get()

    assert set(matching.incident_candidates(new, source=own_source)) == {near.pk, month.pk, year.pk}
    mark_not_same(new, near)
    assert set(matching.incident_candidates(new, source=own_source)) == {month.pk, year.pk}


def test_a_report_dated_to_the_year_finds_the_day_dated_events_of_that_year_as_they_find_it(town):
    day = incident(town)
    incident(town, dt.date(2024, 12, 30))  # the year before
    year = Incident.objects.create(type="bombing", date_start=dt.date(2025, 1, 1), date_end=dt.date(2025, 12, 31),
                                   date_precision="year", location=town)  # fmt: skip
    IncidentSource.objects.create(incident=year, source=source("year"))
    assert year.pk in matching.incident_candidates(day, source=day.sources.get())
    assert matching.incident_candidates(year, source=year.sources.get()) == [day.pk]


def test_a_day_dated_attack_also_finds_day_dated_attacks_typed_otherwise(town):
    new = incident(town)
    clash = incident(town, DAY + dt.timedelta(days=1), type="armed_clash")
    incident(town, type="abduction")  # not a part of a complex attack
    Incident.objects.create(type="attack_on_civilians", date_start=dt.date(2025, 3, 1), date_end=dt.date(2025, 3, 31),
                            date_precision="month", location=town)  # fmt: skip
    assert matching.incident_candidates(new, source=new.sources.get()) == [clash.pk]


def test_matching_takes_the_same_number_of_queries_for_few_or_many_candidates(town):
    new = incident(town, n=-1)
    counts = []
    for batch in (3, 30):
        for n in range(batch):
            incident(town, DAY + dt.timedelta(days=n % 3), n=n)
        with CaptureQueriesContext(connection) as queries:
            matching.incident_match(new, source=new.sources.get())
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert counts[1] <= 15
