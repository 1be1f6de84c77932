"""Groups and perpetrators in real news: an outlet told by whose it is has no name; a listed branch's acronym
beside its named parent; headline passives, answers to an attack and fights with a force."""

from __future__ import annotations

from .readers import group_names, perpetrator_names_of


def test_an_outlet_described_by_a_linked_group_is_no_group(run):
    document = run(
        "MAIDUGURI: Boko Haram said on an ISIS-affiliated channel that its men had raided Bama on Sunday, and a "
        "Boko Haram-linked website later posted pictures."
    )
    names = group_names(document)
    assert not any(n.endswith(("-affiliated", "-linked")) for n in names)
    assert "Boko Haram" in names


def test_a_listed_branchs_acronym_beside_its_named_parent_is_kept_abroad(run):
    # ISKP is listed for Afghanistan; the story is set in Nigeria, but it names the branch's parent.
    document = run(
        "MAIDUGURI: Gunmen killed six traders near Bama on Sunday. The Islamic State praised the raid, and its "
        "affiliate ISKP shared a video of it."
    )
    assert "Islamic State Khorasan Province" in group_names(document)


def test_a_foreign_acronym_without_its_parent_stays_out(run):
    document = run("MAIDUGURI: Gunmen killed six traders near Bama on Sunday, a witness told ISKP reporters.")
    assert "Islamic State Khorasan Province" not in group_names(document)


def test_a_headlines_counted_dead_are_not_the_doers(run):
    document = run(
        "Bama post assault: 12 soldiers killed; four militants eliminated\n\n"
        "MAIDUGURI: Armed men overran an army post in Bama early on Sunday. 12 soldiers killed and several more are "
        "hurt."
    )
    assert document["incidents"]
    assert all("Nigerian Army" not in perpetrator_names_of(document, i) for i in document["incidents"])


def test_a_force_answering_the_blasts_did_not_set_them_off(run):
    document = run(
        "MAIDUGURI: At least nine Nigerian soldiers were killed in two roadside bomb blasts near Bama on Sunday, the "
        "army said.\nThe army sent reinforcements in response to the blasts and killed 20 fighters, the statement said."
    )
    assert "Nigerian Army" not in perpetrator_names_of(document, document["incidents"][0])


def test_the_dead_killed_in_a_gunbattle_with_a_force_lost_it_to_that_force(run):
    document = run(
        "MAIDUGURI: Four militants were killed in a gunbattle with security forces near Bama on Sunday night, an "
        "official said."
    )
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Nigerian security forces"]


def test_an_encounter_with_a_named_force_is_a_fight_with_it(run):
    document = run("RAIPUR: Five Maoists were killed in an encounter with the Nigerian Army near Raipur on Sunday.")
    assert perpetrator_names_of(document, document["incidents"][0]) == ["Nigerian Army"]


def test_a_ministry_named_after_its_countrys_possessive_goes_by_the_bare_body_too(run):
    document = run("MAIDUGURI: Gunmen attacked Nigeria's health ministry in Maiduguri on Sunday, killing two guards.")
    ministry = next(g for g in document["groups"] if "ministry" in g["name"].lower())
    assert "health ministry" in ministry["aliases"]
