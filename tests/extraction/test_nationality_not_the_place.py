"""A country named as someone's nationality ("dual citizenship with Varsk", "a national of Varsk") or as the owner of
a body that reports ("Varsk's state news agency") is not where the event was; a hospital the attack struck near is."""

from __future__ import annotations


def _countries_of(document: dict, incident: dict) -> set[str]:
    places = {p["key"]: p for p in document["locations"]}
    place = places.get(incident["location"])
    return {place["country"]} if place else set()


# must fire
def test_a_victims_citizenship_is_not_where_the_bomb_went_off(run):
    document = run(
        "A car bomb on one of central Peshawar's busiest roads killed four people, two of whom held dual citizenship "
        "with the United States, police said."
    )
    [bombing] = document["incidents"]
    assert _countries_of(document, bombing) == {"PK"}


def test_a_national_of_another_country_among_the_dead_is_not_the_place(run):
    document = run(
        "Gunmen killed six people, among them a national of Iran, on Kabul's main market street on Monday, "
        "officials said."
    )
    [attack] = document["incidents"]
    assert "IR" not in _countries_of(document, attack)


def test_the_country_owning_the_news_agency_is_not_the_place_named_later(run):
    document = run(
        "Police have arrested a Turkish man who shot dead three people on a bus. Turkey's state news agency said "
        "he fired at a relative first. The shooting in Peshawar shocked the whole province, the governor said."
    )
    countries = {c for incident in document["incidents"] for c in _countries_of(document, incident)}
    assert countries == {"PK"}


# must not fire
def test_a_country_named_after_in_is_still_the_place(run):
    document = run("A bomb killed five soldiers in Turkey on Sunday, two of them citizens, officials said.")
    [bombing] = document["incidents"]
    assert _countries_of(document, bombing) == {"TR"}


def test_a_town_named_with_its_country_adjective_is_in_that_country(run):
    document = run(
        "A bomb killed five people in the Pakistani city of Quetta on Sunday, two of them Afghanistan nationals."
    )
    [bombing] = document["incidents"]
    assert _countries_of(document, bombing) == {"PK"}


def test_a_country_owning_the_attack_is_its_place_when_no_other_is_named(run):
    document = run("Officials said on Sunday that Turkey's latest bombing killed five people, two of them children.")
    [bombing] = document["incidents"]
    assert _countries_of(document, bombing) == {"TR"}


# must fire
def test_a_capital_acting_as_its_government_yields_to_the_place_named_later(run):
    document = run(
        "A drone strike on Tuesday killed four fighters in a border town, a monitor said. The monitor said the strike "
        "hit a market. Kabul has conducted successive offensives in Pakistan. Most have targeted fighters that Kabul "
        "links to the group."
    )
    strike = next(i for i in document["incidents"] if i["fatalities"] == 4)
    assert _countries_of(document, strike) == {"PK"}


# must not fire
def test_a_capital_acting_as_its_government_is_the_place_when_no_other_is_named(run):
    document = run(
        "A drone strike on Tuesday killed four fighters in a border town, a monitor said. The monitor said the strike "
        "hit a market. Kabul has conducted successive offensives for years."
    )
    strike = next(i for i in document["incidents"] if i["fatalities"] == 4)
    assert _countries_of(document, strike) == {"AF"}


def test_a_city_that_is_the_subject_of_what_befell_it_is_the_place(run):
    document = run(
        "A drone strike on Tuesday killed four fighters in a border town, a monitor said. The monitor said the strike "
        "hit a market. Kabul was shaken by the blast. Most fighters of the group come from Pakistan."
    )
    strike = next(i for i in document["incidents"] if i["fatalities"] == 4)
    assert _countries_of(document, strike) == {"AF"}
