"""Database constraints hold whatever code writes the rows."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from incidents.models import Incident, IncidentSource, Location, Mention, NotSamePair, Source

pytestmark = pytest.mark.django_db


def violates(fn):
    with pytest.raises(IntegrityError), transaction.atomic():
        fn()


def make_source(sha="a" * 64):
    return Source.objects.create(text="Some text.", sha256=sha)


def test_source_sha256_is_unique():
    make_source()
    violates(lambda: make_source())


def test_incident_date_start_not_after_end():
    violates(
        lambda: Incident.objects.create(type="bombing", date_start=dt.date(2024, 5, 2), date_end=dt.date(2024, 5, 1))
    )
    Incident.objects.create(type="bombing", date_start=dt.date(2024, 5, 1), date_end=dt.date(2024, 5, 1))


@pytest.mark.parametrize("field", ["fatalities", "injured"])
def test_incident_counts_not_negative(field):
    violates(lambda: Incident.objects.create(type="bombing", **{field: -1}))
    Incident.objects.create(type="bombing", **{field: 0})


def test_incident_source_counts_not_negative():
    incident = Incident.objects.create(type="bombing")
    source = make_source()
    violates(lambda: IncidentSource.objects.create(incident=incident, source=source, fatalities=-3))


def test_incident_confidence_between_zero_and_one():
    violates(lambda: Incident.objects.create(type="bombing", confidence=1.5))


def test_location_parent_is_not_itself():
    place = Location.objects.create(name="Testville", kind="city", country_code="XX", provenance="analyst")
    place.parent = place
    violates(lambda: place.save())


def test_location_coordinates_in_range():
    violates(lambda: Location.objects.create(name="Nowhere", kind="site", latitude=123.0, longitude=0.0))


def test_mention_names_exactly_one_record():
    source = make_source()
    place = Location.objects.create(name="Testville", kind="city")
    violates(lambda: Mention.objects.create(source=source, start=0, end=4, text="Some"))
    violates(lambda: Mention.objects.create(source=source, start=4, end=4, text="", location=place))
    Mention.objects.create(source=source, start=0, end=4, text="Some", location=place)


def test_not_same_pair_is_stored_in_order():
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(Incident)
    violates(lambda: NotSamePair.objects.create(content_type=ct, first_id=9, second_id=3))
    assert NotSamePair.ordered(9, 3) == (3, 9)


def test_folded_name_is_kept_in_step_with_the_name():
    place = Location.objects.create(name="Mazar-i-Sharif", kind="city")
    assert place.name_folded == "mazar i sharif"
