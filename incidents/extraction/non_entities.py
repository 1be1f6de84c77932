"""Names that are no actor of the story: the publisher and the wire services (sources), a street's name (an
address), a site's name the statistical model took for a person."""

from __future__ import annotations

import re

from .furniture import credit_after_name
from .group_mentions import WIRE_SERVICE
from .name_context import headline_words_only
from .normalize import fold

# A name that heads a street's: "on Maka al-Mukarama road" is an address, not a person or a group.
STREET_AFTER = re.compile(r"\s+(?:road|street|avenue|highway|boulevard)\b", re.I)
# A name that ends with the street's noun itself: "on Gul Bahar Road" (the model's PERSON or ORG).
STREET_WORD = re.compile(r"\s(?:Road|Street|Avenue|Highway|Boulevard|Rd\.?|St\.)$")


# A news agency quoted as a source whose name the gazetteer also holds as a town: "told Xinhua", "China's state-run
# Xinhua", "state news agency Saba said", "Xinhua reported".
SOURCE_BEFORE = re.compile(
    r"\b(?:told|telling|(?:news|press)\s+agency|state[- ]run|state[- ]owned|state\s+media)\s+(?:the\s+)?$", re.I
)
SOURCE_AFTER = re.compile(r"\s+(?:reports|reported|quoted|quotes|cites|cited)\b")


# An outlet's or a platform's name: "Radio Lakeland International", "Lakeland TV", "the Kelmar News", "the RDX
# news agency", "on its Telegram channel". Outlets report the story; no outlet the list does not know acts in it.
OUTLET_NAME = re.compile(
    r"^(?:Radio|Radio-Télé|Télé)\b|\b(?:Radio|TV|Television|News|Press)$|\bnews\s+(?:agency|agencies|outlet|service|website)$",
    re.I,
)
PLATFORM = re.compile(r"^(?:Telegram|WhatsApp|Facebook|Twitter|YouTube|Instagram|TikTok)$", re.I)
# A group's own station or agency ("its Radio X station") is its voice, which the corpus codes; a platform is not.
OWNED_BEFORE = re.compile(r"\b(?:its|their|the\s+group['’]s)\s+$", re.I)
# An outlet told as such before its name: "state media X", "the state-run broadcaster X", "the daily X".
OUTLET_BEFORE = re.compile(
    r"\b(?:state|official|local|news|media|public)\s+(?:media|broadcaster|outlet|television|radio|news\s+agency|"
    r"daily|newspaper)\s+(?:the\s+)?$",
    re.I,
)

# An outlet told as such after its name: "the X television channel", "told the X TV station", "the X newspaper".
# Only that mention is the outlet's: the same words elsewhere may name a group ("the X Front newspaper reported that
# the X Front had claimed the attack").
OUTLET_AFTER = re.compile(
    r"[ \t]+(?:(?:television|TV|radio)[ \t]+(?:channel|station|network)|newspaper|broadcaster|"
    r"news[ \t]+(?:agency|agencies))\b",
    re.I,
)
# An outlet that is attacked is a target of the story, not its source: "stormed the offices of the X newspaper",
# "gunmen attacked the X radio station".
OUTLET_TARGET_BEFORE = re.compile(
    r"\b(?:(?:offices?|headquarters|studios?|premises|building|compound)\s+of|attack(?:ed|ing|s)?|stormed|storming|"
    r"raided|raiding|bombed|bombing|torched|burn(?:ed|t)|set\s+fire\s+to|targeted|targeting|shelled|ransacked|"
    r"looted|seized)\s+(?:the\s+)?$",
    re.I,
)


# An outlet's name built on a place's: "Ruritania TV", "Radio Syldavia" (OUTLET_NAME's shapes), or "Ruritania 24" at a
# name's end ("Ruritania 24 reported", "(Ruritania 24)"; not "in Ruritania 24 hours later"). The outlet reports the
# story; the place in its name is none of the story's.
NUMBERED_OUTLET = re.compile(
    r"[ \t]+24(?=[ \t]*(?:[,;:)\]–—]|$)|[ \t]+(?:reported|reports|said|says|quoted|cited)\b)", re.M
)
# (the outlet's word capitalised as a name's: "Ruritania TV", not "from Ruritania news came")
WORD_AFTER = re.compile(r"[ \t]+[A-Z][\w\-]*")
WORD_BEFORE = re.compile(r"[A-Z][\w\-]*[ \t]+$")


def _in_outlet_name(text: str, mention, publisher_spans) -> bool:
    """Whether a place's mention is part of an outlet's name: the publisher's as the page writes it ("Civil
    Ruritania, Riverton /"), or a name of an outlet's shape."""
    if mention.kind not in ("place", "region"):
        return False
    if any(start <= mention.start and mention.end <= end for start, end in publisher_spans):
        return True
    if NUMBERED_OUTLET.match(text, mention.end):
        return True
    after = WORD_AFTER.match(text, mention.end)
    before = WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    return bool(
        (after and OUTLET_NAME.search(mention.text + after.group()))
        or (before and OUTLET_NAME.search(before.group() + mention.text))
    )


def _outlet(text: str, mention) -> bool:
    """Whether an unlisted group's name is an outlet's: a source of the story, not an actor in it."""
    if mention.kind != "group" or mention.groups or mention.source not in ("ner", "pattern", "acronym"):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    if PLATFORM.search(mention.text):
        return True
    if OWNED_BEFORE.search(before):
        return False
    return bool(OUTLET_NAME.search(mention.text) or OUTLET_BEFORE.search(before))


def _outlet_mention(text: str, mention) -> bool:
    """Whether this mention of an unlisted group is told as an outlet by the words after it ("the X newspaper
    reported"), unless the outlet is attacked ("stormed the offices of the X newspaper")."""
    if mention.kind != "group" or mention.groups or mention.source not in ("ner", "pattern", "acronym"):
        return False
    if not OUTLET_AFTER.match(text, mention.end):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    return not (OWNED_BEFORE.search(before) or OUTLET_TARGET_BEFORE.search(before))


def _quoted_source(text: str, mention) -> bool:
    """Whether a place name is written as a news source that reports or is told something, not as a place."""
    if mention.kind != "place" or any(record.kind == "country" for record in mention.places):
        return False
    if SOURCE_BEFORE.search(text[max(0, mention.start - 40) : mention.start]):
        return True
    return mention.ner not in ("GPE", "LOC") and bool(SOURCE_AFTER.match(text, mention.end))


def drop_non_entities(text: str, mentions, publisher: str | None) -> None:
    """The publisher ("told Sahel Monitor", "(Sahel Monitor) —") is the source, not an actor; a street's name is an
    address; a site's name is no person."""
    publisher_folded = fold(publisher) if publisher else ""
    # A wire service quoted as a source ("Agence France-Presse (AFP) reported"), under its name and its acronym.
    wires = {m.folded for m in mentions.items if m.kind == "group" and WIRE_SERVICE.search(m.text)}
    wires |= {m.folded for m in mentions.items if _outlet(text, m)}  # "state media Radio X (RX) said"
    wires |= {link.alias.folded for link in mentions.links if link.main.folded in wires}

    sources = {m.folded for m in mentions.items if _quoted_source(text, m)}
    publisher_spans = [m.span() for m in re.finditer(re.escape(publisher), text, re.I)] if publisher else []

    def keep(mention) -> bool:
        if mention.kind == "place" and mention.folded in sources:
            return False
        if _in_outlet_name(text, mention, publisher_spans):
            return False
        if publisher_folded and fold(mention.text) == publisher_folded:
            return False
        if mention.kind == "group" and (mention.folded in wires or _outlet_mention(text, mention)):
            return False
        if mention.kind == "person" and credit_after_name(text, mention.start, mention.end):
            return False  # a photo's or a post's credit (furniture.py)
        if (
            mention.kind == "person"
            and mention.source in ("ner", "pattern")
            and headline_words_only(text, mention.start, mention.end)
        ):
            return False  # "Massive Car Bomb" in a headline-case line: common words, capitalised
        return not (
            mention.kind in ("person", "group")
            and mention.source in ("ner", "pattern")
            and (STREET_AFTER.match(text, mention.end) or STREET_WORD.search(mention.text))
        )

    # "a raid on the Socio Vivienda housing complex ... hiding in Socio Vivienda": a name the text once writes as a
    # site stays a site where the statistical model took it for a person.
    site_kinds = {m.folded: m.kind for m in mentions.items if m.source == "pattern" and m.kind in ("site", "region")}
    for mention in mentions.items:
        if mention.kind == "person" and mention.source == "ner" and mention.folded in site_kinds:
            mention.kind = site_kinds[mention.folded]
    dropped = [m for m in mentions.items if not keep(m)]
    if dropped:
        mentions.items = [m for m in mentions.items if not any(m is d for d in dropped)]
        mentions.links = [
            link for link in mentions.links if not any(link.main is d or link.alias is d for d in dropped)
        ]
