"""Poll RSS/Atom feeds: read with feedparser, queue one ingest job per item not seen before.

An item is seen when its guid was read from this feed before, or its link was read
from any feed. The article's text hash is the last guard: the same story reached
through two links is stored once (`source_ingest` answers "already ingested").
A feed that fails waits longer after each failure in a row (doubling, capped at a
day) and shows its last error; one bad item never stops the others.
"""

from __future__ import annotations

import datetime as dt
import io
import logging

import feedparser
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from incidents.models import Feed, FeedItem, IngestJob
from incidents.services import fetching, jobs

logger = logging.getLogger(__name__)

MAX_BACKOFF_MINUTES = 24 * 60


def feeds_due_enqueue(now=None) -> int:
    """Queue a poll task for each active feed that is due; return how many."""
    from incidents.tasks import feed_poll

    now = now or timezone.now()
    due = Feed.objects.filter(active=True).exclude(next_poll_at__gt=now).values_list("pk", flat=True)
    count = 0
    for feed_id in due:
        # Claimed by moving its next poll forward, so a second scheduler tick does not poll it twice.
        if (
            Feed.objects.filter(pk=feed_id)
            .exclude(next_poll_at__gt=now)
            .update(next_poll_at=now + dt.timedelta(minutes=5))
        ):
            feed_poll.enqueue(feed_id)
            count += 1
    return count


def feed_poll(feed_id: int, now=None) -> dict:
    """Read the feed once; record new items and queue their ingest. Returns counts for the log."""
    now = now or timezone.now()
    feed = Feed.objects.get(pk=feed_id)
    try:
        entries = feed_entries(feed.url)
    except Exception as exc:  # any failure of the feed itself: back off and say why
        _poll_failed(feed, exc, now)
        return {"feed": feed_id, "error": str(exc)}
    queued = skipped = bad = 0
    for entry in entries[: settings.FEED_MAX_ITEMS]:
        try:
            queued_one = _item_queue(feed, entry)
        except Exception as exc:  # one bad item is logged and left; the rest go on
            bad += 1
            logger.warning("feed %s: item %r skipped: %s", feed.pk, entry.get("link"), exc)
            continue
        queued += queued_one
        skipped += not queued_one
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=now, last_error="" if not bad else f"{bad} item(s) could not be read", failures=0,
        next_poll_at=now + dt.timedelta(minutes=feed.poll_minutes),
    )  # fmt: skip
    if not feed.title and entries.feed_title:
        Feed.objects.filter(pk=feed.pk).update(title=entries.feed_title[:300])
    return {"feed": feed_id, "queued": queued, "seen_before": skipped, "bad": bad}


class Entries(list):
    feed_title = ""


def feed_entries(url: str) -> Entries:
    """The feed's entries, fetched under the same rules as an article page."""
    page = fetching.fetch(url, accept=fetching.FEED_TYPES + ("text/html",))
    parsed = feedparser.parse(
        io.BytesIO(page.body),
        response_headers={"content-location": page.url, "content-type": page.content_type},
        sanitize_html=True,
    )
    if parsed.bozo and not parsed.entries:
        raise fetching.FetchError(f"not a readable RSS or Atom feed ({parsed.get('bozo_exception')})")
    entries = Entries(parsed.entries)
    entries.feed_title = parsed.feed.get("title", "")
    return entries


def _item_queue(feed: Feed, entry) -> bool:
    link = (entry.get("link") or "").strip()
    guid = (entry.get("id") or link).strip()[:1000]
    if not guid:
        raise ValueError("an item with neither guid nor link")
    if FeedItem.objects.filter(feed=feed, guid=guid).exists():
        return False
    if link and FeedItem.objects.filter(url=link).exists():
        # The same link from another feed: remember the guid here, ingest nothing.
        FeedItem.objects.get_or_create(feed=feed, guid=guid, defaults={"url": link[:2000]})
        return False
    fetching.url_check(link)  # a javascript: or file: link is a bad item, not a job
    meta = {"title": " ".join((entry.get("title") or "").split())[:500], "url": link}
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    if published:
        meta["published"] = dt.date(*published[:3]).isoformat()
    try:
        with transaction.atomic():
            item = FeedItem.objects.create(feed=feed, guid=guid, url=link[:2000], title=meta["title"])
            jobs.job_create(kind=IngestJob.FEED, url=link, meta=meta, origin=link, feed_item=item)
    except IntegrityError:
        return False  # a concurrent poll of the same feed recorded it first
    return True


def _poll_failed(feed: Feed, exc: Exception, now) -> None:
    failures = feed.failures + 1
    wait = min(feed.poll_minutes * 2 ** (failures - 1), MAX_BACKOFF_MINUTES)
    Feed.objects.filter(pk=feed.pk).update(
        failures=failures, last_error=str(exc)[:2000], last_polled_at=now,
        next_poll_at=now + dt.timedelta(minutes=wait),
    )  # fmt: skip
