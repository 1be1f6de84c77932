"""Fetching article pages: only public http(s) addresses, checked after DNS and after each redirect."""

import pytest

from incidents.services import fetching


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/a.txt", "example.org/news", "gopher://x/"],
)
def test_only_http_and_https_urls_are_fetched(url):
    with pytest.raises(fetching.RefusedURL, match="only http and https"):
        fetching.fetch(url)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://127.8.9.10:8080/x", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1/", "private"),
        ("http://172.16.5.4/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0/", "private or reserved"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://localhost/", "loopback"),
    ],
)
def test_addresses_inside_our_network_are_refused_before_any_connection(url, why):
    # The check happens on the resolved address; nothing is sent to it.
    with pytest.raises(fetching.RefusedURL, match=why):
        fetching.fetch(url)


def test_a_url_with_credentials_is_refused():
    with pytest.raises(fetching.RefusedURL, match="user name or password"):
        fetching.fetch("http://user:secret@example.org/")


def test_a_page_on_the_allowed_test_address_is_fetched(site):
    url = site.page("/story", "<html><body><p>Hello</p></body></html>")
    page = fetching.fetch(url)
    assert page.body.startswith(b"<html>") and page.content_type == "text/html" and page.charset == "utf-8"


@pytest.mark.parametrize(
    ("target", "why"),
    [
        ("http://10.0.0.7/internal", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]:{port}/story", "loopback"),
        ("http://127.0.0.2:{port}/story", "loopback"),
        ("file:///etc/passwd", "only http and https"),
    ],
)
def test_a_redirect_into_our_network_is_refused(site, target, why):
    port = site.url.rsplit(":", 1)[1]
    site.page("/story", "<html><body>the real page</body></html>")
    url = site.redirect("/jump", target.format(port=port))
    with pytest.raises(fetching.RefusedURL, match=why):
        fetching.fetch(url)
    assert site.hits.get("/story") is None


def test_a_redirect_to_a_public_style_path_on_the_same_server_is_followed(site):
    site.page("/story", "<html><body>moved here</body></html>")
    url = site.redirect("/old", "/story", status=301)
    assert fetching.fetch(url).url.endswith("/story")


def test_redirect_loops_stop(site):
    url = site.redirect("/a", "/a")
    with pytest.raises(fetching.FetchError, match="redirects"):
        fetching.fetch(url)


def test_a_page_of_another_content_type_is_refused(site):
    url = site.page("/picture", b"\x89PNG....", content_type="image/png")
    with pytest.raises(fetching.FetchError, match="content type 'image/png'"):
        fetching.fetch(url)


def test_a_page_over_the_size_limit_is_refused(site, settings):
    settings.INGEST_MAX_BYTES = 1000
    url = site.page("/big", "<p>" + "word " * 400 + "</p>")
    with pytest.raises(fetching.FetchError, match="limit"):
        fetching.fetch(url)


def test_an_error_status_is_reported(site):
    with pytest.raises(fetching.FetchError, match="404"):
        fetching.fetch(site.url + "/missing")
