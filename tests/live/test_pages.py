"""The add-an-article page: preview with what the dry run finds, confirm or discard, the command's checks."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from incidents.models import Feed, IngestJob, Source
from tests.live.conftest import article_html, article_variant, seed_text

pytestmark = pytest.mark.django_db


def preview(client, **data):
    return client.post("/add/", data)


def token_of(html: str, action: str) -> str:
    marker = "/add/"
    start = html.index(marker, html.index(f"/{action}/") - 60)
    return html[start + len(marker) : html.index(f"/{action}/", start)]


def test_only_analysts_may_add_articles(client, viewer, analyst):
    client.force_login(viewer)
    assert client.get("/add/").status_code == 403
    assert client.post("/add/", {"text": seed_text()}).status_code == 403
    client.force_login(analyst)
    assert client.get("/add/").status_code == 200


def test_pasted_text_is_previewed_and_nothing_is_written(analyst_client):
    response = preview(analyst_client, text=seed_text(), title="Commander killed")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Incidents found (" in html and "Incidents found (0)" not in html
    assert '<mark class="mention m-group"' in html and '<mark class="mention m-location"' in html
    assert "Would be created" in html and "Mazar-i-Sharif" in html
    assert not Source.objects.exists() and not IngestJob.objects.exists()


def test_the_preview_says_which_records_match_existing_ones(analyst_client, django_capture_on_commit_callbacks):
    token = token_of(preview(analyst_client, text=article_variant(1)).content.decode(), "confirm")
    with django_capture_on_commit_callbacks(execute=False):
        analyst_client.post(f"/add/{token}/confirm/")
    from incidents.services import jobs

    jobs.job_run(IngestJob.objects.get().pk)
    html = preview(analyst_client, text=article_variant(2)).content.decode()
    # The same story told again: its group and place are on record now, and the incident is the same event.
    matched = html[html.index("Matched to an existing record") :]
    assert "ISIS-K" in matched or "Khorasan" in matched
    assert "would be merged" in html or "Possibly the same" in html


def test_discarding_leaves_no_trace(analyst_client):
    html = preview(analyst_client, text=seed_text()).content.decode()
    token = token_of(html, "discard")
    response = analyst_client.post(f"/add/{token}/discard/", follow=True)
    assert "Discarded; nothing was saved." in response.content.decode()
    assert not Source.objects.exists() and not IngestJob.objects.exists()
    assert analyst_client.session.get("live_ingest_pending") == {}
    # The token is spent: confirming it now does nothing.
    again = analyst_client.post(f"/add/{token}/confirm/", follow=True)
    assert "expired or was already used" in again.content.decode() and not IngestJob.objects.exists()


def test_confirming_queues_a_job_with_the_previewed_text(analyst_client, immediate_jobs,
                                                         django_capture_on_commit_callbacks):  # fmt: skip
    token = token_of(preview(analyst_client, text=seed_text(), publisher="Desk wire").content.decode(), "confirm")
    with django_capture_on_commit_callbacks(execute=True):
        response = analyst_client.post(f"/add/{token}/confirm/")
    job = IngestJob.objects.get()
    assert response.url == f"/jobs/{job.pk}/"
    job.refresh_from_db()
    assert job.status == IngestJob.DONE and job.source.publisher == "Desk wire"
    assert job.source.text == seed_text()
    page = analyst_client.get(response.url).content.decode()
    assert "Done" in page and job.source.incidents.first().get_absolute_url() in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "   "}, "Paste the text, upload a file or give a URL."),
        ({"text": "x", "url": "https://example.org/a"}, "one article at a time"),
        ({"url": "javascript:alert(1)"}, "only http and https"),
        ({"url": "file:///etc/passwd"}, "only http and https"),
        ({"url": "http://10.0.0.5/news"}, "private"),
        ({"url": "http://[::1]/news"}, "loopback"),
        (
            {
                "text": "Der Kommandeur wurde am Sonntag in Masar-i-Scharif erschossen, teilten Sicherheitskreise mit. "
                "Er soll für mehrere Anschläge in der Region verantwortlich gewesen sein."
            },  # fmt: skip
            "not English",
        ),
    ],
)
def test_bad_input_is_refused_next_to_the_form(analyst_client, data, message):
    response = preview(analyst_client, **data)
    assert response.status_code == 400
    assert message in response.content.decode().replace("&#x27;", "'")
    assert not Source.objects.exists()


def test_an_article_already_ingested_links_to_its_source(analyst_client, immediate_jobs,
                                                         django_capture_on_commit_callbacks):  # fmt: skip
    token = token_of(preview(analyst_client, text=seed_text()).content.decode(), "confirm")
    with django_capture_on_commit_callbacks(execute=True):
        analyst_client.post(f"/add/{token}/confirm/")
    source = Source.objects.get()
    response = preview(analyst_client, text=seed_text())
    html = response.content.decode()
    assert response.status_code == 400 and "already ingested" in html and source.get_absolute_url() in html


def test_uploads_are_read_like_the_command_reads_files(analyst_client):
    html_file = SimpleUploadedFile("story.html", article_html("Uploaded story", seed_text()).encode(), "text/html")
    response = analyst_client.post("/add/", {"file": html_file})
    assert response.status_code == 200 and "Preview: Uploaded story" in response.content.decode()
    binary = SimpleUploadedFile("data.txt", bytes(range(256)) * 20, "text/plain")
    response = analyst_client.post("/add/", {"file": binary})
    assert response.status_code == 400 and "binary" in response.content.decode().lower()
    other = SimpleUploadedFile("story.pdf", b"%PDF-1.4", "application/pdf")
    assert "Upload a .txt or .html file." in analyst_client.post("/add/", {"file": other}).content.decode()


def test_a_url_is_fetched_and_previewed(analyst_client, site):
    url = site.page("/news/1", article_html("Fetched story", seed_text()))
    response = preview(analyst_client, url=url)
    html = response.content.decode()
    assert response.status_code == 200 and "Preview: Fetched story" in html
    assert analyst_client.session["live_ingest_pending"].popitem()[1]["meta"]["url"] == url


def test_analysts_add_feeds_and_viewers_only_read_them(analyst_client, client, viewer):
    response = analyst_client.post("/feeds/", {"url": "https://example.org/rss.xml", "title": "Wire",
                                               "poll_minutes": 15, "active": "on"})  # fmt: skip
    feed = Feed.objects.get()
    assert response.url == f"/feeds/{feed.pk}/" and feed.poll_minutes == 15
    assert "javascript" not in Feed.objects.values_list("url", flat=True)
    bad = analyst_client.post("/feeds/", {"url": "ftp://example.org/rss", "poll_minutes": 15})
    assert "only http and https" in bad.content.decode().replace("&#x27;", "'")
    client.force_login(viewer)
    assert client.get("/feeds/").status_code == 200 and "Wire" in client.get("/feeds/").content.decode()
    assert client.post("/feeds/", {"url": "https://example.org/x.xml", "poll_minutes": 15}).status_code == 403
    assert client.post(f"/feeds/{feed.pk}/", {"poll_now": "1"}).status_code == 403
