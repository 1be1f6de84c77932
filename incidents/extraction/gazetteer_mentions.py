"""Names the gazetteer and the groups list know: every candidate phrase (token n-grams within a sentence) is
asked once per kind, with the checks that keep a place name from being a word of something else."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress

from .dateline import place_parts
from .gazetteer import Gazetteer, GroupRecord, PlaceRecord
from .model import Mention
from .name_context import PROPER_NOUN_TAGS, _name_word, is_capitalised, span_text
from .nlp import Sentence
from .normalize import fold
from .place_mentions import airport_after, institution_after, lower_station, title_case_line
from .vocabulary import (
    ARTICLE_FORMS,
    BARE_TITLES,
    CALENDAR_WORDS,
    CONNECTORS,
    DEMONYMS,
    FEATURE_WORDS,
    GROUP_NAME_ENDINGS,
    GROUP_PREFIXES,
    NOT_NAMES,
    NOT_PLACES,
    ORGANISATION_WORDS,
    OUTLET_WORDS,
    PART_OF_CONTINENT,
    PLACE_KIND_WORDS,
    REGION_WORDS,
    SITE_WORDS,
    STREET_SITE_WORDS,
    VIOLENT_EVENT_NOUNS,
    spans_countries,
)

MAX_NGRAM = 8


# The same phrases recur across articles (and n-grams overlap): fold each once.
_fold = functools.lru_cache(maxsize=200_000)(fold)


CLAUSE_MARKS = frozenset(',;:—–"“”')


@dataclass(frozen=True)
class Tokens:
    """Plain lists of what the n-gram search reads per token (spaCy Token objects are slow to create)."""

    text: list[str]
    start: list[int]
    end: list[int]
    punct: list[bool]
    newline_after: list[bool]
    capitalised: list[bool]
    alphabetic: list[bool]
    has_upper: list[bool]

    @classmethod
    def of(cls, doc) -> Tokens:
        # One pass over the Doc, and the three per-word features looked up by word (speed: eight passes over
        # the tokens, a Token built per pass, and a character scan per token were 20 % of the gazetteer search).
        text, start, end, punct, newline_after = [], [], [], [], []
        for t in doc:
            word, idx = t.text, t.idx
            text.append(word)
            start.append(idx)
            end.append(idx + len(word))
            punct.append(t.is_punct or t.is_space)
            newline_after.append("\n" in t.whitespace_ or "\n" in word)
        features = [_word_features(w) for w in text]
        return cls(
            text,
            start,
            end,
            punct,
            newline_after,
            [f[0] for f in features],
            [f[1] for f in features],
            [f[2] for f in features],
        )


@functools.lru_cache(maxsize=100_000)
def _word_features(w: str) -> tuple[bool, bool, bool]:
    """(capitalised, alphabetic, has_upper) of one word, as Tokens reads them: pure, so cached across texts."""
    return is_capitalised(w), any(c.isalpha() for c in w), not w.islower() and any(c.isupper() for c in w)


def candidate_spans(tokens: Tokens, sentences: Iterable[Sentence]) -> Iterable[tuple[int, int, int]]:
    """(sentence index, first token, end token) of every n-gram that could be a name."""
    for sentence in sentences:
        for i in range(sentence.first_token, sentence.last_token):
            if tokens.punct[i] or not any(c.isalnum() for c in tokens.text[i]):
                continue
            if (
                tokens.alphabetic[i]
                and not tokens.capitalised[i]
                and tokens.text[i].lower() not in GROUP_PREFIXES
                and not _numeral_led(tokens, i)
            ):
                continue  # names start with a capital ("al-Shabaab", "33rd Front" aside): nothing to look up here
            for j in range(i + 1, min(i + MAX_NGRAM, sentence.last_token) + 1):
                if "\n" in tokens.text[j - 1] or (j - 1 > i and tokens.newline_after[j - 2]):
                    break
                if tokens.text[j - 1] in CLAUSE_MARKS:
                    break  # names do not run across commas: "near Somalia, police said"
                last = tokens.text[j - 1]
                closes = last == ")" and "(" in tokens.text[i : j - 1]
                if (tokens.punct[j - 1] and not closes) or last.lower() in ("'s", "’s"):
                    continue
                yield sentence.index, i, j


def _group_surface_ok(tokens: Tokens, i: int, j: int, surface: str) -> bool:
    """Worth asking the groups list: capitalised, and ending in a name or in a noun group names end with."""
    if not any(tokens.has_upper[i:j]):  # (a slice, not a generator: called for every candidate n-gram)
        return False
    last = tokens.text[j - 1]
    if not (
        tokens.capitalised[j - 1] or last == ")" or last.lower() in GROUP_NAME_ENDINGS or not tokens.alphabetic[j - 1]
    ):
        return False
    first = tokens.text[i]
    return (
        tokens.capitalised[i]
        or (first.lower() in GROUP_PREFIXES and j > i + 1 and tokens.text[i + 1] == "-")
        or (j > i + 1 and _numeral_led(tokens, i))
    )


NUMERAL = re.compile(r"\d+(?:st|nd|rd|th)?")


def _numeral_led(tokens: Tokens, i: int) -> bool:
    """A name that opens with a number or an ordinal: "400 Mawozo", "33rd Front", "20th Infantry Battalion"."""
    return i + 1 < len(tokens.text) and tokens.capitalised[i + 1] and NUMERAL.fullmatch(tokens.text[i]) is not None


def _place_surface_ok(tokens: Tokens, i: int, j: int) -> bool:
    words = list(compress(range(i, j), tokens.alphabetic[i:j]))  # (speed: called for every candidate n-gram)
    if words and not tokens.capitalised[words[0]] and _article_prefix(tokens, words[0], j):
        words = words[1:]  # "the town of al-Dana": the Arabic article written small is part of the name
    if not words or not tokens.capitalised[words[0]] or not tokens.capitalised[words[-1]]:
        return False
    return all(tokens.capitalised[k] or tokens.text[k].lower() in CONNECTORS for k in words)


SITE_NOUNS = SITE_WORDS | STREET_SITE_WORDS


def _article_prefix(tokens: Tokens, k: int, j: int) -> bool:
    """Whether word k is an article ("al", "el", "ad") joined by a hyphen to the capitalised word after it."""
    return (
        k + 2 < j
        and tokens.text[k + 1] == "-"
        and tokens.capitalised[k + 2]
        and tokens.text[k].lower() in ARTICLE_FORMS
        # "the al-Hay market": the name of a site, which the site rules read
        and not (j < len(tokens.text) and tokens.text[j].lower() in SITE_NOUNS)
    )


def _case_ok(record: GroupRecord, folded: str, surface: str, organisation: bool = False) -> bool:
    """Case-sensitive names (acronyms) match only as written; short upper-case aliases need upper case too, or the
    title case some papers write acronyms in ("Eta", "Farc") where the statistical model reads an organisation;
    a short mixed-case acronym ("HuA", "FAMa") matches as written or in all caps ("HUA"), never title case ("Hua")."""
    names = [a for a in (record.name, *record.aliases) if fold(a) == folded]
    for name in names:
        if name in record.case_sensitive:
            if surface.replace("’", "'") == name.replace("’", "'"):
                return True
            continue
        if _mixed_case_acronym(name, folded) and surface != name and not surface.isupper():
            continue  # "HuA", "LeJ": an acronym written in mixed case or all caps ("HUA"); "Hua said" is a surname
        if name.isupper() and len(folded.replace(" ", "")) <= 5 and not surface.isupper():
            if organisation and name.isalpha() and len(name) >= 3 and surface == name.capitalize():
                return True
            continue
        return True
    return False


def _mixed_case_acronym(name: str, folded: str) -> bool:
    """A short alias with a capital inside it ("HuA", "JuA", "LeJ"), not a word with only its first ("Isil")."""
    return len(folded) <= 5 and name.isalpha() and any(c.isupper() for c in name[1:]) and not name.isupper()


def _place_ok(doc, i: int, j: int, records: list[PlaceRecord], headline: bool = False) -> bool:
    """Reject common words, airport codes, parts of longer names and of organisations' names (`headline`: the span
    is in a line written in title case)."""
    tokens = [t for t in doc[i:j] if not t.is_punct]
    if not tokens or any(t.text.lower().rstrip(".") in CALENDAR_WORDS for t in tokens):
        return False
    # "the Alder University", "Varel Technical College": the town a capitalised institution is named after (the
    # longer site's mention wins the span; the town's is the site's parent)
    # ("Varel International Airport": likewise the town an airport is named after, or a person's name it opens with;
    # not in a headline, whose airport the site rules leave out unless the story names it)
    institution = institution_after(doc, j) or (not headline and airport_after(doc, j))
    if not institution and _inside_organisation(doc, i, j):
        return False
    if j + 1 < len(doc) and doc[j].text.isdigit() and doc[j + 1].text in (")", ",", "]"):
        return False  # "(Tarvel 24)", "told Kelmar 24,": a broadcaster named after a place
    if j < len(doc) and doc[j].text in OUTLET_WORDS:
        return False  # "according to Tarvel News", "the Kelmar Times": an outlet named after a place
    if _compass_compound(doc, i, j):
        return False  # "in Alder, South-west Varsk": a bearing written with a capital, not a place called South
    if i > 0 and doc[i - 1].text.lower() in FEATURE_WORDS:
        return False  # "Lake Chad" is not Chad
    if any(r.kind == "country" for r in records):
        if _initialism_in_lower_case(tokens, records):
            return False
        if _country_as_figure(doc, i, j) or _initialism_as_adjective(doc, i, j):
            return False
        surface = " ".join(t.lower_ for t in tokens)
        if PART_OF_CONTINENT.fullmatch(surface) and not any(r.name.lower() == surface for r in records):
            return False  # "Central Africa", "West Africa": a part of a continent, not a country named like it
        # "its Central Africa Province": an armed group's self-styled province, not the country.
        return not (j < len(doc) and doc[j].text in ("Province", "Wilayah", "Wilaya"))
    if len(tokens) > 1:
        # "Aung San" of "Aung San Suu Kyi": part of a longer name is not the place.
        return not any(0 <= k < len(doc) and _name_word(doc[k]) and not _place_word(doc[k]) for k in (i - 1, j))
    token = tokens[0]
    word = token.text.lower()
    if j + 1 < len(doc) and doc[j].lower_ == "of" and _name_word(doc[j + 1]) and not _place_word(doc[j + 1]):
        return False  # "Republic" of "the Republic of Varsk", "Gulf" of "the Gulf of Tarvel": one longer name
    if word in NOT_NAMES or token.is_stop or word in DEMONYMS or word in BARE_TITLES or word in NOT_PLACES:
        return False
    if token.text.isupper() and (len(token.text) <= 3 or token.ent_type_ not in ("GPE", "LOC")):
        return False  # airport codes and acronyms
    # "Islamabad-based", "Iran-aligned": a place inside a compound adjective.
    compound = j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].text.islower()
    hinted = _place_hint(doc, i, j) is not None  # "Tral town", "the town of Sarmin"
    # "the Tarvel bombings", "the Alder attack": a place naming an event (the model often reads it as an adjective)
    names_event = j < len(doc) and doc[j].lower_ in EVENT_NOUN_FORMS
    hinted = hinted or names_event
    if token.tag_ not in PROPER_NOUN_TAGS and token.ent_type_ not in ("GPE", "LOC", "FAC") and not (compound or hinted):
        return False
    followed_by_kind = j < len(doc) and (doc[j].text.lower() in PLACE_KIND_WORDS or doc[j].text.lower() in REGION_WORDS)
    # "the Alder airport", "the Alder police station": the town a lower-case site is named after
    followed_by_kind = followed_by_kind or j < len(doc) and _lower_site_after(doc, j)
    followed_by_kind = followed_by_kind or institution
    after_the = i > 0 and doc[i - 1].text.lower() == "the" and not followed_by_kind and not names_event
    if after_the and not any(r.kind in ("admin1", "admin2") for r in records):
        return False
    # One word of a longer name ("Mir" of "Mir Ali", "Chad" of "Lake Chad") is not that place.
    for k in (i - 1, j):
        if 0 <= k < len(doc) and _name_word(doc[k]) and not (k == i - 1 and "\n" in doc[k].whitespace_):
            if k == j and (_kind_word_after(doc, j, records) or institution):
                continue  # "in Tarvel City", "Varsk District": the kind word says which place the name is
            return False
    return True


COMPASS_WORDS = frozenset(("north", "south", "east", "west"))


def _compass_compound(doc, i: int, j: int) -> bool:
    """A compass word joined by a hyphen to another: "South-west", "North-East" (a bearing, whatever division of
    some country the gazetteer calls "South")."""
    if j - i != 1 or doc[i].lower_ not in COMPASS_WORDS:
        return False
    after = j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in COMPASS_WORDS
    return after or (i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in COMPASS_WORDS)


def _initialism_in_lower_case(tokens, records: list[PlaceRecord]) -> bool:
    """A one-word country name of up to four letters that is none of the countries' own names is one of their
    initials ("CAR", "DRC", "ROK"): written otherwise than in capitals ("Car Bomb Kills 10", a headline's title
    case), it is a common word."""
    if len(tokens) != 1:
        return False
    word = tokens[0].text
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 4 or word.isupper():
        return False
    return not any(fold(r.name) == fold(word) for r in records)


# Kind words written capitalised after a place's name: "Tarvel City", "Varsk Province" (not "Agency",
# "Department": "Kelmar Agency" is as often a news agency or an office).
CAPITALISED_KIND_WORDS = frozenset(("City", "Town", "District", "Province", "State", "Region", "County", "Governorate"))


def _kind_word_after(doc, j: int, records: list[PlaceRecord]) -> bool:
    """Whether the word after a one-word name is its kind word, capitalised, and the gazetteer holds the name as a
    place of that kind; a name going on after the kind word ("Tarvel City Hall") is a longer name."""
    if doc[j].text not in CAPITALISED_KIND_WORDS:
        return False
    if j + 1 < len(doc) and _name_word(doc[j + 1]):
        return False
    kind = PLACE_KIND_WORDS[doc[j].lower_]
    return any(r.kind == kind or (kind in ("admin1", "admin2") and r.kind in ("admin1", "admin2")) for r in records)


# "a mini Switzerland", "a little Venice": a country's name as a likeness of somewhere else.
LIKENESS_WORDS = frozenset(("mini", "little", "another", "second"))


def _country_as_figure(doc, i: int, j: int) -> bool:
    """A country named as a figure of speech, not a place: "the mini Switzerland", "the Switzerland of Africa"."""
    if i > 0 and doc[i - 1].lower_ in LIKENESS_WORDS:
        return True
    return (
        i > 0
        and doc[i - 1].lower_ == "the"
        and j + 1 < len(doc)
        and doc[j].lower_ == "of"
        and doc[j + 1].text[:1].isupper()
        and not (i > 1 and doc[i - 2].lower_ == "of")
    )


# A country written by its initials: "U.S.", "UK", "U.A.E.".
COUNTRY_INITIALISM = re.compile(r"(?:[A-Z]\.?){2,3}")
MODIFIER_DEPS = frozenset(("compound", "nmod", "amod", "npadvmod"))


def _initialism_as_adjective(doc, i: int, j: int) -> bool:
    """A country's initials before a common noun are its adjective, as "American" or "British" would be, not a
    place: "a U.S. citizen", "a UK court", "the UK-based monitor", "the U.S. and Ruritanian embassies". (A full
    name before a noun is as often where it happened: "a Ruritania mosque blast".) Not before a kind of place or a
    part of the country's land, nor before a body that acts at home: "the U.S. state of Texas", "the DRC border",
    "UK police said"."""
    if j - i != 1 or not COUNTRY_INITIALISM.fullmatch(doc[i].text):
        return False
    token = doc[i]
    head = token.head
    if token.dep_ not in MODIFIER_DEPS or head.i <= token.i or not head.text.islower():
        return False
    return head.lower_ not in PLACE_KIND_WORDS and head.lower_ not in LAND_PART_NOUNS | AT_HOME_NOUNS


# Nouns for a country's land or a part of it: "the DRC border", "on UK soil", "the US capital".
LAND_PART_NOUNS = frozenset(("capital", "border", "borders", "frontier", "territory", "soil", "airspace", "mainland"))
# Bodies that act in their own country, so that their country is where the story is: "UK police said".
AT_HOME_NOUNS = frozenset(("police", "policemen", "authorities"))


def _lower_site_after(doc, j: int) -> bool:
    """Whether a lower-case site word follows: "hotel", "police station", "train station", "police headquarters"
    (not "airport": an airport is as often named after a person as after its town)."""
    word = doc[j].text
    if word in SITE_WORDS and word != "airport":
        return True
    return j + 1 < len(doc) and lower_station(doc, j + 1)  # the stations place_mentions names after a listed town


EVENT_NOUN_FORMS = frozenset(form for pair in VIOLENT_EVENT_NOUNS for form in pair)


def _place_word(token) -> bool:
    """Capitalised words that belong with a place name rather than extend it: 'Kech District', 'Quetta City'."""
    word = token.lower_
    return word in PLACE_KIND_WORDS or word in REGION_WORDS or word in SITE_WORDS or word in ORGANISATION_WORDS


# Prepositions that put a place after a force as its target, never inside an organisation's name.
TARGET_PREPOSITIONS = frozenset(("on", "at", "near", "against", "into", "towards", "toward"))


def _inside_organisation(doc, i: int, j: int) -> bool:
    """'Somalia' in 'African Union Mission in Somalia', 'Kashmir' in 'Jammu and Kashmir Police'."""
    organisations = doc.user_data.get("organisations")
    if organisations is None:  # Doc.ents builds new spans on every access: read them once
        organisations = [(e.start, e.end, [t.lower_ for t in e]) for e in doc.ents if e.label_ == "ORG"]
        doc.user_data["organisations"] = organisations
    for start, end, words in organisations:
        if start <= i and j <= end and (start, end) != (i, j):
            if i > start and words[i - start - 1] in TARGET_PREPOSITIONS:
                continue  # "strikes of the Varsk Armed Forces on Kelmar": the parser ran the force on into the town
            outside = words[: i - start] + words[j - start :]
            if any(w in ORGANISATION_WORDS for w in outside):
                return True
    return False


# A noun for a country after a region's name, written small or capitalised: the region tells which country ("the
# Gulf sultanate", "a Sahel state", "the Gulf States", "Pacific Island Nations"), it is no place of the story.
COUNTRY_NOUN_AFTER = re.compile(
    r"\s+(?:island\s+)?(?:nations?|states?|countr(?:y|ies)|sultanates?|kingdoms?|emirates?|monarch(?:y|ies)|"
    r"republics?|islands?)\b",
    re.I,
)


def gazetteer_mentions(doc, sentences: list[Sentence], gazetteer: Gazetteer) -> list[Mention]:
    """Groups and places named in the text, from one batched look-up per kind."""
    group_spans: dict[str, list[tuple[int, int, int]]] = {}
    place_spans: dict[str, list[tuple[int, int, int]]] = {}
    tokens = Tokens.of(doc)
    text = doc.user_data["text"]
    for sentence, i, j in candidate_spans(tokens, sentences):
        surface = text[tokens.start[i] : tokens.end[j - 1]]
        folded = _fold(surface)
        if not folded:
            continue
        if _group_surface_ok(tokens, i, j, surface):
            group_spans.setdefault(folded, []).append((sentence, i, j))
        if _place_surface_ok(tokens, i, j):
            place_spans.setdefault(folded, []).append((sentence, i, j))
    found: list[Mention] = []
    groups = gazetteer.groups_named(list(group_spans)) if group_spans else {}
    for folded, records in groups.items():
        for sentence, i, j in group_spans[folded]:
            start, end, surface = span_text(doc, i, j)
            organisation = j - i == 1 and doc[i].ent_type_ == "ORG"
            matching = [r for r in records if _case_ok(r, folded, surface, organisation)]
            if matching:
                found.append(Mention(start, end, surface, "group", sentence, folded, groups=matching))
    places = dict(gazetteer.places_named(list(place_spans))) if place_spans else {}
    # Transliterations the gazetteer spells otherwise ("Deir ez-Zor"/"Dayr az Zawr", "Shabelle"/"Shabele"):
    # asked again under regular variants, for the names nothing matched.
    variants: dict[str, str] = {}
    for folded in place_spans:
        if folded not in places:
            for variant in spelling_variants(folded):
                variants.setdefault(variant, folded)
    # "Democratic Republic of Congo" is the gazetteer's "... of the Congo" (and "Republic of the X" its "of X").
    for folded in place_spans:
        if folded not in places and " of " in f" {folded} ":
            variants.setdefault(_of_the_variant(folded), folded)
    if variants:
        for variant, records in gazetteer.places_named(list(variants)).items():
            places.setdefault(variants[variant], list(records))
    _respelled_in_container(doc, place_spans, places, gazetteer)
    # An excerpt cut off in mid-word ("... an act of Isla"): its last word is a fragment, not a name.
    cut_at = len(text.rstrip()) if text.rstrip()[-1:].isalpha() else None
    headlines = {x.index for x in sentences if title_case_line(doc, x)}
    for folded, records in places.items():
        for sentence, i, j in place_spans[folded]:
            if not _place_ok(doc, i, j, records, sentence in headlines) or tokens.end[j - 1] == cut_at:
                continue
            if _half_of_listed_compound(tokens, text, i, j, places):
                continue  # "Guinea" of "Guinea-Bissau": the whole is the place
            start, end, surface = span_text(doc, i, j)
            if spans_countries(folded):
                # "Europe", "the Middle East": a region of several countries, whatever one-country place (a town,
                # a province) shares its name; left to the unlisted places, with no country
                if COUNTRY_NOUN_AFTER.match(text, end):
                    continue  # "the Gulf sultanate", "Pacific nations": which country the story means, not where
                if i > 0 and PART_OF_CONTINENT.fullmatch(f"{doc[i - 1].lower_} {folded}"):
                    start, _, surface = span_text(doc, i - 1, j)  # "north Africa": the compass word written small
                found.append(Mention(start, end, surface, "region", sentence, _fold(surface), ner=doc[i].ent_type_))
                continue
            mention = Mention(
                start, end, surface, "place", sentence, folded, places=list(records), ner=doc[i].ent_type_
            )
            mention.place_hint = _place_hint(doc, i, j)
            found.append(mention)
    return found


def _half_of_listed_compound(tokens: Tokens, text: str, i: int, j: int, places: dict) -> bool:
    """Whether a one-word name is joined by a hyphen to another capitalised word and the joined name is itself a
    listed place (whether or not its own mention is kept)."""
    if j - i != 1:
        return False
    n = len(tokens.text)
    spans = []
    if j + 1 < n and tokens.text[j] == "-" and tokens.capitalised[j + 1]:
        spans.append((i, j + 2))
    if i >= 2 and tokens.text[i - 1] == "-" and tokens.capitalised[i - 2]:
        spans.append((i - 2, j))
    return any(_fold(text[tokens.start[a] : tokens.end[b - 1]]) in places for a, b in spans)


CONTAINER_KINDS = ("country", "admin1", "admin2")


def _respelled_in_container(doc, place_spans, places: dict[str, list[PlaceRecord]], gazetteer: Gazetteer) -> None:
    """A one-word name the gazetteer spells otherwise ("Karem" for its "Karam"), next to the place that holds it.

    One word alone meets too many hamlets under a variant, so a variant counts only when its record lies in a
    container the same sentence names: directly under a named province or district, or, for a district or
    province the text calls one ("X district"), inside a named country. The name's own records, if any, lie
    outside every container of the sentence (a like-named province of another country)."""
    containers: dict[int, list[tuple[str, PlaceRecord]]] = {}
    for folded, records in places.items():
        for sentence, _i, _j in place_spans[folded]:
            containers.setdefault(sentence, []).extend((folded, r) for r in records if r.kind in CONTAINER_KINDS)
    asked: dict[str, list[tuple[str, int, int, list[PlaceRecord]]]] = {}
    for folded, spans in place_spans.items():
        if " " in folded or len(folded) < 5 or not folded.isalpha():
            continue
        for sentence, i, j in spans:
            held = [r for name, r in containers.get(sentence, []) if name != folded]
            if not held or not _lone_word(doc, i, j):
                continue
            if doc[i].ent_type_ == "PERSON" and _place_hint(doc, i, j) is None:
                continue  # a surname beside a place ("Varna's Kelbury district" is read PERSON too: hinted)
            ids = {r.id for r in held}
            codes = {r.country_code for r in held if r.kind == "country"}
            if any(r.parent_id in ids or r.country_code in codes for r in places.get(folded, [])):
                continue  # the name as written is already a place of this sentence
            for variant in one_word_variants(folded):
                asked.setdefault(variant, []).append((folded, i, j, held))
    if not asked:
        return
    accepted: dict[str, list[PlaceRecord]] = {}
    for variant, records in gazetteer.places_named(list(asked)).items():
        for folded, i, j, held in asked[variant]:
            ids = {r.id for r in held if r.kind != "country"}
            codes = {r.country_code for r in held if r.kind == "country"}
            hinted = _place_hint(doc, i, j) in ("admin1", "admin2")
            for r in records:
                if r.parent_id in ids or (hinted and r.kind in ("admin1", "admin2") and r.country_code in codes):
                    accepted.setdefault(folded, [])
                    if r not in accepted[folded]:
                        accepted[folded].append(r)
    places.update(accepted)


def _lone_word(doc, i: int, j: int) -> bool:
    """Not one word of a longer capitalised name."""
    return not any(0 <= k < len(doc) and _name_word(doc[k]) and not _place_word(doc[k]) for k in (i - 1, j))


# One-word respellings: a vowel swapped in one place, a doubled letter single, "sh"/"kh"/"ou" simplified.
SWAPPED_VOWELS = "aeiou"


def one_word_variants(folded: str) -> set[str]:
    out: set[str] = set()
    for k, c in enumerate(folded):
        if c in SWAPPED_VOWELS and k > 0:  # the first letter stays (a capital vowel is rarely respelled)
            out.update(folded[:k] + v + folded[k + 1 :] for v in SWAPPED_VOWELS if v != c)
    out.add(re.sub(r"([a-z])\1", r"\1", folded))
    for a, b in (("sh", "s"), ("kh", "k"), ("ou", "u")):
        if a in folded:
            out.add(folded.replace(a, b))
    out.discard(folded)
    return out


def _of_the_variant(folded: str) -> str:
    """'republic of congo' <-> 'republic of the congo': the article after "of" is written or dropped."""
    if " of the " in folded:
        return folded.replace(" of the ", " of ")
    return re.sub(r"\bof (?!the )", "of the ", folded)


# Regular alternations of romanised Arabic, Persian, Somali and Spanish spellings, each tried alone.
VOWEL_ALTERNATIONS = (("ou", "u"), ("ei", "ay"), ("ay", "ei"), ("ee", "e"), ("oo", "u"), ("aa", "a"), ("ai", "ay"))


def spelling_variants(folded: str) -> set[str]:
    """Other regular spellings of a folded place name: article forms, doubled letters, vowel pairs."""
    words = folded.split()
    if len(folded.replace(" ", "")) < 6 or not 2 <= len(words) <= 3:
        return set()  # one word alone meets too many hamlets and surnames ("Assane", "Shabaab") under a variant
    out: set[str] = set()
    if any(w in ARTICLE_FORMS for w in words):
        for form in ("al", "el", "a_", "e_"):
            changed = []
            for w in words:
                if w not in ARTICLE_FORMS:
                    changed.append(w)
                elif form in ("a_", "e_"):
                    changed.append(form[0] + w.lstrip("ae")[-1:] if len(w) == 2 else w)
                else:
                    changed.append(form)
            out.add(" ".join(changed))
    out.add(re.sub(r"([a-z])\1", r"\1", folded))
    for k, word in enumerate(words):  # "middle shabelle" is "middle shabele": one word's doubled letter
        single = re.sub(r"([a-z])\1", r"\1", word)
        if single != word:
            out.add(" ".join([*words[:k], single, *words[k + 1 :]]))
    for a, b in VOWEL_ALTERNATIONS:
        if a in folded:
            out.add(folded.replace(a, b))
    out.discard(folded)
    return {v for v in out if len(v.replace(" ", "")) >= 5}


def _place_hint(doc, i: int, j: int) -> str | None:
    """'Balkh province' -> admin1, 'the town of Sarmin' -> city, 'Kech district' -> admin2."""
    if j < len(doc):
        after = doc[j].text.lower()
        if after in PLACE_KIND_WORDS:
            return PLACE_KIND_WORDS[after]
    if i >= 2 and doc[i - 1].text.lower() == "of":
        before = doc[i - 2].text.lower()
        if before in PLACE_KIND_WORDS:
            return PLACE_KIND_WORDS[before]
        if before in ("capital",):
            return "admin1"
    return None


# ----------------------------------------------------------------- the stage
def dateline_mentions(dateline, gazetteer: Gazetteer) -> list[Mention]:
    """The dateline's place (and country), looked up as written: the parse does not see it."""
    if dateline is None:
        return []
    spans = place_parts(dateline)
    if dateline.country_text:
        spans.append((dateline.country_start, dateline.country_text))
    found = gazetteer.places_named([fold(words) for _, words in spans])
    out = []
    for start, words in spans:
        records = found.get(fold(words))
        if records:
            out.append(
                Mention(
                    start,
                    start + len(words),
                    words,
                    "place",
                    0,
                    fold(words),
                    places=list(records),
                    ner="GPE",
                    source="dateline",
                )
            )
    return out


# A word of a headline as written: letters, with inner hyphens, dots and apostrophes ("Guinea-Bissau", "d’Ivoire");
# a possessive "’s" after it is no part of the name ("Varsk’s North").
HEADLINE_WORD = re.compile(r"[^\W\d_]+(?:[-.'’][^\W\d_]+)*")
POSSESSIVE_END = re.compile(r"['’]s$")
# An initialism ("US", "CAR") in a headline's capitals may be any word ("Car Bomb Kills Two"): names this short are
# left to the story.
HEADLINE_NAME_LETTERS = 4


def headline_countries(text: str, end: int, dateline, gazetteer: Gazetteer) -> list[Mention]:
    """The countries named before the body's first sentence: the headline ("Rebel Attacks Kill Ten in Varsk") and
    any photo caption there, looked up as written. The parse does not see those lines (nlp.parse masks them), and
    the body may name the story's country only by its capital or its people. `end`: where the body starts; the
    dateline's own words are read by `dateline_mentions`."""
    words = []  # (start, end, surface) of each word, lines apart
    for line in re.finditer(r"[^\n]+", text[:end]):
        words.append([])
        for match in HEADLINE_WORD.finditer(line.group(0)):
            start = line.start() + match.start()
            if dateline is not None and dateline.start <= start < dateline.end:
                continue
            surface = POSSESSIVE_END.sub("", match.group(0))
            words[-1].append((start, start + len(surface), surface))
    spans = {}
    for line in words:
        for i, (start, _, first) in enumerate(line):
            if not is_capitalised(first):
                continue
            for j in range(i, min(i + MAX_NGRAM, len(line))):
                stop, last = line[j][1], line[j][2]
                surface = text[start:stop]
                letters = sum(c.isalpha() for c in surface)
                if is_capitalised(last) and letters >= HEADLINE_NAME_LETTERS:
                    spans[(start, stop)] = surface
    found = gazetteer.places_named({_fold(surface) for surface in spans.values()})
    out: list[Mention] = []
    # Longest first: "Papua New Guinea", not its "Guinea".
    for (start, stop), surface in sorted(spans.items(), key=lambda item: (item[0][0] - item[0][1], item[0][0])):
        countries = [r for r in found.get(_fold(surface), []) if r.kind == "country"]
        if countries and not any(m.start < stop and start < m.end for m in out):
            out.append(
                Mention(
                    start,
                    stop,
                    surface,
                    "place",
                    0,
                    _fold(surface),
                    places=countries,
                    ner="GPE",
                    source="headline",
                )
            )
    return sorted(out, key=lambda m: m.start)
