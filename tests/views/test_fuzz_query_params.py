"""Property: any text or number in any query parameter of the list pages, the map and the exports
gives a page (or a form error), never a server error, and in bounded time. Runs on SQLite and PostgreSQL."""

import time

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

INCIDENT_PARAMS = [
    "q", "type", "date_from", "date_to", "location", "group", "group_role", "person", "fatalities_min",
    "fatalities_max", "review_status", "publisher", "sort", "page", "per_page",
]  # fmt: skip
OTHER_LISTS = {
    "group-list": ["q", "kind", "country_code", "reviewed", "page", "per_page"],
    "person-list": ["q", "status", "group", "reviewed", "page"],
    "location-list": ["q", "kind", "country_code", "page"],
    "source-list": ["q", "publisher", "published_from", "published_to", "page"],
}
INCIDENT_PAGES = [
    ("incident-list", ()), ("map", ()), ("map-data", ()), ("incident-export", ("csv",)), ("incident-briefing", ()),
]  # fmt: skip
SECONDS_PER_REQUEST = 10  # generous on a shared 2-core machine; a runaway search took 8-43 s

values = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(categories=["Nd", "No", "Pd", "Zs", "Cc"]), max_size=40),
    st.integers().map(str),
    st.integers(min_value=0, max_value=10**40).map(str),
    st.sampled_from(["-" * 40, "9" * 5000, "a " * 500, "²", "\x00", "1e400", "NaN", "2024-02-30", "'", '"']),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


def fetch(client, url, params):
    started = time.perf_counter()
    response = client.get(url, params)
    if response.streaming:
        b"".join(response.streaming_content)
    seconds = time.perf_counter() - started
    assert response.status_code < 500, (url, params, response.status_code)
    assert seconds < SECONDS_PER_REQUEST, (url, params, seconds)
    return response


@pytest.fixture
def signed_in(world, viewer):
    client = Client(raise_request_exception=True)  # an exception fails the example with its traceback
    client.force_login(viewer)
    return client


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(INCIDENT_PARAMS), values, max_size=4))
def test_incident_list_map_and_exports_never_fail_on_any_parameter(signed_in, params):
    for name, args in INCIDENT_PAGES:
        fetch(signed_in, reverse(name, args=args), params)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_other_lists_never_fail_on_any_parameter(signed_in, data):
    name = data.draw(st.sampled_from(sorted(OTHER_LISTS)))
    params = data.draw(st.dictionaries(st.sampled_from(OTHER_LISTS[name]), values, max_size=3))
    fetch(signed_in, reverse(name), params)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(INCIDENT_PARAMS), values, max_size=4))
def test_saved_searches_of_any_parameters_never_fail_dashboard_or_feed(signed_in, viewer, params):
    from urllib.parse import urlencode

    from searches.models import FeedToken, SavedSearch

    search = SavedSearch.objects.create(owner=viewer, name="fuzzed", query=urlencode(params))
    token, _ = FeedToken.objects.get_or_create(user=viewer)
    try:
        fetch(signed_in, reverse("dashboard"), {})
        fetch(Client(), reverse("saved-search-feed", args=[search.pk, token.key]), {})
    finally:
        search.delete()
