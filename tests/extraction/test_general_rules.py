"""General rules learnt from unseen articles: place contexts, titles, aggregate framing, historical events,
perpetrators. Sentences are written for these tests."""

import pytest

from incidents.extraction.model import Mention
from incidents.extraction.name_context import place_context
from incidents.extraction.person_mentions import untitled

from .conftest import by_name


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Gunmen raided Kolo-Dara, a farming village north of Khar, at dawn.", "Kolo-Dara", "city"),
        ("Troops reached the village of Sangota on Monday.", "Sangota", "city"),
        ("Rebels hold towns in Bajaur, Tirah and Sarwan.", "Sarwan", "region"),
        ("The convoy left Mirza Camp, a camp for displaced families, at noon.", "Mirza Camp", "site"),
        ("said Yusuf Haider, the Khar district commissioner.", "Yusuf Haider", None),
        ("identified as Laila Noor, an area committee member of the party.", "Laila Noor", None),
        ("Karim Baig told reporters in Quetta.", "Karim Baig", None),
    ],
)
def test_place_context_tells_an_unlisted_place_from_a_person(text, name, kind):
    start = text.index(name)
    assert place_context(text, start, start + len(name)) == kind


@pytest.mark.parametrize(
    "surface, bare",
    [
        ("Constable Sher Baz", "Sher Baz"),
        ("Deputy Commissioner Tahir Jan Baig", "Tahir Jan Baig"),
        ("Naib Risaldar Gul Mast", "Gul Mast"),
        ("Lance Naik Noor Wali", "Noor Wali"),
        ("Brig. Gen. Omar Saleh", "Omar Saleh"),
        ("Omar Saleh", "Omar Saleh"),
        ("Commissioner", "Commissioner"),
    ],
)
def test_titles_and_ranks_are_stripped_from_person_names(surface, bare):
    mention = untitled(Mention(100, 100 + len(surface), surface, "person", 0, surface.lower(), source="ner"))
    assert mention.text == bare
    assert mention.end - mention.start == len(bare)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A toll told before a claim clause is the incident's toll.
        (
            "PESHAWAR: The death toll from a bombing at a crowded market in the town of Khar in Bajaur on Sunday "
            "has risen to 12, officials said, as the TTP claimed responsibility.",
            [("bombing", "2025-03-09", 12)],
        ),
        # "since <date>, when ...": the earlier event, with its own date and toll.
        (
            "PESHAWAR: Militants stormed a check post in Bajaur on Sunday, killing four soldiers. It was the "
            "deadliest attack in the district since May 2019, when gunmen killed 30 soldiers in Khar.",
            [("armed_clash", "2025-03-09", 4), ("armed_clash", "2019-05", 30)],
        ),
        # "a bomb attack" is an event even though "bomb" modifies "attack".
        (
            "QUETTA: A constable was shot dead in Quetta on Monday. He had survived a bomb attack on a police "
            "van in Peshawar in 2019, colleagues said.",
            [("targeted_killing", "2025-03-10", 1), ("bombing", "2019", None)],
        ),
        # Gunmen storming a village and killing civilians is a massacre, not a clash.
        (
            "MAIDUGURI: Gunmen stormed a farming settlement near Bama on Sunday, killing 14 villagers.",
            [("attack_on_civilians", "2025-03-09", 14)],
        ),
    ],
)
def test_tolls_historical_events_and_types(run, text, expected):
    document = run(text)
    assert [(i["type"], i["date"], i["fatalities"]) for i in document["incidents"]] == expected


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        (
            "PESHAWAR: Four soldiers were killed on Monday when fighters of the Tehreek-e-Taliban Pakistan "
            "ambushed a convoy near Khar.",
            "Tehreek-e-Taliban Pakistan",
        ),
        (
            "MAIDUGURI: Gunmen killed six farmers near Bama on Sunday. The Islamic State-linked group Boko Haram "
            "claimed responsibility.",
            "Boko Haram",
        ),
        (
            "KABUL: ISKP gunmen attacked a checkpoint in Mazar-i-Sharif on Sunday, killing three guards. The "
            "Islamic State group claimed responsibility for the attack.",
            "Islamic State Khorasan Province",
        ),
        (
            "MAIDUGURI: At least 40 villagers were killed near Bama on Sunday in a massacre that officials "
            "blamed on Boko Haram.",
            "Boko Haram",
        ),
    ],
)
def test_perpetrators(run, text, perpetrator):
    document = run(text)
    group = by_name(document, "groups", perpetrator)
    assert document["incidents"][0]["perpetrators"] == [group["key"]]


def test_a_later_detail_sentence_dates_an_undated_lead(run):
    document = run(
        "MAIDUGURI: The death toll from an attack on a village near Bama has risen to 19, officials said. "
        "Gunmen raided the village on Saturday night, officials said."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-08", 19)]


def test_spacy_command_line_still_imports_after_the_model_loads():
    import importlib

    from incidents.extraction.nlp import load_model

    load_model()
    cli = importlib.import_module("spacy.cli")
    assert hasattr(cli, "download")


@pytest.mark.parametrize(
    "text, government, location_kept",
    [
        ("PESHAWAR: Officials said the militants were backed by India.", "Government of India", "India"),
        (
            "PESHAWAR: Officials in Peshawar accused the Afghan authorities of sheltering militants, a charge "
            "Kabul rejects.",
            "Afghan government",
            None,
        ),
    ],
)
def test_a_country_or_capital_acting_as_the_state_is_its_government(run, text, government, location_kept):
    document = run(text)
    assert government in [g["name"] for g in document["groups"]]
    names = [place["name"] for place in document["locations"]]
    assert "Kabul" not in names
    if location_kept:
        assert location_kept in names


@pytest.mark.parametrize(
    "text, government",
    [
        ("PESHAWAR: The federal government condemned the bombing in Peshawar.", "Government of Pakistan"),
        ("PESHAWAR: The provincial government announced compensation for victims in Peshawar.", None),
        ("PESHAWAR: Police in Peshawar said the government had ordered an inquiry.", "Government of Pakistan"),
    ],
)
def test_the_government_with_no_owner_named_is_the_story_countrys(run, text, government):
    governments = [g["name"] for g in run(text)["groups"] if g["kind"] == "government"]
    assert governments == ([government] if government else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "PESHAWAR: Militants attacked a check post in Bajaur on Sunday, killing two soldiers. A report by a "
            "research group counted 37 people wounded and nine killed by bombings in the province in February.",
            [("armed_clash", 2)],
        ),
        (
            "QUETTA: Police arrested three suspects in Quetta on Monday. More than 250 people have died in attacks "
            "across Balochistan since May.",
            [("arrest_or_raid", None)],
        ),
        (
            "MAIDUGURI: Gunmen killed five farmers near Bama on Sunday. Militant attacks have killed 410 people "
            "across the country so far this year.",
            [("attack_on_civilians", 5)],
        ),
    ],
)
def test_aggregate_figures_neither_make_incidents_nor_tolls(run, text, expected):
    assert [(i["type"], i["fatalities"]) for i in run(text)["incidents"]] == expected


def test_an_unlisted_village_in_an_event_sentence_is_the_place_of_a_historical_incident(run):
    document = run(
        "MAIDUGURI: Gunmen stormed a settlement near Bama on Sunday, killing 14 villagers. It was the deadliest "
        "attack in Borno since May 2019, when gunmen killed 40 farmers in Kalakura."
    )
    places = {place["key"]: place for place in document["locations"]}
    historic = document["incidents"][1]
    assert historic["date"] == "2019-05"
    assert places[historic["location"]]["name"] == "Kalakura"
    assert places[historic["location"]]["kind"] == "city"
    assert "Kalakura" not in [p["name"] for p in document["persons"]]


@pytest.mark.parametrize(
    "text",
    [
        "PESHAWAR: Troops deployed in Lower and Middle Bajaur after the attack.",
        "PESHAWAR: The attack was condemned in Arabic and English statements.",
    ],
)
def test_qualifiers_and_languages_are_not_unlisted_places(run, text):
    assert not [p for p in run(text)["locations"] if p["name"] in ("Lower", "Arabic", "English")]


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        (
            "MAIDUGURI: Gunmen shot dead a farmer near Bama on Sunday, residents said. Boko Haram has been active "
            "in the area for years. The group drew attention in April 2014, when its fighters seized 200 girls "
            "from a school in Bama.",
            "Boko Haram",
        ),
        (
            "MAIDUGURI: Boko Haram has been active near Bama for years. In June 2019, the insurgents ambushed a "
            "convoy near Bama and killed 12 soldiers.",
            "Boko Haram",
        ),
    ],
)
def test_the_group_as_doer_points_back_to_the_armed_group_named_last(run, text, perpetrator):
    document = run(text)
    group = by_name(document, "groups", perpetrator)
    historic = [i for i in document["incidents"] if i["date"] and i["date"] < "2020"]
    assert historic and historic[0]["perpetrators"] == [group["key"]]


def test_no_back_reference_when_no_one_claimed(run):
    document = run(
        "MAIDUGURI: Boko Haram has been active near Bama for years. On Sunday the militants killed 12 soldiers "
        "near Bama. No group has claimed responsibility."
    )
    assert document["incidents"][0]["perpetrators"] == []
    assert document["incidents"][0]["perpetrator_unknown"] is True


def test_security_forces_are_their_own_group_beside_the_army(run):
    document = run(
        "MAIDUGURI: The army said its units repelled an attack near Bama on Sunday. Security forces later "
        "searched nearby villages."
    )
    names = [g["name"] for g in document["groups"]]
    assert "Nigerian Army" in names
    assert "Nigerian security forces" in names


def test_a_listed_name_before_a_descriptor_noun_is_kept_as_an_alias(run):
    document = run("PESHAWAR: TTP militants attacked a check post near Khar on Sunday, killing two soldiers.")
    group = by_name(document, "groups", "Tehreek-e-Taliban Pakistan")
    assert "TTP" in group["aliases"] or any(m["text"] == "TTP" for m in group["mentions"])


def test_an_unlisted_front_with_an_alias_is_a_new_group(run):
    document = run(
        "PESHAWAR: Fighters of the Kalam Sher Front, a splinter faction known in Pashto as Jabha Kalam Sher, "
        "attacked a police post near Khar on Sunday, killing three officers."
    )
    group = by_name(document, "groups", "Kalam Sher Front")
    assert group["kind"] == "armed_group"
    assert "Jabha Kalam Sher" in group["aliases"]
    incident = document["incidents"][0]
    assert incident["type"] == "armed_clash"
    assert incident["perpetrators"] == [group["key"]]
    assert "Jabha Kalam Sher" not in [p["name"] for p in document["persons"]]


def test_sources_are_the_speakers_not_the_next_sentences_subject(run):
    document = run(
        "QUETTA: Gunmen shot dead a police officer, Karim Dad, in Quetta on Monday, police told reporters. "
        "Dad, 40, had joined the force in 2010. According to Quetta Deputy Commissioner Saad Khan Baloch, the "
        "attackers fled on a motorcycle."
    )
    people = {p["key"]: p["name"] for p in document["persons"]}
    in_incident = [people[r["person"]] for r in document["incidents"][0]["persons"]]
    assert "Karim Dad" in in_incident
    assert "Saad Khan Baloch" not in in_incident


def test_a_mountain_range_named_twice_is_one_region_and_no_person(run):
    document = run(
        "PESHAWAR: Militants attacked a check post near Khar on Sunday and fled towards the Kalpani mountains. "
        "The Kalpani range has long sheltered militants."
    )
    regions = [p for p in document["locations"] if p["name"].startswith("Kalpani")]
    assert len(regions) == 1 and len(regions[0]["mentions"]) == 2
    assert not [p for p in document["persons"] if "Kalpani" in p["name"]]


def test_a_national_park_is_a_site_and_a_self_styled_province_is_no_country(run):
    document = run(
        "KABUL: ISKP, which calls itself the Islamic State's Afghanistan Province, said its fighters killed "
        "two rangers near Khar on Sunday before retreating into the Bajaur National Park."
    )
    names = {p["name"]: p for p in document["locations"]}
    assert names.get("Bajaur National Park", {}).get("kind") == "site"
    assert "Afghanistan" not in names


@pytest.mark.parametrize(
    "text, persons",
    [
        # A lone capitalised word with no title or speech around it is not a person.
        (
            "MAIDUGURI: Gunmen killed two farmers near Bama on Sunday. Residents of Gwoza fled after the attack "
            "on Kirawa farms.",
            [],
        ),
        # An organisation's name in Spanish or Arabic is no person, whatever the NER says.
        (
            "MAIDUGURI: Gunmen killed two farmers near Bama on Sunday, and a man speaking for the Frente Oscar "
            "Ruiz said the group had done it.",
            [],
        ),
        # A surname written with a capital article at the start of a sentence is the full name's.
        (
            "MAIDUGURI: A drone strike killed Ahmed Salim al-Bakri near Bama on Sunday. Al-Bakri, 41, was a "
            "senior commander.",
            ["Ahmed Salim al-Bakri"],
        ),
        # A title of respect is not part of the name; a speaker keeps a one-word name.
        (
            'MAIDUGURI: Gunmen abducted U Tun Aung Kyaw near Bama on Sunday. "We are afraid," Musa said.',
            ["Tun Aung Kyaw", "Musa"],
        ),
    ],
)
def test_persons_need_person_context(run, text, persons):
    document = run(text)
    assert [p["name"] for p in document["persons"]] == persons


def _perpetrator_names(document: dict, index: int = 0) -> list[str]:
    names = {g["key"]: g["name"] for g in document["groups"]}
    return [names[k] for k in document["incidents"][index]["perpetrators"]]


@pytest.mark.parametrize(
    "text, kind, perpetrators",
    [
        # The "by" phrase of an operation noun names the doers, a force named in full among them.
        (
            "PESHAWAR: Four TTP militants were arrested in a joint operation by the Pakistan Police and the "
            "Pakistan Army in Khar on Sunday, police said.",
            "arrest_or_raid",
            ["Pakistan Police", "Pakistan Army"],
        ),
        # A capture in a raid by men only called "soldiers": the force that tells it did it.
        (
            "PESHAWAR: Soldiers captured a senior ISKP commander in a night raid near Khar on Sunday, the "
            "Pakistan Army said.",
            "arrest_or_raid",
            ["Pakistan Army"],
        ),
        # "X said it had conducted a strike": X claims the strike; the group it targeted did nothing.
        (
            "MAIDUGURI: A drone strike killed three militants in a car near Bama on Sunday, residents said. "
            "The Nigerian Army said on Monday that it had conducted a strike near Bama targeting Boko Haram "
            "commanders.",
            "air_or_drone_strike",
            ["Nigerian Army"],
        ),
        # "a military jet bombed": an air strike.
        (
            "MAIDUGURI: A Nigerian Army jet bombed a village near Bama on Sunday, killing 11 civilians.",
            "air_or_drone_strike",
            ["Nigerian Army"],
        ),
    ],
)
def test_state_forces_as_doers_and_air_strikes(run, text, kind, perpetrators):
    document = run(text)
    assert document["incidents"][0]["type"] == kind
    assert _perpetrator_names(document) == perpetrators


def test_a_toll_of_the_wider_violence_is_no_raids_toll(run):
    document = run(
        "PESHAWAR: Police raided a house in Khar on Sunday and arrested four TTP militants. More than 250 people "
        "have been killed in the violence."
    )
    assert [i["fatalities"] for i in document["incidents"]] in ([None], [0])


def test_a_country_qualifying_a_noun_is_no_place(run):
    document = run(
        "PESHAWAR: Fighters backed by United States helicopters raided a house in Khar on Sunday, killing two "
        "militants. The United States-led coalition said it had supported the raid."
    )
    assert "United States" not in [p["name"] for p in document["locations"]]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("MAIDUGURI: Gunmen abducted 20 people in a night raid on Kurmi village near Bama on Sunday.", "Kurmi", "city"),
        (
            "MAIDUGURI: A drone strike killed three militants in Wadi Hasra, east of Bama, on Sunday.",
            "Wadi Hasra",
            "region",
        ),
        ("MAIDUGURI: Gunmen killed two policemen in El Cardonal, near Bama, on Sunday.", "El Cardonal", "city"),
        (
            "MAIDUGURI: Troops clashed with militants in the Tagal canyon, west of Bama, on Sunday.",
            "Tagal canyon",
            "region",
        ),
        (
            "MAIDUGURI: Troops killed 30 militants at Garanda, a village in the same state, in 2019.",
            "Garanda",
            "city",
        ),
    ],
)
def test_unlisted_event_places_are_new_locations(run, text, name, kind):
    document = run(text)
    place = by_name(document, "locations", name)
    assert place["kind"] == kind
    located = {p["key"]: p["name"] for p in document["locations"]}
    assert located[document["incidents"][0]["location"]] == name


def test_a_when_clause_places_its_historical_incident_in_its_own_village(run):
    document = run(
        "MAIDUGURI: Gunmen killed two farmers near Bama on Sunday. Borno drew attention in April 2014, when "
        "gunmen abducted 276 schoolgirls from a school in Chibok."
    )
    located = {p["key"]: p["name"] for p in document["locations"]}
    historical = [i for i in document["incidents"] if i["date"] == "2014-04"]
    assert historical and located.get(historical[0]["location"]) == "Chibok"


def test_small_towns_of_a_country_nothing_names_are_dropped():
    from incidents.extraction.gazetteer import PlaceRecord
    from incidents.extraction.places import _drop_isolated

    chosen = {
        "imphal": PlaceRecord(1, "Imphal", "city", "IN", None, 24.8, 93.9, 260_000),
        "india": PlaceRecord(2, "India", "country", "IN", None, 22.0, 79.0, 1_400_000_000),
        "nanao": PlaceRecord(3, "Nanao", "city", "JP", None, 37.0, 136.9, 55_000),
        "bungo": PlaceRecord(4, "Bungo", "city", "JP", None, 33.0, 131.5, 40_000),
    }
    by_name = {key: [Mention(0, 1, key, "place", 0, key, source="gazetteer")] for key in chosen}
    _drop_isolated(chosen, by_name, "IN")
    assert sorted(chosen) == ["imphal", "india"]


def test_a_foreign_dateline_does_not_make_the_storys_country(run):
    document = run(
        "QUETTA, Pakistan — Gunmen killed 12 villagers in Bama in Borno state on Sunday, residents said. "
        "Security forces later reached Bama and Maiduguri."
    )
    names = [g["name"] for g in document["groups"]]
    assert not [n for n in names if n.startswith("Pakistan")]
    located = {p["key"]: p for p in document["locations"]}
    assert located[document["incidents"][0]["location"]]["country"] == "NG"


def test_an_unlisted_township_takes_its_parent_from_the_sentence_not_the_dateline(run):
    document = run(
        "QUETTA, Pakistan — A Nigerian Army jet bombed a village in Kurmi township in Borno on Sunday, "
        "killing 11 civilians. In April 2023, an air strike on a market in Garkida village in Borno killed "
        "60 people. More than 5,500 civilians have been killed by the security forces since the takeover."
    )
    places = {p["key"]: p for p in document["locations"]}
    first, second = document["incidents"][:2]
    assert places[first["location"]]["name"] == "Kurmi"
    assert places[places[first["location"]]["parent"]]["name"] == "Borno"
    # An air strike nobody is named for: the force that struck from the air before in that country.
    assert _perpetrator_names(document, 1) == ["Nigerian Army"]
    assert [i["fatalities"] for i in document["incidents"]] == [11, 60]


def test_a_raid_without_a_shot_fired_has_no_dead(run):
    document = run(
        "PESHAWAR: Police arrested four TTP militants in a raid on a house in Khar on Sunday without a shot being "
        "fired, officials said."
    )
    assert document["incidents"][0]["fatalities"] == 0


def test_the_branch_the_army_blames_is_the_perpetrator(run, gazetteer):
    document = run(
        "MAIDUGURI: Militants attacked a police post near Bama on Sunday, killing two policemen, officials said. "
        "Residents said the gunmen came on motorcycles. The army blamed the Islamic State Khorasan Province, a "
        "branch of the Islamic State."
    )
    assert _perpetrator_names(document) == ["Islamic State Khorasan Province"]


@pytest.mark.parametrize(
    "folded, variant",
    [
        ("deir ez zor", "deir az zor"),
        ("deir ez zor", "deir al zor"),
        ("dayr az zawr", "deir az zawr"),
        ("middle shabelle", "middle shabele"),
        ("sheikh outhman", "sheikh uthman"),
    ],
)
def test_place_names_are_also_asked_under_regular_transliteration_variants(folded, variant):
    from incidents.extraction.gazetteer_mentions import spelling_variants

    assert variant in spelling_variants(folded)


def test_short_names_get_no_variants():
    from incidents.extraction.gazetteer_mentions import spelling_variants

    assert spelling_variants("bama") == set()
    assert spelling_variants("shabaab") == set()  # one word: too many hamlets and surnames under a variant


def test_a_variant_spelling_finds_the_listed_place(run):
    document = run("PESHAWAR: Gunmen killed two policemen in Mazzar-i-Sharif on Sunday.")
    assert "Mazār-e Sharīf" in [p["name"] for p in document["locations"]]


@pytest.mark.parametrize(
    "text, perpetrators",
    [
        ("MAIDUGURI: Boko Haram-linked gunmen killed 12 farmers near Bama on Sunday.", ["Boko Haram"]),
        (
            "PESHAWAR: The Islamic State-linked group Tehreek-e-Taliban Pakistan killed four soldiers near Khar on "
            "Sunday.",
            ["Tehreek-e-Taliban Pakistan"],
        ),
    ],
)
def test_x_linked_gunmen_are_xs_men_but_an_x_linked_named_group_is_itself(run, text, perpetrators):
    assert _perpetrator_names(run(text)) == perpetrators


def test_men_loyal_to_a_commander_of_x_are_xs(run):
    document = run(
        "MAIDUGURI: Gunmen loyal to Abu Musa, a commander of Boko Haram, attacked a village near Bama on Sunday, "
        "killing 12 farmers."
    )
    assert _perpetrator_names(document) == ["Boko Haram"]


@pytest.mark.parametrize(
    "text, government",
    [
        (
            "MAIDUGURI: Gunmen killed 12 farmers near Bama on Sunday. The United States has carried out strikes "
            "on militants in the region.",
            "United States",
        ),
        (
            "RAIPUR: Maoists killed two villagers in Bijapur on Sunday. India has signed ceasefire pacts with "
            "other groups.",
            "India",
        ),
    ],
)
def test_a_country_that_carries_out_or_signs_acts_as_the_state(run, text, government):
    governments = [g["name"] for g in run(text)["groups"] if g["kind"] == "government"]
    assert [n for n in governments if n.endswith(government)]


def test_a_regional_military_command_named_by_ner_is_a_group(run):
    document = run(
        "PESHAWAR: A roadside bomb killed three soldiers near Khar on Sunday. Omar Saleh, a spokesman for the "
        "Bajaur Operations Command, said troops had begun a search."
    )
    assert "Bajaur Operations Command" in [g["name"] for g in document["groups"]]


@pytest.mark.parametrize(
    "text, name",
    [
        ("MAIDUGURI: Insurgents set fire to 30 homes in a village near Kurmi, in Borno, on Sunday.", "Kurmi"),
        ("MAIDUGURI: Gunmen abducted two fishermen off Gadara island in Borno on Sunday.", "Gadara"),
    ],
)
def test_arson_and_offshore_events_place_unlisted_names(run, text, name):
    assert name in [p["name"] for p in run(text)["locations"]]


def test_aliases_go_to_the_nearest_name_and_a_subject_of_said_is_no_source(run):
    document = run(
        "PESHAWAR: Police arrested three TTP militants in a raid in Khar on Sunday. The arrested were identified "
        "as Gul Mast Khan alias Tora, 32; Noor Wali Shah alias Spin, 27; and Sher Baz Afridi, 24. Police said "
        "Khan was wanted for extortion."
    )
    persons = {p["name"]: p for p in document["persons"]}
    assert persons["Noor Wali Shah"]["aliases"] == ["Spin"]
    assert persons["Gul Mast Khan"]["aliases"] == ["Tora"]
    names = {p["key"]: p["name"] for p in document["persons"]}
    assert "Gul Mast Khan" in [names[r["person"]] for r in document["incidents"][0]["persons"]]


def test_a_full_name_repeated_where_ner_misses_it_makes_its_owner_a_source(run):
    document = run(
        "PESHAWAR: Militants killed two soldiers near Khar on Sunday, said a spokesman for the army who goes by "
        'the nom de guerre Zar Wali Tanha. "They came at night," Zar Wali Tanha told reporters.'
    )
    names = {p["key"]: p["name"] for p in document["persons"]}
    assert "Zar Wali Tanha" not in [names[r["person"]] for r in document["incidents"][0]["persons"]]


def test_a_listed_collective_name_ending_in_bandits_is_looked_up():
    import datetime as dt

    from incidents.extraction.article import ArticleMeta
    from incidents.extraction.gazetteer import GroupRecord, PlaceRecord
    from incidents.extraction.memory import MemoryGazetteer
    from incidents.extraction.pipeline import extract

    from .conftest import GROUPS, PLACES

    places = [PlaceRecord(i, n, k, c, p, la, lo, pop) for i, n, k, c, p, la, lo, pop, _ in PLACES]
    bandits = GroupRecord(99, "Bandits", "armed_group", None, "NG", ("Bandits", "Armed bandits"))
    gazetteer = MemoryGazetteer(places, [*GROUPS, bandits], {row[0]: row[8] for row in PLACES})
    document = extract(
        "MAIDUGURI: Armed bandits abducted 23 people near Bama on Saturday.",
        ArticleMeta(published=dt.date(2025, 3, 11)),
        gazetteer,
    )
    assert _perpetrator_names(document) == ["Bandits"]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Among the dead was Ehsanullah, 25, a shopkeeper.", "Ehsanullah"),
        ("Among the dead was the son of Ehsanullah, a shopkeeper.", "Ehsanullah"),
    ],
)
def test_a_lone_name_with_an_age_or_kin_is_a_person(run, sentence, name):
    document = run("PESHAWAR: A bomb killed three people in Khar on Sunday. " + sentence)
    assert name in [p["name"] for p in document["persons"]]


def test_a_lead_toll_according_to_official_figures_stays_the_incidents(run):
    document = run(
        "PESHAWAR: At least 12 people were killed in a bombing at a market in Khar on Sunday, according to "
        "official figures."
    )
    assert document["incidents"][0]["fatalities"] == 12


def test_a_lead_toll_in_the_clashes_stays_the_incidents(run):
    document = run("PESHAWAR: At least ten people have died in the clashes near Khar on Sunday, officials said.")
    assert document["incidents"][0]["fatalities"] == 10


def test_a_night_raid_that_kills_villagers_is_no_arrest(run):
    document = run("MAIDUGURI: Gunmen killed 20 villagers in a night raid on a village near Bama on Sunday.")
    assert document["incidents"][0]["type"] == "attack_on_civilians"


def test_the_toll_of_an_attack_on_a_village_is_an_attack_on_civilians(run):
    document = run(
        "MAIDUGURI: The death toll from an attack by Boko Haram rebels on a village near Bama has risen to 27, "
        "officials said on Thursday."
    )
    assert document["incidents"][0]["type"] == "attack_on_civilians"
