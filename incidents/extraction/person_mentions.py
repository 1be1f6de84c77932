"""Person names: after titles ("Commander X", "Maulvi X"), from spaCy's NER, after roles ("spokesman X"),
"identified as X", and aliases ("X, also known as Y")."""

from __future__ import annotations

import re

from .furniture import credited_name
from .model import Mention
from .name_context import (
    PROPER_NOUN_TAGS,
    _name_word,
    _person_context,
    _titled_before,
    is_capitalised,
    place_context,
    span_text,
)
from .nlp import Sentence
from .normalize import fold
from .regex_speed import first_char_gate
from .text_spans import line_around, name_spans
from .vocabulary import (
    BARE_TITLES,
    CALENDAR_WORDS,
    DEMONYMS,
    FEATURE_HEADS,
    LOWERCASE_TITLES,
    MONTHS,
    MULTIWORD_TITLES,
    NAME_INITIAL_HEADS,
    NOT_NAMES,
    NOT_PLACES,
    OFFICE_ENDINGS,
    ORGANISATION_HEADS,
    PERSON_NAME_PARTICLES,
    PERSON_TITLES,
    PLACE_KIND_WORDS,
    PLACE_PREPOSITIONS,
    PORTFOLIO_WORDS,
    RANK_ABBREVIATIONS,
    REGION_WORDS,
    ROLE_NOUNS,
    SITE_WORDS,
    SPEAKER_VERBS,
    WEEKDAYS,
)

FUNCTION_WORD_TAGS = frozenset(("DT", "IN", "CC", "PRP", "PRP$", "WP", "WDT", "WRB", "MD", "POS", "TO", "EX", "CD"))


_TITLE_STARTS = BARE_TITLES | {t.split()[0] for t in MULTIWORD_TITLES}


# Words after a hyphen that make a name an adjective: "a Khan-led faction", "a Doe-backed bill".
HYPHEN_SUFFIXES = frozenset(("led", "based", "backed", "linked", "run", "owned", "born", "style", "era", "like"))


# Honorifics that form a name with a single word after them: "Sheikh Tarvel", "Imam Dovran" are how the person is
# known, not a title over a surname ("Sepoy Irfanullah" is Irfanullah). Before two or more words, a title still.
NAME_FORMING_HONORIFICS = frozenset(("sheikh", "shaikh", "imam"))


# Religious and customary honorifics that names carry inside them: "Omar Haji Tarvo", "Yusuf Sheikh Kelmar". After a
# given name such a word is part of the name, not a title that starts it. Also the alias the person goes by with the
# honorific before the name ("Qari Jane Doe", persons._titled_alias).
NAME_HONORIFICS = frozenset(
    (
        *NAME_FORMING_HONORIFICS,
        *("haji", "hadji", "hajji", "alhaji", "mullah", "mulla", "maulvi", "maulana", "mawlawi", "mufti", "qari"),
        *("hafiz", "syed", "sayed", "sayyid", "pir", "amir", "emir"),
    )
)


def inside_name(tokens, k: int) -> bool:
    """Is the title-like word tokens[k] an honorific after a given name ('Omar Haji Tarvo'), or a surname made of one
    ('Jane Mufti'): part of the name?"""
    return (
        0 < k < len(tokens)
        and tokens[k].lower_ in NAME_HONORIFICS
        and tokens[k - 1].tag_ in PROPER_NOUN_TAGS
        and is_capitalised(tokens[k - 1].text)
        and not _title_word(tokens[k - 1].text)
    )


def keeps_title(title: str, name_words: int) -> bool:
    """Whether the title word just before a name of `name_words` words stays part of it. The one rule the three
    places that take titles off a name (title_persons, untitled, ner_persons) follow."""
    return title.lower().rstrip(".") in NAME_FORMING_HONORIFICS and name_words == 1


# Multi-word titles as the tokenizer splits them: "Director-General" is three tokens, "Director - General".
_MULTIWORD_TOKENS = sorted((t.replace("-", " - ").split() for t in MULTIWORD_TITLES), key=len, reverse=True)


# Words that are titles ("Amir Sahib") and given names ("Amir Veslan"): after another title, the name's first word.
TITLE_OR_GIVEN_NAME = frozenset(("amir", "emir"))


def _title_length(tokens) -> int:
    """How many leading tokens are titles ('Lance Naik', 'Senior Superintendent of Police', 'Deputy Prime
    Minister')."""
    words = [t.text.lower() for t in tokens]
    count = 0
    while count < len(words):
        parts = next((p for p in _MULTIWORD_TOKENS if words[count : count + len(p)] == p), None)
        if parts:
            count += len(parts)
            continue
        word = words[count].rstrip(".")
        if word not in BARE_TITLES or count and word in TITLE_OR_GIVEN_NAME:
            break
        count += 1
        if count < len(words) and words[count] == "." and not tokens[count - 1].whitespace_:
            count += 1  # "Col ." as the tokenizer may split an abbreviated rank from its full stop
    return count


# Long titles a typing slip may shorten or swap two letters of ("Presdent", "Govenror"): the slip still titles a name.
LONG_TITLES = frozenset(t for t in BARE_TITLES if len(t) >= 8 and t.isalpha())


# Each long title with one letter dropped or two different neighbouring letters swapped, spelled out once (speed: a
# loop over the titles for every capitalised word was 60 % of title_persons, 0.05 s a round of the speed bench).
MISSPELT_TITLES = frozenset(
    {title[:k] + title[k + 1 :] for title in LONG_TITLES for k in range(len(title))}
    | {
        title[:k] + title[k + 1] + title[k] + title[k + 2 :]
        for title in LONG_TITLES
        for k in range(len(title) - 1)
        if title[k] != title[k + 1]
    }
)


def _misspelt_title(word: str) -> bool:
    """A capitalised word one dropped or swapped letter away from a long title ('Presdent')."""
    if len(word) < 7 or not word[:1].isupper() or not word[1:].islower():
        return False
    return word.lower() in MISSPELT_TITLES


def _acronym_in_brackets(doc, i: int, limit: int) -> bool:
    """'(NSA)' at token i: an office's acronym between its title and the holder's name."""
    return (
        i + 3 < limit
        and doc[i].text == "("
        and doc[i + 1].text.isupper()
        and doc[i + 1].is_alpha
        and doc[i + 2].text == ")"
    )


def _name_tokens(doc, i: int, limit: int) -> int:
    """End of a capitalised name starting at token i ('Jul-Asri Tahil', 'Abdulrahman al-Hamoud', 'Farrukh N.')."""
    j = i
    while j < limit:
        token = doc[j]
        text = token.text
        if (
            is_capitalised(text)
            and token.tag_ not in FUNCTION_WORD_TAGS
            and text.lower() not in NOT_NAMES
            or text == "-"
            and j > i
            and j + 1 < limit
            and not doc[j - 1].whitespace_
            or (
                # "Somchai Kel-in": a lower-case part hyphenated to the name ("Khan-led" is no part of it)
                token.is_alpha
                and token.is_lower
                and j > i + 1
                and doc[j - 1].text == "-"
                and not doc[j - 1].whitespace_
                and not doc[j - 2].whitespace_
                and text not in HYPHEN_SUFFIXES
            )
            or (
                text.lower() in PERSON_NAME_PARTICLES
                and j + 1 < limit
                and (doc[j + 1].text == "-" or _particles_then_name(doc, j, limit))
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


def _particles_then_name(doc, j: int, limit: int) -> bool:
    """Do lower-case particles from token j lead to a capitalised name word: 'van der Zyl', 'de la Cruz'?"""
    k = j
    while k < limit and doc[k].lower_ in PERSON_NAME_PARTICLES and not is_capitalised(doc[k].text):
        k += 1
    return j < k < limit and is_capitalised(doc[k].text)


def _particles_between(doc, first: int) -> int:
    """How many lower-case particles stand between token `first` and a given name before them: 'van der' between
    'Jane' and 'Zyl' (the model may tag the surname alone)."""
    k = first
    while k > 0 and doc[k - 1].lower_ in PERSON_NAME_PARTICLES and doc[k - 1].is_lower and doc[k - 1].whitespace_:
        k -= 1
    if k == first or k == 0:
        return 0
    given = doc[k - 1]
    return first - k if given.tag_ in PROPER_NOUN_TAGS and _name_word(given) and given.whitespace_ else 0


# Office words that end an office written before a name and are never a name's own part ("Deputy Interior Minister
# X"); not the honorifics that names carry inside them ("Haji", "Sheikh", "Mullah").
INNER_OFFICE_WORDS = OFFICE_ENDINGS | {"prosecutor", "governor", "mayor", "president", "premier", "chancellor"}


def _list_of_places_after(doc, last: int) -> bool:
    """Does a list of names that ends in a plural place word ("villages", "towns", "districts") go on from token
    `last`: ", Zaw Kone and Ma Hla villages"?"""
    j = last
    while j < len(doc) and j - last < 16:
        token = doc[j]
        joiner = token.text in (",", "and", "or") and "\n" not in token.whitespace_
        if not joiner and not (is_capitalised(token.text) and token.tag_ in PROPER_NOUN_TAGS):
            break
        j += 1
    word = doc[j].lower_ if j < len(doc) else ""
    return word.endswith("s") and (word[:-1] in PLACE_KIND_WORDS or word[:-1] in REGION_WORDS)


def _portfolio_length(doc, i: int, limit: int) -> int:
    """How many tokens from i spell an office's field after its title ('of Health of the Republic', 'for Women
    Affairs'): 'of' or 'for', then capitalised portfolio words, joined by 'of', 'the' and 'and'. 0 when none."""
    if i >= limit or doc[i].lower_ not in ("of", "for"):
        return 0
    j, fields = i, 0
    while j < limit and (
        doc[j].lower_ in ("of", "for", "the", "and", "&")
        or is_capitalised(doc[j].text)
        and doc[j].lower_ in PORTFOLIO_WORDS
    ):
        fields += doc[j].lower_ in PORTFOLIO_WORDS
        j += 1
    while j > i and doc[j - 1].lower_ in ("of", "for", "the", "and", "&"):
        j -= 1
    return j - i if fields else 0


def _seat_length(doc, i: int, end: int) -> int:
    """How many tokens from i, before the last two of a name ending at `end`, name a country or province the
    gazetteer knows: "Chief Minister Kelmar Jane Doe" (the office's seat, not part of the holder's name)."""
    gazetteer = getattr(doc._, "gazetteer", None) if doc.has_extension("gazetteer") else None
    if gazetteer is None:
        return 0
    for n in (2, 1):
        if end - (i + n) < 2 or not doc[i + n - 1].whitespace_ or not all(t.is_alpha for t in doc[i : i + n]):
            continue  # "Paul-Henri": part of a hyphenated name, not a seat
        words = fold(doc[i : i + n].text)
        if any(r.kind in ("country", "admin1") for r in gazetteer.places_named([words]).get(words, [])):
            return n
    return 0


def title_persons(doc, sentences: list[Sentence]) -> list[Mention]:
    """'Havildar Muhammad Shahzad', 'Maulvi Shir Agha Fazli', 'Lance Naik Dad Karim' (title kept out of the name)."""
    found = []
    for sentence in sentences:
        i = sentence.first_token
        while i < sentence.last_token:
            misspelt = doc[i].lower_.rstrip(".") not in _TITLE_STARTS and _misspelt_title(doc[i].text)
            if doc[i].lower_.rstrip(".") not in _TITLE_STARTS and not misspelt:
                i += 1
                continue
            n = 1 if misspelt else _title_length(doc[i : min(i + 5, sentence.last_token)])
            titled = is_capitalised(doc[i].text) or doc[i].text in LOWERCASE_TITLES  # "governor Oleh Kiper"
            if n and titled and i + n < sentence.last_token:
                # "Senior Superintendent of Police (SSP) Awantipora" is an office, not a name.
                start_name = i + n
                bracketed = _acronym_in_brackets(doc, start_name, sentence.last_token)
                if bracketed:
                    start_name += 3  # "National Security Adviser (NSA) Jane Doe": the office's acronym, then the name
                field = _portfolio_length(doc, start_name, sentence.last_token)
                if field:
                    # "Minister of Health of the Republic Jane Doe", "Secretary for Women Affairs Cde Jane Doe"
                    start_name += field
                    start_name += _title_length(doc[start_name : min(start_name + 5, sentence.last_token)])
                end_name = _name_tokens(doc, start_name, sentence.last_token)
                # "Deputy Interior Minister Jane Doe": the words up to the last title word are the office.
                office_end = max(
                    (k + 1 for k in range(start_name, end_name - 1) if doc[k].lower_ in INNER_OFFICE_WORDS),
                    default=start_name,
                )
                # "Chief Minister Kelmar Jane Doe": the office's country or province, then the name.
                office_end += _seat_length(doc, office_end, end_name)
                if end_name - office_end >= 1 and office_end > start_name:
                    start_name = office_end
                if bracketed and end_name - start_name < 2:
                    end_name = start_name  # "Superintendent of Police (SSP) Lakeside, Jane Doe": the office's seat
                if (
                    end_name > start_name
                    and doc[end_name - 1].lower_.rstrip(".") in BARE_TITLES
                    and not inside_name(doc[start_name:end_name], end_name - 1 - start_name)
                ):
                    end_name = start_name  # "Deputy Prime Minister and ...": the rest of an office, no name
                abbreviation = end_name - start_name == 1 and (
                    doc[start_name].text.endswith(".") or doc[start_name].lower_ in RANK_ABBREVIATIONS
                )
                # "spokesperson Sr. Comr. X": an abbreviated rank after the title is no name; the name comes later.
                if _list_of_places_after(doc, end_name):
                    end_name = start_name  # "Ma Hla villages": a title-like word opening a place's name
                if end_name > start_name and doc[start_name].tag_ in PROPER_NOUN_TAGS and not abbreviation:
                    if keeps_title(doc[start_name - 1].text, end_name - start_name):
                        start_name -= 1
                    start, end, surface = span_text(doc, start_name, end_name)
                    found.append(Mention(start, end, surface, "person", sentence.index, fold(surface), source="title"))
                    i = end_name
                    continue
                i += n
                continue
            i += 1
    return found


TITLE_WORD = re.compile(r"[\w.\-]+\s+")


def _title_word(word: str, after_title: bool = False, first: bool = False) -> bool:
    """Is `word` a title or rank before a name: 'Constable', 'Director-General', a role noun opening the name
    ('Villager'); 'Amir' after another title is the name's first word ('Inspector Amir Veslan')."""
    lower = word.lower().rstrip(".")
    if lower in BARE_TITLES:
        return not (after_title and lower in TITLE_OR_GIVEN_NAME)
    if len(lower) > 4 and lower.endswith("s") and lower[:-1] in BARE_TITLES:
        return True  # "Judges Jane Doe, John Roe and ...": a title before a list of names
    parts = lower.split("-")
    return (first and lower in ROLE_NOUNS) or (
        len(parts) == 2 and parts[1] in BARE_TITLES and (parts[0] in BARE_TITLES or parts[0] in OFFICE_ENDINGS)
    )


def untitled(mention: Mention) -> Mention:
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
        title = word.group(0).strip() if word else ""
        # title_persons has taken the titles off its names: a title-like first word left is a given name.
        after_title = offset > 0 or mention.source == "title"
        if word and _title_word(title, after_title, offset == 0) and len(rest.split()) > 1:
            if keeps_title(title, len(rest.split()) - 1):
                break
            offset += word.end()
            continue
        break
    if offset == 0 or offset >= len(words):
        return mention
    start = mention.start + offset
    surface = words[offset:]
    return Mention(start, mention.end, surface, "person", mention.sentence, fold(surface), source=mention.source)


# A surname after an elided particle: "d’Arcy", "D'Souza", "dell'Orto".
ELIDED_PARTICLE = re.compile(r"(?:[dDlL]|dell|dall)['’][A-ZÀ-Þ][\w\-]+")


def _nationality_noun(word: str) -> bool:
    """'Frenchman', 'Englishwoman', 'Dutchmen': a person's nationality as a noun."""
    stem = re.sub(r"(?:man|woman|men|women)$", "", word)
    return stem != word and stem in DEMONYMS


def ner_persons(doc, sentence_of, listed: list[Mention]) -> list[Mention]:
    """PERSON entities, cleaned: titles off, names the gazetteer knows as groups or regions out."""
    found = []
    named_places = set()  # names the text writes before a place's kind ("Tarvo-Dovra province")
    names = [e for e in doc.ents if e.label_ in LIST_NAME_LABELS]
    untagged = untagged_between(doc, names)
    in_lists = _persons_in_lists(doc, sorted([*names, *untagged], key=lambda e: e.start))
    # Groups, countries and provinces the gazetteer knows: no part of a person's name.
    countries = [m for m in listed if m.kind == "group" or any(r.kind in ("country", "admin1") for r in m.places)]
    for ent in [*doc.ents, *untagged]:
        in_list = (ent.start, ent.end) in in_lists
        if ent.label_ != "PERSON" and not in_list:
            continue
        tokens = list(ent)
        # "Jane Doe\n\nShare this": a name ends at a blank line (a single line break may be the text's wrapping).
        broken = next((k for k, t in enumerate(tokens) if t.text.count("\n") >= 2), None)
        if broken is not None:
            tokens = tokens[:broken]
        # "Jane Doe, Joan" tagged as one: a list's names, each a person of its own (the others left to the cues).
        comma = next((k for k, t in enumerate(tokens) if t.text == "," and 0 < k < len(tokens) - 1), None)
        if comma is not None and is_capitalised(tokens[comma + 1].text) and tokens[comma + 1].text not in ("Jr", "Jr."):
            tokens = tokens[:comma]
        if any(t.lower_ in ("credit", "credits", "photo") for t in tokens):
            continue  # "Photo Credit : Agency": a caption's label, not a name
        # "Bijapur Superintendent of Police Anand Kujur": the name follows the last title word.
        titled = [
            k
            for k, t in enumerate(tokens)
            if _title_word(t.text, k > 0 and _title_word(tokens[k - 1].text), k == 0 and len(tokens) > 1)
            and not inside_name(tokens, k)
        ]
        if titled:
            last = titled[-1]
            kept = keeps_title(tokens[last].text, len(tokens) - last - 1)
            tokens = tokens[last if kept else last + 1 :]
        # "Riverton Traders Union Amal Serrano": the body the person heads or belongs to comes first.
        bodies = [k for k, t in enumerate(tokens) if t.text.lower() in ORGANISATION_HEADS and is_capitalised(t.text)]
        if bodies and len(tokens) - bodies[-1] > 2:
            tokens = tokens[bodies[-1] + 1 :]
        # "Jane van" tagged without "der Zyl": the particles and the surname are the name's.
        if len(tokens) > 1 and tokens[-1].is_lower and _particles_then_name(doc, tokens[-1].i, len(doc)):
            surname = next(k for k in range(tokens[-1].i, len(doc)) if is_capitalised(doc[k].text))
            tokens = [*tokens, *doc[tokens[-1].i + 1 : surname + 1]]
        while tokens and (
            tokens[-1].is_punct
            or tokens[-1].is_space
            or tokens[-1].text.lower() in ("'s", "’s")
            or tokens[-1].is_lower
            and tokens[-1].is_alpha
            and len(tokens) > 1
            and tokens[-2].text != "-"
        ):
            tokens.pop()  # "the Karo Dan militia": a common noun after a name is no part of a person's name
        while tokens and tokens[0].text.lower() in ("of", "police"):
            tokens.pop(0)
        if len(tokens) > 1 and _nationality_noun(tokens[0].lower_):
            tokens.pop(0)  # "Frenchman Jean Dupont": who he is, then his name
        # "Minister of Culture Jane Doe": the office's field, written between "of" and the name, is not a name.
        if (
            len(tokens) >= 3
            and tokens[0].i >= 2
            and doc[tokens[0].i - 1].lower_ == "of"
            and doc[tokens[0].i - 2].lower_.rstrip(".") in BARE_TITLES
        ):
            tokens = tokens[1:]
        if not tokens or not is_capitalised(tokens[0].text):
            continue
        if any(c.isdigit() for t in tokens for c in t.text):
            continue
        if len(tokens) > 1 and len(tokens[0].text) >= 3 and tokens[0].text.isupper():
            continue  # "CNN Turk", "BBC Urdu": a broadcaster, not a person (initials are shorter)
        first = tokens[0].i
        # "Jane Rosa Doe" tagged from "Rosa": take in proper nouns just before, and the particles between
        # them ("Jane van der Zyl" tagged from "Zyl"). A cut made above stands.
        if first == ent.start:
            while first > 0:
                before = first - 1 - _particles_between(doc, first)
                if not _given_name_before(doc, before, countries):
                    break
                first = before
        if len(tokens) == 1 and first == tokens[0].i:
            word = tokens[0].text.lower()
            if word in NOT_NAMES or tokens[0].is_stop or word in DEMONYMS or word in NOT_PLACES:
                continue
            if tokens[0].tag_ in ("NNS", "NNPS") or tokens[0].text.isupper():
                continue  # "Fighters" at the start of a sentence; acronyms
            if first > 0 and doc[first - 1].text.lower() in ("to", "from", "in", "near", "at", "towards", "outside"):
                continue  # "from Mandera town to Elwak": a place the gazetteer lacks, not a person
            if not in_list and not _person_context(doc, first):
                continue  # a lone capitalised word with no title and no speech: a place or a body, as a rule
        if _place_or_phrase_before(doc, first, tokens[-1].i + 1):
            continue
        if _vehicle_or_platform(doc, first, tokens[-1].i + 1) or _thing_around(doc, first, tokens[-1].i + 1):
            continue
        last = tokens[-1].i + 1
        # "Jul-Asri" tagged without "Tahil": take in proper nouns just after.
        while (
            last < len(doc)
            and doc[last].tag_ in PROPER_NOUN_TAGS
            and _name_word(doc[last])
            and not doc[last - 1].whitespace_.count("\n")
        ):
            last += 1
        # "Jean Dupont d’Arcy": a surname with an elided particle belongs to the name.
        while (
            last < len(doc) and ELIDED_PARTICLE.fullmatch(doc[last].text) and not doc[last - 1].whitespace_.count("\n")
        ):
            last += 1
        # "Somchai Kel-in": a hyphenated part in lower case belongs to the name; so does "Jr." after it.
        if (
            last + 1 < len(doc)
            and doc[last].text == "-"
            and not doc[last - 1].whitespace_
            and not doc[last].whitespace_
            and doc[last + 1].is_alpha
            and doc[last + 1].is_lower
            and doc[last + 1].text not in HYPHEN_SUFFIXES
        ):
            last += 2
        suffix = last + 1 if last < len(doc) and doc[last].text == "," else last
        if (
            suffix < len(doc)
            and doc[suffix].text in ("Jr.", "Jr", "Sr.", "Sr")
            and not doc[last - 1].whitespace_.count("\n")
        ):
            last = suffix + 1
        if first > 0 and doc[first - 1].lower_.rstrip(".") in BARE_TITLES:
            first += _seat_length(doc, first, last)  # "Governor Kelmar Jane Doe": the office's seat, then the name
        if last < len(doc) and (doc[last].text.lower() in PLACE_KIND_WORDS or doc[last].text.lower() in REGION_WORDS):
            named_places.add(fold(span_text(doc, first, last)[2]))
            continue  # "Kurmin Wali village": a place, not a person
        if doc[first].text.lower().replace("’", "'").strip("'") in NAME_INITIAL_HEADS:
            continue  # "Frente Carlos Patiño", "Wilayat al-Khayr": an organisation's or a province's name
        if doc[first].text.lower() in FEATURE_HEADS:
            continue  # "Wadi al-Shay", "Jebel Marra": a valley's or a mountain's name, not a person's
        start, end, surface = span_text(doc, first, last)
        if any(m.start < end and start < m.end for m in countries):
            continue
        text = doc.user_data["text"]
        if _alone_on_its_line(text, start, end) or credited_name(text, start, end):
            continue  # a byline or an author's credit ("Tim Hanlon" under the headline): the writer, not a party
        if text[start - 1 : start] in ("#", "@"):
            continue  # "#BreakingNews Tarvo": a hashtag or a handle opening a post, not a name
        place_kind = place_context(text, start, end) if not _titled_before(doc, first) else None
        if not place_kind and _list_of_places_after(doc, last):
            place_kind = "city"  # "Thin Lay, Zaw Kone and Ma Hla villages": places listed before their plural kind
        if place_kind:
            # "raided Mayi-Moya, a village north of ...", "in Hiiraan and Galmudug": a place the gazetteer lacks.
            found.append(Mention(start, end, surface, place_kind, sentence_of(start), fold(surface), source="pattern"))
            continue
        found.append(Mention(start, end, surface, "person", sentence_of(start), fold(surface), source="ner"))
    # "in neighbouring Tarvo East ... then to Tarvo East": a name the text once shows to be a place is that place
    # where nothing says what it is.
    places = {m.folded: m.kind for m in found if m.kind != "person"}
    for mention in found:
        if mention.kind == "person" and mention.folded in places and not _titled_before(doc, _token_at(doc, mention)):
            mention.kind = places[mention.folded]
            mention.source = "pattern"
    # "in Tarvo-Dovra province ... Tarvo-Dovra, one of the poorest regions": no person either where the text names
    # it bare (the place itself is left to the gazetteer); nor "offices in Tarvo Dovra ... Tarvo Dovra was sealed off".
    named_places |= {m.folded for m in found if m.kind == "person" and _written_as_place(doc.user_data["text"], m.text)}
    return [
        m
        for m in found
        if not (m.kind == "person" and m.folded in named_places and not _titled_before(doc, _token_at(doc, m)))
    ]


OFFICE_WORDS_BEFORE_FIELD = BARE_TITLES | OFFICE_ENDINGS | ORGANISATION_HEADS


def _office_field(doc, i: int) -> bool:
    """Is token i an office's field or seat after its title and 'of', 'to' or 'for' ('Minister of Education',
    'Ambassador to Kelmar', 'the Board of Deputies')? Not after a lower-case word that is no office ('according to',
    'thanks to')."""
    if i < 1 or doc[i - 1].lower_ not in ("of", "to", "for"):
        return False
    if i < 2:
        return True
    word = doc[i - 2]
    office = word.lower_.rstrip(".") in OFFICE_WORDS_BEFORE_FIELD
    return office or is_capitalised(word.text) and word.lower_ != "according"


def _given_name_before(doc, i: int, countries: list[Mention]) -> bool:
    """Is token i, just before a name the model tagged, a word of that name?"""
    token = doc[i]
    return (
        token.tag_ in PROPER_NOUN_TAGS
        and _name_word(token)
        and not _title_word(token.text, first=True)
        and token.lower_ not in ORGANISATION_HEADS
        and not _office_field(doc, i)  # "Minister of Education X", not "according to Jane Doe"
        and not any(m.start <= token.idx < m.end for m in countries)  # "Ambassador to Kelmar Jane Doe"
        and not _dual_nationality(doc, i)  # "a Somali-Kelmarian Jane Doe"
    )


def _dual_nationality(doc, i: int) -> bool:
    """Is token i the second half of a hyphenated nationality ('Somali-Kelmarian', 'British-Tarvish')?"""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and doc[i - 2].lower_ in DEMONYMS


def _token_at(doc, mention: Mention) -> int:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.start if span is not None else 0


# "a pickup, a Dorvan Kestrel,": a vehicle's make and model set off after the vehicle, no person.
VEHICLE_BEFORE = re.compile(
    r"\b(?:vehicles?|cars?|trucks?|lorry|lorries|bus|buses|vans?|pickups?|minibus|jeeps?|motorcycles?|suvs?)"
    # "a second car seen near the blast site, a Dorvan Kestrel"
    r"(?:(?:\s+[a-z]+){1,5},|,)?\s+(?:an?|the)\s+$",
    re.I,
)
# "said on Twitter": the platform a statement was posted on.
PLATFORMS = frozenset(("twitter", "facebook", "telegram", "whatsapp", "youtube", "instagram", "tiktok"))


def _vehicle_or_platform(doc, first: int, last: int) -> bool:
    if last - first == 1 and doc[first].lower_ in PLATFORMS:
        return True
    text = doc.user_data["text"]
    return bool(VEHICLE_BEFORE.search(text[max(0, doc[first].idx - 50) : doc[first].idx]))


# Feasts a name may follow ("Eid Miladun Nabi"): the name is the feast's.
FEAST_WORDS = CALENDAR_WORDS - set(MONTHS) - set(WEEKDAYS)
# Sites that honour a saint: "the shrine of X" names the saint, no party to the story.
SHRINE_WORDS = frozenset(("shrine", "tomb", "mausoleum", "dargah"))
# A foreign word for a street opening the name ("Jalan Tarvo", "Rue Tarvel", "Calle Dovra"): an address.
STREET_OPENINGS = frozenset(("jalan", "jl.", "rue", "calle", "avenida", "rua"))


def _thing_around(doc, first: int, last: int) -> bool:
    """Do the words around the name make it a thing, not a person: an indefinite article ("fled in a white Dorvan
    Kestrel", "another Tarvo Parks official": a person's name takes none), a feast's word before it, a street's word
    opening it, a site's word after it ("inside Tarvo Baba shrine")? Not when it owns what follows ("Doe's shrine")."""
    if last < len(doc) and doc[last].text in ("'s", "’s"):
        return False
    before = first - 1
    while before > 0 and doc[before].tag_ == "JJ" and doc[before].is_lower:
        before -= 1
    if first and doc[before].lower_ in ("a", "an", "another"):
        return True
    # "the shrine of (Sufi saint) Tarvo Baba": the saint a shrine honours is no party to what happens there.
    of = next((k for k in range(first - 1, max(0, first - 5), -1) if doc[k].lower_ == "of"), None)
    if of and doc[of - 1].lower_ in SHRINE_WORDS and all(t.is_alpha for t in doc[of + 1 : first]):
        return True
    if first and doc[first - 1].lower_ in FEAST_WORDS:
        return True
    if doc[first].lower_ in STREET_OPENINGS:
        return True
    if COMPANY_BEFORE.search(doc.user_data["text"][max(0, doc[first].idx - 60) : doc[first].idx]):
        return True
    return last < len(doc) and doc[last].is_lower and doc[last].lower_ in SITE_WORDS


# "a state-owned contractor, Tarvo Karel, built the road": a firm's name set off after the noun for it. Not "the head
# of the firm, Jane Doe": there the name is the head's.
COMPANY_BEFORE = re.compile(
    r"(?<!\bof )(?<!\bfor )(?<!\bat )\b(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:company|firm|contractor|subcontractor|corporation|conglomerate|manufacturer|operator|supplier|developer|"
    r"charity|newspaper|broadcaster|website),\s*$",
    re.I,
)


# The entity labels a list of persons' names may mix (the model calls some of them places, nationalities or bodies).
LIST_NAME_LABELS = ("PERSON", "GPE", "NORP", "ORG")


def untagged_between(doc, ents) -> list:
    """Capitalised proper nouns the model left untagged between two names of a list, set off by a comma before and
    a comma or 'and' after: 'Jane Doe, Joan Roe and John Poe' with 'Joan Roe' untagged (label '')."""
    out = []
    for before, after in zip(ents, ents[1:], strict=False):
        gap = doc[before.end : after.start]
        if len(gap) < 3 or gap[0].text != "," or any("\n" in t.whitespace_ for t in gap):
            continue
        end = len(gap)
        while end > 1 and gap[end - 1].text in (",", "and"):
            end -= 1
        run = gap[1:end]
        if (
            end < len(gap)
            and 0 < len(run) <= 4
            and all(t.tag_ in PROPER_NOUN_TAGS and is_capitalised(t.text) and not t.ent_type_ for t in run)
        ):
            out.append(run)
    return out


def _persons_in_lists(doc, ents: list) -> set[tuple[int, int]]:
    """Of the names `ents` (in text order), those in a list of names ('sentenced Jane Doe, Tavin Okoro and Ali') that
    holds two persons or more and more persons than other names: the others are persons too, whatever the model
    called them, and a one-word name among them needs no other sign of being a person."""
    chains, chain = [], ents[:1]
    for before, after in zip(ents, ents[1:], strict=False):
        gap = doc[before.end : after.start]
        if len(gap) and all(t.text in (",", "and") for t in gap) and not any("\n" in t.whitespace_ for t in gap):
            chain.append(after)
        else:
            chains.append(chain)
            chain = [after]
    chains.append(chain)
    out = set()
    for chain in chains:
        persons = sum(e.label_ == "PERSON" for e in chain)
        if (
            persons >= 2
            and persons > len(chain) - persons
            and all(t.tag_ in PROPER_NOUN_TAGS for e in chain for t in e if t.is_alpha)
        ):
            out |= {(e.start, e.end) for e in chain}
    return out


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    return line_around(text, start, end).strip() == text[start:end].strip()


# Words before a name that make it a place or a building, not a person: a preposition of place ("explosions in Tel
# Marra"), "at" or "the" ("the attack at the Harbour Arena", "told the High Court").
# The two readers of these words differ in how sure they must be. The word before one mention (_place_or_phrase_before)
# drops that mention only, so "at" and a lower-case "the" are enough there, and so is "in" after any noun. The whole
# text (_written_as_place) drops the name in every sentence, so it takes the prepositions of place alone, not after a
# noun that takes "in" for a person ("faith in Jane Doe"), and neither "at" ("fired at Jane Doe") nor "the" unless a
# building's word follows ("near the Tarvo Dovra office", not "the Jane Doe government").
PLACE_WORDS_BEFORE = PLACE_PREPOSITIONS | frozenset(("the", "at"))
# "shouting 'Allahu Akbar'": a cry, quoted after a verb of shouting, not a name.
CRY_BEFORE = re.compile(
    r"\b(?:shout(?:ing|ed|s)?|chant(?:ing|ed|s)?|yell(?:ing|ed|s)?|cr(?:ying|ied))\s+[\"'“‘]$", re.I
)


# Where a name is written as a place (see PLACE_WORDS_BEFORE for why fewer words than there): after a preposition of
# place ("offices in Tarvo Dovra"), not after a noun that takes "in" for a person; or after "the" and before a
# building's word ("near the Tarvo Dovra office").
PLACE_PREPOSITION_BEFORE = re.compile(
    rf"(?:\b(?P<noun>[a-z]+)\s+)?(?<![\w\-])(?:{'|'.join(sorted(PLACE_PREPOSITIONS))})\s+$"
)
NOT_PLACE_BEFORE_IN = frozenset(("faith", "trust", "confidence", "belief", "interest", "role", "part", "hand"))
THE_BEFORE = re.compile(r"(?<![\w\-])the\s+$")
WORD_AFTER = re.compile(r"\s+(?P<word>[a-z]+)")
NAME_END = re.compile(r"(?![\w\-'’])")  # a name's last word ends there: not "Doe-led", "Doe's"
BUILDING_AFTER_NAME = SITE_WORDS | frozenset(("office", "offices", "headquarters", "building"))


def _written_as_place(text: str, name: str) -> bool:
    """Does the text once write the name as a place ("offices in Tarvo Dovra", "near the Tarvo Dovra office"), not
    as an owner ("in Jane Doe's house")? Each place the name is written is read by the few words around it."""
    for start, end in name_spans(text, (name,), NAME_END):
        before = text[max(0, start - 40) : start]
        preposition = PLACE_PREPOSITION_BEFORE.search(before)
        if preposition and preposition.group("noun") not in NOT_PLACE_BEFORE_IN:
            return True
        after = WORD_AFTER.match(text, end)
        if after and after.group("word") in BUILDING_AFTER_NAME and THE_BEFORE.search(before):
            return True
    return False


def _place_or_phrase_before(doc, first: int, last: int) -> bool:
    """Is the name a place, a building or a quoted cry by the words before it? Not when it owns something after
    it ("in John Doe's house")."""
    if last < len(doc) and doc[last].text in ("'s", "’s"):
        return False
    if first > 0 and doc[first - 1].text in PLACE_WORDS_BEFORE:  # lower case: not "The", which opens a sentence
        return True
    text = doc.user_data.get("parsed_text") or doc.text  # (speed: Doc.text is rebuilt on every access)
    return bool(CRY_BEFORE.search(text[max(0, doc[first].idx - 30) : doc[first].idx]))


# Cues that introduce another name for the entity just named.
ALIAS_CUE = re.compile(
    r"(?:,\s*|\s+)(?:(?:who\s+(?:is|was)\s+)?(?:also|widely|commonly|locally|better|popularly|formerly)\s+)?"
    r"(?:known(?:\s+to\s+\w+)?(?:\s+in\s+\w+)?\s+as|alias|aka|a\.k\.a\.|nicknamed|also\s+referred\s+to\s+as|"
    r"who\s+called\s+(?:himself|herself)|by\s+(?:a|the|his|her)\s+nom\s+de\s+guerre,?|"
    # "Doe, who used the alias X", "who goes by the name X"
    r"who\s+(?:used|uses|goes\s+by|went\s+by)\s+(?:the\s+|an?\s+)?(?:alias|name|nickname|nom\s+de\s+guerre),?)\s+",
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
    r"schoolteacher|fisherman|trader|shopkeeper|resident|worker|co-worker|labourer|student|journalist|doctor|surgeon|nurse|"
    r"engineer|guard|imam|cleric|villager|witness|survivor|owner|friend|neighbour|colleague|councillor|councilor|"
    r"elder|mayor|activist|lawmaker|first name|named|caretaker|watchman|director|landlord|tenant)"
    # "the owner of the shop, Darvel": the role's complement comes before the name
    r"(?:\s+of\s+the\s+[a-z]+)?"
    r"\s*,?\s+(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][a-z][\w'’\-]*){0,2})"
    # The name ends the phrase, or the sentence goes on after it: "his brother Tarik is in hospital".
    r"(?=\s*[,.;(]|\s+(?:and|was|is|were|had|has|in|who|said|told|died)\b)"
)


# "a bus driver named Jane Doe died": a person's noun, 'named', the name, then the sentence goes on in lower case.
PERSON_NOUN_NAMED = re.compile(
    r"\b(?:man|woman|boy|girl|child|teenager|youth|person|driver|farmer|trader|shopkeeper|student|teacher|worker|"
    r"fisherman|resident|villager|guard|soldier|officer|policeman|journalist|doctor|nurse)\s+named\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){0,2})(?=\s+[a-z])"
)


# "a senior police officer, Tahir Ahmad Lone, told reporters": a full name set off after a common noun, speaking.
APPOSED_SPEAKER = re.compile(
    r"(?<=[a-z]),\s+(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][a-z][\w'’\-]*){1,3}),\s+"
    r"(?:said|says|told|added)\b"
)


# "Jane Doe, a spokesperson for the commission, said", "John Roe, from the health ministry, said": a full name
# opening a sentence or following a quotation, set off before the role it holds.
NAME_THEN_ROLE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[\"”]\s)|(?<=\n))(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2}),\s+"
    r"(?:(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:spokesperson|spokesman|spokeswoman|official|officer|commander|"
    r"resident|witness|doctor|surgeon|analyst|researcher|director|member|lawyer|leader)\b|from\s+the\s+[a-z])"
)


# "Jane Doe Ruiz, the governor of the state of Kelmar, said": a full name opening a sentence or a clause ("In Tarvo,
# Jane Doe, a spokesperson for the ministry, told"), set off before what the person is, then speaking. Not a body
# described the same way ("Tarvo Watch, the rights group, said").
NAME_APPOSITION_SAID = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[\"”]\s)|(?<=\n)|(?<=,\s)|^)(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,3}),\s+"
    rf"(?:a|an|the)\s+(?P<what>[^,.;:\n\"“”]{{3,80}}),\s+{SPEAKER_VERBS}\b"
)
# "the Governor of the North Region, Jane Doe Ruiz, is said to", "the country's President, Jane Doe,": an office,
# then its holder's full name set off between commas (the title word is checked against the titles).
OFFICE_THEN_NAME = re.compile(
    r"\b(?P<title>[A-Z][a-z]+)(?:\s+(?:of|to|for)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})?,\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,3}),"
)
BODY_NOUNS = re.compile(
    r"\b(?:group|organi[sz]ation|agency|website|newspaper|outlet|network|ministry|movement|party|company|firm|"
    r"charity|body|council|committee|union|alliance|coalition|militia|faction|force|forces|army|channel|station|"
    r"broadcaster|daily|news|service|office|department|institute|foundation|association|monitor|observatory|"
    r"bank|university|court|government|administration|authority|authorities)\b",
    re.I,
)


def _names_a_body(what: str) -> bool:
    """Does the apposition's head (before 'of', 'in', 'for') say the name is a body: 'the rights group', 'the news
    agency of X'? Not 'the head of the X Department'."""
    return bool(BODY_NOUNS.search(re.split(r"\s(?:of|in|for|at|from|on)\s", what)[0]))


# "Jane Doe, 37, said", "said Tarvo, 37, a vendor": a name set off before an age is a person's, whatever the model
# or the gazetteer makes of its words.
NAME_THEN_AGE = re.compile(
    r"(?<![\w'’\-])(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][a-z][\w'’\-]*){0,3}),\s+"
    r"(?:aged\s+)?[1-9]\d?\s*,"
)


# "Jane Doe, who said she had been sitting at the front": a full name set off before "who" is a person's (a body
# takes "which"); not one that "the" opens ("the Lakeland Rangers, who"), nor a place's after a preposition ("an
# official in Tarvo Dovra, who asked not to be named": "who" is the official).
NAME_THEN_WHO = re.compile(
    r"(?<![\w'’\-])(?<!\bthe )(?<!\bin )(?<!\bat )(?<!\bnear )(?<!\bfrom )(?<!\bof )(?<!\bto )"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][a-z][\w'’\-]*){1,3}),\s+who\b"
)
# (speed: scans of every text, gated by regex_speed.first_char_gate with the same matches: 7.0 + 9.7 + 7.9 ms ->
# 3.0 + 3.1 + 4.3 ms of CPU per 100 articles)
NAME_THEN_ROLE, NAME_APPOSITION_SAID, NAME_THEN_WHO = map(
    first_char_gate, (NAME_THEN_ROLE, NAME_APPOSITION_SAID, NAME_THEN_WHO)
)


# '..., ” Doe said': the speaker named right after the closing quote, often by a surname alone.
QUOTE_SPEAKER = re.compile(
    rf"[,.!?][\"”’]\s+(?P<name>[A-Z][a-z][\w'’\-]+(?:\s+[A-Z][a-z][\w'’\-]+){{0,2}})\s+{SPEAKER_VERBS}\b"
)


# A nom de guerre in quotes inside the full name: 'Jane "La Jefa" Doe Ruiz'. The mention spans all of it; the
# person's name leaves the quoted part out, which becomes an alias (persons.build_persons).
QUOTED_NICKNAME = re.compile(  # on one line: a name ends at a line break
    r"(?<![\w'’\-])(?P<first>[A-ZÀ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-Þ][\w'’\-]+)?)[ \t]+"
    r"[\"“‘'](?P<nick>[A-ZÀ-Þ][^\"”’'\n]{1,25}?)"
    r"[\"”’'][ \t]+(?P<last>[A-ZÀ-Þ][\w'’\-]+(?:[ \t]+(?:de[ \t]+|del[ \t]+)?[A-ZÀ-Þ][\w'’\-]+){0,2})"
)


def split_nickname(surface: str) -> tuple[str, str | None]:
    """('Jane Doe Ruiz', 'La Jefa') for 'Jane "La Jefa" Doe Ruiz'; (surface, None) when no quoted part."""
    match = QUOTED_NICKNAME.fullmatch(surface)
    if match is None:
        return surface, None
    return f"{match.group('first')} {match.group('last')}", match.group("nick")


def role_persons(text: str, sentence_of) -> list[Mention]:
    out = []
    for match in QUOTED_NICKNAME.finditer(text):
        if match.group("first").split()[0].lower() in NOT_NAMES:
            continue
        start, end, words = match.start(), match.end(), match.group(0)
        out.append(Mention(start, end, words, "person", sentence_of(start), fold(words), source="pattern"))
    for match in [
        *ROLE_THEN_NAME.finditer(text),
        *PERSON_NOUN_NAMED.finditer(text),
        *APPOSED_SPEAKER.finditer(text),
        *NAME_THEN_ROLE.finditer(text),
        *(m for m in NAME_APPOSITION_SAID.finditer(text) if not _names_a_body(m.group("what"))),
        *(m for m in OFFICE_THEN_NAME.finditer(text) if m.group("title").lower() in BARE_TITLES),
        *QUOTE_SPEAKER.finditer(text),
        *NAME_THEN_AGE.finditer(text),
        *NAME_THEN_WHO.finditer(text),
    ]:
        words, start = match.group("name"), match.start("name")
        if match.re in (NAME_THEN_AGE, NAME_THEN_WHO):
            # "And Jane Doe, 35,": a capitalised word opening the sentence is no part of the name.
            # "Highways Minister Jane Doe, 55,": the office up to its last title word is no part of it either.
            parts = words.split()
            titled = max((k + 1 for k, w in enumerate(parts[:-1]) if w.lower().rstrip(".") in BARE_TITLES), default=0)
            while len(parts) > 1 and (titled or parts[0].lower() in NOT_NAMES):
                start = text.index(parts[1], start + len(parts[0]))
                parts, titled = parts[1:], max(0, titled - 1)
            words = text[start : match.end("name")]
        if words.split()[0].lower() in NOT_NAMES or words.lower() in CALENDAR_WORDS:
            continue
        # A name after a noun for a person ("caretaker Tarvo", "a man named Dovra") is that person's, even where a
        # village of the same name is listed ("cue" outranks the gazetteer on the same words).
        source = "cue" if match.re in (ROLE_THEN_NAME, PERSON_NOUN_NAMED, NAME_THEN_AGE) else "pattern"
        out.append(Mention(start, start + len(words), words, "person", sentence_of(start), fold(words), source=source))
    return out


# Between two names of a list after "identified as": "'Jane', 30, and 'Joan', 32", "Jane Doe, Joan Roe and ...";
# each name may say where the person is from: "as Jane Doe from Tarvo, Joan Roe of Dovra and ...".
LIST_SEPARATOR = re.compile(
    r"(?:\s+(?:from|of)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)?"
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3})?(?:\s*,\s*and\s+|\s+and\s+|\s*,\s*)"
)


def _name_words(words: str) -> str:
    """The name a cue's match holds: up to a word closing the sentence ('Jane Doe. The'), without quotes."""
    kept = []
    for word in words.split():
        kept.append(word)
        if word.endswith(".") and len(word.strip(".\"'’”")) > 2:
            break
    return " ".join(kept).strip(".,\"'’”‘“")


def identified_persons(text: str, sentence_of) -> list[Mention]:
    """'identified as Muhammad Ihsani' and 'identified ... as X' make X a person; so do the others of a list
    ('identified the two as Jane, 30, and Joan, 32')."""
    out = []
    for cue in IDENTIFIED_AS.finditer(text):
        names, at, sep = [], cue.end(), ""
        while True:
            name = QUOTED_OR_NAME.match(text, at)
            if not name:
                break
            words = _name_words(name.group("name"))
            first = words.split()[0].lower() if words else ""
            if not words or first in NOT_NAMES or first.rstrip(".") in PERSON_TITLES:
                break
            start = name.start("name")
            names.append((start, words, sep))
            if len(words.split()) < len(name.group("name").split()):
                break  # the sentence ended inside the match
            at = name.end()
            separator = LIST_SEPARATOR.match(text, at)
            if not separator:
                break
            at, sep = separator.end(), separator.group(0)
        # The others of a list count only when it ends with "and": "as Jane Doe, Kelmar state" is no list.
        while len(names) > 1 and not re.search(r"\band\s+$", names[-1][2]):
            names.pop()
        for start, words, _ in names:
            end = start + len(words)
            out.append(Mention(start, end, words, "person", sentence_of(start), fold(words), source="cue"))
    return out
