"""'The X militant group' describes the group; it does not name its men as the doers of the event (perpetrators)."""

from __future__ import annotations

from .readers import perpetrator_names


def test_a_group_accused_in_general_by_its_descriptor_is_not_the_doer(run):
    document = run(
        "MAIDUGURI: A car bomb killed seven people at a market in Bama on Saturday, a monitor said.\n\n"
        "Another blast in the town on Friday night killed two people, it added.\n\n"
        "Farmers say the Boko Haram militant group still roams the scrubland north of the town."
    )
    assert document["incidents"]
    assert all(perpetrator_names(document, i) == [] for i in range(len(document["incidents"])))
