"""A story whose metadata gives no publication day: the day (or month) read from its address or the store's date
header, and what a month alone may resolve (addresses and sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.article import ArticleMeta
from incidents.extraction.dates import find_dates
from incidents.extraction.page_dates import header_day, page_publication, url_day, url_month
from incidents.extraction.reading import page_dated, read_bytes

TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    "url, day",
    [
        ("https://news.example.org/2023/12/14/gunmen-raid-a-farm-in-velmora/", dt.date(2023, 12, 14)),
        ("https://news.example.org/world/gunmen-raid-a-farm-2023-12-14.html", dt.date(2023, 12, 14)),
        ("https://news.example.org/stories/20231214/gunmen-raid-a-farm", dt.date(2023, 12, 14)),
        ("https://news.example.org/2023/12/14", dt.date(2023, 12, 14)),
        # a month and a slug that begins with a number; an id; a day still to come; a date in the host name
        ("https://blog.example.org/2023/03/1-gunman-shot-dead-in-velmora.html", None),
        ("https://news.example.org/news/general/40049338", None),
        ("https://news.example.org/2031/01/05/preview/", None),
        ("https://2023-12-14.example.org/a-story", None),
        (None, None),
    ],
)
def test_a_day_in_the_article_address(url, day):
    assert url_day(url, TODAY) == day


@pytest.mark.parametrize(
    "url, month",
    [
        ("https://blog.example.org/2023/03/1-gunman-shot-dead-in-velmora.html", "2023-03"),
        ("https://news.example.org/commentary/a-column-by-jo-tarn-2016-07/english", "2016-07"),
        ("https://news.example.org/2023/12/14/gunmen-raid-a-farm/", "2023-12"),
        ("https://news.example.org/?p=47033", None),
    ],
)
def test_a_month_in_the_article_address(url, month):
    assert url_month(url, TODAY) == month


def test_the_store_header_gives_the_day_unless_it_is_the_address_month_read_as_its_first():
    text = " date 2024-05-17 Gunmen raided a farm near Velmora on Friday."
    assert header_day(text) == dt.date(2024, 5, 17)
    assert page_publication(text, None, TODAY) == (dt.date(2024, 5, 17), "page")
    assert header_day("Gunmen raided a farm. date 2024-05-17") is None
    first = " date 2023-03-01 Gunmen raided a farm near Velmora on Friday."
    assert page_publication(first, "https://blog.example.org/2023/03/1-raid.html", TODAY) == (None, None)
    assert page_publication(first, None, TODAY) == (dt.date(2023, 3, 1), "page")


def test_the_address_day_comes_before_the_header_and_metadata_before_both():
    text = " date 2024-05-17 Gunmen raided a farm near Velmora on Friday."
    url = "https://news.example.org/2024/05/18/raid/"
    assert page_publication(text, url, TODAY) == (dt.date(2024, 5, 18), "url")
    given = ArticleMeta(url=url, published=dt.date(2024, 5, 19))
    assert page_dated(given, text) == given


def test_a_text_read_with_only_an_address_takes_its_day_and_says_so():
    article = read_bytes(
        b"Gunmen raided a farm near Velmora on Sunday and killed two herders, the police said in a statement.",
        meta={"url": "https://news.example.org/2023/12/14/raid-in-velmora/"},
    )
    assert (article.meta.published, article.meta.published_from) == (dt.date(2023, 12, 14), "url")
    dated = find_dates(article.text, article.meta.published)
    assert [(d.text, d.value) for d in dated] == [("on Sunday", "2023-12-10")]


def test_an_address_month_dates_a_day_or_month_told_with_its_month_never_a_weekday():
    article = read_bytes(
        b"Gunmen raided a farm near Velmora on December 9 and killed two herders, the police said on Sunday. "
        b"A similar raid last month and another in March left the valley empty.",
        meta={"url": "https://blog.example.org/2023/12/raid-in-velmora.html"},
    )
    meta = article.meta
    assert (meta.published, meta.published_from, meta.published_month) == (None, None, "2023-12")
    dated = find_dates(article.text, meta.published, month=meta.published_month)
    assert [(d.text, d.value) for d in dated] == [
        ("on December 9", "2023-12-09"),
        ("on Sunday", None),
        ("last month", "2023-11"),
        ("in March", "2023-03"),
    ]


def test_a_date_told_in_a_month_after_the_address_month_falls_in_the_year_before():
    dated = find_dates("The raid on 20 October was the first of many.", None, month="2024-02")
    assert [d.value for d in dated] == ["2023-10-20"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Two bombs went off in a market of Velmora on Thursday (13/10/2011), the police said.", "2011-10-13"),
        ("Two bombs went off in a market of Velmora on Friday (3/5/2019), the police said.", "2019-05-03"),
        ("Two bombs went off in a market of Velmora on Monday, 4.3.2019, the police said.", "2019-03-04"),
        # neither reading falls on the weekday named
        ("Two bombs went off in a market of Velmora on Monday (13/10/2011), the police said.", None),
    ],
)
def test_a_weekday_beside_a_numeric_date_reads_it_in_the_order_that_fits(text, value):
    dated = find_dates(text, None)
    assert [(d.value, d.relative) for d in dated] == [(value, False)]


def test_the_document_says_where_the_publication_day_or_month_was_read(run):
    text = "Gunmen killed two herders on a farm near Velmora on December 9, the police said."
    document = run(text, published=None, published_month="2023-12")
    assert (document["source"]["published"], document["source"]["published_month"]) == (None, "2023-12")
    assert [i["date"] for i in document["incidents"]] == ["2023-12-09"]
    document = run(text, published=dt.date(2023, 12, 14), published_from="url")
    assert (document["source"]["published"], document["source"]["published_from"]) == ("2023-12-14", "url")
