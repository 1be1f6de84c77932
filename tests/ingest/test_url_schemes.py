"""Only http(s) addresses reach a page: other schemes are refused at ingest, and never rendered as links."""

import json
import shutil

import pytest
from django.core.management.base import CommandError

from incidents.models import Source
from incidents.web_urls import web_url
from tests.ingest.test_command import KABUL, fake_extractor, run  # noqa: F401 - fake_extractor is a fixture

UNSAFE = [
    "javascript:alert(document.domain)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "vbscript:msgbox(1)",
    "//evil.example/path",
    "https:///no-host",
]


@pytest.mark.parametrize("url", UNSAFE)
def test_web_url_refuses_every_other_scheme(url):
    assert web_url(url) == ""


@pytest.mark.parametrize("url", ["https://example.org/a?b=1#c", "HTTP://Example.org", "http://127.0.0.1:8000/x"])
def test_web_url_keeps_http_and_https(url):
    assert web_url(url) == url


def article_with_sidecar(tmp_path, meta: dict):
    article = tmp_path / "article.txt"
    shutil.copy(KABUL, article)
    (tmp_path / "article.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return article


@pytest.mark.parametrize("url", ["javascript:alert(document.domain)", "data:text/html,hi", "file:///etc/passwd"])
def test_sidecar_url_of_another_scheme_is_refused_and_nothing_is_written(fake_extractor, tmp_path, url):  # noqa: F811
    article = article_with_sidecar(tmp_path, {"title": "Kabul", "url": url})
    with pytest.raises(CommandError, match=r"article\.meta\.json.*not an http or https address"):
        run(article)
    assert not Source.objects.exists()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:,x", "file:///tmp/x"])
def test_url_option_of_another_scheme_is_refused(fake_extractor, url):  # noqa: F811
    with pytest.raises(CommandError, match="--url must be an http or https address"):
        run(KABUL, "--url", url)
    assert not Source.objects.exists()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "file:///etc/hosts"])
def test_html_page_url_of_another_scheme_is_refused(fake_extractor, tmp_path, monkeypatch, url):  # noqa: F811
    """The page's own metadata (canonical link, og:url) is the third way a URL comes in.

    Today's HTML reader already drops non-http links from what it reports; the ingest must not
    depend on that, so the reader here reports one.
    """
    from incidents.extraction import reading

    real_html_to_text = reading.html_to_text

    def page_claiming(markup, origin=""):
        text, meta = real_html_to_text(markup, origin)
        return text, {**meta, "url": url}

    monkeypatch.setattr(reading, "html_to_text", page_claiming)
    body = " ".join(["A roadside bomb killed five people and wounded eleven others in Kabul on Tuesday."] * 5)
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Kabul blast</title></head><body><article><h1>Kabul blast</h1>"
        f"<p>{body}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match="the HTML page's metadata"):
        run(page)
    assert not Source.objects.exists()


def test_a_sidecar_http_url_is_kept(fake_extractor, tmp_path):  # noqa: F811
    run(article_with_sidecar(tmp_path, {"url": "https://news.example/kabul"}))
    assert Source.objects.get().url == "https://news.example/kabul"
