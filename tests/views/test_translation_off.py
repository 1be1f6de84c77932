"""USE_I18N is off for speed (config/settings.py): the pages read exactly as with translation on."""

import re

import pytest
from django import forms
from django.core.cache import caches
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def _use_i18n(settings, on: bool):
    """Switch the translation machinery, as Django's translation module says tests must (forget its functions)."""
    settings.USE_I18N = on
    translation._trans.__dict__.clear()
    assert translation.gettext.__module__ == "django.utils.translation"  # a proxy: it asks _trans afresh
    real = "trans_real" if on else "trans_null"
    assert translation._trans.gettext.__module__ == f"django.utils.translation.{real}"
    for cache in caches.all(initialized_only=True):
        cache.clear()  # fragments rendered with the other setting must not be reused


def _pages(client, world):
    urls = [
        reverse("incident-list"),
        reverse("incident-list") + "?date_from=never&fatalities_min=-1&location=Nowhere-at-all",  # form errors
        reverse("incident-list") + f"?location=Zedland+[{world['zed'].pk}]&sort=-fatalities&per_page=25",
        reverse("dashboard"),
        world["killing"].get_absolute_url(),
        reverse("group-list"),
        reverse("location-list"),
        "/admin/",
        "/admin/incidents/incident/",
    ]
    pages = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        pages.append(re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", body))
    return pages


def test_pages_are_the_same_with_translation_on(client, admin_user, world, settings):
    client.force_login(admin_user)
    try:
        _use_i18n(settings, False)
        off = _pages(client, world)
        _use_i18n(settings, True)
        on = _pages(client, world)
    finally:
        _use_i18n(settings, False)
    assert "Enter a valid date." in off[1]
    for page_off, page_on in zip(off, on, strict=True):
        assert page_off == page_on


@pytest.mark.parametrize("on", [False, True])
def test_typed_dates_are_read_day_first_either_way(settings, on):
    try:
        _use_i18n(settings, on)
        assert forms.DateField().clean("03/04/2024").isoformat() == "2024-04-03"
    finally:
        _use_i18n(settings, False)
