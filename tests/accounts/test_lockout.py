"""Password guessing: after LOGIN_FAILURE_LIMIT wrong passwords, even the right one is refused."""

import pytest
from django.conf import settings
from django.urls import reverse

LOGIN_URLS = ["login", "admin:login"]


def guess(client, url_name, username, password, address="10.0.0.1"):
    return client.post(reverse(url_name), {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("url_name", LOGIN_URLS)
def test_thirty_wrong_passwords_then_the_right_one_does_not_log_in(client, admin_user, url_name):
    for _ in range(30):
        guess(client, url_name, admin_user.username, "wrong-guess")
    response = guess(client, url_name, admin_user.username, "pw-for-tests-only")
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_is_per_account_from_any_address(client, analyst):
    for n in range(settings.AXES_FAILURE_LIMIT):
        guess(client, "login", analyst.username, "wrong-guess", address=f"10.0.1.{n}")
    response = guess(client, "login", analyst.username, "pw-for-tests-only", address="10.0.2.1")
    assert response.status_code == 429


def test_the_lock_is_per_address_across_accounts(client, analyst, viewer):
    for n in range(settings.AXES_FAILURE_LIMIT):
        guess(client, "login", f"nobody{n}", "wrong-guess", address="10.0.3.1")
    assert guess(client, "login", viewer.username, "pw-for-tests-only", address="10.0.3.1").status_code == 429
    # The same account from another address is not locked by that address's failures.
    assert guess(client, "login", viewer.username, "pw-for-tests-only", address="10.0.4.1").status_code == 302


def test_fewer_failures_than_the_limit_still_log_in(client, analyst):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        guess(client, "login", analyst.username, "wrong-guess")
    assert guess(client, "login", analyst.username, "pw-for-tests-only").status_code == 302


def test_an_admin_unlocks_an_account_from_the_admin(client, admin_client_, analyst):
    from axes.models import AccessAttempt

    for _ in range(settings.AXES_FAILURE_LIMIT):
        guess(client, "login", analyst.username, "wrong-guess")
    attempt = AccessAttempt.objects.get(username=analyst.username)
    listing = admin_client_.get(reverse("admin:axes_accessattempt_changelist"))
    assert listing.status_code == 200 and analyst.username in listing.content.decode()
    admin_client_.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"})
    assert not AccessAttempt.objects.filter(username=analyst.username).exists()
    assert guess(client, "login", analyst.username, "pw-for-tests-only").status_code == 302
