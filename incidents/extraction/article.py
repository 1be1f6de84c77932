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
    author: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Article:
    text: str
    meta: ArticleMeta
    # Where it was read from (a file name, "-" for stdin); for messages only.
    origin: str = ""
