"""Where a case is heard (charged, convicted, a court in) is not where the deed was."""

from __future__ import annotations

from .readers import location_name


def test_the_town_a_suspect_was_charged_in_is_not_where_the_killing_was(run):
    document = run(
        "Two men were charged in Peshawar on Tuesday with the murder of a judge who was shot dead near Quetta "
        "in May 2024."
    )
    killing = next(i for i in document["incidents"] if i["fatalities"] == 1)
    assert location_name(document, killing) == "Quetta"
