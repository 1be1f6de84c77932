"""Every admin page renders for a superuser; search reaches aliases."""

import pytest
from django.contrib import admin
from django.urls import reverse

from incidents import models

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each(db, admin_user):
    source = models.Source.objects.create(
        title="A report", text="Gunmen attacked a post in Testville.", sha256="b" * 64
    )
    country = models.Location.objects.create(name="Testland", kind="country", country_code="XT")
    town = models.Location.objects.create(name="Testville", kind="city", country_code="XT", parent=country)
    models.LocationName.objects.create(location=town, name="Test-Ville")
    group = models.Group.objects.create(name="Front for Testing", kind="armed_group")
    models.GroupAlias.objects.create(group=group, name="FFT", case_sensitive=True)
    person = models.Person.objects.create(name="Abu Example")
    models.PersonAlias.objects.create(person=person, name="Example")
    models.Affiliation.objects.create(person=person, group=group, role="commander")
    incident = models.Incident.objects.create(type="armed_clash", location=town, fatalities=2, summary="Attack")
    models.IncidentActor.objects.create(incident=incident, group=group, role="perpetrator")
    models.IncidentPerson.objects.create(incident=incident, person=person, role="commander")
    models.IncidentSource.objects.create(
        incident=incident, source=source, fatalities=2, evidence=[{"text": "Gunmen attacked", "start": 0, "end": 15}]
    )
    models.Mention.objects.create(source=source, start=30, end=38, text="Testville", location=town)
    models.Note.objects.create(record=incident, author=admin_user, body="Check the count.")
    return {"incident": incident, "group": group, "town": town}


def registered_models():
    return [m for m in admin.site._registry if m._meta.app_label in ("incidents", "accounts")]


@pytest.mark.parametrize("model", registered_models(), ids=lambda m: m._meta.label)
def test_changelist_add_and_change_pages_render(admin_client_, one_of_each, model):
    info = (model._meta.app_label, model._meta.model_name)
    assert admin_client_.get(reverse("admin:{}_{}_changelist".format(*info))).status_code == 200
    model_admin = admin.site._registry[model]
    request = admin_client_.get("/").wsgi_request
    if model_admin.has_add_permission(request):
        assert admin_client_.get(reverse("admin:{}_{}_add".format(*info))).status_code == 200
    obj = model.objects.first()
    if obj is not None:
        assert admin_client_.get(reverse("admin:{}_{}_change".format(*info), args=[obj.pk])).status_code == 200
        if hasattr(model, "history"):
            assert admin_client_.get(reverse("admin:{}_{}_history".format(*info), args=[obj.pk])).status_code == 200


def test_group_search_matches_aliases(admin_client_, one_of_each):
    response = admin_client_.get(reverse("admin:incidents_group_changelist"), {"q": "FFT"})
    assert "Front for Testing" in response.content.decode()


def test_incident_search_matches_place_aliases(admin_client_, one_of_each):
    response = admin_client_.get(reverse("admin:incidents_incident_changelist"), {"q": "Test-Ville"})
    assert response.context["cl"].result_count == 1


def test_location_autocomplete_answers(admin_client_, one_of_each):
    url = reverse("admin:autocomplete")
    response = admin_client_.get(
        url, {"app_label": "incidents", "model_name": "incident", "field_name": "location", "term": "Testv"}
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Testville (XT)"]
