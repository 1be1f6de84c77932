"""Template context shared by every page."""

from django.conf import settings

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
    urls = {name.replace(":", "_").replace("-", "_"): plain_url(name) for name in LAYOUT_URL_NAMES}
    urls["map_tiles"] = settings.MAP_TILE_URL  # empty: the map uses the shipped basemap
    urls["map_tiles_attribution"] = settings.MAP_TILE_ATTRIBUTION
    return {"layout_urls": urls}
