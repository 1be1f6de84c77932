"""The gazetteer loader: hierarchy, coordinates, names, idempotency, analysts' rows.

The session fixture (tests/conftest.py) has already loaded TEST_COUNTRIES.
"""

import io

import pytest
from django.core.management import call_command
from django.db.models import F

from incidents.choices import LocationKind, Origin
from incidents.extraction.normalize import fold
from incidents.models import Location, LocationName
from incidents.services.gazetteer_loading import (
    division_names,
    is_latin,
    keep_alternate_name,
    load_gazetteer,
    strip_type_word,
    transliteration_variants,
)

MAZAR_I_SHARIF = 1133616  # GeoNames id


# ---------------------------------------------------------------- name rules (no database)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Mazar-e Sharif", True),
        ("Kābol", True),
        ("Gʻazni", True),
        ("مزار شريف", False),
        ("Мазари-Шариф", False),
        ("mzar shryf", False),  # GeoNames' lower-case machine romanisation
        ("MZR", False),  # airport code
        ("x", False),
    ],
)
def test_alternate_names_are_latin_script_and_worth_matching(name, kept):
    assert keep_alternate_name(name) is kept


def test_is_latin_accepts_diacritics_and_rejects_other_scripts():
    assert is_latin("Şalāḩ ad Dīn")
    assert not is_latin("Балх")


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Kech District", "Kech"),
        ("Borno State", "Borno"),
        ("North Waziristan Agency", "North Waziristan"),
        ("Province of West Equatoria", "West Equatoria"),
        ("Balkh", "Balkh"),
        ("Bo State", "Bo State"),  # too short a remainder to be a name
        ("Varskia, Respublika", "Varskia"),  # ISO's inverted form: the type after a comma
        ("Tarvona, Comunidad de", "Tarvona"),
        ("Alder, Kelmar & Tarvo", "Alder, Kelmar & Tarvo"),  # a comma between names, not before a type
    ],
)
def test_strip_type_word(name, base):
    assert strip_type_word(name) == base


def test_division_names_drop_and_add_the_type_word():
    names = {fold(n) for n in division_names("Borno", ["Borno State"], "State", "NG", 1)}
    assert {"borno", "borno state"} <= names
    names = {fold(n) for n in division_names("Kech District", ["Kech", "کیچ"], "", "PK", 2)}
    assert {"kech", "kech district"} <= names
    assert all(is_latin(n) for n in division_names("Kech District", ["Kech", "کیچ"], "", "PK", 2))


def test_transliteration_variants_cover_ezafe_and_arabic_article():
    variants = {fold(v) for v in transliteration_variants("Mazār-e Sharīf", "AF")}
    assert {"mazar e sharif", "mazar i sharif", "mazar sharif"} <= variants
    variants = {fold(v) for v in transliteration_variants("Ar Raqqah", "SY")}
    assert {"al raqqah", "raqqah", "raqqa"} <= variants
    assert transliteration_variants("Bosco e Rio", "IT") == []


# ---------------------------------------------------------------- the loaded subset


@pytest.mark.django_db
def test_reloading_changes_nothing():
    before = (Location.objects.count(), LocationName.objects.count())
    stats = load_gazetteer(countries=["AF", "PK"])
    assert stats["locations_created"] == stats["locations_updated"] == stats["names_created"] == 0
    assert stats["locations_kept"] == stats["places"] > 1000
    assert (Location.objects.count(), LocationName.objects.count()) == before


@pytest.mark.django_db
def test_a_city_parent_chain_runs_through_its_divisions_to_its_country():
    city = Location.objects.get(geonames_id=MAZAR_I_SHARIF)
    chain = []
    place = city
    while place is not None:
        chain.append((place.kind, place.name))
        place = place.parent
    assert [kind for kind, _ in chain] == ["city", "admin2", "admin1", "country"]
    assert chain[2][1] == "Balkh"
    assert chain[-1][1] == "Afghanistan"


@pytest.mark.django_db
def test_every_loaded_place_has_a_parent_in_its_own_country():
    orphans = Location.objects.filter(provenance=Origin.GAZETTEER, parent__isnull=True).exclude(
        kind=LocationKind.COUNTRY
    )
    assert not orphans.exists()
    mismatched = Location.objects.filter(provenance=Origin.GAZETTEER, parent__isnull=False).exclude(
        parent__country_code=F("country_code")
    )
    assert not mismatched.exists()


@pytest.mark.django_db
def test_divisions_and_countries_have_derived_coordinates():
    for kind in (LocationKind.COUNTRY, LocationKind.ADMIN1):
        assert not Location.objects.filter(kind=kind, latitude__isnull=True).exists(), kind
    admin2 = Location.objects.filter(kind=LocationKind.ADMIN2)
    assert admin2.filter(latitude__isnull=False).count() / admin2.count() > 0.99
    balkh = Location.objects.get(kind=LocationKind.ADMIN1, name="Balkh")
    assert 35 < balkh.latitude < 38 and 65 < balkh.longitude < 69
    afghanistan = Location.objects.get(kind=LocationKind.COUNTRY, country_code="AF")
    assert afghanistan.population > 10_000_000


@pytest.mark.django_db
def test_alternate_names_are_latin_and_never_repeat_the_name():
    names = list(LocationName.objects.select_related("location").filter(location__country_code="AF"))
    assert names
    assert all(is_latin(n.name) for n in names)
    assert all(n.name_folded != n.location.name_folded for n in names)


@pytest.mark.django_db
def test_analysts_rows_and_edits_survive_a_reload():
    city = Location.objects.get(geonames_id=MAZAR_I_SHARIF)
    site = Location.objects.create(name="Blue Mosque", kind=LocationKind.SITE, parent=city, country_code="AF")
    alias = LocationName.objects.create(location=city, name="Mazar")
    edited = Location.objects.get(kind=LocationKind.CITY, name="Kabul")
    edited.latitude = 34.5  # an analyst's correction, recorded in history by save()
    edited.save()

    load_gazetteer(countries=["AF"])

    assert Location.objects.filter(pk=site.pk, provenance=Origin.ANALYST).exists()
    assert LocationName.objects.filter(pk=alias.pk).exists()
    edited.refresh_from_db()
    assert edited.latitude == 34.5


@pytest.mark.django_db
def test_command_loads_only_the_countries_and_sizes_asked_for():
    call_command("load_gazetteer", "--countries", "LU", "--min-population", "5000", stdout=io.StringIO())
    cities = Location.objects.filter(country_code="LU", kind=LocationKind.CITY)
    assert cities.exists()
    assert all(c.population and c.population >= 5000 for c in cities)
    count = Location.objects.filter(country_code="LU").count()
    call_command("load_gazetteer", "--countries", "LU", "--min-population", "5000", stdout=io.StringIO())
    assert Location.objects.filter(country_code="LU").count() == count


@pytest.mark.slow
@pytest.mark.django_db
def test_full_load_is_idempotent_and_has_the_world():
    first = load_gazetteer()
    assert first["seconds"] < 90
    assert Location.objects.filter(kind=LocationKind.COUNTRY).count() > 240
    assert Location.objects.filter(kind=LocationKind.CITY).count() > 150_000
    second = load_gazetteer()
    assert second["locations_created"] == second["locations_updated"] == second["names_created"] == 0


@pytest.mark.django_db
def test_a_gazetteer_row_that_drifted_from_the_data_is_brought_back_in_line():
    # queryset.update() leaves no history, like a previous load with older data would.
    Location.objects.filter(geonames_id=MAZAR_I_SHARIF).update(latitude=0.0, name="Old name")
    stats = load_gazetteer(countries=["AF"])
    assert stats["locations_updated"] == 1
    city = Location.objects.get(geonames_id=MAZAR_I_SHARIF)
    assert city.latitude == pytest.approx(36.70904) and city.name_folded == fold(city.name) == "mazar e sharif"
