"""'Unknown armed men' are attackers nobody names: no group of the story is made their group (perpetrators)."""

from __future__ import annotations

from .readers import perpetrator_names


def test_unknown_armed_men_are_not_the_storys_militants(run):
    document = run(
        "MAIDUGURI: Unknown armed men shot and wounded a police officer at a checkpoint near Bama on Sunday, a "
        "security source said.\n\n"
        "Small bands of Boko Haram fighters still hide in the forest east of the town."
    )
    assert document["incidents"]
    assert perpetrator_names(document) == []
    assert document["incidents"][0]["perpetrator_unknown"] is True
