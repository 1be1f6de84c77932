"""Group recall: names that were never made candidates. A ministry told by its nation's adjective and its portfolio
in lower case, or after its country's possessive with a capital, a church's see that speaks for its bishop, and a
state service whose head is plural or whose name goes on with its remit."""

from __future__ import annotations

from .readers import group_names, place_names


def _portfolio_ministries(text: str) -> list[str]:
    from incidents.extraction.group_mentions import portfolio_ministries
    from incidents.extraction.nlp import load_model

    doc = load_model()(text)
    doc.user_data["text"] = text
    return [m.text for m in portfolio_ministries(doc, lambda start: 0)]


def test_a_nations_lower_case_portfolio_ministry_is_its_state_body(run):
    document = run(
        "PESHAWAR: A fire at a clinic in Peshawar killed four patients on Sunday, a senior Pakistani health "
        "ministry official told reporters."
    )
    assert "Pakistani health ministry" in group_names(document)


def test_a_ministry_after_a_capitalised_word_that_names_no_nation_is_no_nations_body():
    found = _portfolio_ministries(
        "Officials said Tuesday the Lakeside water ministry had met and the Iraqi water ministry had not."
    )
    assert "Iraqi water ministry" in found
    assert not any(name.startswith("Lakeside") for name in found)


def test_a_former_or_acting_word_is_no_portfolio_of_a_nations_ministry():
    found = _portfolio_ministries(
        "An Iraqi former ministry adviser and a Syrian acting ministry spokesman both spoke after the raid."
    )
    assert not any("former" in name or "acting" in name for name in found)


def test_a_two_word_nation_names_its_ministry_whole():
    found = _portfolio_ministries("The blast wounded nine pilgrims, the Sri Lankan health ministry said on Sunday.")
    assert "Sri Lankan health ministry" in found


def test_a_portfolio_ministry_opening_its_sentence_is_found():
    found = _portfolio_ministries(
        "Two guards were shot at the depot. The interior ministry gave no figure for the wounded."
    )
    assert found == ["interior ministry"]


def test_a_nations_ministry_after_a_capitalised_opening_word_starts_at_the_nation():
    found = _portfolio_ministries("The Syrian interior ministry gave no figure for the wounded.")
    assert found == ["Syrian interior ministry"]


def test_a_countrys_capitalised_ministry_after_its_possessive_is_its_state_body(run):
    document = run(
        "KABUL: Rescuers carried nine wounded miners out of a shaft near Kabul on Monday, and Afghanistan’s "
        "Mines Rescue Ministry flew them to the capital."
    )
    assert "Afghanistan’s Mines Rescue Ministry" in group_names(document)


def test_a_churchs_see_is_a_body_and_not_a_place_of_the_story(run):
    document = run(
        "QUETTA: Gunmen set fire to a chapel school in Quetta on Friday, the Diocese of Peshawar said, adding "
        "that no pupil was hurt."
    )
    assert "Diocese of Peshawar" in group_names(document)
    assert "Peshawar" not in place_names(document)


def test_a_bishops_prelature_is_a_body(run):
    document = run(
        "QUETTA: Gunmen set fire to a chapel school in Quetta on Friday. The Prelature of Quetta, whose bishop "
        "toured the ruins a day later, appealed for calm."
    )
    assert "Prelature of Quetta" in group_names(document)
    assert "Quetta" in place_names(document)


def test_a_state_service_named_in_the_plural_is_a_body(run):
    document = run(
        "MAIDUGURI: Gunmen freed forty inmates from a jail in Maiduguri on Tuesday night, but the Nigerian "
        "Correctional Services said every guard had survived the raid."
    )
    assert "Nigerian Correctional Services" in group_names(document)


def test_a_state_service_whose_name_goes_on_with_its_remit_is_one_body(run):
    document = run(
        "MAIDUGURI: Gunmen freed forty inmates from a jail in Maiduguri on Tuesday night, the National Service "
        "for the Custody of Adult Detainees and Young Offenders said in a statement."
    )
    names = group_names(document)
    assert "National Service for the Custody of Adult Detainees and Young Offenders" in names


def test_a_broadcasters_service_is_still_no_state_body(run):
    document = run(
        "MAIDUGURI: Gunmen freed forty inmates from a jail in Maiduguri on Tuesday night, the Lakeland "
        "Syndication Service reported."
    )
    assert "Lakeland Syndication Service" not in group_names(document)
