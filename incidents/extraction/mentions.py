"""Mentions: every stretch of text that names a group, place, site, person or state force.

Sources, in order of trust:
1. the gazetteer and the groups list, asked once per kind for every candidate
   phrase (token n-grams within a sentence);
2. acronym definitions ("Long Name (ACR)") and alias patterns ("X, also known
   as Y", "X alias Y", "nicknamed Y", "identified as X");
3. person titles ("Commander X", "Maulvi X") and spaCy's statistical NER;
4. place-type words after capitalised names ("the Buleda area", "Kocha Risaldar
   mosque") and generic force nouns ("the army", "police", "Pakistani forces").
When two candidates overlap, the longer wins; on equal length the more trusted.

Each source has its module (gazetteer_mentions, acronyms, person_mentions, group_mentions, place_mentions,
forces); this one runs them and chooses among overlapping candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .acronyms import (
    acronym_definitions,
    defined_here,
    exact_occurrences,
    is_office,
    is_region_name,
    listed_place,
)
from .collective_actors import collective_mentions
from .forces import (
    country_adjective,
    extend_police_over_places,
    force_mentions,
    governments_of_places,
    metonymies,
    names_a_force,
    regional_authorities,
)
from .gazetteer import Gazetteer
from .gazetteer_mentions import dateline_mentions, gazetteer_mentions, headline_countries
from .group_mentions import (
    backed_group_mentions,
    church_bodies,
    media_outlet_mentions,
    named_group_mentions,
    ner_organisations,
    portfolio_ministries,
    possessed_ministries,
    unnamed_movement_mentions,
    wire_service_mentions,
)
from .model import AliasLink, Mention
from .nlp import Sentence, sentence_finder
from .person_mentions import identified_persons, ner_persons, role_persons, title_persons, untitled
from .place_mentions import event_place_mentions, paired_site_mentions, road_ends, site_and_region_mentions


@dataclass
class Mentions:
    items: list[Mention] = field(default_factory=list)
    links: list[AliasLink] = field(default_factory=list)


# ----------------------------------------------------------------- selection
# "cue": a name right after a noun for a person ("caretaker X", "identified as X"), which no listed village outranks.
TRUST = {"cue": 0, "gazetteer": 0, "acronym": 1, "dateline": 1, "pattern": 2, "title": 2, "ner": 3, "generic": 4}


def select(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longer first, then the more trusted source; groups before places on ties."""
    kind_order = {
        "group": 0,
        "person": 1,
        "site": 2,
        "place": 3,
        "city": 3,
        "region": 4,
        "generic_force": 5,
        "alias": 6,
    }
    ranked = sorted(
        candidates,
        key=lambda m: (-(m.end - m.start), m.kind != "group", TRUST.get(m.source, 5), kind_order.get(m.kind, 9)),
    )
    chosen: list[Mention] = []
    taken = bytearray(max((m.end for m in candidates), default=0) + 1)
    for mention in ranked:
        if 1 not in taken[mention.start : mention.end]:
            chosen.append(mention)
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    chosen.sort(key=lambda m: m.start)
    return chosen


# A force qualified by its country's short form: "UK police", "U.S. prosecutors".
SHORT_FORM_FORCE = re.compile(r"(?:U\.S\.|US|U\.K\.|UK)\s")
# The country's words at the head of such a mention: the owner before "'s", else the short form.
OWNER_WORDS = re.compile(r"[^'’]+?(?=['’]s\s)|\S+(?=\s)")


def _owners_of_bodies(bodies: list[Mention], candidates: list[Mention]) -> list[Mention]:
    """The country named first in a state body's mention ("Ruritania" in "Ruritania's health ministry", "UK" in "UK
    police") stays a place of the story beside the body's mention, which took its words."""
    owners = []
    for body in bodies:
        owner = OWNER_WORDS.match(body.text)
        owner_end = body.start + (owner.end() if owner else 0)
        owners += [m for m in candidates if m.kind == "place" and (m.start, m.end) == (body.start, owner_end)][:1]
    return owners


def _seats_of_bodies(bodies: list[Mention], candidates: list[Mention]) -> list[Mention]:
    """The listed place that ends a body's name after "of" ("the District Court of Upper Varno") stays a place of
    the story beside the body's mention, which took its words."""
    seats = []
    for body in bodies:
        of = re.search(r" of (?:the )?", body.text)
        if of is None:
            continue
        start = body.start + of.end()
        seats += [
            m
            for m in candidates
            if m.kind == "place" and m.source == "gazetteer" and (m.start, m.end) == (start, body.end)
        ][:1]
    return seats


def _names_a_town(mention: Mention) -> bool:
    return mention.kind == "place" and any(record.kind == "city" for record in mention.places)


def find_mentions(doc, text: str, sentences: list[Sentence], gazetteer: Gazetteer, dateline=None) -> Mentions:
    """All mentions of the text, overlaps resolved, with the acronym links between them."""

    sentence_of = sentence_finder(sentences)

    datelined = dateline_mentions(dateline, gazetteer)
    for mention in datelined:
        if sentences and mention.start >= sentences[0].start:
            mention.sentence = sentence_of(mention.start)  # a dateline below captions opens a parsed sentence
    # The headline is masked for the parse: only the countries it names are read from it (see headline_countries).
    headlined = headline_countries(text, sentences[0].start if sentences else 0, dateline, gazetteer)
    candidates = gazetteer_mentions(doc, sentences, gazetteer) + datelined + headlined
    definitions = []
    for long_form, short_form in acronym_definitions(text, doc, sentence_of):
        if is_office(long_form.text):
            # "Senior Superintendent of Police (SSP)": a title, not an organisation; nor is SSP here a listed group.
            candidates = [m for m in candidates if not (m.kind == "group" and m.text == short_form.text)]
            continue
        candidates = defined_here(long_form, short_form, candidates)
        listed = any(m.kind == "group" and m.groups and m.start == long_form.start for m in candidates)
        place = None if listed else listed_place(long_form, candidates)
        if place is not None:
            # "Upper Varno (UV)": a listed place's short form, which names that place wherever written
            short_form.kind, short_form.folded, short_form.places = "place", place.folded, place.places
            for start, end in exact_occurrences(text, short_form.text):
                candidates.append(
                    Mention(start, end, short_form.text, "place", sentence_of(start), place.folded, places=place.places)
                )
            continue
        if not listed and is_region_name(long_form.text):
            long_form.kind = short_form.kind = "region"
            short_form.folded = long_form.folded
        definitions.append((long_form, short_form))
        candidates += [long_form, short_form]
        for start, end in exact_occurrences(text, short_form.text):
            if start != short_form.start:
                candidates.append(
                    Mention(
                        start,
                        end,
                        short_form.text,
                        short_form.kind,
                        sentence_of(start),
                        short_form.folded,
                        source="acronym",
                    )
                )
    candidates += title_persons(doc, sentences)
    candidates += identified_persons(text, sentence_of)
    candidates += role_persons(text, sentence_of)
    candidates += ner_persons(doc, sentence_of, [m for m in candidates if m.source == "gazetteer"])
    # the spans of listed towns, whose lower-case sites are named after them ("the Alder police station")
    towns = {(m.start, m.end): m for m in candidates if m.source == "gazetteer" and _names_a_town(m)}
    candidates += site_and_region_mentions(doc, sentences, towns)
    candidates += event_place_mentions(doc, sentences)
    # "the Alder and Birch mosques": a paired site's name outranks a listed namesake the text never writes alone
    listed = {(m.start, m.end): m for m in candidates if m.source == "gazetteer" and m.kind == "place"}
    paired = paired_site_mentions(doc, sentences, listed)
    paired_spans = {(m.start, m.end) for m in paired}
    candidates = [m for m in candidates if m.source != "gazetteer" or (m.start, m.end) not in paired_spans] + paired
    candidates += [m for m in force_mentions(text, sentence_of) if names_a_force(doc, text, m)]
    candidates += ner_organisations(doc, sentence_of, [m for m in candidates if m.kind == "group" and m.groups])
    possessed = possessed_ministries(doc, sentence_of)
    candidates += possessed
    candidates += portfolio_ministries(doc, sentence_of)
    candidates += named_group_mentions(text, sentence_of)
    candidates += backed_group_mentions(text, sentence_of)
    candidates += church_bodies(doc, sentence_of)
    candidates += media_outlet_mentions(text, sentence_of)
    candidates += wire_service_mentions(text, sentence_of)
    candidates += unnamed_movement_mentions(
        text, sentence_of, [m for m in candidates if m.kind == "group" and m.groups]
    )
    candidates += collective_mentions(text, sentence_of, [m for m in candidates if m.kind == "group" and m.groups])
    candidates = [untitled(m) if m.kind == "person" else m for m in candidates]
    # An excerpt may stop mid-word: a person's or an unlisted body's name that runs to the text's last letter may
    # be cut short ("... said President Jane Do"), and is no name to report.
    cut = len(text.rstrip())
    candidates = [
        m for m in candidates if not (m.end >= cut and (m.kind == "person" or m.kind == "group" and not m.groups))
    ]
    # The headline (masked for the parse) is left out but for its countries, so that every other mention sits in a
    # parsed sentence.
    body = sentences[0].start if sentences else 0
    chosen = select([m for m in candidates if m.start >= body or m.source in ("dateline", "headline")])
    chosen = sorted(chosen + road_ends(chosen, candidates), key=lambda m: m.start)
    chosen += _owners_of_bodies(
        [
            m
            for m in chosen
            if any(m is p for p in possessed) or (m.kind == "generic_force" and SHORT_FORM_FORCE.match(m.text))
        ],
        candidates,
    )
    chosen += _seats_of_bodies([m for m in chosen if m.kind == "group" and m.source == "ner"], candidates)
    chosen.sort(key=lambda m: m.start)
    chosen = [m for m in chosen if not country_adjective(text, m)]
    chosen += metonymies(text, chosen)
    chosen += regional_authorities(text, sentence_of)
    extend_police_over_places(text, chosen)  # (in place: the police mention reaches over its place)
    chosen += governments_of_places(text, chosen)
    by_span = {(m.start, m.end): m for m in chosen}
    links = []
    for long_form, short_form in definitions:
        main = by_span.get((long_form.start, long_form.end))
        alias = by_span.get((short_form.start, short_form.end))
        if main is not None and alias is not None:
            links.append(AliasLink(main, alias, "acronym"))
    return Mentions(chosen, links)
