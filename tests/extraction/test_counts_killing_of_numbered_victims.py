"""A killing told by its noun with its victims numbered ("the massacre of 40 herders", "the assassination on 3 May of
two judges") counts those dead; numbered victims pointed back at ("the killing of the two brothers"), a year ("the
massacre of 1871"), an article ("the massacre of a family of six") and killings that did not happen ("the attempted
murder of two watchmen") count none (sentences invented for these tests)."""

from __future__ import annotations

from incidents.extraction.counts import find_counts

from .readers import place_of


def _killed(sentence: str) -> list[int]:
    return [c.value for c in find_counts(sentence) if c.kind == "killed"]


def test_the_massacre_of_numbered_victims_counts_them():
    assert _killed("Mourning was declared a week after the massacre of 40 herders near the river.") == [40]
    assert _killed("Mourning was declared a week after the massacre of at least 40 herders near the river.") == [40]


def test_a_killing_noun_dated_before_its_numbered_victims_counts_them():
    assert _killed("The assassination on 3 May of two judges alarmed the bar association.") == [2]
    assert _killed("The murder of three guards at the depot went unpunished.") == [3]


def test_numbered_victims_pointed_back_at_or_an_undone_killing_count_none():
    assert _killed("Crowds protested the killing of the two brothers near the dam.") == []
    assert _killed("The pharmacist denied the attempted murder of two night watchmen behind his shop.") == []


def test_a_year_or_an_article_after_the_killing_noun_counts_none():
    assert _killed("Pilgrims still recall the massacre of 1871 in the valley below the monastery.") == []
    assert _killed("Pilgrims still recall the massacre of a family of six in the valley below the monastery.") == []


def test_a_past_killing_of_numbered_victims_told_in_a_clause_is_an_incident(run):
    document = run(
        "A bomb killed two policemen in Peshawar on Monday, officials said.\n"
        "Elders there still mourn the massacre of 30 shepherds on a hillside near Quetta in 2019."
    )
    incidents = document["incidents"]
    assert [(i["date"], place_of(document, i), i["fatalities"]) for i in incidents] == [
        ("2025-03-10", "Peshawar", 2),
        ("2019", "Quetta", 30),
    ]
