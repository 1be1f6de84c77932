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
    assert client.login(username="demo", password=password)
    call_command("create_demo_user", "--username", "demo")
    second = capsys.readouterr().out.split("password:")[1].split()[0]
    assert second != password
