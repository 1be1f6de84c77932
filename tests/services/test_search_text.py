"""An incident's search text holds every name it can be found by, once."""

import pytest

from incidents.models import Group, GroupAlias, Incident, IncidentActor, Location, Person, PersonAlias
from incidents.services.search_text import compose_search_text, incident_search_text


def test_compose_keeps_order_and_drops_repeats_and_blanks():
    text = compose_search_text("Blast at market", ["traders", " "], ["ISKP", "Daesh-K", "ISKP"], ["Jalalabad", ""])
    assert text == "Blast at market traders ISKP Daesh-K Jalalabad"


@pytest.mark.django_db
def test_incident_search_text_reaches_aliases_and_the_place_chain():
    country = Location.objects.create(name="Testland", kind="country", country_code="XT")
    town = Location.objects.create(name="Testville", kind="city", country_code="XT", parent=country)
    group = Group.objects.create(name="Front for Testing")
    GroupAlias.objects.create(group=group, name="FFT")
    person = Person.objects.create(name="Abu Example")
    PersonAlias.objects.create(person=person, name="The Tester")
    incident = Incident.objects.create(type="bombing", summary="A bomb", location=town, targets=["checkpoint"])
    IncidentActor.objects.create(incident=incident, group=group, role="perpetrator")
    incident.person_roles.create(person=person, role="commander")
    words = incident_search_text(incident)
    for expected in (
        "A bomb",
        "checkpoint",
        "Front for Testing",
        "FFT",
        "Abu Example",
        "The Tester",
        "Testville",
        "Testland",
    ):
        assert expected in words
