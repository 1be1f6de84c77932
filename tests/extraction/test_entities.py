"""Entities: one group or person however many names it goes by."""

from .conftest import by_name


def test_one_group_under_several_aliases_with_its_parent(run):
    doc = run(
        "KABUL: A commander of the Islamic State's local branch, Daesh-Khorasan (ISIS-K), was killed on Monday. "
        "Daesh-K has lost several leaders this year."
    )
    branch = by_name(doc, "groups", "Islamic State Khorasan Province")
    parent = by_name(doc, "groups", "Islamic State")
    assert {m["text"] for m in branch["mentions"]} == {"Daesh-Khorasan", "ISIS-K", "Daesh-K"}
    assert branch["parent"] == parent["key"]
    assert branch["parent_gazetteer_id"] == 1


def test_unnamed_parent_is_carried_as_an_id_only(run):
    doc = run("ISKP fighters attacked a checkpoint in Kabul on Monday, killing two guards.")
    assert [g["name"] for g in doc["groups"]] == ["Islamic State Khorasan Province"]
    assert doc["groups"][0]["parent"] is None and doc["groups"][0]["parent_gazetteer_id"] == 1


def test_alias_and_surname_back_references_are_one_person(run):
    doc = run(
        "PESHAWAR: The militant, identified as Zarif Khan Afridi, also known as Mamoon, was shot dead on Sunday. "
        "Afridi had planned several attacks. Mamoon was 40."
    )
    person = by_name(doc, "persons", "Zarif Khan Afridi")
    assert person["aliases"] == ["Mamoon"]
    assert [m["text"] for m in person["mentions"]] == ["Zarif Khan Afridi", "Mamoon", "Afridi", "Mamoon"]
    assert len(doc["persons"]) == 1
    assert person["fate"] == "killed"


def test_acronym_defined_in_the_text_becomes_an_alias_of_a_new_group(run):
    doc = run("The Frontier Peace Brigade (FPB) said its men were attacked. FPB officers later left.")
    group = by_name(doc, "groups", "Frontier Peace Brigade")
    assert group["aliases"] == ["FPB"] and len(group["mentions"]) == 3
    assert group["gazetteer_id"] is None


def test_generic_army_resolves_to_the_national_force_of_the_story(run):
    doc = run("QUETTA: Troops killed four militants in Balochistan on Monday, the army said.")
    army = by_name(doc, "groups", "Pakistan Army")
    assert {m["text"] for m in army["mentions"]} == {"Troops", "army"}


def test_generic_police_without_a_listed_force_gets_a_national_label(run):
    doc = run("MAIDUGURI — Gunmen killed three farmers near Bama on Sunday, police said.")
    assert "Nigerian police" in [g["name"] for g in doc["groups"]]


def test_origin_is_kept(run):
    doc = run(
        "The bomber, identified as Rustam Saidov, blew himself up in Kabul on Monday. Of Uzbek origin, Saidov was 30."
    )
    assert by_name(doc, "persons", "Rustam Saidov")["origin"] == "Uzbek"


def test_spokesman_is_a_source_not_a_victim(run):
    doc = run("Gunmen shot dead a teacher, Hamid Noori, in Kabul on Monday, said Sher Ali Wardak, a police spokesman.")
    incident = doc["incidents"][0]
    named = {p["key"] for p in doc["persons"] if p["name"] == "Hamid Noori"}
    assert {p["person"] for p in incident["persons"]} == named


def test_generic_military_follows_the_army_named_before_it(run):
    doc = run(
        "An Afghan drone strike hit a house near Khar on Thursday, killing five people. "
        "The military said it had targeted militants."
    )
    army_mentions = [g for g in doc["groups"] if "military" in [m["text"] for m in g["mentions"]]]
    assert army_mentions and army_mentions[0]["country"] == "AF"


def test_an_acronym_of_a_foreign_force_is_not_that_force(run):
    doc = run("MAIDUGURI — Gunmen killed three farmers near Bama on Sunday, AFP reported. AFP staff were safe.")
    assert "Armed Forces of the Philippines" not in [g["name"] for g in doc["groups"]]
