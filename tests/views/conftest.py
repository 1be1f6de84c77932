"""A small world of records for the page tests, built with the ORM.

Places use made-up countries (ZZ, YY) and groups made-up names, so the gazetteer
subset and groups list the session loads never collide with what is asserted here.
"""

import datetime as dt
import hashlib
from itertools import count

import pytest

from incidents.choices import ActorRole, LocationKind, Origin, PersonRole
from incidents.models import (
    Affiliation,
    Group,
    GroupAlias,
    Incident,
    IncidentActor,
    IncidentPerson,
    IncidentSource,
    Location,
    LocationName,
    Mention,
    Person,
    PersonAlias,
    Source,
)

_serial = count(1)

ARTICLE = (
    "KABUL: A commander of the Test Khorasan Front was shot dead in Alphatown on Sunday, officials said.\n"
    "The attack killed 3 people near the Alpha Mosque.\n"
    "Officials blamed the group, also called Daesh-Test, for a wave of violence in Northprov."
)


def place(name, kind, parent=None, code="ZZ", lat=None, lon=None, population=None):
    return Location.objects.create(
        name=name, kind=kind, parent=parent, country_code=code, latitude=lat, longitude=lon,
        population=population, provenance=Origin.GAZETTEER,
    )  # fmt: skip


def make_source(text=ARTICLE, **kw):
    serial = next(_serial)
    defaults = {
        "title": f"Test article {serial}",
        "publisher": "Test Wire",
        "published": dt.date(2025, 9, 28),
        "url": f"https://example.org/{serial}",
        "sha256": hashlib.sha256(f"{serial}{text}".encode()).hexdigest(),
    }
    defaults.update(kw)
    return Source.objects.create(text=text, **defaults)


@pytest.fixture
def world(db):
    zed = place("Zedland", LocationKind.COUNTRY, lat=10.0, lon=20.0)
    north = place("Northprov", LocationKind.ADMIN1, zed)
    south = place("Southprov", LocationKind.ADMIN1, zed)
    alpha = place("Alphatown", LocationKind.CITY, north, lat=11.5, lon=21.5, population=50000)
    mosque = place("Alpha Mosque", LocationKind.SITE, alpha, lat=11.51, lon=21.51)
    beta = place("Betaville", LocationKind.CITY, south, lat=9.0, lon=19.0)
    why = place("Whyland", LocationKind.COUNTRY, code="YY", lat=40.0, lon=40.0)
    gamma = place("Gammaburg", LocationKind.CITY, why, code="YY", lat=41.0, lon=41.0)
    LocationName.objects.create(location=alpha, name="Alfa-Town")

    front = Group.objects.create(name="Test Khorasan Front", provenance=Origin.CURATED)
    GroupAlias.objects.create(group=front, name="Daesh-Test")
    GroupAlias.objects.create(group=front, name="TKF", case_sensitive=True)
    parent = Group.objects.create(name="Test Caliphate")
    front.parent = parent
    front.save()
    army = Group.objects.create(name="Zedland Army", kind="state_force")
    commander = Person.objects.create(name="Umar Testani", origin="Zed")
    PersonAlias.objects.create(person=commander, name="Abu Test")
    Affiliation.objects.create(person=commander, group=front, role="senior commander")

    source = make_source()
    killing = Incident.objects.create(
        type="targeted_killing", summary="Commander shot dead in Alphatown", date_start=dt.date(2025, 9, 28),
        date_end=dt.date(2025, 9, 28), date_precision="day", location=alpha, fatalities=1, injured=0,
        search_text="Commander shot dead in Alphatown Test Khorasan Front Daesh-Test Umar Testani Alphatown",
    )  # fmt: skip
    IncidentActor.objects.create(incident=killing, group=front, role=ActorRole.TARGET)
    IncidentPerson.objects.create(incident=killing, person=commander, role=PersonRole.VICTIM)
    first = ARTICLE.index("A commander")
    IncidentSource.objects.create(
        incident=killing, source=source, fatalities=1, fatalities_text="shot dead",
        evidence=[{"text": ARTICLE[first : ARTICLE.index("\n")], "start": first, "end": ARTICLE.index("\n")}],
    )  # fmt: skip
    bombing = Incident.objects.create(
        type="bombing", summary="Mosque bombing", date_start=dt.date(2022, 3, 4), location=mosque,
        fatalities=3, search_text="Mosque bombing Test Khorasan Front Daesh-Test Alpha Mosque",
    )  # fmt: skip
    IncidentActor.objects.create(incident=bombing, group=front, role=ActorRole.PERPETRATOR, claimed=True)
    IncidentSource.objects.create(incident=bombing, source=source, fatalities=3)
    clash = Incident.objects.create(
        type="armed_clash", summary="Clash in Betaville", date_start=dt.date(2024, 1, 10), location=beta,
        fatalities=12, search_text="Clash in Betaville Zedland Army",
    )  # fmt: skip
    IncidentActor.objects.create(incident=clash, group=army, role=ActorRole.PERPETRATOR)
    abroad = Incident.objects.create(
        type="abduction", summary="Abduction in Gammaburg", date_start=dt.date(2023, 6, 1), location=gamma,
        fatalities=None, search_text="Abduction in Gammaburg",
    )  # fmt: skip
    start = ARTICLE.index("Test Khorasan Front")
    Mention.objects.create(
        source=source, start=start, end=start + len("Test Khorasan Front"), text="Test Khorasan Front", group=front
    )
    start = ARTICLE.index("Alphatown")
    Mention.objects.create(source=source, start=start, end=start + len("Alphatown"), text="Alphatown", location=alpha)
    return {
        "zed": zed, "north": north, "south": south, "alpha": alpha, "mosque": mosque, "beta": beta, "why": why,
        "gamma": gamma, "front": front, "parent": parent, "army": army, "commander": commander, "source": source,
        "killing": killing, "bombing": bombing, "clash": clash, "abroad": abroad,
    }  # fmt: skip


def add_incidents(n, location, group, source=None):
    """`n` more incidents, each with an actor, a person and a source link (for query counts)."""
    person = Person.objects.create(name=f"Bulk Person {next(_serial)}")
    for i in range(n):
        incident = Incident.objects.create(
            type="bombing", date_start=dt.date(2021, 1, 1) + dt.timedelta(days=i), location=location,
            fatalities=i, summary=f"bulk {i}",
        )  # fmt: skip
        IncidentActor.objects.create(incident=incident, group=group, role=ActorRole.PERPETRATOR)
        IncidentPerson.objects.create(incident=incident, person=person, role=PersonRole.VICTIM)
        IncidentSource.objects.create(incident=incident, source=source or make_source(), fatalities=i)
        Mention.objects.create(
            source=incident.source_links.first().source, start=0, end=5, text="KABUL", location=location
        )
    return person


def formset_data(prefix: str, rows: list[dict]) -> dict:
    """A formset's fields as a browser posts them: the management form, then each row's fields."""
    data = {f"{prefix}-TOTAL_FORMS": str(len(rows)), f"{prefix}-INITIAL_FORMS": "0"}
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{name}": value for name, value in row.items()})
    return data
