"""Countries named by words that do not place anything: a likeness ("a mini X", "the X of Y") or a border."""

from __future__ import annotations

from .conftest import by_name


def _names(document: dict) -> set[str]:
    return {place["name"] for place in document["locations"]}


def test_a_country_as_a_likeness_is_no_place(run):
    document = run(
        "Hikers crowded the green slopes that guides advertise as a mini Italy when gunmen opened fire in Kashmir "
        "on Monday, killing six tourists."
    )
    assert "Italy" not in _names(document)


def test_the_country_of_a_region_is_a_figure_not_a_place(run):
    document = run(
        "The lakeside resort, long sold as the Italy of Asia, was hit by a bomb in Kashmir on Monday that killed "
        "four guests."
    )
    assert "Italy" not in _names(document)


def test_a_country_named_only_at_its_border_is_not_the_story_country(run):
    document = run(
        "Gunmen stormed the Kelvar Boarding School near the Iran border on Friday, killing nine pupils. The school "
        "stands two km from the Iran border. Police in Afghanistan blamed smugglers crossing from the Iran border."
    )
    assert by_name(document, "locations", "Kelvar Boarding School")["country"] == "AF"
