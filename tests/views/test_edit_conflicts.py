"""Two analysts editing one incident: the later save never silently undoes the earlier one."""

import re
import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from incidents.models import Group, Incident, IncidentActor
from tests.views.conftest import formset_data


def edit_form(client, incident) -> dict:
    """The edit form's fields as the browser would send them back."""
    page = client.get(reverse("incident-edit", args=[incident.pk])).content.decode()
    version = re.search(r'name="version" value="([^"]*)"', page).group(1)
    summary = re.search(r'name="summary"[^>]*>\s*([^<]*)</textarea>', page).group(1)
    return {"type": "targeted_killing", "summary": summary, "version": version}


def test_the_second_of_two_stale_edit_forms_is_refused_with_who_and_when(client, analyst, world, django_user_model):
    from accounts.roles import ANALYST, assign_role

    other = django_user_model.objects.create_user(username="analyst2", password="pw-for-tests-only")
    assign_role(other, ANALYST)
    first, second = Client(), Client()
    first.force_login(analyst)
    second.force_login(other)
    killing = world["killing"]
    form_one, form_two = edit_form(first, killing), edit_form(second, killing)

    assert first.post(reverse("incident-edit", args=[killing.pk]), {**form_one, "summary": "First"}).status_code == 302
    response = second.post(reverse("incident-edit", args=[killing.pk]), {**form_two, "summary": "Second"})

    assert response.status_code == 409
    page = response.content.decode()
    assert "was changed by analyst1 at" in page and "since you opened it" in page
    assert "First" in page  # the current values are shown
    assert re.search(r">\s*Second</textarea>", page)  # and the refused analyst's input is kept
    killing.refresh_from_db()
    assert killing.summary == "First"

    # Saving the refreshed form again is a deliberate overwrite, and goes through.
    version = re.search(r'name="version" value="([^"]*)"', page).group(1)
    retry = second.post(
        reverse("incident-edit", args=[killing.pk]), {**form_two, "summary": "Second", "version": version}
    )
    assert retry.status_code == 302
    killing.refresh_from_db()
    assert killing.summary == "Second"


def test_a_review_made_after_the_form_opened_is_not_overwritten(analyst_client, world):
    killing = world["killing"]
    form = edit_form(analyst_client, killing)
    analyst_client.post(reverse("incident-review", args=[killing.pk]), {"status": "disputed"})
    response = analyst_client.post(reverse("incident-edit", args=[killing.pk]), {**form, "summary": "Late edit"})
    assert response.status_code == 409
    killing.refresh_from_db()
    assert (killing.review_status, killing.summary) == ("disputed", "Commander shot dead in Alphatown")


def test_the_service_refuses_a_stale_version_for_any_caller(world, analyst):
    from django.core.exceptions import ValidationError

    from incidents.services import annotations

    killing = world["killing"]
    opened = annotations.edit_version(killing)
    annotations.incident_update(killing, user=analyst, fields={"summary": "One"}, opened_version=opened)
    with pytest.raises(annotations.EditConflict) as refused:
        annotations.incident_update(killing, user=analyst, fields={"summary": "Two"}, opened_version=opened)
    assert isinstance(refused.value, ValidationError) and "since you opened it" in refused.value.messages[0]


@pytest.mark.postgres
@pytest.mark.django_db
def test_four_threads_saving_one_incident_get_no_server_error(django_user_model):
    """Four analysts save one incident's groups again and again, at once (PostgreSQL, real commits).

    The records are made and removed by threads with their own connections, so they are
    committed and the saves really race (as in tests/ingest/test_concurrency.py).
    """
    if connection.vendor != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite: tests/foundation/test_sqlite_concurrent_writes.py")
    from accounts.roles import ANALYST, assign_role
    from tests.threads import in_thread

    def setup():
        user = django_user_model.objects.create_user(username="concurrent-analyst", password="pw-for-tests-only")
        assign_role(user, ANALYST)
        incident = Incident.objects.create(type="bombing", summary="Concurrency test incident")
        groups = [Group.objects.create(name=f"Concurrency Test Group {n}") for n in range(3)]
        return user, incident, groups

    user, incident, groups = in_thread(setup)
    names = [g.name for g in groups]
    barrier = threading.Barrier(4)
    results, errors = [], []

    def worker(n):
        client = Client(raise_request_exception=False)
        try:
            client.force_login(user)
            barrier.wait(20)
            for i in range(12):
                perpetrators = formset_data("perpetrators", [{"group": name} for name in names[: 1 + (n + i) % 3]])
                response = client.post(
                    reverse("incident-edit", args=[incident.pk]),
                    {"type": "bombing", "summary": f"thread {n} save {i}", **perpetrators},
                )
                results.append(response.status_code)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    try:
        threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(180)
        assert not errors
        assert len(results) == 48 and set(results) == {302}, sorted(set(results))
        roles = in_thread(
            lambda: list(IncidentActor.objects.filter(incident_id=incident.pk).values_list("group_id", "role"))
        )
        assert roles and len(roles) == len(set(roles))
    finally:

        def cleanup():
            Incident.objects.filter(pk=incident.pk).delete()
            Group.objects.filter(pk__in=[g.pk for g in groups]).delete()
            user.delete()

        in_thread(cleanup)
