"""Saved searches: saved from the list, counted on the dashboard, subscribed to as an Atom feed."""

import datetime as dt
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from incidents.models import Incident
from searches.models import FeedToken, SavedSearch
from searches.selectors import matching

ATOM = "{http://www.w3.org/2005/Atom}"


def save(owner, name, query, seen_days_ago=1):
    search = SavedSearch.objects.create(owner=owner, name=name, query=query)
    SavedSearch.objects.filter(pk=search.pk).update(last_seen_at=timezone.now() - dt.timedelta(days=seen_days_ago))
    search.refresh_from_db()
    return search


@pytest.fixture
def old_world(world):
    """The world's incidents were made three days ago: before any saved search here was last opened."""
    Incident.objects.update(created_at=timezone.now() - dt.timedelta(days=3))
    return world


def new_incident(**kw):
    fields = {"type": "bombing", "summary": "new arrival", "date_start": dt.date(2025, 10, 1), "fatalities": 2}
    return Incident.objects.create(**{**fields, **kw})


def list_ids(client, query):
    response = client.get(f"{reverse('incident-list')}?{query}&per_page=200")
    return {incident.pk for incident in response.context["object_list"]}


# --- Saving -----------------------------------------------------------------------------


def test_analyst_saves_the_filtered_list_under_a_name(analyst_client, analyst, world):
    response = analyst_client.post(
        reverse("saved-search-create"), {"name": "Bombings in Zedland", "query": "type=bombing&location=Zedland&page=2"}
    )
    search = SavedSearch.objects.get(owner=analyst)
    assert (search.name, search.query) == ("Bombings in Zedland", "type=bombing&location=Zedland")
    assert response.status_code == 302 and response.url == f"{reverse('incident-list')}?type=bombing&location=Zedland"


def test_list_page_offers_save_form_with_its_own_filters(analyst_client, world):
    html = analyst_client.get(reverse("incident-list"), {"type": "bombing"}).content.decode()
    assert "Save this search" in html
    assert 'name="query" value="type=bombing"' in html


def test_two_saved_searches_of_one_analyst_cannot_share_a_name(analyst_client, analyst, world):
    save(analyst, "Mine", "type=bombing")
    analyst_client.post(reverse("saved-search-create"), {"name": "mine", "query": "type=abduction"})
    assert SavedSearch.objects.filter(owner=analyst).count() == 1


def test_viewer_cannot_save_a_search(viewer_client, viewer, world):
    response = viewer_client.post(reverse("saved-search-create"), {"name": "x", "query": "type=bombing"})
    assert response.status_code == 403
    assert not SavedSearch.objects.exists()
    assert "Save this search" not in viewer_client.get(reverse("incident-list")).content.decode()


def test_saving_needs_a_csrf_token(analyst, world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    response = client.post(reverse("saved-search-create"), {"name": "x", "query": "type=bombing"})
    assert response.status_code == 403
    assert not SavedSearch.objects.exists()


def test_anonymous_is_sent_to_log_in(client, world):
    assert client.get(reverse("saved-search-list")).url.startswith(reverse("login"))
    response = client.post(reverse("saved-search-create"), {"name": "x", "query": ""})
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


@pytest.mark.parametrize(
    "query",
    [
        "",
        "type=bombing",
        "location=Northprov",
        "group=Test+Caliphate",
        "group=Test+Caliphate&group_exact=on",
        "fatalities_min=2&date_from=2023-01-01",
        "q=Betaville",
        "show_rejected=on",
        "review_status=rejected",
        "location=Nowhereland",
        "fatalities_min=not-a-number",
    ],
)
def test_saved_search_matches_exactly_what_the_list_shows(analyst_client, analyst, world, query):
    Incident.objects.filter(pk=world["clash"].pk).update(review_status="rejected")
    search = save(analyst, "s", query)
    assert set(matching(search).values_list("pk", flat=True)) == list_ids(analyst_client, query)


def test_rejected_incidents_are_left_out_of_a_saved_search_by_default(analyst, world):
    Incident.objects.filter(pk=world["bombing"].pk).update(review_status="rejected")
    assert world["bombing"].pk not in set(matching(save(analyst, "all", "")).values_list("pk", flat=True))
    assert world["bombing"].pk in set(matching(save(analyst, "with", "show_rejected=on")).values_list("pk", flat=True))


# --- New since last seen ----------------------------------------------------------------


def test_dashboard_counts_new_matching_incidents_since_the_search_was_last_opened(analyst_client, analyst, old_world):
    world = old_world
    bombings = save(analyst, "Bombings", "type=bombing")
    zed = save(analyst, "In Zedland", "location=Zedland")
    save(analyst, "Nowhere", "location=Nowhereland")  # no such place: matches nothing, as the list
    new_incident(location=world["alpha"])  # a bombing in Zedland
    new_incident(type="abduction", location=world["gamma"])  # neither
    new_incident(location=world["gamma"], review_status="rejected")  # rejected: not counted
    html = analyst_client.get(reverse("dashboard")).content.decode()
    counts = {s.name: s.new_count for s in analyst_client.get(reverse("dashboard")).context["saved_searches"]}
    assert counts == {"Bombings": 1, "In Zedland": 1, "Nowhere": 0}
    assert 'Bombings</a> <span class="new-count">1 new</span>' in html
    # Opening a search shows its list and marks it seen: nothing new since.
    response = analyst_client.get(bombings.get_absolute_url())
    assert response.url == f"{reverse('incident-list')}?type=bombing"
    counts = {s.name: s.new_count for s in analyst_client.get(reverse("dashboard")).context["saved_searches"]}
    assert counts == {"Bombings": 0, "In Zedland": 1, "Nowhere": 0}
    new_incident(location=world["gamma"])
    counts = {s.name: s.new_count for s in analyst_client.get(reverse("dashboard")).context["saved_searches"]}
    assert counts == {"Bombings": 1, "In Zedland": 1, "Nowhere": 0}
    assert zed.pk  # untouched by opening the other


def test_incidents_from_before_the_last_look_are_not_new(analyst_client, analyst, world):
    save(analyst, "Everything", "", seen_days_ago=-1)  # looked at after every incident was made
    [search] = analyst_client.get(reverse("dashboard")).context["saved_searches"]
    assert search.new_count == 0


def test_dashboard_lists_only_the_users_own_saved_searches(analyst_client, analyst, viewer, world):
    save(analyst, "Mine", "type=bombing")
    save(viewer, "Theirs", "type=bombing")
    names = [s.name for s in analyst_client.get(reverse("dashboard")).context["saved_searches"]]
    assert names == ["Mine"]


def test_opening_someone_elses_saved_search_is_404(analyst_client, viewer, world):
    theirs = save(viewer, "Theirs", "type=bombing")
    assert analyst_client.get(theirs.get_absolute_url()).status_code == 404
    theirs.refresh_from_db()
    assert theirs.last_seen_at < timezone.now() - dt.timedelta(hours=1)


def dashboard_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("dashboard")).status_code == 200
    return len(queries)


def test_dashboard_queries_stay_constant_with_one_or_five_saved_searches(analyst_client, analyst, world):
    queries = ["type=bombing", "q=Betaville", "fatalities_min=2&date_from=2023-01-01", "show_rejected=on", ""]
    save(analyst, "s0", queries[0])
    dashboard_queries(analyst_client)  # warm the cached dashboard figures
    one = dashboard_queries(analyst_client)
    for i, query in enumerate(queries[1:], start=1):
        save(analyst, f"s{i}", query)
    new_incident(location=world["alpha"])
    five = dashboard_queries(analyst_client)
    assert len(analyst_client.get(reverse("dashboard")).context["saved_searches"]) == 5
    assert one == five


# --- Feeds ------------------------------------------------------------------------------


def feed_url(search, key):
    return reverse("saved-search-feed", args=[search.pk, key])


def test_feed_lists_the_saved_searchs_incidents_without_login(analyst, world):
    search = save(analyst, "Bombings", "type=bombing")
    Incident.objects.filter(pk=world["bombing"].pk).update(summary="Mosque <b>bombing</b> & more")
    token = FeedToken.objects.create(user=analyst)
    response = Client().get(feed_url(search, token.key))  # a feed reader: no session
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)  # noqa: S314 (the app's own feed)
    assert feed.find(f"{ATOM}title").text == "Incident desk: Bombings"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}link").get("href").rstrip("/").rsplit("/", 1)[-1] for e in entries] == [
        str(world["bombing"].pk)
    ]
    assert "Mosque <b>bombing</b> & more" in entries[0].find(f"{ATOM}summary").text  # text, escaped by the XML


def test_feed_with_a_wrong_token_is_404(analyst, world):
    search = save(analyst, "Bombings", "type=bombing")
    FeedToken.objects.create(user=analyst)
    assert Client().get(feed_url(search, "not-the-token")).status_code == 404


def test_feed_token_opens_only_its_owners_searches(analyst, viewer, world):
    theirs = save(viewer, "Theirs", "type=bombing")
    FeedToken.objects.create(user=viewer)
    mine = FeedToken.objects.create(user=analyst)
    assert Client().get(feed_url(theirs, mine.key)).status_code == 404


def test_regenerated_token_replaces_the_old_and_revoked_token_stops_feeds(analyst_client, analyst, world):
    search = save(analyst, "Bombings", "type=bombing")
    analyst_client.post(reverse("saved-search-token"), {"action": "regenerate"})
    old = FeedToken.objects.get(user=analyst).key
    assert Client().get(feed_url(search, old)).status_code == 200
    analyst_client.post(reverse("saved-search-token"), {"action": "regenerate"})
    new = FeedToken.objects.get(user=analyst).key
    assert new != old
    assert Client().get(feed_url(search, old)).status_code == 404
    assert Client().get(feed_url(search, new)).status_code == 200
    analyst_client.post(reverse("saved-search-token"), {"action": "revoke"})
    assert not FeedToken.objects.filter(user=analyst).exists()
    assert Client().get(feed_url(search, new)).status_code == 404


def test_feed_of_a_deactivated_user_is_404(analyst, world):
    search = save(analyst, "Bombings", "type=bombing")
    token = FeedToken.objects.create(user=analyst)
    analyst.is_active = False
    analyst.save()
    assert Client().get(feed_url(search, token.key)).status_code == 404


def test_viewer_cannot_make_a_feed_token_or_delete_searches(viewer_client, viewer, world):
    search = save(viewer, "Theirs", "type=bombing")
    assert viewer_client.post(reverse("saved-search-token"), {"action": "regenerate"}).status_code == 403
    assert viewer_client.post(reverse("saved-search-delete", args=[search.pk])).status_code == 403
    assert not FeedToken.objects.exists() and SavedSearch.objects.filter(pk=search.pk).exists()


def test_saved_search_page_says_its_filters_in_words(analyst_client, analyst, world):
    save(analyst, "Bombings", "type=bombing&fatalities_min=2&show_rejected=on")
    html = analyst_client.get(reverse("saved-search-list")).content.decode()
    assert "Type: Bombing · Fatalities at least: 2 · Include rejected incidents: yes" in html


def test_saved_search_page_shows_feed_addresses_once_a_token_exists(analyst_client, analyst, world):
    search = save(analyst, "Bombings", "type=bombing")
    html = analyst_client.get(reverse("saved-search-list")).content.decode()
    assert "Make a feed token" in html and "/feed/" not in html
    token = FeedToken.objects.create(user=analyst)
    html = analyst_client.get(reverse("saved-search-list")).content.decode()
    assert feed_url(search, token.key) in html


def test_analyst_deletes_own_saved_search_but_not_anothers(analyst_client, analyst, viewer, world):
    mine, theirs = save(analyst, "Mine", "type=bombing"), save(viewer, "Theirs", "")
    assert analyst_client.post(reverse("saved-search-delete", args=[theirs.pk])).status_code == 404
    analyst_client.post(reverse("saved-search-delete", args=[mine.pk]))
    assert list(SavedSearch.objects.values_list("name", flat=True)) == ["Theirs"]
