"""The source page says when its publication day was read from the article's address or page, not its metadata."""

import datetime as dt


def test_source_page_says_the_publication_day_was_read_from_the_address(viewer_client, world):
    source = world["source"]
    source.published = dt.date(2023, 12, 14)
    source.extraction = {**(source.extraction or {}), "source": {"published_from": "url"}}
    source.save()
    html = viewer_client.get(source.get_absolute_url()).content.decode()
    assert '2023-12-14 <span class="meta">(read from the address)</span>' in html


def test_source_page_shows_the_address_month_when_no_day_is_known(viewer_client, world):
    source = world["source"]
    source.published = None
    source.extraction = {**(source.extraction or {}), "source": {"published_month": "2023-12"}}
    source.save()
    html = viewer_client.get(source.get_absolute_url()).content.decode()
    assert "(2023-12, from the address)" in html
