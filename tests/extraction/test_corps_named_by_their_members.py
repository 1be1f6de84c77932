"""Rangers and commandos are a corps of their own beside the army, named by their members ("paramilitary rangers",
"the commandos stormed"): the corpus codes them as the country's group. Park rangers, a named unit's rangers and
the commandos of a non-state group are no state's corps; "anti-terrorist commandos" and "Police commandos" are."""

from __future__ import annotations


def _mentions(document: dict) -> dict[str, set[str]]:
    return {g["name"]: {m["text"] for m in g["mentions"]} for g in document["groups"]}


def _state_forces(document: dict) -> dict[str, set[str]]:
    return {g["name"]: {m["text"] for m in g["mentions"]} for g in document["groups"] if g["kind"] == "state_force"}


def test_paramilitary_rangers_are_the_countrys_corps(run):
    document = run(
        "PESHAWAR, Pakistan: Gunmen opened fire on a patrol near Peshawar on Monday. Three paramilitary rangers were "
        "wounded and the rangers returned fire, the army said."
    )
    forces = _state_forces(document)
    assert forces.get("Pakistani rangers") == {"paramilitary rangers", "rangers"}
    assert forces.get("Pakistan Army") == {"army"}


def test_commandos_who_storm_a_building_are_the_countrys_corps(run):
    document = run(
        "MAIDUGURI, Nigeria: Gunmen seized a hotel in Maiduguri on Friday. At dawn, commandos stormed the building "
        "and freed the guests, the army said."
    )
    assert _state_forces(document).get("Nigerian commandos") == {"commandos"}


def test_park_rangers_and_terrorist_commandos_are_no_state_corps(run):
    document = run(
        "MAIDUGURI, Nigeria: Gunmen killed two park rangers near Maiduguri on Friday. The terrorist commandos "
        "fled into the forest, police said."
    )
    texts = set().union(*_mentions(document).values())
    assert not any("rangers" in t or "commandos" in t for t in texts)


def test_rangers_without_a_state_cue_are_no_state_corps(run):
    document = run(
        "MAIDUGURI, Nigeria: Bandits killed three anti-poaching rangers near Maiduguri on Monday. Volunteer rangers "
        "and village rangers fled into the bush, officials said."
    )
    texts = set().union(*_mentions(document).values())
    assert not any("rangers" in t for t in texts)


def test_a_modifier_before_soldiers_does_not_hide_the_army(run):
    document = run(
        "MAIDUGURI, Nigeria: Gunmen raided a village near Maiduguri on Monday. Forest soldiers fired back, "
        "officials said."
    )
    assert "soldiers" in _state_forces(document).get("Nigerian Army", set())


def test_a_named_units_rangers_are_no_national_corps(run):
    document = run(
        "PESHAWAR, Pakistan: Gunmen opened fire on a patrol near Peshawar on Monday. Two Sindh Rangers were "
        "wounded, the army said."
    )
    assert "Pakistani rangers" not in _mentions(document)


def test_commandos_of_fighters_are_no_state_corps(run):
    document = run(
        "KABUL, Afghanistan: Gunmen stormed a base near Kabul on Monday. Jihadist commandos in borrowed uniforms "
        "shot the guards, while suicide commandos rammed the gate and the group's elite commandos held the road, "
        "officials said."
    )
    texts = set().union(*_mentions(document).values())
    assert not any("commandos" in t for t in texts)


def test_anti_terrorist_members_are_the_states_own(run):
    document = run(
        "MAIDUGURI, Nigeria: Gunmen seized a clinic in Maiduguri on Friday. Anti-terrorist commandos retook the "
        "clinic at dawn, and counter-terrorist soldiers then combed the streets, officials said."
    )
    forces = _state_forces(document)
    assert forces.get("Nigerian commandos") == {"Anti-terrorist commandos"}
    assert forces.get("Nigerian Army") == {"counter-terrorist soldiers"}


def test_commandos_named_with_their_force_belong_to_it(run):
    document = run(
        "MAIDUGURI, Nigeria: Kidnappers held six drivers near Maiduguri on Friday. Police commandos broke into the "
        "depot and freed them, while Army commandos closed the roads, officials said."
    )
    forces = _state_forces(document)
    assert "Nigerian commandos" not in forces
    assert forces.get("Nigerian police") == {"Police commandos"}
    assert forces.get("Nigerian Army") == {"Army commandos"}
