"""Where an event is when its own sentences name no place or leave out its site: a line between its sentences that
no event claims may name the site; an event named nowhere is the story's (its place told again without a date of its
own, else only its country)."""

from __future__ import annotations

from .readers import place_of


def test_an_earlier_event_told_without_a_place_is_in_the_storys_country(run):
    document = run(
        "QUETTA: A bomb killed nine people at a market in Quetta, Pakistan, on Sunday, police said. "
        "Officials said security would be tightened across the city. "
        "In 2015, gunmen attacked a bus carrying pilgrims, killing 17 passengers."
    )
    earlier = next(i for i in document["incidents"] if (i.get("date") or "").startswith("2015"))
    assert place_of(document, earlier) == "Pakistan"


def test_a_site_named_in_a_line_between_the_events_sentences_that_no_event_claims(run, monkeypatch):
    from incidents.extraction import incidents as incidents_module

    original = incidents_module.segment

    def leaving_out_the_second_line(*args, **kwargs):
        # segmentation leaves some lines of a story to no event (a line also telling another matter); the second
        # line here is one such line
        told = original(*args, **kwargs)
        for incident in told:
            incident.sentences = [i for i in incident.sentences if i != 1]
        return told

    monkeypatch.setattr(incidents_module, "segment", leaving_out_the_second_line)
    document = run(
        "KABUL: Gunmen stormed a concert hall in Kabul on Friday, killing 19 people, officials said. "
        "Friday's assault on the Torvel Hall came less than a week after the president won a disputed vote. "
        "The gunmen arrived in two cars and opened fire on the crowd, police said."
    )
    [incident] = document["incidents"]
    assert place_of(document, incident) == "Torvel Hall"


def test_a_site_named_in_a_line_another_event_claims_is_not_the_events(run):
    document = run(
        "KABUL: Gunmen stormed a concert hall in Kabul on Friday, killing 19 people, officials said. "
        "In 2019, a bomb at the Torvel Hall killed 40 people. "
        "The gunmen arrived in two cars and opened fire on the crowd, police said."
    )
    first = next(i for i in document["incidents"] if i["summary"].startswith("Gunmen"))
    assert place_of(document, first) == "Kabul"
