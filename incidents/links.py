"""Record URLs without a full `reverse()` per link.

A list page links every row to its incident, place and groups: ~100 links a page, and
`reverse()` walks the URL resolver for each one. The detail URL of a record is its
pattern with the primary key filled in, so it is reversed once per URL name (and script
prefix) and then formatted.
"""

from functools import cache

from django.urls import get_script_prefix, reverse

_PLACEHOLDER = 987654321987654321  # an integer no real primary key reaches


@cache
def _detail_url_template(name: str, script_prefix: str) -> str:
    return reverse(name, args=[_PLACEHOLDER]).replace(str(_PLACEHOLDER), "{pk}")


@cache
def _plain_url(name: str, script_prefix: str) -> str:
    return reverse(name)


def plain_url(name: str) -> str:
    """reverse(name) for a URL without arguments, reversed once per script prefix."""
    return _plain_url(name, get_script_prefix())


def detail_url(name: str, pk: int) -> str:
    """reverse(name, args=[pk]) for a URL whose only argument is an integer pk."""
    return _detail_url_template(name, get_script_prefix()).format(pk=int(pk))
