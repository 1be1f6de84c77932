"""Rangers and commandos are a corps of their own beside the army, named by their members ("paramilitary rangers",
"the commandos stormed"): the corpus codes them as the country's group. Park rangers, a named unit's rangers and
terrorist commandos are no state's corps."""

from __future__ import annotations


def _mentions(document: dict) -> dict[str, set[str]]:
    return {g["name"]: {m["text"] for m in g["mentions"]} for g in document["groups"]}


def test_paramilitary_rangers_are_the_countrys_corps(run):
    document = run(
        "PESHAWAR, Pakistan: Gunmen opened fire on a patrol near Peshawar on Monday. Three paramilitary rangers were "
        "wounded and the rangers returned fire, the army said."
    )
    groups = _mentions(document)
    rangers = [name for name, texts in groups.items() if "paramilitary rangers" in texts]
    assert rangers and "rangers" in groups[rangers[0]]
    assert rangers[0] != "Pakistan Army"


def test_commandos_who_storm_a_building_are_a_group(run):
    document = run(
        "MAIDUGURI, Nigeria: Gunmen seized a hotel in Maiduguri on Friday. At dawn, commandos stormed the building "
        "and freed the guests, the army said."
    )
    groups = _mentions(document)
    assert any("commandos" in texts for name, texts in groups.items() if name != "Nigerian Army")


def test_park_rangers_and_terrorist_commandos_are_no_state_corps(run):
    document = run(
        "MAIDUGURI, Nigeria: Gunmen killed two park rangers near Maiduguri on Friday. The terrorist commandos "
        "fled into the forest, police said."
    )
    texts = set().union(*_mentions(document).values())
    assert not any("rangers" in t or "commandos" in t for t in texts)
