"""An article as the pipeline sees it: its text and what is known about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ArticleMeta:
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    # Where `published` was read when no metadata gave it: "url" (the article's address) or "page" (the store's
    # date header); None when the metadata gave it, or nothing did (page_dates.py).
    published_from: str | None = None
    # The month ("YYYY-MM") of an address like "/2023/12/slug" when no day is known: it dates only what needs no
    # more than a month ("last month", "on December 14"), never a weekday (dates.find_dates).
    published_month: str | None = None
    author: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Article:
    text: str
    meta: ArticleMeta
    # Where it was read from (a file name, "-" for stdin); for messages only.
    origin: str = ""
