"""One site told by two outlets, one of which could not place it in a town (the site hangs under nothing, only its
country code says where it is) or writes its name with the article another transliteration leaves out ("Al-Qamar
Mosque", "Qamar Mosque"): one record each, one event.

The documents are written by hand in the extraction format and persisted as ingest does.
"""

import datetime as dt
import hashlib

import pytest

from incidents.choices import LocationKind
from incidents.models import Incident, Location, Source
from incidents.services import matching
from incidents.services.persist import extraction_persist

REPORTED = dt.date(2025, 3, 6)


@pytest.fixture
def country(db):
    return Location.objects.create(name="Testland", kind=LocationKind.COUNTRY, country_code="ZZ")


def site_report(name: str, *, site: str, in_town: bool, date: str | None = "2025-03-04", published=REPORTED):
    """One outlet's report of a bombing at `site`: hung under its town Testabad, or under no place at all."""
    text = f"{name}: a bomb at {site} killed 5 worshippers on Friday; the Red Hand Brigade claimed it."
    source = Source.objects.create(text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), published=published,
                                   original_name=name)  # fmt: skip
    town = [{"key": "l1", "name": "Testabad", "kind": "city", "country": "ZZ", "parent": "l0"}] if in_town else []
    document = {
        "locations": [
            {"key": "l0", "name": "Testland", "kind": "country", "country": "ZZ", "parent": None},
            *town,
            {"key": "l2", "name": site, "kind": "site", "country": "ZZ", "parent": "l1" if in_town else None},
        ],
        "groups": [{"key": "g1", "name": "Red Hand Brigade", "kind": "armed_group", "aliases": []}],
        "persons": [],
        "incidents": [{
            "key": "i1", "type": "bombing", "summary": "Bomb at the mosque", "date": date,
            "date_precision": "day" if date else None, "location": "l2", "fatalities": 5, "perpetrators": ["g1"],
            "persons": [], "evidence": [],
        }],
    }  # fmt: skip
    extraction_persist(source=source, document=document)
    return source


def reports_of(incident: Incident) -> list[str]:
    return sorted(s.original_name for s in incident.sources.all())


@pytest.mark.parametrize("town_first", [True, False])
def test_a_site_hung_under_nothing_is_in_its_country_and_one_event_with_the_site_in_its_town(country, town_first):
    for name in ("in town", "unplaced") if town_first else ("unplaced", "in town"):
        site_report(name, site="Grand Ferry Terminal", in_town=name == "in town")
    assert Location.objects.filter(name="Grand Ferry Terminal").count() == 2
    assert reports_of(Incident.objects.get()) == ["in town", "unplaced"]


@pytest.mark.parametrize("articled_first", [True, False])
def test_a_site_named_with_and_without_its_article_is_one_event(country, articled_first):
    # The report without its article has neither date nor publication day: it finds the other by the site only.
    articled = ("articled", {"site": "Al-Qamar Grand Mosque", "in_town": False})
    bare = ("bare", {"site": "Qamar Grand Mosque", "in_town": True, "date": None, "published": None})
    for name, kwargs in (articled, bare) if articled_first else (bare, articled):
        site_report(name, **kwargs)
    assert reports_of(Incident.objects.get()) == ["articled", "bare"]


def test_a_site_is_stored_under_its_name_without_articles_but_never_as_one_bare_word():
    assert matching.place_spellings("Al-Qamar Grand Mosque", LocationKind.SITE) == ["Qamar Grand Mosque"]
    assert matching.place_spellings("Al-Qamar Mosque", LocationKind.SITE) == ["Qamar Mosque"]
    assert matching.place_spellings("El Qamar", LocationKind.SITE) == []
    assert matching.place_spellings("El Qamar", LocationKind.CITY) == []  # a town's article is part of its name
