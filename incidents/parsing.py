"""Reading what users type into ids and searches: bounded, ASCII-only, linear time.

`str.isdigit()` is true for "²" and "٣", which `int()` then refuses or reads as a number
nobody typed; a 5,000-digit string is beyond `int()`'s limit and any database key. A
search of a thousand words costs a thousand joined subqueries on SQLite, and a run of
`-` nests a NOT per sign in PostgreSQL's tsquery until its stack overflows. These limits
turn each of those into a form error.
"""

import re

from django import forms

# Database keys are 64-bit: 18 digits always fit.
MAX_ID_DIGITS = 18
# Integer columns (fatalities, injured) are 32-bit on PostgreSQL.
MAX_COUNT = 2_147_483_647

SEARCH_MAX_CHARS = 300
# A term is a run of letters or digits, or one sign ("-", a quote, "|"): each is a node of the query.
SEARCH_MAX_TERMS = 32
_TERM = re.compile(r"[^\W_]+|[^\w\s]")
# Free-text name boxes (place, group, person, publisher).
NAME_MAX_CHARS = 200


def ascii_id(value) -> int | None:
    """The record id `value` spells in ASCII digits 0-9 (at most 18 of them), else None."""
    text = str(value if value is not None else "").strip()
    if 0 < len(text) <= MAX_ID_DIGITS and text.isascii() and text.isdigit():
        return int(text)
    return None


def search_terms(query: str, limit: int = SEARCH_MAX_TERMS + 1) -> list[str]:
    """The first `limit` terms of a search (stops reading there, so long input costs nothing more)."""
    terms = []
    for match in _TERM.finditer(query):
        terms.append(match.group())
        if len(terms) >= limit:
            break
    return terms


def search_validator(value: str) -> None:
    if len(search_terms(value)) > SEARCH_MAX_TERMS:
        raise forms.ValidationError(
            f"A search takes at most {SEARCH_MAX_TERMS} words and signs; shorten it or use the filters.",
            code="too_many_terms",
        )


class SearchField(forms.CharField):
    """A free-text search box: at most SEARCH_MAX_CHARS characters and SEARCH_MAX_TERMS terms.

    The `maxlength` attribute makes the browser stop at the limit, before the request is sent.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", SEARCH_MAX_CHARS)
        super().__init__(**kwargs)
        self.validators.append(search_validator)


class RecordIdField(forms.CharField):
    """A record's number, as ASCII digits; cleans to an int."""

    default_error_messages = {"invalid": "Give the record's number (digits 0-9)."}

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        number = ascii_id(value)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number
