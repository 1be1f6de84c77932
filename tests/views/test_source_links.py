"""An article's URL is a link on the pages only when it is http or https."""

from django.urls import reverse

from incidents.models import Source


def test_a_stored_unsafe_url_is_shown_as_text_never_as_a_link(viewer_client, world):
    """Rows stored before the ingest refused such URLs (or written by other means) render inert."""
    source = world["source"]
    Source.objects.filter(pk=source.pk).update(url="javascript:alert(document.domain)")
    for url in (reverse("source-detail", args=[source.pk]), reverse("incident-detail", args=[world["killing"].pk])):
        page = viewer_client.get(url).content.decode()
        assert 'href="javascript:' not in page.lower()
        assert 'href="https://example.org' not in page
    page = viewer_client.get(reverse("source-detail", args=[source.pk])).content.decode()
    assert "javascript:alert(document.domain)" in page  # still visible to the analyst, as text


def test_a_stored_http_url_is_a_link(viewer_client, world):
    source = world["source"]
    page = viewer_client.get(reverse("incident-detail", args=[world["killing"].pk])).content.decode()
    assert f'href="{source.url}"' in page
