"""Outlets in groups: an outlet the list does not know (a broadcaster, a news agency, a platform) reports the story
and is no group of it."""

from __future__ import annotations

from .readers import group_names


def test_a_broadcaster_told_as_state_media_is_no_group(run):
    document = run(
        "MAIDUGURI: Gunmen raided Bama on Sunday and killed six herders, public broadcaster Voix du Lac Radio (VLR) "
        "reported. VLR added that two more were missing."
    )
    names = group_names(document)
    assert not any("Voix du Lac" in n or n == "VLR" for n in names)
    assert len(document["incidents"]) == 1  # the raid is still read: the name is gone, not the story


def test_a_countrys_news_agency_is_no_state_body(run):
    document = run(
        "PESHAWAR: A bomb killed four people in Khar on Sunday, Iran's Tasnimar news agency said, citing officials "
        "at the border."
    )
    assert not any("news agency" in n for n in group_names(document))
    assert len(document["incidents"]) == 1


def test_a_platform_a_group_posts_on_is_no_group(run):
    document = run(
        "PESHAWAR: Gunmen killed three guards at a depot in Khar on Sunday. Jaish-e-Mohammed claimed the raid in a "
        "post on its WhatsApp channel that evening."
    )
    names = group_names(document)
    assert "WhatsApp" not in names
    assert "Jaish-e-Mohammed" in names


def test_a_groups_own_station_stays_its_voice(run):
    document = run(
        "MAIDUGURI: Boko Haram said on its Radio Sahelia station that its men had raided Bama on Sunday and burnt "
        "the clinic."
    )
    assert "Radio Sahelia" in group_names(document)


def test_a_station_told_as_an_outlet_after_its_name_is_no_group(run):
    document = run(
        "KANDI: Gunmen killed four farmers near Segbana on Sunday, a regional official told the Borgou Vision "
        "television channel. He later said on the Atakora FM radio station that two more had died."
    )
    names = group_names(document)
    assert not any("Borgou Vision" in n or "Atakora FM" in n for n in names)
    assert len(document["incidents"]) == 1


def test_news_agencies_in_the_plural_are_no_group(run):
    document = run(
        "IDLIB: Shelling killed three civilians in Sarmin on Sunday, according to video posted by the Qamar News "
        "Agencies and local activists."
    )
    assert not any("Qamar" in n for n in group_names(document))
    assert len(document["incidents"]) == 1


def test_an_outlet_that_is_attacked_stays_a_party_of_the_story(run):
    document = run(
        "BENGHAZI: Fighters of the Jufra Dawn Brigade raided the offices of the Al-Nahar Libya newspaper in Sirte on "
        "Sunday, killing three reporters."
    )
    assert len(document["incidents"]) == 1
    assert any("Al-Nahar" in n for n in group_names(document))


def test_a_name_told_once_as_an_outlet_is_still_a_group_where_it_acts(run):
    document = run(
        "KANDI: Gunmen killed four farmers near Segbana on Sunday. The Borgou Liberation Front newspaper wrote that "
        "the Borgou Liberation Front had claimed the raid."
    )
    assert len(document["incidents"]) == 1
    assert "Borgou Liberation Front" in group_names(document)
