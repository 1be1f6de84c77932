"""Feeds polled from a server on loopback: new items ingested once, nothing twice, failures shown."""

import datetime as dt

import pytest
from django.utils import timezone

from incidents.models import Feed, FeedItem, IngestJob, Source
from incidents.services import feeds
from tests.live.conftest import article_html, article_variant, rss

pytestmark = pytest.mark.django_db


def poll(feed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return feeds.feed_poll(feed.pk)


def test_a_feed_polled_twice_ingests_each_new_item_once(site, immediate_jobs, django_capture_on_commit_callbacks):
    one = site.page("/a1", article_html("Commander killed", article_variant(1)))
    two = site.page("/a2", article_html("Commander killed, update", article_variant(2)))
    feed_url = site.page("/feed.xml", rss([("g1", one, "First"), ("g2", two, "Second")]), "application/rss+xml")
    feed = Feed.objects.create(url=feed_url)

    first = poll(feed, django_capture_on_commit_callbacks)
    assert first["queued"] == 2
    assert IngestJob.objects.filter(status=IngestJob.DONE, kind=IngestJob.FEED).count() == 2
    assert Source.objects.count() == 2
    assert set(FeedItem.objects.values_list("guid", flat=True)) == {"urn:desk:g1", "urn:desk:g2"}
    assert all(item.source_id and item.sha256 for item in FeedItem.objects.all())

    # A third item appears; the first two are seen and neither fetched nor ingested again.
    three = site.page("/a3", article_html("Another", article_variant(3)))
    site.page("/feed.xml", rss([("g1", one, "First"), ("g2", two, "Second"), ("g3", three, "Third")]),
              "application/rss+xml")  # fmt: skip
    second = poll(feed, django_capture_on_commit_callbacks)
    assert (second["queued"], second["seen_before"]) == (1, 2)
    assert Source.objects.count() == 3
    assert site.hits["/a1"] == 1 and site.hits["/a3"] == 1
    feed.refresh_from_db()
    assert feed.last_error == "" and feed.failures == 0 and feed.title == "Test desk"
    assert feed.next_poll_at > timezone.now() + dt.timedelta(minutes=feed.poll_minutes - 1)


def test_the_same_story_from_two_feeds_becomes_one_source(site, immediate_jobs, django_capture_on_commit_callbacks):
    text = article_variant(7)
    link = site.page("/story", article_html("Story", text))
    mirror = site.page("/mirror/story", article_html("Story", text))  # another address, the same text
    feed_a = Feed.objects.create(url=site.page("/a.xml", rss([("a-1", link, "Story")]), "application/rss+xml"))
    feed_b = Feed.objects.create(
        url=site.page("/b.xml", rss([("b-1", link, "Story"), ("b-2", mirror, "Story again")]), "application/rss+xml")
    )
    poll(feed_a, django_capture_on_commit_callbacks)
    result = poll(feed_b, django_capture_on_commit_callbacks)
    assert result["queued"] == 1  # b-1's link was seen from feed A; b-2 is a new link
    assert Source.objects.count() == 1
    mirror_job = IngestJob.objects.get(url=mirror)
    assert mirror_job.outcome == "already_ingested" and mirror_job.source == Source.objects.get()
    assert site.hits["/story"] == 1


def test_a_broken_feed_backs_off_and_shows_its_error(site, immediate_jobs, admin_client_,
                                                     django_capture_on_commit_callbacks):  # fmt: skip
    feed = Feed.objects.create(url=site.page("/broken.xml", "<html><body>not a feed", "text/html"), poll_minutes=10)
    poll(feed, django_capture_on_commit_callbacks)
    feed.refresh_from_db()
    assert feed.failures == 1 and "not a readable RSS or Atom feed" in feed.last_error
    first_wait = feed.next_poll_at - feed.last_polled_at
    poll(feed, django_capture_on_commit_callbacks)
    feed.refresh_from_db()
    assert feed.failures == 2 and feed.next_poll_at - feed.last_polled_at == 2 * first_wait
    page = admin_client_.get("/feeds/").content.decode()
    assert "not a readable RSS or Atom feed" in page and "2 failures in a row" in page


def test_a_feed_on_a_refused_address_fails_without_a_request(immediate_jobs, django_capture_on_commit_callbacks):
    feed = Feed.objects.create(url="http://169.254.169.254/feed.xml")
    poll(feed, django_capture_on_commit_callbacks)
    feed.refresh_from_db()
    assert "link-local" in feed.last_error


def test_one_bad_item_does_not_stop_the_rest(site, immediate_jobs, django_capture_on_commit_callbacks):
    good = site.page("/good", article_html("Good", article_variant(11)))
    feed = Feed.objects.create(url=site.page(
        "/mixed.xml", rss([("bad-1", "javascript:alert(1)", "Bad"), ("missing", site.url + "/gone", "Gone"),
                           ("ok", good, "Good")]), "application/rss+xml"))  # fmt: skip
    result = poll(feed, django_capture_on_commit_callbacks)
    assert result["bad"] == 1 and result["queued"] == 2
    assert IngestJob.objects.get(url=good).status == IngestJob.DONE
    gone = IngestJob.objects.get(url=site.url + "/gone")
    assert gone.status in (IngestJob.FAILED, IngestJob.QUEUED) and "404" in gone.error
    feed.refresh_from_db()
    assert feed.last_error == "1 item(s) could not be read"


def test_due_feeds_are_queued_once_per_tick(settings):
    from django_tasks import task_backends

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    due = Feed.objects.create(url="https://example.org/due.xml")
    Feed.objects.create(url="https://example.org/later.xml", next_poll_at=timezone.now() + dt.timedelta(hours=1))
    Feed.objects.create(url="https://example.org/off.xml", active=False)
    assert feeds.feeds_due_enqueue() == 1
    assert feeds.feeds_due_enqueue() == 0  # the first tick moved its next poll on
    queued = task_backends["default"].results
    assert [(r.task.name, r.args) for r in queued] == [("feed_poll", [due.pk])]
