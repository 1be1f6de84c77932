"""Outlets in groups: an outlet the list does not know (a broadcaster, a news agency, a platform) reports the story
and is no group of it."""

from __future__ import annotations

import pytest

from .readers import group_names


@pytest.mark.parametrize(
    "text, outlet_parts, outlet_names",
    [
        pytest.param(
            "MAIDUGURI: Gunmen raided Bama on Sunday and killed six herders, public broadcaster Voix du Lac Radio "
            "(VLR) reported. VLR added that two more were missing.",
            ("Voix du Lac",),
            ("VLR",),
            id="a-broadcaster-told-as-state-media",
        ),
        pytest.param(
            "PESHAWAR: A bomb killed four people in Khar on Sunday, Iran's Tasnimar news agency said, citing officials "
            "at the border.",
            ("news agency",),
            (),
            id="a-countrys-news-agency-is-no-state-body",
        ),
        pytest.param(
            "KANDI: Gunmen killed four farmers near Segbana on Sunday, a regional official told the Borgou Vision "
            "television channel. He later said on the Atakora FM radio station that two more had died.",
            ("Borgou Vision", "Atakora FM"),
            (),
            id="a-station-told-as-an-outlet-after-its-name",
        ),
        pytest.param(
            "IDLIB: Shelling killed three civilians in Sarmin on Sunday, according to video posted by the Qamar News "
            "Agencies and local activists.",
            ("Qamar",),
            (),
            id="news-agencies-in-the-plural",
        ),
    ],
)
def test_an_outlet_that_reports_the_story_is_no_group(run, text, outlet_parts, outlet_names):
    document = run(text)
    names = group_names(document)
    assert not any(part in n for part in outlet_parts for n in names)
    assert not any(n in outlet_names for n in names)
    assert len(document["incidents"]) == 1  # the event is still read: the name is gone, not the story


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
