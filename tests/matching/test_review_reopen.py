"""A new report merged at ingest into an incident an analyst reviewed sends it back to the queue, saying why."""

from incidents.models import Incident
from incidents.services.annotations import incident_review


def test_a_lower_toll_from_a_new_report_reopens_the_reviewed_incident(ingest, django_user_model):
    analyst = django_user_model.objects.create_user(username="reviewer")
    ingest("quetta_market_2.txt")  # nine killed
    reviewed = Incident.objects.get()
    incident_review(reviewed, status="reviewed", user=analyst)
    assert reviewed.fatalities == 9

    ingest("quetta_market_1.txt")  # six killed: the same bombing

    incident = Incident.objects.get()
    assert incident.fatalities == 6
    assert incident.review_status == "extracted" and incident.reviewed_by is None
    assert incident.review_reason.startswith("Fatalities 9 → 6; Injured unknown → 21 (merged with incident #")
    assert incident.review_reason.endswith(", reported by Balochistan Evening Test)")  # the new report's publisher


def test_a_report_repeating_the_reviewed_figures_leaves_the_review_alone(ingest, django_user_model):
    analyst = django_user_model.objects.create_user(username="reviewer")
    ingest("quetta_market_1.txt")  # six killed
    incident_review(Incident.objects.get(), status="reviewed", user=analyst)

    ingest("quetta_market_3.txt")  # eleven: the lowest figure, six, stands

    incident = Incident.objects.get()
    assert (incident.fatalities, incident.review_status, incident.review_reason) == (6, "reviewed", "")
