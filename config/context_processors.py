"""Template context shared by every page."""

from incidents.links import plain_url

# The page layout's links (templates/base.html), by URL name.
LAYOUT_URL_NAMES = (
    "dashboard",
    "incident-list",
    "review-queue",
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


def layout_urls(request):
    """`layout_urls.incident_list` and the like: a dozen links on every page, each reversed once."""
    return {"layout_urls": {name.replace(":", "_").replace("-", "_"): plain_url(name) for name in LAYOUT_URL_NAMES}}
