"""DatabaseGazetteer: the extractor's look-ups answered from the loaded subset and groups list."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from incidents.extraction.gazetteer import DatedGazetteer
from incidents.extraction.normalize import fold
from incidents.models import Group, GroupAlias, Location, LocationName
from incidents.services.gazetteer import DatabaseGazetteer

pytestmark = pytest.mark.django_db


def ids_named(gazetteer, name, kind=None):
    return {p.id for p in gazetteer.places_named([fold(name)]).get(fold(name), []) if kind is None or p.kind == kind}


MAZAR_SPELLINGS = ["Mazar-i-Sharif", "Mazar-e Sharif", "Mazar-e-Sharif", "Mazar Sharif", "Mazār-e Sharīf"]
ISKP_ALIASES = ["ISIS-K", "ISKP", "IS-K", "Daesh-K", "Daesh-Khorasan", "Islamic State Khorasan Province"]


@pytest.mark.parametrize("spelling", MAZAR_SPELLINGS)
def test_spelling_variants_resolve_to_the_same_city(spelling):
    city = Location.objects.get(geonames_id=1133616)
    assert ids_named(DatabaseGazetteer(), spelling, kind="city") == {city.pk}


@pytest.mark.parametrize(
    ("written", "official", "kind"),
    [
        ("Borno State", "Borno", "admin1"),
        ("Borno", "Borno", "admin1"),
        ("Balkh Province", "Balkh", "admin1"),
        ("Khyber Pakhtunkhwa Province", "Khyber Pakhtunkhwa", "admin1"),
        ("Kech", "Kech District", "admin2"),
        ("North Waziristan", "North Wazīristān District", "admin2"),
        ("North Waziristan Agency", "North Wazīristān District", "admin2"),
    ],
)
def test_divisions_resolve_with_or_without_their_type_word(written, official, kind):
    expected = set(Location.objects.filter(name=official, kind=kind).values_list("pk", flat=True))
    assert expected
    assert expected <= ids_named(DatabaseGazetteer(), written, kind=kind)


def test_records_carry_hierarchy_and_coordinates():
    gazetteer = DatabaseGazetteer()
    (city,) = [p for p in gazetteer.places_named(["mazar i sharif"])["mazar i sharif"] if p.kind == "city"]
    assert city.country_code == "AF" and city.latitude and city.longitude and city.geonames_id == 1133616
    district = gazetteer.places_by_id([city.parent_id])[city.parent_id]
    province = gazetteer.places_by_id([district.parent_id])[district.parent_id]
    assert (district.kind, province.kind, province.name) == ("admin2", "admin1", "Balkh")


def test_countries_and_provinces_come_before_same_named_places():
    borno = DatabaseGazetteer().places_named(["borno"])["borno"]
    assert borno[0].kind == "admin1" and borno[0].country_code == "NG"


def test_unknown_names_are_absent_not_empty():
    assert DatabaseGazetteer().places_named(["no such place anywhere"]) == {}


def test_lookups_are_batched_chunked_and_cached():
    names = [f"nowhere {i}" for i in range(2500)] + ["peshawar", "kabul"]
    gazetteer = DatabaseGazetteer()
    with CaptureQueriesContext(connection) as first:
        found = gazetteer.places_named(names)
    assert set(found) == {"peshawar", "kabul"}
    assert len(first.captured_queries) <= 10
    with CaptureQueriesContext(connection) as second:
        assert gazetteer.places_named(["peshawar"])["peshawar"] == found["peshawar"]
    assert len(second.captured_queries) == 0


def test_an_analysts_new_alternate_name_is_found_at_once():
    city = Location.objects.get(geonames_id=1133616)
    LocationName.objects.create(location=city, name="Mazar")
    assert city.pk in ids_named(DatabaseGazetteer(), "Mazar")


@pytest.mark.parametrize("alias", ISKP_ALIASES)
def test_group_aliases_resolve_to_the_group_and_its_parent(alias):
    gazetteer = DatabaseGazetteer()
    (group,) = gazetteer.groups_named([fold(alias)])[fold(alias)]
    assert group.name == "Islamic State Khorasan Province"
    assert "ISIS-K" in group.aliases and "Daesh-Khorasan" in group.aliases
    assert gazetteer.groups_by_id([group.parent_id])[group.parent_id].name == "Islamic State"


def test_case_sensitive_acronyms_are_marked():
    gazetteer = DatabaseGazetteer()
    (islamic_state,) = gazetteer.groups_named(["is"])["is"]
    assert islamic_state.name == "Islamic State" and "IS" in islamic_state.case_sensitive
    jem = {g.name: g.case_sensitive for g in gazetteer.groups_named(["jem"])["jem"]}
    assert jem == {"Jaish-e-Mohammed": frozenset({"JeM"}), "Justice and Equality Movement": frozenset({"JEM"})}


def test_national_forces_answer_to_demonym_forms():
    # as the extractor asks, as of an article's day ("Afghan police" changed hands in August 2021)
    gazetteer = DatedGazetteer(DatabaseGazetteer(), lambda: dt.date(2024, 3, 1))
    for written, expected, country in [
        ("Pakistani military", "Pakistan Army", "PK"),
        ("Pakistani forces", "Pakistani security forces", "PK"),
        ("Nigerian military", "Nigerian Armed Forces", "NG"),
        ("Nigerian Army", "Nigerian Army", "NG"),
        ("Indian security forces", "Indian security forces", "IN"),
        ("Afghan police", "Taliban police", "AF"),
    ]:
        (group,) = gazetteer.groups_named([fold(written)])[fold(written)]
        assert (group.name, group.country_code) == (expected, country), written


def test_an_analysts_new_alias_is_found_at_once():
    group = Group.objects.get(name="Tehreek-e-Taliban Pakistan")
    GroupAlias.objects.create(group=group, name="Tehreek-e-Taliban-e-Pakistan")
    (found,) = DatabaseGazetteer().groups_named(["tehreek e taliban e pakistan"])["tehreek e taliban e pakistan"]
    assert found.id == group.pk


def test_is_loaded_reports_both_tables():
    assert DatabaseGazetteer().is_loaded() == (True, True)
