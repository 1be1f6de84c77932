"""Roles: viewers read, analysts edit and review, admins do everything."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.roles import ROLES, role_of

pytestmark = pytest.mark.django_db


def test_roles_exist_as_groups_from_the_migration():
    from django.contrib.auth.models import Group

    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)


def test_viewer_reads_but_cannot_change(viewer):
    assert viewer.has_perm("incidents.view_incident")
    assert not viewer.has_perm("incidents.change_incident")
    assert not viewer.has_perm("incidents.review_incident")
    assert not viewer.has_perm("incidents.add_note")
    assert not viewer.is_staff
    assert role_of(viewer) == "viewer"


def test_analyst_edits_reviews_and_merges_but_cannot_manage_users(analyst):
    for perm in ("change_incident", "review_incident", "merge_records", "add_note", "add_groupalias"):
        assert analyst.has_perm(f"incidents.{perm}"), perm
    assert not analyst.has_perm("incidents.delete_source")
    assert not analyst.has_perm("incidents.change_mergerecord")
    assert not analyst.has_perm("accounts.change_user")
    assert analyst.is_staff


def test_admin_can_do_everything(admin_user):
    assert admin_user.has_perm("accounts.change_user")
    assert admin_user.has_perm("incidents.delete_source")


def test_viewer_is_kept_out_of_the_admin_site(viewer_client):
    response = viewer_client.get(reverse("admin:index"))
    assert response.status_code == 302


def test_analyst_admin_change_works_and_viewer_cannot(analyst_client):
    from incidents.models import Incident

    incident = Incident.objects.create(type="bombing")
    url = reverse("admin:incidents_incident_change", args=[incident.pk])
    assert analyst_client.get(url).status_code == 200


def test_anonymous_is_sent_to_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_login_page_renders_without_login(client):
    assert client.get(reverse("login")).status_code == 200


def test_demo_user_gets_a_generated_password_that_works(client, capsys):
    call_command("create_demo_user", "--username", "demo")
    out = capsys.readouterr().out
    password = out.split("password:")[1].split()[0]
    assert len(password) >= 12
    # Through the login form: django-axes checks every authentication against its request.
    response = client.post(reverse("login"), {"username": "demo", "password": password})
    assert response.status_code == 302 and "_auth_user_id" in client.session
    call_command("create_demo_user", "--username", "demo")
    second = capsys.readouterr().out.split("password:")[1].split()[0]
    assert second != password


def test_signed_in_user_is_loaded_with_the_role_in_one_query(viewer_client, viewer, analyst):
    """The header's role comes with the user (accounts.backends), not from a query of its own."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    viewer_client.get(reverse("map"))
    with CaptureQueriesContext(connection) as ctx:
        response = viewer_client.get(reverse("map"))
    assert '<span class="role">viewer</span>' in response.content.decode()
    assert not [q for q in ctx.captured_queries if q["sql"].startswith('SELECT "auth_group"')]


@pytest.mark.parametrize("role", ROLES)
def test_loaded_role_matches_the_groups(role, django_user_model):
    from accounts.backends import RoleLoadingBackend
    from accounts.roles import assign_role

    user = django_user_model.objects.create(username=f"someone-{role}")
    assign_role(user, role)
    loaded = RoleLoadingBackend().get_user(user.pk)
    assert loaded.loaded_role == role
    assert role_of(loaded) == role


def test_loaded_role_is_empty_without_a_role_group_and_inactive_users_are_refused(django_user_model):
    from accounts.backends import RoleLoadingBackend

    user = django_user_model.objects.create(username="no-role")
    assert role_of(RoleLoadingBackend().get_user(user.pk)) == ""
    user.is_active = False
    user.save()
    assert RoleLoadingBackend().get_user(user.pk) is None
