"""Browser tests: Playwright for Python drives Debian's Chromium against the live server.

live_server tests run on a transactional database that is flushed after each test,
so every test loads what it needs: the role groups, the AF/PK gazetteer subset,
the groups list and the ingested seed article.
"""

import os
import tempfile
from pathlib import Path

import pytest

# Playwright's sync API keeps an event loop running in the test thread; the ORM calls the
# tests make there are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PASSWORD = "pw-for-browser-tests"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR") or Path(tempfile.gettempdir()) / "pages-screens")


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def seeded(transactional_db, django_user_model):
    """Roles, places, groups and the seed article, ingested through the ingest command."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command

    from accounts.roles import ANALYST, VIEWER, assign_role, sync_role_permissions
    from incidents.services.gazetteer_loading import load_gazetteer
    from incidents.services.groups_loading import load_groups

    ContentType.objects.clear_cache()  # ids may change after the previous test's flush
    sync_role_permissions()
    load_gazetteer(countries=("AF", "PK"))
    load_groups()
    call_command("ingest", str(SEEDS), verbosity=0)
    users = {}
    for name, role in (("analyst", ANALYST), ("viewer", VIEWER)):
        user = django_user_model.objects.create_user(username=f"{name}-b", password=PASSWORD)
        assign_role(user, role)
        users[name] = user
    return users


@pytest.fixture
def page_for(browser, live_server):
    """`page_for("analyst")`: a fresh browser page logged in through the login form."""
    contexts = []

    def open_page(role: str, width: int = 1366, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(f"{live_server.url}/")
        assert "/accounts/login/" in page.url  # anonymous: sent to log in
        page.get_by_label("Username").fill(f"{role}-b")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{live_server.url}/")
        return page

    yield open_page
    for context in contexts:
        context.close()
