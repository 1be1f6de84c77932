"""An event told in a clause of the lead ("the worst attack since the 2019 bombing at X") does not take the doer
of the lead's own event through the story's one armed group (perpetrators)."""

from __future__ import annotations

from .readers import perpetrator_names_of


def test_a_past_event_in_a_clause_has_not_the_leads_doers(run):
    document = run(
        "MAIDUGURI: In what officials called the deadliest attack in Borno since the 2019 bombing at Bama, 20 "
        "villagers were gunned down by suspected militants near Maiduguri on Tuesday afternoon.\n\n"
        "Police said Boko Haram keeps camps in the forest nearby."
    )
    past = [i for i in document["incidents"] if (i.get("date") or "").startswith("2019")]
    assert past
    assert perpetrator_names_of(document, past[0]) == []
