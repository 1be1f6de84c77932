"""A name the statistical model tags as an organisation, then the common noun that says what body it is: "the
Ferrow party", "the Dhankari sect", "Calvaro enterprise". Without a body's head word in it the name was thrown away;
the noun after it makes it a body, and the mention holds both (the stories repeat them so)."""

from __future__ import annotations

from .conftest import by_name


def _group_names(document) -> set[str]:
    names = set()
    for group in document["groups"]:
        names.add(group["name"])
        names.update(group.get("aliases") or [])
    return names


def test_a_party_told_by_its_noun_is_a_group(run):
    document = run(
        "PESHAWAR: Gunmen shot dead a local leader of the Ferrow party in Peshawar on Sunday, police said. "
        "A spokesman for the Ferrow party condemned the killing."
    )
    assert by_name(document, "groups", "Ferrow party")


def test_a_sect_told_by_its_noun_is_a_group(run):
    document = run(
        "RAIPUR: A grenade was thrown at a prayer hall of the Dhankari sect in Raipur on Sunday, killing three "
        "worshippers, police said."
    )
    assert by_name(document, "groups", "Dhankari sect")


def test_a_listed_group_before_the_noun_keeps_its_listed_name(run):
    document = run(
        "MAIDUGURI: Fighters of the Boko Haram sect attacked Bama on Sunday, killing four soldiers, the army said."
    )
    names = _group_names(document)
    assert "Boko Haram sect" not in names
    assert by_name(document, "groups", "Boko Haram")


def test_a_persons_party_is_no_group_of_its_own(run):
    document = run(
        "PESHAWAR: Gunmen shot dead a local leader of Imran Khan's party in Peshawar on Sunday, police said."
    )
    assert not any("party" in name.lower() for name in _group_names(document))


def test_a_nationality_of_victims_is_no_group(run):
    document = run(
        "PESHAWAR: A bomb killed four Chechen refugees and two Russian tourists in Peshawar on Sunday, police said."
    )
    names = {name.lower() for name in _group_names(document)}
    assert not any("refugees" in name or "tourists" in name for name in names)


def test_an_enterprise_told_by_its_noun_is_a_group(run):
    document = run(
        "QUETTA: Gunmen torched two trucks that belonged to Calvaro enterprise near Quetta on Sunday, police said. "
        "The drivers of Calvaro enterprise were unhurt."
    )
    assert by_name(document, "groups", "Calvaro enterprise")


def test_a_hall_of_a_sect_is_not_the_sect(run):
    document = run(
        "RAIPUR: A grenade was thrown at the Dhankari Prayer Hall of the Dhankari sect in Raipur on Sunday, killing "
        "three worshippers, police said."
    )
    assert not any("Hall" in name for name in _group_names(document))
