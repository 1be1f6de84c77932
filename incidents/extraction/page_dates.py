"""The publication day a page tells of itself, for an article whose metadata gives none.

Read the way news tools read it, and only what is plain:

- the article's address: "/2023/12/14/", "-2023-12-14", "/20231214/" give a day; a WordPress-style
  "/2023/12/" (or "-2023-12/") only the month, which is not a publication day (see `dates.find_dates`,
  which lets such a month anchor only the expressions that need no more than the month);
- the store's own header ` date YYYY-MM-DD` on the text's first line (on the development pages it is the
  metadata's day, or within two days of it, on all but one, where it is the address's month read as its 1st).

htmldate (installed with trafilatura) already reads the address of an HTML page, through trafilatura's metadata;
its public `find_date` needs an HTML document, so a plain-text article's address is read by the small patterns
below (the same forms, plus the compact "/20231214/", and stricter about a day: "/2023/03/1-killed-in-..."
is a month and a slug that begins with a digit, not the 1st).

What is left alone, measured on the development articles: a date alone on a page's first lines
("Tuesday, February 27, 2024" above the headline) is as often the day the page was read (a site's masthead)
as the day of the story, and a caption's date is the day of the photograph.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from .furniture import STORE_DATE

_YEAR = r"(?P<y>199\d|20[0-3]\d)"
_MONTH = r"(?P<m>0[1-9]|1[0-2])"
_DAY = r"(?P<d>0[1-9]|[12]\d|3[01])"
# A day in an address, most specific first. A two-digit day closed by "/" or the end (a slug after it may begin
# with a number), "-2023-12-14" closed by anything but a digit, and the compact "20231214" between delimiters.
_URL_DAYS = (
    re.compile(rf"(?<!\d){_YEAR}/{_MONTH}/{_DAY}(?=/|$|\.html?\b)"),
    re.compile(rf"(?<!\d){_YEAR}[-_]{_MONTH}[-_]{_DAY}(?!\d)"),
    re.compile(rf"(?<=[/_.-]){_YEAR}{_MONTH}{_DAY}(?=[/_.-]|$)"),
)
# A month alone: "/2023/12/slug", "-2016-07/".
_URL_MONTH = re.compile(rf"(?<!\d){_YEAR}[/-]{_MONTH}(?=/)")


def _address(url: str | None) -> str:
    """The path and query of an address (a date in the host name is no date of the page)."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    return parts.path + ("?" + parts.query if parts.query else "")


def _real_day(year: str, month: str, day: str, today: dt.date) -> dt.date | None:
    try:
        found = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return found if found <= today else None  # a day still to come is an id, not a publication


def url_day(url: str | None, today: dt.date | None = None) -> dt.date | None:
    """The publication day an article's address gives ("/2023/12/14/slug"), or None."""
    address, today = _address(url), today or dt.date.today()
    for pattern in _URL_DAYS:
        for match in pattern.finditer(address):
            found = _real_day(match["y"], match["m"], match["d"], today)
            if found is not None:
                return found
    return None


def url_month(url: str | None, today: dt.date | None = None) -> str | None:
    """The publication month ("YYYY-MM") an address gives without a day ("/2023/12/slug"), or None."""
    address, today = _address(url), today or dt.date.today()
    for match in _URL_MONTH.finditer(address):
        if _real_day(match["y"], match["m"], "01", today) is not None:
            return f"{match['y']}-{match['m']}"
    return None


def header_day(text: str) -> dt.date | None:
    """The day of the store's ` date YYYY-MM-DD` header opening the text, or None."""
    match = STORE_DATE.match(text)  # the store's header, page furniture to the rest of the pipeline
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def page_publication(text: str, url: str | None, today: dt.date | None = None) -> tuple[dt.date | None, str | None]:
    """(day, where it was read: "url" | "page") of a page whose metadata gives no publication day."""
    found = url_day(url, today)
    if found is not None:
        return found, "url"
    found = header_day(text)
    if found is not None and not (found.day == 1 and url_month(url, today) == found.isoformat()[:7]):
        return found, "page"
    # (A header on the 1st of the month the address gives without a day is that month read as a day: the lax
    # reading of "/2023/03/1-killed-in-..." as 2023-03-01.)
    return None, None
