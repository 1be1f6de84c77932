"""Adding articles in the browser: paste -> preview -> confirm -> the job -> the incident; upload; discard."""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_24bb731ae25b9949.txt"


def variant(n: int) -> str:
    return SEED.read_text(encoding="utf-8").rstrip() + f"\n\nThis copy came through the desk's browser, take {n}.\n"


@pytest.fixture
def immediate_jobs(settings):
    # The live server's job runs in its own request thread; real worker processes are tested in tests/live.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_pasted_article_is_previewed_confirmed_and_its_incident_opened(seeded, page_for, live_server, immediate_jobs):
    from incidents.models import IngestJob, Source

    sources = Source.objects.count()
    page = page_for("analyst")
    page.get_by_role("link", name="Add article").click()
    page.get_by_label("Paste the article").fill(variant(1))
    page.get_by_label("Title").fill("Browser paste")
    page.get_by_role("button", name="Preview").click()
    page.get_by_role("heading", name="Preview: Browser paste").wait_for()
    assert page.locator("mark.m-location").count() > 0 and page.locator("mark.m-group").count() > 0
    assert "Matched to an existing record" in page.content()
    assert Source.objects.count() == sources  # nothing written by the preview

    page.get_by_role("button", name="Confirm and ingest").click()
    page.wait_for_url(re.compile(r"/jobs/\d+/$"))
    page.locator("#job-status").filter(has_text="Done").wait_for()
    job = IngestJob.objects.get()
    assert job.status == IngestJob.DONE and job.source.title == "Browser paste"
    page.locator(".job-incidents a").first.click()
    page.wait_for_url(re.compile(r"/incidents/\d+/$"))
    assert "Browser paste" in page.content()  # the incident page lists its new source


def test_uploaded_file_is_previewed_and_discarding_leaves_nothing(seeded, page_for, tmp_path, immediate_jobs):
    from incidents.models import IngestJob, Source

    sources = Source.objects.count()
    upload = tmp_path / "story.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in variant(2).split("\n") if p.strip())
    upload.write_text(f"<html><head><title>Uploaded story</title></head><body><article>{paragraphs}</article>"
                      "</body></html>", encoding="utf-8")  # fmt: skip
    page = page_for("analyst")
    page.get_by_role("link", name="Add article").click()
    page.get_by_label("or upload a file").set_input_files(str(upload))
    page.get_by_role("button", name="Preview").click()
    page.get_by_role("heading", name="Preview: Uploaded story").wait_for()
    page.get_by_role("button", name="Discard").click()
    page.get_by_text("Discarded; nothing was saved.").wait_for()
    assert Source.objects.count() == sources and not IngestJob.objects.exists()


def test_an_error_is_shown_next_to_the_form(seeded, page_for):
    page = page_for("analyst")
    page.get_by_role("link", name="Add article").click()
    page.get_by_label("or give its URL").fill("http://169.254.169.254/latest/meta-data/")
    page.get_by_role("button", name="Preview").click()
    page.get_by_text("link-local address").wait_for()
