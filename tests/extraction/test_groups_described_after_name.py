"""The common noun after a group's name that the story uses as a name of it: "X dissidents", who refused the
group's peace deal, are named after it (a name the group goes by in that story)."""

from __future__ import annotations

from .conftest import by_name


def test_dissidents_after_a_listed_name_are_a_name_of_the_group(run):
    document = run(
        "MAIDUGURI: Boko Haram dissidents ambushed a patrol near Bama on Sunday, killing four soldiers, the army said."
    )
    assert "Boko Haram dissidents" in by_name(document, "groups", "Boko Haram")["aliases"]
