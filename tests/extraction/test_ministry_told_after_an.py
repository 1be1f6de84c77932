"""A ministry told by its portfolio in lower case after "An" ("An interior ministry official said"), as after "a",
"the" or "its": the state's body."""

from __future__ import annotations


def _names(document) -> set[str]:
    names = set()
    for group in document["groups"]:
        names.add(group["name"].lower())
        names.update(a.lower() for a in group.get("aliases") or [])
    return names


def test_a_ministry_after_an_is_a_group(run):
    document = run(
        "QUETTA: Gunmen killed six pilgrims at a shrine near Quetta on Sunday. An interior ministry official said the "
        "attackers had come from across the border."
    )
    assert any("interior ministry" in name for name in _names(document))


def test_an_with_no_portfolio_is_no_ministry(run):
    document = run(
        "QUETTA: Gunmen killed six pilgrims at a shrine near Quetta on Sunday, an official said, and the same ministry "
        "later confirmed the toll."
    )
    assert not any("same ministry" in name for name in _names(document))
