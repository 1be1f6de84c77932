"""What the words around a name say it is: shared word lists and tests used by every kind of mention
(capitalisation, words that are never names, titles), and the place or person a context implies ("the village
of X", "X said")."""

from __future__ import annotations

import re

from .vocabulary import (
    BARE_TITLES,
    CALENDAR_WORDS,
    HEADLINE_SMALL_WORDS,
    NOT_NAMES,
    SITE_WORDS,
)

# Penn tags from the tagger (the attribute ruler that maps them to coarse POS is not loaded: it is slow).
PROPER_NOUN_TAGS = frozenset(("NNP", "NNPS"))


def is_capitalised(word: str) -> bool:
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False


def span_text(doc, i: int, j: int) -> tuple[int, int, str]:
    start = doc[i].idx
    end = doc[j - 1].idx + len(doc[j - 1].text)
    # Doc.text rebuilds the whole string on every access: read the stored one.
    return start, end, doc.user_data["text"][start:end]


def _name_word(token) -> bool:
    word = token.text.lower()
    return (
        is_capitalised(token.text)
        and not token.is_punct
        and not token.is_stop
        and word not in NOT_NAMES
        and word not in CALENDAR_WORDS
        and not token.whitespace_.count("\n")
    )


# Words of an apposition that says what a name is: "X, a farming village north of Y".
APPOSITION_PLACE = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?P<word>village|town|township|city|hamlet|settlement|district|"
    r"locality|suburb|neighbourhood|neighborhood|region|province|state|county|area|camp|island)\b"
    # The place word ends the phrase: not "the Beledweyne district commissioner", "an area committee member".
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:\w+ern|north|south|east|west|in|near|of|on|about|some|close|located|where|that|"
    r"which|outside|along|with|known|from|just|for|straddling|spanning|bordering|between|across|stretching|"
    r"covering)\b)",
    re.I,
)


# A name right after a place-kind noun and "of": "the village of X", "Y's district of X".
PLACE_KIND_OF = re.compile(
    r"\b(?P<word>village|town|township|city|hamlet|settlement|district|locality|suburb|neighbou?rhood|quarter|"
    r"region|province|state|county|area)\s+of\s+$",
    re.I,
)


# A name in a list after a plural place-kind noun and "of": "the villages of X; Y and Z".
PLACES_OF = re.compile(
    r"\b(?P<word>villages|towns|townships|cities|hamlets|settlements|districts|localities|suburbs|neighbou?rhoods|"
    r"regions|provinces|states|counties|areas)\s+of\s+(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s*(?:[,;]\s*(?:and\s+)?|and\s+))*$"
)


# A name in a list that a plural site noun introduces: "the hotels targeted were the X, Y and Z", "mosques such as X".
SITES_LISTED = re.compile(
    r"\b(?i:" + "|".join(sorted(SITE_WORDS)) + r")(?:s|es)\b[^.;:\n]{0,30}?\b(?:were|included|including|such\s+as|"
    r"namely)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s*(?:,\s*(?:and\s+)?|and\s+))*$"
)


# A list of names after a locative preposition: "in A, B and C" (the name is one of B, C).
PLACE_LIST = re.compile(
    r"\b(?:in|across|between|near|around|of)\s+(?:(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s*(?:,|\band\b)\s*)+$"
)


# "in Tarvo, Kelmar", "near Dovra, western Kelmar", "near Dovra, in Tarvel province": a name after a locative
# preposition, then the place it is in.
LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around)\s+$", re.I)
CONTAINER_AFTER = re.compile(
    r"^,\s+(?:in\s+(?:the\s+)?)?(?i:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
    r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"
    r"(?=\s*[,.;]|\s+(?i:state|province|county|district|region|governorate)\b)"
)


# "in X, a few kilometres from the border", "near X, 30 km north of Y": a distance says X is a place.
DISTANCE_AFTER = re.compile(
    r"^,\s+(?:a\s+few|some|about|around|roughly|nearly|over|\d+)\s+(?:\w+\s+)?(?:kilometres?|kilometers?|km|miles)\b",
    re.I,
)


# "attacked Tarvo and Dovra villages", "in Tarvo, Dovra and Kelmar districts": names before a plural place noun.
PLURAL_PLACE_AFTER = re.compile(
    r"^(?:\s*(?:,|\band\b)\s*(?:[A-Z][\w'’\-]*\s*){1,3})*\s*(?P<word>villages|towns|communities|settlements|"
    r"hamlets|neighbou?rhoods|suburbs|districts|provinces|states|counties|regions|areas)\b"
)
# "in neighbouring Tarvo East": an adjective only a place takes.
NEARBY_BEFORE = re.compile(r"\b(?:neighbou?ring|nearby)\s+$", re.I)


UNLISTED_KIND = {
    "village": "city",
    "town": "city",
    "township": "city",
    "city": "city",
    "hamlet": "city",
    "settlement": "city",
    "locality": "city",
    "suburb": "city",
    "neighbourhood": "city",
    "neighborhood": "city",
    "quarter": "city",
    "camp": "site",
}


def place_context(text: str, start: int, end: int) -> str | None:
    """Kind of unlisted place ('city', 'region', 'site') a capitalised name is, from the words around it."""
    before = text[max(0, start - 80) : start]
    after = text[end : end + 80]
    match = APPOSITION_PLACE.match(after) or PLACE_KIND_OF.search(before)
    if match:
        return UNLISTED_KIND.get(match.group("word").lower(), "region")
    if SITES_LISTED.search(before):
        return "site"
    listed_kind = PLACES_OF.search(before)
    if listed_kind:
        word = listed_kind.group("word").lower()
        singular = {"cities": "city", "localities": "locality"}.get(word, word[:-1])
        return UNLISTED_KIND.get(singular, "region")
    plural = PLURAL_PLACE_AFTER.match(after)
    if plural:
        word = plural.group("word").lower()
        return "city" if word == "communities" else UNLISTED_KIND.get(word[:-1], "region")
    if NEARBY_BEFORE.search(before):
        return "city"
    listed = PLACE_LIST.search(before)
    if listed and not _office_before(before, listed.start()) and not SPEAKER_SET_OFF.match(after):
        return "region"
    if LOCATIVE_BEFORE.search(before) and (CONTAINER_AFTER.match(after) or DISTANCE_AFTER.match(after)):
        return "city"
    return None


# "the head of the X Police, Jane Doe, confirmed", "in Tarvo, Jane Doe, a spokesperson for X, told": a name set off
# by commas as the one who speaks is a person after a name, not the next of a list.
SPEAKER_SET_OFF = re.compile(
    r"^,\s*(?:(?:the|a|an)\b[^,.;]{0,80},\s*)?(?:said|says|told|added|confirmed|stated|explained|noted)\b"
)


def _office_before(before: str, list_start: int) -> bool:
    """'the Governor of the West Region, X', 'the words of the Prime Minister, X': the list is an office, the name its
    holder set off after it."""
    title = re.search(r"([\w\-]+)\s*$", before[:list_start])
    last_item = re.search(r"([\w\-]+)\s*,\s*$", before)
    return any(m and m.group(1).lower() in BARE_TITLES for m in (title, last_item))


SPEECH_AFTER = re.compile(r"^,?\s*(?:\d+\s*,\s*)?(?:said|says|told|added|wrote|explained|recalled|asked)\b")


def _person_context(doc, i: int) -> bool:
    """Does the lone name at token i read as a person: a title before it, or speech right around it?"""
    if _titled_before(doc, i):
        return True
    text = doc.user_data["text"]
    token = doc[i]
    before = text[max(0, token.idx - 12) : token.idx].lower()
    after = text[token.idx + len(token.text) : token.idx + len(token.text) + 20]
    return bool(
        SPEECH_AFTER.match(after)
        or re.match(r",\s*(?:aged\s+)?\d{1,2}\s*,|\s*\(\d{1,2}\)", after)  # "Ehsanullah, 25,": an age
        or re.search(r"\b(?:said|says|told|named|called)\s+$", before)
        or re.search(r"\b(?:mr|mrs|ms|dr)\.?\s+$", before)
        or re.search(r"\b(?:son|daughter|brother|sister|wife|husband|father|mother|nephew|uncle)\s+of\s+$", before)
    )


def _titled_before(doc, first: int) -> bool:
    return first > 0 and doc[first - 1].text.lower().rstrip(".") in BARE_TITLES


HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def headline_case(line: str) -> bool:
    """Is the line written as a headline: four words or more besides the small ones, every one of them capitalised
    ("Bomb Falls Off Riverton Police Car")? A sentence of the story has words in lower case."""
    words = [w for w in HEADLINE_WORD.findall(line) if w.lower() not in HEADLINE_SMALL_WORDS]
    return len(words) >= 4 and all(is_capitalised(w) for w in words)


def _line_around(text: str, start: int, end: int) -> str:
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]


def headline_words_only(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) written only in headline-case lines, its last word nowhere in the story's
    sentences? Such a line capitalises every word, and the model takes common words for a name ("Massive Car Bomb");
    a person a headline names comes back in the story, by the surname at least."""
    if not headline_case(_line_around(text, start, end)):
        return False
    last = text[start:end].split()[-1]
    return all(
        headline_case(_line_around(text, m.start(), m.end()))
        for m in re.finditer(rf"(?<![\w\-]){re.escape(last)}(?![\w\-])", text)
    )
