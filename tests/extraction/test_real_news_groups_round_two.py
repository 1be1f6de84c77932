"""Groups in real news, round two: a country's short form before a strike, a qualifier before a group's name."""

from __future__ import annotations

from .readers import perpetrator_names_of


def test_a_strike_told_with_the_countrys_short_form_is_its_forces(run):
    document = run(
        "PESHAWAR: A bomb killed six people at a shrine in Khar on Sunday, police said. The shrine honours a "
        "preacher who was killed by a U.S. drone strike near Khar in March 2019."
    )
    strike = next(i for i in document["incidents"] if i["date"] == "2019-03")
    assert [n for n in perpetrator_names_of(document, strike) if "American" in n or "US" in n or "United" in n]
