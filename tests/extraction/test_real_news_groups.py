"""Group names in real news (issue 12): wire services and weapons are no groups, a listed group's own name before
its attack is that group abroad too, two coordinated forces are two groups, a credit is no group."""

from __future__ import annotations

import json
from pathlib import Path

from .readers import group_names


def test_a_wire_service_defined_by_its_acronym_is_no_group_and_no_place(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta on Sunday, Agence France-Presse (AFP) reported. "
        "Police told AFP that the Voice of America (VOA) correspondent was safe."
    )
    names = group_names(document)
    assert not any("Presse" in n or n in ("AFP", "VOA") or "America" in n for n in names)
    assert not {p["name"] for p in document["locations"]} & {"France", "United States"}


def test_a_weapon_defined_by_its_acronym_is_no_group(run):
    document = run(
        "QUETTA: An Improvised Explosive Device (IED) killed two soldiers near Quetta on Sunday. A second IED was "
        "defused."
    )
    assert not any("Device" in n or n == "IED" for n in group_names(document))


def test_a_listed_groups_own_name_before_its_attack_names_it_in_another_country(run):
    # Jaish-e-Mohammed is listed for Pakistan; the story is set in India and never names Pakistan.
    document = run("RAIPUR: Two policemen were killed in a Jaish-e-Mohammed attack near Raipur on Sunday.")
    assert "Jaish-e-Mohammed" in group_names(document)


def test_a_listed_groups_word_before_another_noun_stays_an_epithet(run):
    document = run("MAIDUGURI: Gunmen killed four farmers near Bama on Sunday. The region has a long Maoist past.")
    assert "Communist Party of India (Maoist)" not in group_names(document)


def test_two_coordinated_forces_are_two_groups(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday. The Joint Border Force and Rural Guard Corps "
        "were sent to the area."
    )
    names = group_names(document)
    assert not any(" and " in n for n in names)


def test_a_name_with_and_inside_stays_one_group(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday. The Sahel Federation of Relief and Rescue "
        "Societies condemned the attack."
    )
    assert not any(n.endswith("Relief") for n in group_names(document))


def test_a_slashed_credit_is_no_group(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday.\n\nPhoto: AFP/Borno State Police Command\n\n"
        "The wounded were taken to hospital."
    )
    assert not any("/" in n for n in group_names(document))


def test_the_seed_list_matches_the_generic_islamic_group_only_as_a_name():
    seeds = json.loads((Path(__file__).resolve().parents[2] / "seeds" / "groups.json").read_text(encoding="utf-8"))
    entries = seeds["groups"] if isinstance(seeds, dict) else seeds
    entry = next(e for e in entries if e["name"] == "Gama'a al-Islamiyya")
    assert "Islamic Group" in entry.get("case_sensitive", [])
    assert "Islamic Group" not in entry["aliases"]


def test_unnamed_separatists_are_one_group_when_no_armed_group_is_named(run):
    document = run(
        "MAIDUGURI: Separatists killed two soldiers near Bama on Sunday. The separatist fighters later burned a "
        "school, and residents said the rebels had warned them."
    )
    movement = [g for g in document["groups"] if g["name"].lower().startswith("separatist")]
    assert len(movement) == 1 and movement[0]["kind"] == "armed_group"
    assert not any(g["name"].lower() == "rebels" for g in document["groups"])


def test_unnamed_insurgents_beside_a_named_group_are_no_group_of_their_own(run):
    document = run("MAIDUGURI: Boko Haram insurgents killed two soldiers near Bama on Sunday. The insurgents fled.")
    names = group_names(document)
    assert "Boko Haram" in names
    assert not any(n.lower() == "insurgents" for n in names)


def test_village_defence_volunteers_are_one_group_however_spelt(run):
    document = run(
        "MAIDUGURI: Gunmen killed four village defence volunteers near Bama on Sunday. Two defense volunteers were "
        "wounded."
    )
    volunteers = [g for g in document["groups"] if "volunteer" in g["name"].lower()]
    assert len(volunteers) == 1


def test_a_civil_defence_volunteer_is_a_rescuer_not_a_group(run):
    document = run(
        "MAIDUGURI: A bomb killed four people near Bama on Sunday, said a civil defence volunteer at the scene."
    )
    assert not any("volunteer" in n.lower() for n in group_names(document))


def test_a_country_that_claims_or_launches_an_attack_is_its_state(run):
    document = run("ZAHEDAN: Iran claimed to have struck militant bases across the border on Sunday.")
    assert any(g["kind"] == "government" and g.get("country") == "IR" for g in document["groups"])


def _place_mention(text, name, population, ner):
    from incidents.extraction.gazetteer import PlaceRecord
    from incidents.extraction.model import Mention
    from incidents.extraction.normalize import fold

    start = text.index(name)
    record = PlaceRecord(1, name, "city", "RU", None, 0.0, 0.0, population)
    return Mention(start, start + len(name), name, "place", 0, fold(name), places=[record], ner=ner)


def test_a_city_of_millions_that_accuses_is_its_government_whatever_the_tagger_says():
    from incidents.extraction.forces import metonymies

    text = "Grozovsk accused its neighbour of shelling the border."
    mention = _place_mention(text, "Grozovsk", 1_500_000, "PERSON")
    metonymies(text, [mention])
    assert mention.kind == "generic_force" and mention.force == "government" and mention.country_hint == "RU"


def test_a_small_town_tagged_as_a_person_stays_a_surname():
    from incidents.extraction.forces import metonymies

    text = "Grozovsk accused its neighbour of shelling the border."
    mention = _place_mention(text, "Grozovsk", 20_000, "PERSON")
    metonymies(text, [mention])
    assert mention.kind == "place"


def test_a_rank_and_name_after_a_body_are_a_person_not_part_of_the_body(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday. Commander of the Joint Task Force General Musa "
        "Ibrahim Kolo said the attackers fled."
    )
    assert not any("Kolo" in n for n in group_names(document))
    assert any("Musa Ibrahim Kolo" in p["name"] for p in document["persons"])


def test_a_constabulary_is_a_body(run):
    document = run("QUETTA: Nine personnel of the Makran Constabulary were killed in Quetta on Monday.")
    assert "Makran Constabulary" in group_names(document)


def test_farc_dissidents_are_no_alias_of_one_dissident_bloc():
    # The real-news gold codes "FARC dissidents" as the FARC: several blocs claim that description.
    seeds = json.loads((Path(__file__).resolve().parents[2] / "seeds" / "groups.json").read_text(encoding="utf-8"))
    entries = seeds["groups"] if isinstance(seeds, dict) else seeds
    entry = next(e for e in entries if e["name"] == "Estado Mayor Central")
    assert not any(a.lower().startswith("farc dissident") for a in entry["aliases"])


def test_a_long_name_cut_short_at_for_or_of_is_carried_on(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday, according to a report by the Policy Institute "
        "for the Northern Savanna. The Sahel Federation of Relief Cross and Rescue Crescent societies sent aid."
    )
    names = group_names(document)
    assert "Policy Institute for the Northern Savanna" in names
    assert "Policy Institute" not in names
    assert not any(n.endswith("Relief Cross") for n in names)


def test_a_partys_central_committee_is_the_party(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday. The Central Committee of the Revolutionary "
        "Workers Party of Nigeria issued a statement."
    )
    names = group_names(document)
    assert "Revolutionary Workers Party of Nigeria" in names
    assert not any(n.startswith("Central Committee") for n in names)


def _with_listed_service():
    from incidents.extraction.gazetteer import GroupRecord
    from incidents.extraction.memory import MemoryGazetteer

    from .conftest import GROUPS, PLACES, PlaceRecord

    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    service = GroupRecord(
        100, "Directorate of State Protection", "state_force", None, "NG", ("State Protection Service",)
    )
    return MemoryGazetteer(places, [*GROUPS, service], {row[0]: row[8] for row in PLACES})


def test_a_listed_name_said_of_another_country_is_another_body():
    import datetime as dt

    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.pipeline import extract

    gazetteer = _with_listed_service()
    meta = ArticleMeta(published=dt.date(2025, 3, 11))
    abroad = extract(
        "BAGHDAD: A bomb killed four people on Sunday, the State Protection Service of Iraq said.", meta, gazetteer
    )
    names = group_names(abroad)
    assert "State Protection Service of Iraq" in names
    assert "Directorate of State Protection" not in names
    home = extract(
        "MAIDUGURI: A bomb killed four people on Sunday, the State Protection Service of Nigeria said.", meta, gazetteer
    )
    assert "Directorate of State Protection" in group_names(home)


def test_a_national_red_crescent_and_a_conflict_tracker_are_groups(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday, according to the Sahel Conflict Tracker. A "
        "worker of the Ruritanian Red Crescent was wounded. The ambulance bore the Red Crescent."
    )
    names = group_names(document)
    assert "Sahel Conflict Tracker" in names
    assert "Ruritanian Red Crescent" in names
    assert "Red Crescent" not in names


def test_a_ministers_portfolio_before_the_title_is_no_group(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday. Federal Union Home Minister Jane Okafor "
        "promised an inquiry."
    )
    assert not any(n.endswith(("Union", "Union Home")) for n in group_names(document))


def test_a_militia_named_before_its_lower_case_noun_is_a_group(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday. Residents blamed the Karo Dan Wuri "
        "militia, while a Nigerian militia and the Sunni Arab militia denied it."
    )
    names = group_names(document)
    assert "Karo Dan Wuri" in names
    assert not any("Nigerian" in n or "Sunni" in n for n in names)


def test_an_office_named_only_by_its_task_or_reach_is_no_group(run):
    document = run(
        "MAIDUGURI: Gunmen killed four farmers near Bama on Sunday. An official at the Area Office said the "
        "road was closed, and the Regional Press Office gave no details."
    )
    names = group_names(document)
    assert not any(n.endswith("Office") for n in names)


def test_a_creeds_word_before_a_rebel_noun_is_no_listed_group_of_another_country(run):
    document = run(
        "LIMA: Gunmen killed four soldiers near Ayacucho on Sunday, the army said. The Maoist rebel group lost most "
        "of its strength years ago."
    )
    assert "Communist Party of India (Maoist)" not in group_names(document)


def test_a_numbered_division_of_an_army_is_a_group_of_its_own(run):
    document = run(
        "LIMA: Gunmen killed four soldiers near Ayacucho on Sunday, the army said. Colonel Juan Perez, spokesman for "
        "the Peruvian Army's Third Infantry Division, said two rebels died."
    )
    assert "Third Infantry Division" in group_names(document)
