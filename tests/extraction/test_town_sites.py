"""Sites named after the listed town they are in ("the Alder police station") and named sites an incident's later
sentences put the event at: the most specific place of the event, hung under its town."""

from __future__ import annotations

from .readers import place_names, place_of


def _location(document: dict, incident: dict) -> dict:
    return next(loc for loc in document["locations"] if loc["key"] == incident["location"])


def _parent_name(document: dict, location: dict) -> str | None:
    return next((loc["name"] for loc in document["locations"] if loc["key"] == location.get("parent")), None)


def test_a_listed_towns_lower_case_police_station_is_the_site_under_it(run):
    document = run(
        "PESHAWAR: Gunmen attacked the Khar police station on Sunday night, killing two constables, officials said."
    )
    [incident] = document["incidents"]
    site = _location(document, incident)
    assert site["name"] == "Khar police station"
    assert _parent_name(document, site) == "Khar"


def test_a_listed_towns_train_station_is_the_site_of_a_blast(run):
    document = run(
        "QUETTA: Two bombs exploded outside the Quetta train station on Friday, killing nine people, police said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Quetta train station"


def _names(document: dict, location: dict) -> set[str]:
    return {location["name"], *location.get("aliases", [])}


def test_a_train_station_a_listed_town_owns_is_the_site_under_it(run):
    document = run(
        "QUETTA: A bomb went off outside Quetta's main railway station on Friday, killing seven travellers, police "
        "said."
    )
    [incident] = document["incidents"]
    site = _location(document, incident)
    assert site["name"] == "Quetta railway station"
    assert _parent_name(document, site) == "Quetta"


def test_a_listed_towns_train_station_without_the_article_is_the_site(run):
    document = run(
        "QUETTA: Two men with knives attacked passengers at a Quetta train station on Tuesday, killing three, police "
        "said."
    )
    [incident] = document["incidents"]
    assert "Quetta train station" in _names(document, _location(document, incident))


def test_a_listed_towns_main_police_station_it_owns_is_no_named_site(run):
    document = run("QUETTA: Gunmen attacked Quetta's main police station on Friday, killing two guards, police said.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Quetta"
    assert not any("police station" in name for name in place_names(document))


def test_a_listed_towns_castle_is_a_site_without_the_article(run):
    document = run(
        "QUETTA: Gunmen opened fire on tourists in Quetta castle on Monday, killing four visitors, officials said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Quetta castle"


def test_an_event_named_after_a_towns_site_names_no_site(run):
    document = run(
        "QUETTA: The attack was the worst since the Quetta school siege, when gunmen killed 40 pupils in 2014."
    )
    assert "Quetta school" not in place_names(document)


def test_one_of_a_towns_hotels_without_the_article_is_no_named_site(run):
    document = run("KABUL: Militants laid siege on Kabul hotel late on Friday, killing six guests, police said.")
    assert "Kabul hotel" not in place_names(document)


def test_a_site_a_much_later_sentence_tells_the_assault_on_is_the_place(run):
    document = run(
        "KABUL: Gunmen killed 19 people in Kabul on Tuesday, officials said. The gunmen arrived in two cars. "
        "Witnesses heard gunfire for hours. Police sealed off the streets. Ambulances lined the road. "
        "Shops closed early. Schools sent pupils home. Officials urged calm. Traffic stopped for hours. "
        "Residents stayed indoors. Families waited for news. The assault on the upmarket Torvel Plaza complex "
        "lasted until dawn."
    )
    incident = document["incidents"][0]
    assert place_of(document, incident) == "Torvel Plaza"


def test_a_site_whose_lobby_the_gunmen_charged_is_the_place(run):
    document = run(
        "KABUL: Militants stormed a busy hotel in Kabul on Friday evening, killing 12 people. Witnesses said "
        "three of them ran firing through the lobby of the Torvel Hotel for an hour."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Torvel Hotel"


def test_a_train_station_a_later_sentence_names_hangs_under_the_town(run):
    document = run(
        "A suicide bomber killed 14 mourners at a funeral in Nigeria on Thursday. He struck near Maiduguri's central "
        "railway station, the army said."
    )
    site = next(loc for loc in document["locations"] if loc["name"] == "Maiduguri railway station")
    assert _parent_name(document, site) == "Maiduguri"


def test_a_listed_towns_police_station_without_the_article_is_the_site(run):
    document = run("QUETTA: Militants stormed Quetta police station on Monday night, killing three constables.")
    [incident] = document["incidents"]
    site = _location(document, incident)
    assert site["name"] == "Quetta police station"
    assert _parent_name(document, site) == "Quetta"


def test_a_listed_towns_police_headquarters_is_the_site_under_it(run):
    document = run("QUETTA: A car bomb exploded outside the Quetta police headquarters on Friday, killing six people.")
    [incident] = document["incidents"]
    site = _location(document, incident)
    assert site["name"] == "Quetta police headquarters"
    assert _parent_name(document, site) == "Quetta"


def test_one_of_a_towns_police_stations_is_no_named_site(run):
    document = run("QUETTA: Gunmen attacked a Quetta police station on Friday, killing two guards, officials said.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Quetta"
    assert not any("police station" in name for name in place_names(document))


def test_another_of_a_towns_police_stations_is_no_named_site(run):
    document = run("MAIDUGURI: Insurgents raided another Maiduguri police station on Sunday, killing four officers.")
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Maiduguri"
    assert not any("police station" in name for name in place_names(document))


def test_one_of_a_towns_police_stations_counted_is_no_named_site(run):
    document = run(
        "MAIDUGURI: Insurgents raided one Maiduguri police station on Sunday and burned two patrol vehicles."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Maiduguri"
    assert not any("police station" in name for name in place_names(document))


def test_a_listed_towns_police_post_is_the_site_under_it(run):
    document = run("KHAR: Militants overran the Khar police post on Sunday, killing three constables.")
    [incident] = document["incidents"]
    site = _location(document, incident)
    assert site["name"] == "Khar police post"
    assert _parent_name(document, site) == "Khar"
