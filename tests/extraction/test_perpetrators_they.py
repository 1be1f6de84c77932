"""'They' as the doer of an event told after the armed side it points back to (perpetrators)."""

from __future__ import annotations

from .readers import perpetrator_names


def test_they_of_a_later_attack_are_the_rebels_named_before(run):
    document = run(
        "MAIDUGURI: Boko Haram fighters stormed a police post near Bama on Tuesday, killing nine officers, "
        "officials said.\n\nThe fighters have stepped up their raids on the roads since the rains ended.\n\n"
        "On Monday, they ambushed an army convoy near Maiduguri, killing 13 soldiers."
    )
    assert len(document["incidents"]) == 2
    assert perpetrator_names(document, 1) == ["Boko Haram"]


def test_they_after_a_force_named_last_are_not_the_rebels(run):
    document = run(
        "MAIDUGURI: Boko Haram fighters stormed a police post near Bama on Tuesday, killing nine officers, "
        "officials said.\n\nThe Nigerian Army has sent more troops to the area since then.\n\n"
        "On Monday, they ambushed a column of trucks near Maiduguri, killing 13 drivers."
    )
    assert "Boko Haram" not in perpetrator_names(document, len(document["incidents"]) - 1)
