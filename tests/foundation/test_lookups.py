"""The in_array lookup finds what __in finds; on PostgreSQL it sends the ids as one array."""

import pytest
from django.db import connection

from incidents.models import Incident, Location

pytestmark = pytest.mark.django_db


@pytest.fixture
def places_and_incidents():
    country = Location.objects.create(name="Lookupland", kind="country", country_code="ZZ")
    towns = [
        Location.objects.create(name=f"Town {i}", kind="city", country_code="ZZ", parent=country) for i in range(5)
    ]
    incidents = [Incident.objects.create(type="bombing", location=town) for town in towns for _ in range(2)]
    return towns, incidents


def test_in_array_on_primary_and_foreign_keys_matches_in(places_and_incidents):
    towns, incidents = places_and_incidents
    wanted = [incidents[0].pk, incidents[3].pk, incidents[7].pk, 10**12]
    assert set(Incident.objects.filter(pk__in_array=wanted)) == set(Incident.objects.filter(pk__in=wanted))
    town_ids = [towns[1].pk, towns[4].pk]
    by_array = set(Incident.objects.filter(location_id__in_array=town_ids).values_list("pk", flat=True))
    assert by_array == set(Incident.objects.filter(location_id__in=town_ids).values_list("pk", flat=True))
    assert len(by_array) == 4


def test_in_array_with_no_ids_matches_nothing(places_and_incidents):
    assert list(Incident.objects.filter(pk__in_array=[])) == []
    assert Incident.objects.exclude(pk__in_array=[]).count() == 10


def test_in_array_accepts_only_integer_ids():
    with pytest.raises((ValueError, TypeError)):
        Incident.objects.filter(pk__in_array=["1; DROP TABLE x"])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the array form is PostgreSQL's")
def test_postgresql_gets_one_array_parameter_for_many_ids(places_and_incidents):
    many = list(range(1, 2001))
    sent = []

    def record(execute, sql, params, many_, context):
        sent.append((sql, params))
        return execute(sql, params, many_, context)

    with connection.execute_wrapper(record):
        list(Incident.objects.filter(pk__in_array=many))
    sql, params = sent[-1]
    assert "= ANY(%s::bigint[])" in sql
    assert len(params) == 1 and list(params[0]) == many  # not two thousand placeholders
