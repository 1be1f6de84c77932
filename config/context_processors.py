"""Template context shared by every page."""

from functools import cache

from django.urls import get_script_prefix, reverse

# The page layout's links (templates/base.html), by URL name.
LAYOUT_URL_NAMES = (
    "dashboard",
    "incident-list",
    "map",
    "group-list",
    "person-list",
    "location-list",
    "source-list",
    "admin:index",
    "logout",
    "location-suggest",
    "group-suggest",
)


@cache
def _layout_urls(script_prefix: str) -> dict[str, str]:
    return {name.replace(":", "_").replace("-", "_"): reverse(name) for name in LAYOUT_URL_NAMES}


def layout_urls(request):
    """`layout_urls.incident_list` and the like: a dozen links on every page, reversed once."""
    return {"layout_urls": _layout_urls(get_script_prefix())}
