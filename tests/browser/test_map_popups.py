"""The map's popups in a browser: the type's label, not its code, and who did it."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [1366, 390])
def test_map_popup_names_type_label_and_perpetrator(seeded, page_for, live_server, settings, width):
    from incidents.choices import IncidentType
    from incidents.models import IncidentActor

    settings.MAP_TILE_URL = ""
    actor = (
        IncidentActor.objects.filter(role="perpetrator", incident__location__latitude__isnull=False)
        .select_related("incident__location", "group")
        .first()
    )
    assert actor is not None, "the seed has a placed incident with a perpetrator"
    incident = actor.incident
    page = page_for("viewer", width=width, height=800)
    # Only this incident's type, place and group: one point, so no cluster hides it.
    query = f"type={incident.type}&group={actor.group.name}&group_exact=on&location={incident.location.name}"
    page.goto(f"{live_server.url}/map/?{query}")
    page.locator("#map-status").filter(has_text="shown").wait_for()
    marker = page.locator("path.leaflet-interactive").first
    marker.wait_for()
    marker.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert str(IncidentType(incident.type).label) in text
    assert f"By: {actor.group.name}" in text
