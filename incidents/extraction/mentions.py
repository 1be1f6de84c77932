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
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, GroupRecord, PlaceRecord
from .model import AliasLink, Mention
from .nlp import Sentence, sentence_finder
from .normalize import fold
from .vocabulary import (
    DEMONYMS,
    MONTHS,
    MULTIWORD_TITLES,
    NAME_INITIAL_HEADS,
    PERSON_TITLES,
    PLACE_KIND_WORDS,
    REGION_WORDS,
    SITE_WORDS,
    WEEKDAYS,
    word_set,
)

MAX_NGRAM = 8
# Lower-case words allowed inside a capitalised name ("Jammu and Kashmir", "Mazar-i-Sharif").
CONNECTORS = word_set(
    "of and de da del della di do dos das du des la le el al ul e i y wal bin ibn van von der den for in the pour sur "
    "sobre et en a ez ed ad az ash es"
)
# Lower-case particles that may open a group's name ("al-Shabaab").
GROUP_PREFIXES = word_set("al el ad as ash an ar at ul")
# Lower-case nouns that end group names and aliases ("Islamic State group", "Pakistani forces", "Houthi rebels").
GROUP_NAME_ENDINGS = word_set(
    "forces force government authorities military troops soldiers policemen police personnel agencies agency army "
    "militia militias group groups administration coalition junta gang gangs movement rebels militants commandos "
    "faction regime insurgents intelligence fighters sect cadres party alliance mercenaries mission prosecutors "
    "caliphate command guards guard unit units brigade battalion network organisation organization wing dissidents "
    "bandits"
)
# Capitalised words that start sentences or headlines but are not names.
NOT_NAMES = word_set(
    "the a an this that these those it its he she they we i his her their our one two three four five six seven "
    "eight nine ten among after before when while since on in at of for with by from as but and or if some many "
    "most all both several another other no not more less local officials official police security government "
    "army military troops forces residents sources separately meanwhile earlier later today yesterday"
)
# Penn tags from the tagger (the attribute ruler that maps them to coarse POS is not loaded: it is slow).
PROPER_NOUN_TAGS = frozenset(("NNP", "NNPS"))
FUNCTION_WORD_TAGS = frozenset(("DT", "IN", "CC", "PRP", "PRP$", "WP", "WDT", "WRB", "MD", "POS", "TO", "EX", "CD"))
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(("christmas", "easter", "ramadan", "eid"))
# Capitalised words that are never places in news prose, however a gazetteer spells its towns.
NOT_PLACES = word_set(
    "christians muslims hindus sikhs jews shia shiite sunni hazara hazaras kurds arabs tribal federal court justice "
    "central national state regional provincial district"
)
# Capitalised words that open the name of a natural feature: "Lake Chad", "Mount Elgon", "Gulf of Aden".
FEATURE_WORDS = word_set("lake mount gulf bay sea river strait cape")
DETERMINERS = word_set("the a an this that its their his her our these those")
PERSON_NAME_PARTICLES = word_set("al el bin ibn abu abd abdul de da van von dela del della di la le ul")


# The same phrases recur across articles (and n-grams overlap): fold each once.
_fold = functools.lru_cache(maxsize=200_000)(fold)


@dataclass
class Mentions:
    items: list[Mention] = field(default_factory=list)
    links: list[AliasLink] = field(default_factory=list)


def _is_capitalised(word: str) -> bool:
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False


def _surface(doc, i: int, j: int) -> tuple[int, int, str]:
    start = doc[i].idx
    end = doc[j - 1].idx + len(doc[j - 1].text)
    # Doc.text rebuilds the whole string on every access: read the stored one.
    return start, end, doc.user_data["text"][start:end]


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
        text = [t.text for t in doc]
        return cls(
            text,
            [t.idx for t in doc],
            [t.idx + len(t.text) for t in doc],
            [t.is_punct or t.is_space for t in doc],
            ["\n" in t.whitespace_ or "\n" in t.text for t in doc],
            [_is_capitalised(w) for w in text],
            [any(c.isalpha() for c in w) for w in text],
            [not w.islower() and any(c.isupper() for c in w) for w in text],
        )


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
    if not any(tokens.has_upper[k] for k in range(i, j)):
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
    words = [k for k in range(i, j) if tokens.alphabetic[k]]
    if not words or not tokens.capitalised[words[0]] or not tokens.capitalised[words[-1]]:
        return False
    return all(tokens.capitalised[k] or tokens.text[k].lower() in CONNECTORS for k in words)


def _case_ok(record: GroupRecord, folded: str, surface: str) -> bool:
    """Case-sensitive names (acronyms) match only as written; short upper-case aliases need upper case too."""
    names = [a for a in (record.name, *record.aliases) if fold(a) == folded]
    for name in names:
        if name in record.case_sensitive:
            if surface.replace("’", "'") == name.replace("’", "'"):
                return True
            continue
        if name.isupper() and len(folded.replace(" ", "")) <= 5 and not surface.isupper():
            continue
        return True
    return False


def _place_ok(doc, i: int, j: int, records: list[PlaceRecord]) -> bool:
    """Reject common words, airport codes, parts of longer names and of organisations' names."""
    tokens = [t for t in doc[i:j] if not t.is_punct]
    if not tokens or any(t.text.lower().rstrip(".") in CALENDAR_WORDS for t in tokens):
        return False
    if _inside_organisation(doc, i, j):
        return False
    if i > 0 and doc[i - 1].text.lower() in FEATURE_WORDS:
        return False  # "Lake Chad" is not Chad
    if any(r.kind == "country" for r in records):
        # "its Central Africa Province": an armed group's self-styled province, not the country.
        return not (j < len(doc) and doc[j].text in ("Province", "Wilayah", "Wilaya"))
    if len(tokens) > 1:
        # "Aung San" of "Aung San Suu Kyi": part of a longer name is not the place.
        return not any(0 <= k < len(doc) and _name_word(doc[k]) and not _place_word(doc[k]) for k in (i - 1, j))
    token = tokens[0]
    word = token.text.lower()
    if word in NOT_NAMES or token.is_stop or word in DEMONYMS or word in _TITLES or word in NOT_PLACES:
        return False
    if token.text.isupper() and (len(token.text) <= 3 or token.ent_type_ not in ("GPE", "LOC")):
        return False  # airport codes and acronyms
    # "Islamabad-based", "Iran-aligned": a place inside a compound adjective.
    compound = j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].text.islower()
    hinted = _place_hint(doc, i, j) is not None  # "Tral town", "the town of Sarmin"
    if token.tag_ not in PROPER_NOUN_TAGS and token.ent_type_ not in ("GPE", "LOC", "FAC") and not (compound or hinted):
        return False
    followed_by_kind = j < len(doc) and (doc[j].text.lower() in PLACE_KIND_WORDS or doc[j].text.lower() in REGION_WORDS)
    after_the = i > 0 and doc[i - 1].text.lower() == "the" and not followed_by_kind
    if after_the and not any(r.kind in ("admin1", "admin2") for r in records):
        return False
    # One word of a longer name ("Mir" of "Mir Ali", "Chad" of "Lake Chad") is not that place.
    for k in (i - 1, j):
        if 0 <= k < len(doc) and _name_word(doc[k]) and not (k == i - 1 and "\n" in doc[k].whitespace_):
            return False
    return True


def _place_word(token) -> bool:
    """Capitalised words that belong with a place name rather than extend it: 'Kech District', 'Quetta City'."""
    word = token.lower_
    return word in PLACE_KIND_WORDS or word in REGION_WORDS or word in SITE_WORDS or word in ORGANISATION_WORDS


def _name_word(token) -> bool:
    word = token.text.lower()
    return (
        _is_capitalised(token.text)
        and not token.is_punct
        and not token.is_stop
        and word not in NOT_NAMES
        and word not in CALENDAR_WORDS
        and not token.whitespace_.count("\n")
    )


ORGANISATION_WORDS = word_set(
    "police army court mission institute party front force forces ministry office department council union corps "
    "commission agency committee liberation movement government authority administration command brigade "
    "battalion regiment guard rifles conference assembly parliament university bank company"
)


def _inside_organisation(doc, i: int, j: int) -> bool:
    """'Somalia' in 'African Union Mission in Somalia', 'Kashmir' in 'Jammu and Kashmir Police'."""
    organisations = doc.user_data.get("organisations")
    if organisations is None:  # Doc.ents builds new spans on every access: read them once
        organisations = [(e.start, e.end, [t.lower_ for t in e]) for e in doc.ents if e.label_ == "ORG"]
        doc.user_data["organisations"] = organisations
    for start, end, words in organisations:
        if start <= i and j <= end and (start, end) != (i, j):
            outside = words[: i - start] + words[j - start :]
            if any(w in ORGANISATION_WORDS for w in outside):
                return True
    return False


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
            start, end, surface = _surface(doc, i, j)
            matching = [r for r in records if _case_ok(r, folded, surface)]
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
    if variants:
        for variant, records in gazetteer.places_named(list(variants)).items():
            places.setdefault(variants[variant], list(records))
    for folded, records in places.items():
        for sentence, i, j in place_spans[folded]:
            if not _place_ok(doc, i, j, records):
                continue
            start, end, surface = _surface(doc, i, j)
            mention = Mention(
                start, end, surface, "place", sentence, folded, places=list(records), ner=doc[i].ent_type_
            )
            mention.place_hint = _place_hint(doc, i, j)
            found.append(mention)
    return found


# Arabic articles as transliterated ("ez-Zor", "ad-Dawr", "el-Fasher"): one of them may stand for another.
ARTICLE_FORMS = word_set("al el ad ed az ez as es ash an en ar er at et")
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


# ----------------------------------------------------------------- acronyms
ACRONYM = re.compile(r"\(\s*(?:[^()]{3,80},\s*)?(?P<acr>[A-Z][A-Za-z0-9&\-]{1,9}|[A-Z]+ \d+)\s*\)")
ACRONYM_LONG_FORM = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’\-]*|of|and|for|the|de|des|du|la|le|del|in|on|pour|et|al|el|wal)(?:\s+|$)"
)


def _initials_match(acronym: str, words: list[str]) -> bool:
    """Each capital of the acronym appears, in order, at the start of a word or inside one ('CoBRA', 'Westmincom')."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    if not letters or not words:
        return False
    if words[0][0].lower() != letters[0]:
        return False
    joined = " ".join(words).lower()
    position = 0
    for letter in letters:
        position = joined.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def acronym_definitions(text: str, doc, sentence_of) -> list[tuple[Mention, Mention]]:
    """'Inter-Services Public Relations (ISPR)' -> (long form, acronym)."""
    out = []
    for match in ACRONYM.finditer(text):
        acronym = match.group("acr")
        if sum(c.isupper() for c in acronym) < 2:
            continue
        before = text[max(0, match.start() - 120) : match.start()].rstrip()
        inner = text[match.start() + 1 : match.start("acr")].strip().rstrip(",").strip()
        if inner and any(c.isupper() for c in inner[:1]):
            long_end = match.start() + 1 + text[match.start() + 1 :].find(inner) + len(inner)
            long_start = long_end - len(inner)
            candidates = [(long_start, inner)]
        else:
            candidates = []
        # The long form does not run back across a comma or a bracket: "... with Kalashnikovs, Regional ...".
        words = re.findall(r"[\w'’\-.]+", re.split(r"[,;:()\"“”—–]", before)[-1])
        # Longest capitalised run ending right before the parenthesis, trimmed to the acronym's first letter.
        run: list[str] = []
        for word in reversed(words):
            if word.endswith(("'s", "’s")) or re.search(r"-(?:based|led|backed|linked|aligned|run)$", word):
                break  # "the CRPF's Commando Battalion", "the Islamabad-based Institute": the name starts after
            if _is_capitalised(word) or word.lower() in CONNECTORS or any(_is_capitalised(p) for p in word.split("-")):
                run.insert(0, word)
            else:
                break
        while run and (not _is_capitalised(run[0]) or run[0][0].lower() != acronym[0].lower()):
            run.pop(0)
        if run and run[0].lower() not in NOT_NAMES:
            long_text = " ".join(run)
            end = len(before)
            start = before.rfind(run[0], 0, end - len(run[-1]) + 1)
            if start >= 0 and re.sub(r"\s+", " ", before[start:end]) == long_text:
                candidates.insert(0, (max(0, match.start() - 120) + start, before[start:end]))
        for start, long_text in candidates:
            if _initials_match(acronym, re.findall(r"[\w'’]+", long_text.replace("-", " "))):
                end = start + len(long_text)
                sentence = sentence_of(start)
                long_mention = Mention(start, end, long_text, "group", sentence, fold(long_text), source="acronym")
                acr_start = match.start("acr")
                short = Mention(
                    acr_start, acr_start + len(acronym), acronym, "group", sentence, fold(acronym), source="acronym"
                )
                out.append((long_mention, short))
                break
    return out


def exact_occurrences(text: str, words: str) -> Iterable[tuple[int, int]]:
    for match in re.finditer(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text):
        yield match.start(), match.end()


# ----------------------------------------------------------------- persons
_TITLES = frozenset(t.rstrip(".") for t in PERSON_TITLES)
_TITLE_STARTS = _TITLES | {t.split()[0] for t in MULTIWORD_TITLES}
LOWERCASE_TITLES = word_set("governor spokesman spokeswoman spokesperson commander chief minister president general")


def _title_length(tokens) -> int:
    """How many leading tokens are titles ('Lance Naik', 'Senior Superintendent of Police')."""
    words = [t.text.lower() for t in tokens]
    for title in sorted(MULTIWORD_TITLES, key=len, reverse=True):
        parts = title.split()
        if words[: len(parts)] == parts:
            return len(parts) + _title_length(tokens[len(parts) :]) if len(tokens) > len(parts) else len(parts)
    count = 0
    while count < len(words) and words[count].rstrip(".") in _TITLES:
        count += 1
    return count


def _name_tokens(doc, i: int, limit: int) -> int:
    """End of a capitalised name starting at token i ('Jul-Asri Tahil', 'Abdulrahman al-Hamoud', 'Farrukh N.')."""
    j = i
    while j < limit:
        token = doc[j]
        text = token.text
        if (
            _is_capitalised(text)
            and token.tag_ not in FUNCTION_WORD_TAGS
            and text.lower() not in NOT_NAMES
            or text == "-"
            and j > i
            and j + 1 < limit
            and not doc[j - 1].whitespace_
            or (
                text.lower() in PERSON_NAME_PARTICLES
                and j + 1 < limit
                and (doc[j + 1].text == "-" or _is_capitalised(doc[j + 1].text))
                and j > i
            )
        ):
            j += 1
        else:
            break
        if j - i > 6:
            break
    while j > i and doc[j - 1].text in ("-",):
        j -= 1
    return j


def title_persons(doc, sentences: list[Sentence]) -> list[Mention]:
    """'Havildar Muhammad Shahzad', 'Maulvi Shir Agha Fazli', 'Lance Naik Dad Karim' (title kept out of the name)."""
    found = []
    for sentence in sentences:
        i = sentence.first_token
        while i < sentence.last_token:
            if doc[i].lower_.rstrip(".") not in _TITLE_STARTS:
                i += 1
                continue
            n = _title_length(doc[i : min(i + 5, sentence.last_token)])
            titled = _is_capitalised(doc[i].text) or doc[i].text in LOWERCASE_TITLES  # "governor Oleh Kiper"
            if n and titled and i + n < sentence.last_token:
                # "Senior Superintendent of Police (SSP) Awantipora" is an office, not a name.
                start_name = i + n
                end_name = _name_tokens(doc, start_name, sentence.last_token)
                if end_name > start_name and doc[start_name].tag_ in PROPER_NOUN_TAGS:
                    start, end, surface = _surface(doc, start_name, end_name)
                    found.append(Mention(start, end, surface, "person", sentence.index, fold(surface), source="title"))
                    i = end_name
                    continue
                i += n
                continue
            i += 1
    return found


TITLE_WORD = re.compile(r"[\w.\-]+\s+")


def _untitled(mention: Mention) -> Mention:
    """'Constable Sher Afzal' -> 'Sher Afzal': titles and ranks before a name are not part of it."""
    offset = 0
    words = mention.text
    while True:
        rest = words[offset:]
        multi = next((t for t in MULTIWORD_TITLES if rest.lower().startswith(t + " ")), None)
        if multi:
            offset += len(multi) + 1
            continue
        word = TITLE_WORD.match(rest)
        if word and word.group(0).strip().lower().rstrip(".") in _TITLES and len(rest.split()) > 1:
            offset += word.end()
            continue
        break
    if offset == 0 or offset >= len(words):
        return mention
    start = mention.start + offset
    surface = words[offset:]
    return Mention(start, mention.end, surface, "person", mention.sentence, fold(surface), source=mention.source)


def ner_persons(doc, sentence_of, listed: list[Mention]) -> list[Mention]:
    """PERSON entities, cleaned: titles off, names the gazetteer knows as groups or regions out."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        tokens = list(ent)
        # "Bijapur Superintendent of Police Anand Kujur": the name follows the last title word.
        titled = [k for k, t in enumerate(tokens) if t.text.lower().rstrip(".") in _TITLES]
        if titled:
            tokens = tokens[titled[-1] + 1 :]
        while tokens and (tokens[-1].is_punct or tokens[-1].text.lower() in ("'s", "’s")):
            tokens.pop()
        while tokens and tokens[0].text.lower() in ("of", "police"):
            tokens.pop(0)
        if not tokens or not _is_capitalised(tokens[0].text):
            continue
        if any(c.isdigit() for t in tokens for c in t.text):
            continue
        first = tokens[0].i
        # "Rakesh Kumar Paswan" tagged from "Kumar": take in proper nouns just before.
        while (
            first > 0
            and doc[first - 1].tag_ in PROPER_NOUN_TAGS
            and _name_word(doc[first - 1])
            and doc[first - 1].text.lower().rstrip(".") not in _TITLES
        ):
            first -= 1
        if len(tokens) == 1 and first == tokens[0].i:
            word = tokens[0].text.lower()
            if word in NOT_NAMES or tokens[0].is_stop or word in DEMONYMS or word in NOT_PLACES:
                continue
            if tokens[0].tag_ in ("NNS", "NNPS") or tokens[0].text.isupper():
                continue  # "Fighters" at the start of a sentence; acronyms
            if first > 0 and doc[first - 1].text.lower() in ("to", "from", "in", "near", "at", "towards", "outside"):
                continue  # "from Mandera town to Elwak": a place the gazetteer lacks, not a person
            if not _person_context(doc, first):
                continue  # a lone capitalised word with no title and no speech: a place or a body, as a rule
        last = tokens[-1].i + 1
        # "Jul-Asri" tagged without "Tahil": take in proper nouns just after.
        while (
            last < len(doc)
            and doc[last].tag_ in PROPER_NOUN_TAGS
            and _name_word(doc[last])
            and not doc[last - 1].whitespace_.count("\n")
        ):
            last += 1
        if last < len(doc) and (doc[last].text.lower() in PLACE_KIND_WORDS or doc[last].text.lower() in REGION_WORDS):
            continue  # "Kurmin Wali village": a place, not a person
        if doc[first].text.lower().strip("'’") in NAME_INITIAL_HEADS:
            continue  # "Frente Carlos Patiño", "Wilayat al-Khayr": an organisation's or a province's name
        if doc[first].text.lower() in FEATURE_HEADS:
            continue  # "Wadi al-Shay", "Jebel Marra": a valley's or a mountain's name, not a person's
        start, end, surface = _surface(doc, first, last)
        if any(
            m.start < end
            and start < m.end
            and (m.kind == "group" or any(r.kind in ("country", "admin1") for r in m.places))
            for m in listed
        ):
            continue
        text = doc.user_data["text"]
        place_kind = place_context(text, start, end) if not _titled_before(doc, first) else None
        if place_kind:
            # "raided Mayi-Moya, a village north of ...", "in Hiiraan and Galmudug": a place the gazetteer lacks.
            found.append(Mention(start, end, surface, place_kind, sentence_of(start), fold(surface), source="pattern"))
            continue
        found.append(Mention(start, end, surface, "person", sentence_of(start), fold(surface), source="ner"))
    return found


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
    r"\b(?P<word>village|town|township|city|hamlet|settlement|district|locality|suburb|region|province|"
    r"state|county|area)\s+of\s+$",
    re.I,
)
# A list of names after a locative preposition: "in A, B and C" (the name is one of B, C).
PLACE_LIST = re.compile(
    r"\b(?:in|across|between|near|around|of)\s+(?:(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s*(?:,|\band\b)\s*)+$"
)
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
    "camp": "site",
}


def place_context(text: str, start: int, end: int) -> str | None:
    """Kind of unlisted place ('city', 'region', 'site') a capitalised name is, from the words around it."""
    before = text[max(0, start - 80) : start]
    after = text[end : end + 80]
    match = APPOSITION_PLACE.match(after) or PLACE_KIND_OF.search(before)
    if match:
        return UNLISTED_KIND.get(match.group("word").lower(), "region")
    if PLACE_LIST.search(before):
        return "region"
    return None


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
    return first > 0 and doc[first - 1].text.lower().rstrip(".") in _TITLES


# Cues that introduce another name for the entity just named.
ALIAS_CUE = re.compile(
    r"(?:,\s*|\s+)(?:(?:who\s+(?:is|was)\s+)?(?:also|widely|commonly|locally|better|popularly|formerly)\s+)?"
    r"(?:known(?:\s+to\s+\w+)?(?:\s+in\s+\w+)?\s+as|alias|aka|a\.k\.a\.|nicknamed|also\s+referred\s+to\s+as|"
    r"who\s+called\s+(?:himself|herself)|by\s+(?:a|the|his|her)\s+nom\s+de\s+guerre,?)\s+",
    re.I,
)
QUOTED_OR_NAME = re.compile(
    r"(?:the\s+)?[\"“‘']?(?P<name>(?:[A-ZÀ-Þ][\w'’.\-]*|al-[\w'’\-]+)(?:\s+(?:[A-ZÀ-Þ][\w'’.\-]*|al-[\w'’\-]+|(?:bin|ibn|de|del|al)\b)){0,4})[\"”’']?"
)
IDENTIFIED_AS = re.compile(r"\bidentified\s+(?:\w+\s+){0,3}?as\s+", re.I)


def alias_spans(text: str, sentence_of) -> list[tuple[int, Mention]]:
    """(position of the cue, alias mention) for 'X, also known as Y' and the like."""
    out = []
    for cue in ALIAS_CUE.finditer(text):
        name = QUOTED_OR_NAME.match(text, cue.end())
        if not name:
            continue
        words = name.group("name")
        words = re.sub(r"\s+(?:[a-z]\w*)$", "", words).rstrip(".,")
        if not words or words.split()[0].lower() in NOT_NAMES:
            continue
        start = name.start("name")
        out.append(
            (
                cue.start(),
                Mention(start, start + len(words), words, "alias", sentence_of(start), fold(words), source="pattern"),
            )
        )
    return out


# "the minibus driver, Samiullah,", "his first name, Boureima", "a fisherman named Abdala Saide".
ROLE_THEN_NAME = re.compile(
    r"\b(?:driver|farmer|brother|sister|son|daughter|father|mother|wife|husband|cousin|uncle|nephew|teacher|"
    r"schoolteacher|fisherman|trader|shopkeeper|resident|worker|co-worker|labourer|student|journalist|doctor|nurse|"
    r"engineer|guard|imam|cleric|villager|witness|survivor|owner|friend|neighbour|colleague|councillor|councilor|"
    r"elder|mayor|activist|lawmaker|first name|named)"
    r"\s*,?\s+(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][a-z][\w'’\-]*){0,2})(?=\s*[,.;]|\s+and\b|\s+was\b)"
)


# "a senior police officer, Tahir Ahmad Lone, told reporters": a full name set off after a common noun, speaking.
APPOSED_SPEAKER = re.compile(
    r"(?<=[a-z]),\s+(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][a-z][\w'’\-]*){1,3}),\s+"
    r"(?:said|says|told|added)\b"
)


def role_persons(text: str, sentence_of) -> list[Mention]:
    out = []
    for match in [*ROLE_THEN_NAME.finditer(text), *APPOSED_SPEAKER.finditer(text)]:
        words = match.group("name")
        if words.split()[0].lower() in NOT_NAMES or words.lower() in CALENDAR_WORDS:
            continue
        start = match.start("name")
        out.append(
            Mention(start, start + len(words), words, "person", sentence_of(start), fold(words), source="pattern")
        )
    return out


def identified_persons(text: str, sentence_of) -> list[Mention]:
    """'identified as Muhammad Ihsani' and 'identified ... as X' make X a person."""
    out = []
    for cue in IDENTIFIED_AS.finditer(text):
        name = QUOTED_OR_NAME.match(text, cue.end())
        if not name:
            continue
        words = name.group("name").rstrip(",")
        if not words or words.split()[0].lower() in NOT_NAMES or words.split()[0].lower().rstrip(".") in PERSON_TITLES:
            continue
        start = name.start("name")
        out.append(
            Mention(start, start + len(words), words, "person", sentence_of(start), fold(words), source="pattern")
        )
    return out


ORGANISATION_HEADS = word_set(
    "ministry court office department council commission agency committee administration directorate prosecutor "
    "prosecutors tribunal parliament assembly authority police army force forces guard corps brigade battalion front "
    "movement party union institute organisation organization foundation association network centre center "
    "defence defense command"
)


# A weapon's or aircraft's model written after the force that uses it: "F-16", "Mi-17", "MQ-9", "Su-25".
MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Z]?")


def ner_organisations(doc, sentence_of) -> list[Mention]:
    """ORG entities that name a body ('the Federal Court of Justice', 'the provincial health department')."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        tokens = list(ent)
        cut = next((k for k, t in enumerate(tokens) if t.text == "("), len(tokens))
        tokens = tokens[:cut]
        commas = [k for k, t in enumerate(tokens) if t.text in (",", ";")]
        if commas:
            tokens = tokens[commas[-1] + 1 :]  # "Kalashnikovs, Regional Police ...": a list, not one name
        while tokens and (tokens[0].text.lower() in DETERMINERS or tokens[0].is_punct):
            tokens.pop(0)
        while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
            tokens.pop()  # "the Philippine Army's": the name ends before the possessive
        if (
            len(tokens) > 2
            and MODEL_DESIGNATION.fullmatch(tokens[-1].text)
            and tokens[-2].text.lower() in ORGANISATION_HEADS
        ):
            tokens.pop()  # "Iraqi Air Force F-16 jets": the aircraft's model is no part of the force's name
        if (
            len(tokens) > 2
            and tokens[-1].text in ("militia", "group", "gang", "outfit")
            and tokens[-2].text[:1].isupper()
        ):
            tokens.pop()  # "the Civilian Joint Task Force militia": a common noun after the name says what it is
        if len(tokens) < 2 or not any(t.text.lower() in ORGANISATION_HEADS for t in tokens):
            continue
        if tokens[-1].text.lower() in SITE_WORDS or tokens[-1].text.lower() in OFFICE_ENDINGS:
            continue  # "Army Public School" is a place; "Regional Police Officer" an office
        if FORCE.fullmatch(doc.user_data["text"][tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]):
            continue  # "Security forces": a generic force, resolved by country later
        start, end, surface = _surface(doc, tokens[0].i, tokens[-1].i + 1)
        found.append(Mention(start, end, surface, "group", sentence_of(start), fold(surface), source="ner"))
    return found


# A capitalised name ending in a word armed groups are named with: "the Carlos Patiño Front".
NAMED_GROUP = re.compile(
    r"(?<![\w\-])(?P<name>(?:[A-ZÀ-Þ][\w'’\-]*\s+(?:(?:of|for|the|de|del|al)\s+)?){1,5}"
    r"(?:Front|Brigades?|Movement|Militia|Battalion|Legion|Mujahideen|Resistance|Liberation Army))\b"
)


# A front or column named after a person, its noun in lower case: "the Jaime Martínez front", "the Dagoberto Ramos
# column" (two or more capitalised words; not "the Western front").
NAMED_AFTER_PERSON = re.compile(
    r"(?<=\bthe\s)(?P<name>[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*){1,3}\s+(?:front|column|bloc))\b"
)


# A group's or a newsroom's outlet: "on its Az-Zallaqa media channel", "its Radio Andalus station", "the Amaq news
# agency". The name is an organisation, not a person or a place.
MEDIA_OUTLET = re.compile(
    r"\b(?:its|their|the|an?)\s+(?P<name>(?:[A-ZÀ-Þ][\w'’\-]*\s+){0,3}?[A-ZÀ-Þ][\w'’\-]*)\s+"
    r"(?:(?P<medium>media|propaganda|Telegram|news|television|TV|radio)\s+)?"
    r"(?P<noun>channel|station|agency|outlet|newspaper|website|broadcaster)\b"
)


def media_outlet_mentions(text: str, sentence_of) -> list[Mention]:
    found = []
    for match in MEDIA_OUTLET.finditer(text):
        name = match.group("name")
        if match.group("noun") in ("station", "agency") and not (
            match.group("medium") or name.split()[0] in ("Radio", "Radio-")
        ):
            continue  # "the Khar police station", "the Federal Investigation Agency": not an outlet
        if name.split()[0].lower() in NOT_NAMES or name.split()[0].lower() in DETERMINERS:
            continue
        start = match.start("name")
        found.append(Mention(start, start + len(name), name, "group", sentence_of(start), fold(name), source="pattern"))
    return found


def named_group_mentions(text: str, sentence_of) -> list[Mention]:
    """Unlisted groups named the way armed groups are named; the groups list, when it knows them, wins."""
    found = []
    for match in [*NAMED_GROUP.finditer(text), *NAMED_AFTER_PERSON.finditer(text)]:
        name = match.group("name")
        while name.split()[0].lower() in NOT_NAMES or name.split()[0].lower() in DETERMINERS:
            name = name.split(None, 1)[1] if len(name.split()) > 1 else ""
            if not name:
                break
        if len(name.split()) < 2:
            continue
        start = match.end("name") - len(name)
        found.append(Mention(start, match.end("name"), name, "group", sentence_of(start), fold(name), source="pattern"))
    return found


# ----------------------------------------------------------------- sites, regions, forces
def site_and_region_mentions(doc, sentences: list[Sentence]) -> list[Mention]:
    """A capitalised run followed by a site word ('Army Public School', 'Kocha Risaldar mosque') or a region
    word ('the Buleda area', 'the Sambisa forest')."""
    found = []
    for sentence in sentences:
        for k in range(sentence.first_token + 1, sentence.last_token):
            word = doc[k].text.lower()
            if word not in SITE_WORDS and word not in REGION_WORDS and word not in QUARTER_WORDS:
                continue
            j = k
            if word == "complex" and doc[k - 1].lower_ in COMPLEX_KINDS:
                j = k - 1  # "the Socio Vivienda housing complex"
            i = j
            while i > sentence.first_token and (
                _is_capitalised(doc[i - 1].text)
                or doc[i - 1].text == "-"
                or (doc[i - 1].lower_ in GROUP_PREFIXES and i < j and doc[i].text == "-")  # "al-Hawban"
                or (  # "Dasht-e-Barchi", "Qala-i-Naw": a linking vowel between hyphens inside the name
                    doc[i - 1].lower_ in NAME_LINKERS
                    and i < j
                    and doc[i].text == "-"
                    and i - 2 > sentence.first_token
                    and doc[i - 2].text == "-"
                )
            ):
                i -= 1
            while i < j and doc[i].text == "-":
                i += 1
            if i == j or (i == sentence.first_token and j - i == 1 and doc[i].text.lower() in NOT_NAMES):
                continue
            while i < j and doc[i].text.lower() in DETERMINERS:
                i += 1
            if i == j or any(t.text.lower() in CALENDAR_WORDS for t in doc[i:j]):
                continue
            if word in QUARTER_WORDS and doc[i - 1].lower_ != "the":
                continue  # "in the Dayniile district" introduces a quarter; "in Imphal East district" a listed one
            if j - i == 1 and doc[i].text.lower() in NOT_PLACES:
                continue  # "the Federal court", but "Balkh Regional Hospital" is a name
            if all(t.text.lower() in DEMONYMS for t in doc[i:j]):
                continue  # "a Palestinian village", "Kurdish areas": a people's, not a name
            kind = (
                "site"
                if word in SITE_WORDS or word in QUARTER_WORDS
                else "city"
                if word in ("village", "hamlet")
                else "region"
            )
            # "Army Public School", "Sambisa forest": the word belongs to the name; "the Buleda area" it does not.
            keeps_word = _is_capitalised(doc[k].text) or word in NAMED_REGION_WORDS
            end_token = k + 1 if keeps_word else j
            start, end, surface = _surface(doc, i, end_token)
            mention = Mention(start, end, surface, kind, sentence.index, fold(surface), source="pattern")
            _, _, full = _surface(doc, i, k + 1)
            mention.place_hint = full  # the form with the place word, kept as an alias
            found.append(mention)
    for match in FEATURE_NAME.finditer(doc.user_data["text"]):
        start = match.start()
        sentence = next((x.index for x in sentences if x.start <= start < x.end), None)
        if sentence is not None:
            found.append(
                Mention(start, match.end(), match.group(0), "region", sentence, fold(match.group(0)), source="pattern")
            )
    return found


# "killed 160 villagers in Ogossagou, a ...": a one-word place in an event sentence that no list knows.
EVENT_PLACE = re.compile(
    r"\b(?:in|near|outside|off)\s+(?P<kindof>the\s+(?:village|town|hamlet|settlement)\s+of\s+)?"
    # "in El Plateado": a Spanish or Arabic article opens the name
    r"(?P<name>(?:(?:El|La|Las|Los|Al|As|Ad|Az|An|Ar)\s+)?[A-Z][a-zà-ÿ'’]{3,}(?:-[A-Za-z][a-zà-ÿ'’]+)*)"
    r"(?=\s*[,.;]|\s+(?:on|in|and|when|after|before|last|early|late|overnight|village|town|townships?|"
    r"municipality|commune|ward|locality|island)\b)"
)
EVENT_CUE = re.compile(
    r"\b(?:killed|killing|killings|massacred?|attack(?:ed|s)?|ambush(?:ed)?|raid(?:ed)?|stormed|abducted|"
    r"kidnapped|bomb(?:ing|ed)?|blast|explosion|clash(?:es|ed)?|shot dead|gunned down|torched|burned|set fire|"
    r"looted|captured|arrested|strike|explosives?|IEDs?|landmines?|detonat(?:ed|ion)|opened fire|shell(?:ed|ing))\b",
    re.I,
)
# Words that qualify a place name rather than being one: "in Lower and Middle Shabelle".
PLACE_QUALIFIERS = word_set(
    "lower upper middle northern southern eastern western central greater north south east west new old inner outer"
)
NOT_PLACE_ENTITIES = frozenset(("PERSON", "ORG", "NORP", "LANGUAGE", "DATE", "TIME", "EVENT", "LAW", "WORK_OF_ART"))


def event_place_mentions(doc, sentences: list[Sentence]) -> list[Mention]:
    """Unlisted villages where an event sentence says something happened ('in X', 'near X')."""
    text = doc.user_data["text"]
    found = []
    for sentence in sentences:
        words = text[sentence.start : sentence.end]
        for match in NAME_BEFORE_APPOSITION.finditer(words):
            # "at Baghouz, a village in the same province": the apposition says what the name is.
            start, end = sentence.start + match.start(), sentence.start + match.end()
            apposition = APPOSITION_PLACE.match(text[end : end + 80])
            first_word = match.group(0).split()[0].lower()
            if apposition is None or _not_a_place_word(first_word):
                continue
            kind = UNLISTED_KIND.get(apposition.group("word").lower(), "region")
            found.append(
                Mention(start, end, match.group(0), kind, sentence.index, fold(match.group(0)), source="pattern")
            )
        if not EVENT_CUE.search(words):
            continue
        for match in EVENT_PLACE.finditer(words):
            start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
            name = match.group("name")
            if _not_a_place_word(name.lower()):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span[-1].tag_ not in PROPER_NOUN_TAGS:
                continue
            if (
                match.group("kindof") is None
                and len(name.split()) == 1
                and (
                    span[0].tag_ not in PROPER_NOUN_TAGS
                    or span[0].ent_type_ in NOT_PLACE_ENTITIES
                    # a "person" with no title or speech is taken as the place the sentence puts the event in
                    and not (span[0].ent_type_ == "PERSON" and not _person_context(doc, span[0].i))
                )
            ):
                continue  # "the town of X" or an article-led name ("in El X") is a place, whatever the NER says
            found.append(Mention(start, end, name, "city", sentence.index, fold(name), source="pattern"))
    return found


def _not_a_place_word(lowered: str) -> bool:
    return (
        lowered in NOT_NAMES
        or lowered in CALENDAR_WORDS
        or lowered in DEMONYMS
        or lowered in _TITLES
        or lowered in NOT_PLACES
        or lowered in ORGANISATION_WORDS
        or lowered in PLACE_QUALIFIERS
    )


NAME_BEFORE_APPOSITION = re.compile(r"(?<![\w\-])[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}(?=,\s+(?:a|an)\s)")


FEATURE_NAME = re.compile(
    r"\b(?:Lake|Mount|Gulf of|Bay of|Sea of|Strait of|Wadi|Jebel|Jabal|Jabel|Cerro|Sierra)\s+[A-Z][\w'’\-]+"
    r"(?:\s+[A-Z][\w'’\-]+)?"
)
# First words of a landform's name: "Wadi al-Shay", "Jebel Marra", "Mount Elgon".
FEATURE_HEADS = word_set("wadi jebel jabal jabel djebel mount lake cerro sierra")
# "in the Dayniile district", "the Atalaya neighbourhood": a quarter of a town the gazetteer may not list.
QUARTER_WORDS = word_set("district neighbourhood neighborhood suburb quarter")
COMPLEX_KINDS = word_set("housing residential apartment shopping sports office government")
NAME_LINKERS = word_set("e i ul ud al el ye o")
NAMED_REGION_WORDS = word_set("forest forests mountains mountain river valley archipelago desert hills canyon gorge")

FORCE_NOUNS = (
    r"(?:security forces|government forces|government troops|armed forces|army units|army|military|troops|forces|"
    r"police|navy|marines|marine|air force|coast guard)"
)
# Which national force a generic noun points to.
FORCE_OF_NOUN = {
    "security forces": "security forces",
    "police": "police",
    "navy": "navy",
    "marines": "marines",
    "marine": "marines",
    "air force": "air force",
    "coast guard": "coast guard",
}
FORCE = re.compile(
    rf"\b(?:(?P<demonym>(?!(?:security|government|armed|army)\b)[A-Z][a-z]+)\s+)?(?:(?P<adj>federal|national|state|local|provincial)\s+)?(?P<noun>{FORCE_NOUNS})\b(?!\s+(?:of|from)\s+(?:the\s+)?[A-Z])",
    re.I,
)


# "A Russian drone attack", "Israeli airstrikes": the state behind the strike. Not "Palestinian attacks": a
# people's attacks are not its state's.
NATIONAL_ATTACK = re.compile(
    r"\b(?P<demonym>[A-Z][a-z]+)\s+(?:(?:(?:drone|missile|rocket|artillery|air|aerial|naval|military)\s+)?"
    r"(?:strikes?|airstrikes?|air strikes?|shelling|bombardment|raids?|drones?|missiles?|warplanes?|jets?)|"
    r"(?:drone|missile|rocket|artillery|air|aerial|naval|military)\s+attacks?)\b"
)
# "Colombia's government", "Yemen's internationally recognised government", "the Somali government".
GOVERNMENT = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s)?\s+(?:(?:internationally\s+)?[a-z][\w\-]+\s+){0,2}?"
    r"(?P<noun>government)\b(?!\s+(?:forces|troops|soldiers|officials?|spokesm\w+|sources|of|area|areas|house|offices?|"
    r"buildings?|hospital|school)\b)"
)


def force_mentions(text: str, sentence_of) -> list[Mention]:
    """'the army', 'Troops', 'police', 'Pakistani forces', 'German police', 'federal police'."""
    found = []
    for match in FORCE.finditer(text):
        noun = match.group("noun").lower()
        demonym = match.group("demonym")
        country = None
        start = match.start()
        if demonym:
            key = demonym.lower()
            if key in DEMONYMS:
                country = DEMONYMS[key] or None
            else:
                start = match.start("adj") if match.group("adj") else match.start("noun")
        if noun == "forces" and not country:
            continue  # bare "forces" is too vague
        force = FORCE_OF_NOUN.get(noun, "army")
        surface = text[start : match.end()]
        found.append(
            Mention(
                start,
                match.end(),
                surface,
                "generic_force",
                sentence_of(start),
                fold(surface),
                force=force,
                country_hint=country,
                source="generic",
            )
        )
    for match in NATIONAL_ATTACK.finditer(text):
        country = DEMONYMS.get(match.group("demonym").lower())
        if country:
            start, end = match.span("demonym")
            found.append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    "generic_force",
                    sentence_of(start),
                    fold(text[start:end]),
                    force="army",
                    country_hint=country,
                    source="generic",
                )
            )
    for match in GOVERNMENT.finditer(text):
        owner = match.group("owner")
        country = DEMONYMS.get(owner.lower()) or None
        start = match.start("noun") if country is None else match.start()
        mention = Mention(
            start,
            match.end(),
            text[start : match.end()],
            "generic_force",
            sentence_of(start),
            fold(text[start : match.end()]),
            force="government",
            country_hint=country,
            source="generic",
        )
        mention.place_hint = None if country else owner  # "Colombia's government": the country, named
        if owner.lower() in DETERMINERS:
            mention.place_hint = ""  # "The federal government said": the government of the story's country
        if not MILITARY_RULE.search(match.group(0)):
            found.append(mention)
    for match in BARE_GOVERNMENT.finditer(text):
        if MILITARY_RULE.search(match.group(0)):
            continue  # "the military government" is a junta, named on its own
        start = match.start()
        mention = Mention(
            start,
            match.end(),
            match.group(0),
            "generic_force",
            sentence_of(start),
            fold(match.group(0)),
            force="government",
            source="generic",
        )
        mention.place_hint = ""
        found.append(mention)
    return found


# Nouns a force noun may qualify and still name the force as an actor: its voice ("police spokesman", "an army
# captain said"), its machines and operations ("an air force helicopter", "Navy assets", "a military operation").
FORCE_SPEAKER_NOUNS = word_set(
    "spokesman spokeswoman spokesperson spokesmen chief chiefs commander commanders captain official officials "
    "source sources statement statements inspector superintendent general helicopter helicopters jet jets "
    "aircraft warplane warplanes gunship gunships drone drones assets units team teams operation operations "
    "offensive raid raids strike strikes airstrike airstrikes"
)
# "a wave of attacks on security forces", "hit-and-run attacks on soldiers, police and ...": the force only as
# the target of a run of attacks, an aggregate, not an actor of the story.
ATTACKS_ON_BEFORE = re.compile(
    r"\battacks\s+(?:(?:by|from)\s+[^,.;]{1,40}?\s+)?(?:on|against)\s+(?:the\s+)?(?:[\w\-]+,?\s+){0,3}?$", re.I
)


def _names_a_force(doc, text: str, mention: Mention) -> bool:
    """Whether a generic force word names the force as an actor. Not when it only qualifies another noun ("a
    police vehicle", "two police officers", "a military target", "police and army installations"), unless that
    noun is the force's voice ("police spokesman"); nor as the target of a run of attacks."""
    if mention.force == "government":
        return True
    if ATTACKS_ON_BEFORE.search(text[max(0, mention.start - 80) : mention.start]):
        return False
    if mention.country_hint:
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return True
    token = span[-1]
    head = token.head
    if token.dep_ == "conj" and head.dep_ in ("compound", "amod", "nmod"):
        token, head = head, head.head  # "police and army installations"
    if token.dep_ not in ("compound", "amod", "nmod") or head is token or not head.tag_.startswith("NN"):
        return True
    if head.i < token.i:
        return True
    steps = 0
    while head.dep_ == "compound" and head.head.i > head.i and head.head.tag_.startswith("NN") and steps < 3:
        head, steps = head.head, steps + 1  # "army air strikes": the force's strikes, through "air"
    return head.lower_ in FORCE_SPEAKER_NOUNS


# "the government", "the transitional government" with no owner named: the story's country's.
BARE_GOVERNMENT = re.compile(
    r"\bthe\s+(?:(?!the\b)[a-z][\w\-]+\s+){0,2}?government\b(?!['’]s\s+(?:forces|troops|soldiers))"
    r"(?!\s+(?:forces|troops|soldiers|officials?|spokesm\w+|sources|of|area|areas|house|offices?|buildings?|"
    r"hospital|school|-)\b)"
)
# Not the national government: a junta named on its own, a rival one, or a province's or town's.
MILITARY_RULE = re.compile(
    r"\b(?:military|junta|rebel|parallel|shadow|former|previous|provincial|state|regional|local|district|"
    r"municipal|county|city|town|village)\s+government\b",
    re.I,
)


# A country or capital that speaks or acts as its government: "New Delhi rejects", "backed by Rwanda".
METONYMY_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+|have\s+|also\s+|repeatedly\s+|strongly\s+)*(?:said|says|denied|denies|rejected|rejects|"
    r"accused|accuses|condemned|condemns|blamed|blames|warned|warns|insisted|insists|announced|announces|"
    r"describes|described|responded|responds|retaliated|vowed|vows|urged|urges|dismissed|dismisses|demanded|"
    r"demands|refused|refuses|summoned|summons|expelled|expels|protested|protests|signed|signs|imposed|imposes|"
    r"sanctioned|designated|designates|deployed|deploys|pledged|pledges|carried out|carries out)\b"
)
METONYMY_BEFORE = re.compile(
    r"\b(?:(?:backed|supported|sponsored|funded|armed|financed)\s+by|accusing|accused|accuses|blaming|blamed|"
    r"blames)\s+$"
)


# "Iran-backed militias", "U.S.-led coalition", "U.S. helicopters": the country qualifies a noun, it is no place.
COUNTRY_ADJECTIVE_AFTER = re.compile(
    r"(?:[-‐–](?:backed|led|aligned|allied|funded|supported|sponsored|brokered|made|trained|armed)\b|"
    r"\s+(?:military\s+)?(?:troops|forces|soldiers|helicopters|jets|warplanes|drones|aircraft|diplomats|envoys?|"
    r"officials|commandos|special forces)\b)"
)


def _country_adjective(text: str, mention: Mention) -> bool:
    if mention.kind != "place" or not any(r.kind == "country" for r in mention.places):
        return False
    return bool(COUNTRY_ADJECTIVE_AFTER.match(text, mention.end))


def metonymies(text: str, chosen: list[Mention]) -> list[Mention]:
    """Government mentions for places used as the state that speaks or acts. A country stays a place too; a city
    in that role ("Washington said") is not a location of the story."""
    found = []
    for mention in chosen:
        if mention.kind != "place" or not mention.places:
            continue
        after = text[mention.end : mention.end + 60]
        before = text[max(0, mention.start - 30) : mention.start]
        if not (METONYMY_AFTER.match(after) or METONYMY_BEFORE.search(before)):
            continue
        if re.search(r"\b(?:in|at|from|of|near|to)\s+$", before) or mention.ner not in ("GPE", "LOC"):
            continue  # "the ministry in Kabul said": a place; "Yakubu dismissed": a person's surname
        countries = [r for r in mention.places if r.kind == "country"]
        cities = [r for r in mention.places if r.kind == "city" and (r.population or 0) >= 300_000]
        # A city under its own name before one that only has it as an old or alternate name ("Islamabad" is
        # also a historical name of Chattogram).
        own = [r for r in cities if fold(r.name) == mention.folded]
        record = countries[0] if countries else max(own or cities, key=lambda r: r.population or 0, default=None)
        if record is None or not record.country_code:
            continue
        government = Mention(
            mention.start,
            mention.end,
            mention.text,
            "generic_force",
            mention.sentence,
            mention.folded,
            force="government",
            country_hint=record.country_code,
            source="generic",
        )
        if countries:
            found.append(government)
        else:
            mention.kind, mention.places = "generic_force", []
            mention.force, mention.country_hint, mention.source = "government", record.country_code, "generic"
    return found


# ----------------------------------------------------------------- selection
TRUST = {"gazetteer": 0, "acronym": 1, "dateline": 1, "pattern": 2, "title": 2, "ner": 3, "generic": 4}


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


REGION_NAME = re.compile(r"\b(region|province|district|territory|governorate|state)\b", re.I)


def _is_office(long_form: str) -> bool:
    words = [w.lower().rstrip(".") for w in long_form.split()[:2]]
    last = long_form.split()[-1].lower().rstrip(".") if long_form.split() else ""
    return any(w in _TITLES and w not in ("general",) for w in words) or last in OFFICE_ENDINGS


# Last words of an office written out before its holder: "Regional Police Officer (RPO) X".
OFFICE_ENDINGS = word_set("officer commissioner superintendent inspector spokesman spokesperson secretary minister")


def _is_region_name(long_form: str) -> bool:
    words = {w.lower() for w in re.findall(r"[\w']+", long_form)}
    return bool(REGION_NAME.search(long_form)) and not words & ORGANISATION_WORDS


def _defined_here(long_form: Mention, short_form: Mention, candidates: list[Mention]) -> list[Mention]:
    """The text says what its acronym means: a listed group of that acronym but another name does not apply."""
    listed = [m for m in candidates if m.kind == "group" and m.text == short_form.text and m.groups]
    if not listed:
        return candidates
    long_matches = [
        m for m in candidates if m.kind == "group" and m.start == long_form.start and m.end == long_form.end
    ]
    records = {r.id for m in long_matches for r in m.groups}
    names = {fold(n) for m in listed for r in m.groups for n in (r.name, *r.aliases)}
    if records & {r.id for m in listed for r in m.groups} or long_form.folded in names:
        return candidates
    return [m for m in candidates if m not in listed]


# ----------------------------------------------------------------- the stage
def dateline_mentions(dateline, gazetteer: Gazetteer) -> list[Mention]:
    """The dateline's place (and country), looked up as written: the parse does not see it."""
    if dateline is None:
        return []
    spans = [(dateline.start, dateline.text)]
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


def find_mentions(doc, text: str, sentences: list[Sentence], gazetteer: Gazetteer, dateline=None) -> Mentions:
    """All mentions of the text, overlaps resolved, with the acronym links between them."""

    sentence_of = sentence_finder(sentences)

    candidates = gazetteer_mentions(doc, sentences, gazetteer) + dateline_mentions(dateline, gazetteer)
    definitions = []
    for long_form, short_form in acronym_definitions(text, doc, sentence_of):
        if _is_office(long_form.text):
            # "Senior Superintendent of Police (SSP)": a title, not an organisation; nor is SSP here a listed group.
            candidates = [m for m in candidates if not (m.kind == "group" and m.text == short_form.text)]
            continue
        candidates = _defined_here(long_form, short_form, candidates)
        listed = any(m.kind == "group" and m.groups and m.start == long_form.start for m in candidates)
        if not listed and _is_region_name(long_form.text):
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
    candidates += site_and_region_mentions(doc, sentences)
    candidates += event_place_mentions(doc, sentences)
    candidates += [m for m in force_mentions(text, sentence_of) if _names_a_force(doc, text, m)]
    candidates += ner_organisations(doc, sentence_of)
    candidates += named_group_mentions(text, sentence_of)
    candidates += media_outlet_mentions(text, sentence_of)
    candidates = [_untitled(m) if m.kind == "person" else m for m in candidates]
    # The headline (masked for the parse) is left out, so that every mention sits in a parsed sentence.
    body = sentences[0].start if sentences else 0
    chosen = select([m for m in candidates if m.start >= body or m.source == "dateline"])
    chosen = [m for m in chosen if not _country_adjective(text, m)]
    chosen += metonymies(text, chosen)
    by_span = {(m.start, m.end): m for m in chosen}
    links = []
    for long_form, short_form in definitions:
        main = by_span.get((long_form.start, long_form.end))
        alias = by_span.get((short_form.start, short_form.end))
        if main is not None and alias is not None:
            links.append(AliasLink(main, alias, "acronym"))
    return Mentions(chosen, links)
