"""Sites as the places of events in real news: a state's mission, a shrine named after its saint, a site told a
sentence after a lead that names only the country."""

from __future__ import annotations

from .readers import place_names, place_of


def test_an_embassy_named_by_its_state_is_the_site_of_the_attack(run):
    document = run(
        "A suicide bomber drove a car into the Norwegian embassy in Kabul on Monday, killing two guards, "
        "police said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Norwegian embassy"


def test_an_embassy_that_speaks_is_no_place(run):
    document = run(
        "Gunmen killed three traders at a market in Quetta on Monday. The Norwegian embassy in Kabul said it "
        "was shocked, and a statement from the Danish embassy offered condolences."
    )
    assert not any("embassy" in name for name in place_names(document))


def test_an_embassy_is_a_place_when_an_attack_is_told_as_some_distance_from_it(run):
    document = run("A car bomb exploded on Monday about 100 yards from the Norwegian Embassy in Kabul, killing two.")
    assert "Norwegian Embassy" in place_names(document)


def test_an_embassy_whose_attache_speaks_is_no_place(run):
    document = run(
        "Gunmen killed three traders at a market in Quetta on Monday. Lena Varsk, the Danish Embassy in Kabul's "
        "press attache, said the toll would rise."
    )
    assert not any("Embassy" in name for name in place_names(document))


def test_the_site_a_passive_verb_says_was_attacked_is_the_place_of_the_event(run):
    document = run("The Norwegian consulate in Peshawar was attacked on Monday by gunmen who killed two guards.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Norwegian consulate"
