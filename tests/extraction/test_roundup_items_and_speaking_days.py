"""A roundup's summary toll told with its first item, a speaker's day right before the verb, and the day the line
after the lead gives its event."""

from __future__ import annotations


def test_a_summary_toll_told_with_its_first_item_gives_way_to_the_items_toll(run):
    document = run(
        "MAIDUGURI: At least 11 civilians were killed on Monday in two air strikes in Borno state, residents of Bama "
        "said. "
        "A jet bombed the cattle market in Bama, killing 10 traders and wounding four, a local official said. "
        "Traders said the market had been crowded. "
        "A farmer was killed in another air strike near Maiduguri on Monday."
    )
    assert sorted(i["fatalities"] for i in document["incidents"]) == [1, 10]


def test_the_toll_of_a_twin_bombing_told_in_parts_stays_whole(run):
    document = run(
        "QUETTA: At least 30 people were killed on Sunday in twin explosions at a rally in Quetta, officials said. "
        "The blasts went off seconds apart near the station. "
        "Eighteen of the victims were dead on the spot while 12 others succumbed in hospital, a surgeon said."
    )
    assert [i["fatalities"] for i in document["incidents"]] == [30]


def test_a_day_right_before_a_speakers_verb_is_the_day_of_speaking(run):
    document = run(
        "MAIDUGURI: Gunmen killed nine villagers in Bama on Saturday, residents said. "
        "A district official from Bama on Sunday confirmed that nine people were killed and two wounded."
    )
    assert [(i["date"], i["fatalities"]) for i in document["incidents"]] == [("2025-03-08", 9)]


def test_the_line_after_an_undated_lead_dates_its_event_without_an_event_word(run):
    document = run(
        "Five travellers lost their lives when armed men ambushed a train close to Khar, medics said. "
        "The gang blocked the track, forcing the train to a stop on Monday evening."
    )
    assert [i["date"] for i in document["incidents"]] == ["2025-03-10"]
