"""Screenshots of every page at laptop and phone widths (for looking at; CI keeps them as artifacts)."""

import pytest

from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

SIZES = {"laptop": (1366, 900), "phone": (390, 844)}


@pytest.mark.parametrize("size", list(SIZES))
def test_every_page_renders_without_horizontal_overflow(seeded, page_for, live_server, size):
    from incidents.models import Group, Incident, Location, Person, Source

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    incident = Incident.objects.order_by("pk").first()
    paths = {
        "dashboard": "/",
        "incidents": "/incidents/",
        "incident": incident.get_absolute_url(),
        "incident-history": f"/incidents/{incident.pk}/history/",
        "incident-edit": f"/incidents/{incident.pk}/edit/",
        "groups": "/groups/",
        "group": Group.objects.get(name="Islamic State Khorasan Province").get_absolute_url(),
        "persons": "/persons/",
        "person": Person.objects.order_by("pk").first().get_absolute_url(),
        "locations": "/locations/?country_code=AF",
        "location": Location.objects.get(name="Balkh", kind="admin1").get_absolute_url(),
        "sources": "/sources/",
        "source": Source.objects.get().get_absolute_url(),
        "map": "/map/",
    }
    width, height = SIZES[size]
    page = page_for("analyst", width, height)
    for name, path in paths.items():
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("load")
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{size}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, f"{name} scrolls sideways by {overflow}px at {size} width"
