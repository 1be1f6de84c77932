"""Article text and notes are shown as text: markup in them cannot inject anything."""

from django.urls import reverse

from incidents.models import Incident, IncidentSource, Mention, Note
from tests.views.conftest import make_source

EVIL = 'Militants <script>alert("x")</script> struck <img src=x onerror=alert(1)> the <b>market</b> in Alphatown.'


def evil_world(world):
    source = make_source(text=EVIL, title='<script>alert("title")</script>')
    start = EVIL.index("<script>")
    IncidentSource.objects.create(
        incident=world["killing"], source=source, evidence=[{"text": EVIL, "start": 0, "end": len(EVIL)}]
    )
    Mention.objects.create(
        source=source, start=start, end=start + 30, text=EVIL[start : start + 30], group=world["front"]
    )
    town = EVIL.index("Alphatown")
    Mention.objects.create(source=source, start=town, end=town + 9, text="Alphatown", location=world["alpha"])
    return source


def assert_inert(html):
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b>market</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html or "&lt;script&gt;alert(" in html


def test_source_page_escapes_article_markup(viewer_client, world):
    source = evil_world(world)
    html = viewer_client.get(source.get_absolute_url()).content.decode()
    assert_inert(html)
    assert '<mark class="m-location"' in html  # highlighting still works around escaped text


def test_incident_evidence_escapes_article_markup(viewer_client, world):
    evil_world(world)
    html = viewer_client.get(world["killing"].get_absolute_url()).content.decode()
    assert_inert(html)
    assert '<mark class="m-evidence">Militants &lt;script&gt;' in html


def test_notes_are_plain_text(analyst_client, world):
    analyst_client.post(reverse("incident-note-add", args=[world["killing"].pk]), {"body": EVIL})
    assert Note.objects.get().body == EVIL
    html = analyst_client.get(reverse("incident-notes", args=[world["killing"].pk])).content.decode()
    assert_inert(html)


def test_summary_and_lists_escape_markup(viewer_client, world):
    Incident.objects.filter(pk=world["killing"].pk).update(summary=EVIL, targets=[EVIL])
    evil_world(world)
    for url in (world["killing"].get_absolute_url(), reverse("source-list"), reverse("dashboard")):
        html = viewer_client.get(url).content.decode()
        assert "<script>alert" not in html, url


def test_out_of_range_offsets_do_not_break_pages(viewer_client, world):
    IncidentSource.objects.filter(incident=world["killing"]).update(
        evidence=[{"text": "x", "start": 5000, "end": 6000}, {"start": "bad"}, {"text": "y", "start": 3, "end": 1}]
    )
    assert viewer_client.get(world["killing"].get_absolute_url()).status_code == 200
