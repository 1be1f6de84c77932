"""Where the list knows no police of the country, a constabulary the story names is the police it speaks of."""

from __future__ import annotations

from .readers import group_names


def test_police_are_the_named_constabulary(run):
    document = run(
        "ZAHEDAN, Iran: Gunmen killed nine people at a market in Zahedan on Sunday, the Royal Sistan Constabulary "
        "said. Police said the attackers fled."
    )
    names = group_names(document)
    assert "Royal Sistan Constabulary" in names
    assert not any("police" in name.lower() for name in names)
