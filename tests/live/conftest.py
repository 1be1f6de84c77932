"""Live-ingest fixtures: a small HTTP server on loopback that serves pages and feeds the tests set."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_24bb731ae25b9949.txt"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def article_variant(n: int) -> str:
    """The seed article with a closing line of its own: a different text (and sha256) per `n`."""
    return seed_text().rstrip() + f"\n\nThis report was updated {n} times by the desk.\n"


class Site:
    """Routes path -> (status, headers, body); requests are counted per path."""

    def __init__(self):
        self.routes: dict[str, tuple[int, dict, bytes]] = {}
        self.hits: dict[str, int] = {}
        self.url = ""

    def page(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": content_type}, data)
        return self.url + path

    def redirect(self, path: str, location: str, status: int = 302):
        self.routes[path] = (status, {"Location": location}, b"")
        return self.url + path


def article_html(title: str, text: str) -> str:
    from html import escape

    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (
        f"<html><head><title>{escape(title)}</title></head><body><article><h1>{escape(title)}</h1>"
        f"{paragraphs}</article></body></html>"
    )


def rss(items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (guid, link, title) items."""
    from html import escape

    entries = "".join(
        f'<item><guid isPermaLink="false">urn:desk:{escape(guid)}</guid>'
        f"<link>{escape(link)}</link><title>{escape(title)}</title>"
        "<pubDate>Sun, 28 Sep 2025 10:00:00 GMT</pubDate></item>"
        for guid, link, title in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test desk</title>{entries}</channel></rss>'


@pytest.fixture
def site(settings):
    """A threaded HTTP server on 127.0.0.1 (the only loopback address fetching may reach in the test)."""
    settings.FETCH_ALLOW_LOOPBACK = "127.0.0.1"
    settings.FETCH_TIMEOUT_SECONDS = 5
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            status, headers, body = state.routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def immediate_jobs(settings):
    """Jobs run at once in the test's process (Django's ImmediateBackend)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
