"""Fixtures shared by the whole suite.

The test database is loaded once per session with a subset of the gazetteer
(the countries below) and the shipped groups list, so ingestion tests see real
places and groups without the minutes-long full load.
"""

import pytest

from accounts.roles import ADMIN, ANALYST, VIEWER, assign_role

# Countries whose places are loaded for tests: those of the seed and of the
# articles the tests write, plus neighbours that make disambiguation non-trivial.
TEST_COUNTRIES = (
    *("AF", "PK", "IN", "NG", "IT", "SY", "YE", "SO", "MZ"),
    *("DE", "PH", "BF", "TJ", "IR", "CN", "RU", "US", "GB"),
)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from incidents.services.gazetteer_loading import load_gazetteer
    from incidents.services.groups_loading import load_groups

    with django_db_blocker.unblock():
        load_gazetteer(countries=TEST_COUNTRIES)
        load_groups()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches: cached look-ups (publishers, dashboard counts) are per database."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """A test user's password need not cost PBKDF2's million rounds (half a second each here)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def make_user(django_user_model, username: str, role: str):
    user = django_user_model.objects.create_user(username=username, password="pw-for-tests-only")
    assign_role(user, role)
    return user


@pytest.fixture
def viewer(db, django_user_model):
    return make_user(django_user_model, "viewer1", VIEWER)


@pytest.fixture
def analyst(db, django_user_model):
    return make_user(django_user_model, "analyst1", ANALYST)


@pytest.fixture
def admin_user(db, django_user_model):
    return make_user(django_user_model, "admin1", ADMIN)


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client


@pytest.fixture
def admin_client_(client, admin_user):
    client.force_login(admin_user)
    return client
