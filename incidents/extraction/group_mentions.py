"""Group names the lists do not know: organisations the statistical NER finds, "a group called X", media
outlets (sources, not actors)."""

from __future__ import annotations

import re

from .forces import FORCE
from .groups import UNNAMED_MOVEMENT
from .model import Mention
from .name_context import is_capitalised, span_text
from .normalize import fold
from .place_mentions import station_site
from .vocabulary import (
    BARE_TITLES,
    DEMONYMS,
    DETERMINERS,
    EVENT_VERBS,
    FAITHS,
    NOT_NAMES,
    OFFICE_ENDINGS,
    ORGANISATION_HEADS,
    ORGANISATION_WORDS,
    PLACE_KIND_WORDS,
    SAY_WORDS,
    SITE_WORDS,
    UNIT_WORDS,
    building_centre,
    word_set,
)

# A weapon's or aircraft's model written after the force that uses it: "F-16", "Mi-17", "MQ-9", "Su-25".
MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Z]?")


# The name of a news outlet quoted as a source: "Hawar News Agency", "North Press Agency", "the Daily News".
NEWS_OUTLET = re.compile(r"\b(?:News|Press)\s+(?:Agency|Service|Network)$|\bNews\s+Agency\b", re.I)

# The wire services and international broadcasters stories quote by name: sources, never actors. Their names stay
# mentions (so that "France" in "Agence France-Presse" is no place) and are dropped as groups (non_entities). The
# hyphen of the agency's name is written in either place ("Agence-France Presse").
WIRE_SERVICE = re.compile(
    r"\bAgence[\s\-]+France[\s\-]+Presse\b|\bAssociated\s+Press\b|\bVoice\s+of\s+America\b|\bPress\s+Trust\s+of\b|"
    r"\bRadio\s+Free\s+Europe\b"
)


# A country's ministry or other state body told with the country as its owner, the body in lower case or half so:
# "Ruritania's health ministry", "Ruritania’s Interior ministry", "Ruritania's foreign office", "Ruritania's
# investigative committee", "Ruritania's security service", "Ruritania’s Immigration Department". The whole phrase
# names the body.
POSSESSED_MINISTRY = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+"
    r"(?:[A-Za-z\-]+\s+){1,2}?(?:[Mm]inistry|foreign\s+office|home\s+office|[Cc]ommittee|[Ss]ervice|[Dd]epartment|"
    r"[Dd]irectorate|[Aa]gency|[Bb]ureau)\b(?!\s+(?:of|for)\s+[A-Z])"
)


def possessed_ministries(doc, sentence_of) -> list[Mention]:
    """'Ruritania's health ministry', 'Ruritania's investigative committee': a state body of the country named
    before it (the gazetteer's country)."""
    text = doc.user_data["text"]
    gazetteer = doc._.gazetteer if doc.has_extension("gazetteer") else None
    found = []
    for match in POSSESSED_MINISTRY.finditer(text) if gazetteer is not None else ():
        body = fold(text[match.end("owner") : match.end()].split(None, 1)[1])
        if gazetteer.groups_named([body]).get(body):
            continue  # "Ruritania's Federal Guard Service": the listed body, under its own name
        words = match.group("owner").split()
        # "Later Ruritania's ...": the owner is the last word when the two together name no country.
        for owner in (" ".join(words), words[-1]) if len(words) == 2 else (words[0],):
            key = fold(owner)
            if any(r.kind == "country" for r in gazetteer.places_named([key]).get(key, [])):
                start, end = match.end("owner") - len(owner), match.end()
                surface = text[start:end]
                found.append(Mention(start, end, surface, "group", sentence_of(start), fold(surface), source="pattern"))
                break
    return found


# A ministry's portfolio in lower case and the word "ministry" (not "the ministry of Defence": a name). Neither a time
# ("former", "acting", "then", "ex-") nor a word that names no portfolio ("the same ministry") is a portfolio word.
_PORTFOLIO = r"(?:(?!government\b|same\b|new\b|whole\b|former\b|acting\b|then\b|ex-)[a-z][a-z\-]*\s+){1,3}?ministry\b"
_NOT_OF_A_NAME = r"(?!\s+(?:of|for)\s+[A-Z])"
# A ministry told by its portfolio, all in lower case: "the interior ministry said", "the federal security ministry".
# The statistical model seldom takes it for a name; the corpus codes it as the state's body. The article may open
# the sentence with it ("The interior ministry said").
PORTFOLIO_MINISTRY = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(?P<body>{_PORTFOLIO}){_NOT_OF_A_NAME}")
# The words before "ministry" are its portfolio: nouns and adjectives, never a verb ("as the wounded are ministry").
PORTFOLIO_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ"))


# A ministry told by its nation's adjective and its portfolio in lower case: "a senior Ruritanian health ministry
# official", "the Syldavian foreign ministry said". The adjective names the state; the whole phrase names the body.
# The adjective may be two words ("Sri Lankan"): the longest that DEMONYMS holds.
NATION_MINISTRY = re.compile(
    rf"(?<![\w\-])(?P<body>(?P<nation>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+{_PORTFOLIO}){_NOT_OF_A_NAME}"
)


def _nation_body(match: re.Match) -> int | None:
    """Where a NATION_MINISTRY's body begins: at its two-word nation when DEMONYMS holds it, else at the nation's
    last word when that is a demonym ("The Syldavian ..." is "Syldavian ..."); None when neither is."""
    nation = match.group("nation")
    if DEMONYMS.get(nation.lower()):
        return match.start("nation")
    last = nation.split()[-1]
    return match.end("nation") - len(last) if DEMONYMS.get(last.lower()) else None


def portfolio_ministries(doc, sentence_of) -> list[Mention]:
    """'the interior ministry', 'the religious affairs ministry': a ministry of the story's state by its portfolio;
    'the Ruritanian health ministry': a nation's, by its adjective and its portfolio."""
    text = doc.user_data["text"]
    found = []
    spans = [match.span("body") for match in PORTFOLIO_MINISTRY.finditer(text)]
    for match in NATION_MINISTRY.finditer(text):
        begin = _nation_body(match)
        if begin is not None:
            spans.append((begin, match.end("body")))
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.tag_ not in PORTFOLIO_TAGS for t in span[:-1]):
            continue
        surface = text[start:end]
        found.append(Mention(start, end, surface, "group", sentence_of(start), fold(surface), source="pattern"))
    return found


def ner_organisations(doc, sentence_of, listed: list[Mention] = ()) -> list[Mention]:
    """ORG entities that name a body ('the Federal Court of Justice', 'the provincial health department'), or
    that hold a listed name inside a longer proper name ('the Ruritania Red Cross', 'the Institute for X Studies'
    around a listed 'Red Cross' or 'Institute'): that longer name is another body, not the listed one."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        if any(t.text == "/" for t in ent) or (ent.start and doc[ent.start - 1].text == "/"):
            continue  # "Photo: AFP/City Police", "(photo/Alder City Government via X)", "the Hill Police Post/GSU":
            # a credit, or two names run together
        for tokens in _coordinated(_continued(doc, list(ent), listed)):
            mention = _organisation(doc, tokens, sentence_of, listed)
            if mention is not None:
                found.append(mention)
    return found


# Words that carry a body's name on past the statistical model's entity: "the Centre for the Study of X", "the
# State Security Service of Ruritania", "the Union of Lamp and Lantern societies".
NAME_CONTINUATIONS = ("of", "for", "and")


# Lower-case plural heads that close such a name ("... Lamp and Lantern societies").
CLOSING_HEADS = frozenset(("societies", "society"))


def _continued(doc, tokens: list, listed: list[Mention]) -> list:
    """The entity's tokens, carried on over 'of', 'for' or 'and' and the capitalised words after them when the model
    cut a long name short ('the Policy Institute for the Northern Sahel' tagged 'the Policy Institute'). 'and' carries
    on only a complement ('Federation of X and Y'), never joins two bodies ('the Army and Police'). A listed group
    followed by 'of' and its own country keeps its listed name; another country makes it another body."""
    words = list(tokens)
    if len(words) > 2 and words[-1].lower_ in ("of", "for"):
        words.pop()  # "the District Court of" tagged without its seat: carried on below
    k = words[-1].i + 1
    while k + 1 < len(doc) and doc[k].lower_ in NAME_CONTINUATIONS and "\n" not in doc[k - 1].whitespace_:
        if doc[k].lower_ == "and" and not any(t.lower_ in ("of", "for") for t in words):
            break
        n = k + 1
        if doc[n].lower_ == "the" and doc[k].lower_ != "and":
            n += 1
        tail = []
        while n < len(doc) and doc[n].is_alpha and doc[n].text[:1].isupper() and "\n" not in doc[n - 1].whitespace_:
            tail.append(doc[n])
            n += 1
            if _hyphen_joined(doc, n):
                tail += [doc[n], doc[n + 1]]  # "of Upper-Varno": one name in three tokens
                n += 2
        if not tail or (len(tail) == 1 and tail[0].lower_ in DETERMINERS):
            break
        if doc[k].lower_ == "of" and _own_country(doc, words, tail, listed):
            break  # the listed name said with its own country: it stands
        words += list(doc[k:n])
        k = n
    if len(words) > len(tokens) and k < len(doc) and doc[k].lower_ in CLOSING_HEADS:
        words.append(doc[k])
    elif (
        k < len(doc)
        and doc[k].lower_ in ADMIN_WORDS
        and any(t.lower_ == "of" for t in words[1:-1])
        and words[-1].text[:1].isupper()
        and words[-1].whitespace_ == " "
    ):
        words.append(doc[k])  # "the Internal Affairs Department of Lakeland region": the place's word ends the name
    return words


def _hyphen_joined(doc, n: int) -> bool:
    """A hyphen at `n` joining the capitalised word before it to a capitalised word after it, with no spaces."""
    return (
        n + 1 < len(doc)
        and doc[n].text == "-"
        and not doc[n - 1].whitespace_
        and not doc[n].whitespace_
        and doc[n + 1].is_alpha
        and doc[n + 1].text[:1].isupper()
    )


# A region's word after its name, in lower case: "of Lakeland region", "of Upland province".
ADMIN_WORDS = frozenset(w for w, kind in PLACE_KIND_WORDS.items() if kind in ("admin1", "admin2") and w != "agency")


def _own_country(doc, words, tail, listed: list[Mention]) -> bool | None:
    """Whether the listed name among `words` belongs to the country `tail` names ('the State Guard Service' +
    'Ruritania'); None when `words` hold no listed name or `tail` names no country."""
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    inside = [m for m in listed if start <= m.start and m.end <= end]
    gazetteer = doc._.gazetteer if doc.has_extension("gazetteer") else None
    if not inside or gazetteer is None:
        return None
    name = fold(" ".join(t.text for t in tail))
    countries = {r.country_code for r in gazetteer.places_named([name]).get(name, []) if r.kind == "country"}
    if not countries:
        return None
    return any(r.country_code in countries for m in inside for r in m.groups)


# A party's or a movement's leading organ, which acts and signs in its name: the corpus codes the body itself.
LEADING_ORGANS = ("central committee", "politburo", "political bureau", "executive committee", "standing committee")


def _organ_of(tokens) -> int:
    """Where the body's own name starts after 'Central Committee of (the)', 0 when the name is no organ's."""
    words = [t.lower_ for t in tokens]
    for organ in LEADING_ORGANS:
        n = len(organ.split())
        if " ".join(words[:n]) == organ and words[n : n + 1] == ["of"]:
            k = n + 2 if words[n + 1 : n + 2] == ["the"] else n + 1
            if len(tokens) - k >= 2 and all(t.text[:1].isupper() for t in tokens[k : k + 1]):
                return k
    return 0


def _listed_of_country(doc, tokens, listed: list[Mention]) -> bool | None:
    """A listed name, then 'of' and a country: False for the country the list holds it for ('the Ruritanian Guard
    of Ruritania' is that listed group), True for another ('the State Guard of Syldavia', where the list knows only
    Ruritania's State Guard: another body of the same name). None for any other name."""
    of = next((k for k, t in enumerate(tokens) if t.lower_ == "of"), None)
    if not of:
        return None
    tail = [t for t in tokens[of + 1 :] if t.lower_ != "the"]
    own = _own_country(doc, tokens[:of], tail, listed) if tail else None
    return None if own is None else not own


def _coordinated(tokens) -> list:
    """ "the Federal Army and Regional Police": two bodies, when each side ends in an organisation's head noun and
    is a name of two or more words ("the Red Cross and Red Crescent Societies" is one: "Cross" is no head)."""
    for k, token in enumerate(tokens):
        if token.text != "and" or k < 2 or k > len(tokens) - 3:
            continue
        left, right = tokens[:k], tokens[k + 1 :]
        heads = left[-1].text.lower() in ORGANISATION_HEADS and right[-1].text.lower() in ORGANISATION_HEADS
        if heads and all(t.text[:1].isupper() for t in (*left[-2:], *right[:2])):
            return [left, right]
    return [tokens]


def _organisation(doc, tokens, sentence_of, listed: list[Mention]) -> Mention | None:
    """One ORG name (or one side of two coordinated names), trimmed; None when it names no body."""
    cut = next((k for k, t in enumerate(tokens) if t.text == "("), len(tokens))
    tokens = tokens[:cut]
    # "Commander of the Armed Forces General Jane Doe": the body ends before a rank followed by a person's name.
    ranked = next((k for k, t in enumerate(tokens) if k and _rank_before_name(tokens, k)), None)
    if ranked is not None:
        tokens = tokens[:ranked]
    commas = [k for k, t in enumerate(tokens) if t.text in (",", ";")]
    if commas:
        tokens = tokens[commas[-1] + 1 :]  # "Kalashnikovs, Regional Police ...": a list, not one name
    while tokens and (tokens[0].text.lower() in DETERMINERS or tokens[0].lower_ in HEDGES or tokens[0].is_punct):
        tokens.pop(0)  # "Suspected Al Qaeda militants": the hedge is no part of the name
    organ = _organ_of(tokens)
    if organ:
        tokens = tokens[organ:]  # "the Central Committee of the Ruritanian Workers' Party" speaks for the party
    while len(tokens) > 2 and tokens[0].is_alpha and tokens[0].text.islower() and tokens[1].text[:1].isupper():
        tokens.pop(0)  # "the national Investigative Committee": a lower-case adjective is no part of the name
    while len(tokens) > 2 and tokens[0].text.isupper() and tokens[0].lower_ in BARE_TITLES:
        tokens.pop(0)  # "Jane Doe, IG Frontier Corps": the holder's office, then the body
    unit_of = _unit_of_listed(tokens, listed)
    if unit_of:
        tokens = tokens[:unit_of]  # "the 12th Front of the Lakeland Army": the unit, inside the listed group
    after = tokens[-1].i + 1 if tokens else 0
    while (
        len(tokens) > 2
        and tokens[-1].lower_ in TITLE_MODIFIERS
        and after < len(doc)
        and doc[after].text[:1].isupper()
        and doc[after].lower_ in BARE_TITLES | OFFICE_ENDINGS
    ):
        tokens.pop()  # "the Lakeland Constabulary Acting Superintendent Jane Doe": the title is the person's
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens.pop()  # "the Philippine Army's": the name ends before the possessive
    told = _body_noun_after(doc, tokens, listed)
    if told is not None:
        tokens = tokens + [told]  # "the Ferrow party", "the Dhankari sect": the noun says what body the name is
    if (
        len(tokens) > 2
        and MODEL_DESIGNATION.fullmatch(tokens[-1].text)
        and tokens[-2].text.lower() in ORGANISATION_HEADS
    ):
        tokens.pop()  # "Iraqi Air Force F-16 jets": the aircraft's model is no part of the force's name
    if len(tokens) > 2 and tokens[-1].text in ("militia", "group", "gang", "outfit") and tokens[-2].text[:1].isupper():
        tokens.pop()  # "the Civilian Joint Task Force militia": a common noun after the name says what it is
    if len(tokens) < 2 and told is None:
        return None
    after = tokens[-1].i + 1
    if after < len(doc) and doc[after].lower_ in ("minister", "ministers"):
        return None  # "Union Home Minister Jane Doe": the minister's portfolio, part of a person's title
    if after < len(doc) and doc[after].is_lower and doc[after].lower_ in SITE_WORDS and _named_after_someone(tokens):
        return (
            None  # "the Jane Doe Air Force base": a site named after a person ("a National Guard base" is the force's)
        )
    abroad = _listed_of_country(doc, tokens, listed)
    if abroad is False:
        return None  # "the Ruritanian Guard of Ruritania": the listed name, said with its country
    if (
        not abroad
        and told is None
        and not any(t.lower_ in BODY_HEADS for t in tokens)
        and _singular(tokens[-1].lower_) not in BODY_HEADS
        and not _state_service(tokens)
        and not DESCRIBED_AS_GROUP.match(doc.user_data["text"], tokens[-1].idx + len(tokens[-1].text))
        and not _national_society(tokens)
        and not _holds_listed_name(tokens, listed)
        and not _numbered_unit(tokens)
        and not _named_government(tokens)
    ):
        return None
    if tokens[-1].text.lower() in SITE_WORDS or tokens[-1].text.lower() in OFFICE_ENDINGS | {"chief", "chiefs"}:
        return None  # "Army Public School" is a place; "Regional Police Officer", "National Police Chief" an office
    if any(t.lower_ in MISSIONS for t in tokens) and (
        tokens[-1].lower_ not in MISSIONS or _after_place_preposition(doc, tokens[0].i)
    ):
        return None  # "a car bomb near the Ruritanian Embassy", "the Embassy compound": the building
    if len(tokens) >= 2 and building_centre(tokens[-2].text, tokens[-1].text):
        return None  # "the Lakeside Medical Center", "the Alder Cultural Centre": a building, a site, not a body
    if _institute_as_place(tokens):
        return None  # "the Lakeside Institute of Surgery", "a blast near the Hill Institute": a building, a site
    if len(tokens) >= 2 and station_site(doc, tokens[-1].i):
        return None  # "the Kandi Police Station was attacked", "the Alder Train Station": a building, not a force
    if tokens[-1].lower_ in ("office", "unit", "desk", "section") and all(
        t.lower_ in FUNCTION_OFFICE_WORDS for t in tokens[:-1]
    ):
        return None  # "the Public Information Office", "the Area Office": a desk of some body, named by its task
    if NEWS_OUTLET.search(" ".join(t.text for t in tokens)):
        return None  # "the Hawar News Agency reported": a source of the story, not an actor
    words = doc.user_data["text"][tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    if FORCE.fullmatch(words) or FORCE.fullmatch(re.sub(r"(?<=[a-z])-(?=[A-Za-z])", " ", words)):
        return None  # "Security forces", "two Air-Force jets": a generic force, resolved by country later
    start, end, surface = span_text(doc, tokens[0].i, tokens[-1].i + 1)
    return Mention(start, end, surface, "group", sentence_of(start), fold(surface), source="ner")


# Common nouns that, written small right after a name, say what body it is: "the Ferrow party", "the Dhankari sect",
# "Calvaro enterprise" (a model's ORG without a body's head word is otherwise no body).
BODY_NOUNS_AFTER = frozenset(("party", "sect", "enterprise"))


def _body_noun_after(doc, tokens, listed: list[Mention]):
    """The token of a BODY_NOUNS_AFTER noun right after the name; None when there is none, or the name is not
    capitalised, is owned ("Jane Doe's party"), was carried on over "of" or holds a listed group's name ("the Boko
    Haram sect" is that group)."""
    if not tokens or not tokens[-1].text[:1].isupper():
        return None
    after = tokens[-1].i + 1
    if after >= len(doc) or doc[after].text not in BODY_NOUNS_AFTER or "\n" in tokens[-1].whitespace_:
        return None
    if any(t.tag_ == "POS" or t.lower_ in ("of", "for") for t in tokens) or doc[after - 1].tag_ == "POS":
        return None  # "the Dhankari Hall of the Dhankari sect": the noun is the complement's, a name of its own
    start, end = tokens[0].idx, doc[after].idx + len(doc[after].text)
    if any(m.start < end and start < m.end for m in listed):
        return None
    return doc[after]


# A state's mission abroad ("the Ruritanian Embassy said"); after a preposition of place ("a blast near the
# Ruritanian Embassy") or as an attack's object ("stormed the Ruritanian Embassy") it is a building, a site.
MISSIONS = frozenset(("embassy", "consulate"))
PLACE_PREPOSITIONS = frozenset(("from", "near", "outside", "at", "to", "into", "inside", "behind", "opposite", "of"))


# Words that hedge a name the model took into the entity: "Suspected Al Qaeda militants".
HEDGES = frozenset(("suspected", "alleged", "presumed", "purported"))


# An apposition that says what a name is: "Pax Nova, a group that campaigns ...", "X, an advocacy organisation".
DESCRIBED_AS_GROUP = re.compile(
    r",\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:group|organi[sz]ation|movement|militia|faction|outfit|network|"
    r"coalition|alliance|charity|association)\b"
)


# Prepositions that make an institute's name the place where something happens or someone stands ("near the Hill
# Institute", "said from the X Institute"), not a body that acts ("a researcher of the X Institute").
INSTITUTE_PLACE_PREPOSITIONS = frozenset(("from", "near", "outside", "at", "into", "inside", "behind", "opposite"))
# Words of a teaching hospital's name: "Research Institute of Emergency Medicine", "Institute of Medical Sciences".
MEDICINE_WORDS = frozenset(("medicine", "medical", "surgery", "trauma", "hospital", "cardiology", "oncology"))


def _institute_as_place(tokens) -> bool:
    """An institute that is a hospital by its name, or that the sentence places something at."""
    institute = next((t for t in tokens if t.lower_ == "institute"), None)
    if institute is None:
        return False
    if any(t.lower_ in MEDICINE_WORDS for t in tokens):
        return True
    return institute.dep_ == "pobj" and institute.head.lower_ in INSTITUTE_PLACE_PREPOSITIONS


# A military unit's number written first: "Second", "4th", "21st".
UNIT_NUMBER = re.compile(
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth", re.I
)


def _after_place_preposition(doc, i: int) -> bool:
    k = i - 1
    while k >= 0 and doc[k].lower_ in DETERMINERS:
        k -= 1
    return k >= 0 and (doc[k].lower_ in PLACE_PREPOSITIONS or doc[k].lower_ in EVENT_VERBS)


def _numbered_unit(tokens) -> bool:
    """'Third Infantry Division', '7th Armoured Regiment': a numbered unit, a body ('Homicide Division' is a desk)."""
    return len(tokens) >= 2 and bool(UNIT_NUMBER.fullmatch(tokens[0].text)) and tokens[-1].lower_ in UNIT_WORDS


# The level of a government below the state's, said before 'Government' in its name: "the Alder City Government".
GOVERNMENT_LEVELS = frozenset(("city", "provincial", "regional", "municipal", "county", "district", "state"))


def _named_government(tokens) -> bool:
    """A government named with its place: 'the Government of Alder', 'the City Government of Alder', 'the Alder
    Provincial Government' (a 'Local Government' is a Nigerian district, a place; 'Politics & Government' a page's
    section)."""
    words = [t.lower_ for t in tokens]
    if "government" not in words or any(not (t.is_alpha or t.text in ("-", ".")) for t in tokens):
        return False
    head = words.index("government")
    before, after = tokens[:head], tokens[head + 1 :]
    if not all(t.text[:1].isupper() for t in tokens if t.is_alpha and t.lower_ not in ("of", "the")):
        return False
    if after:  # "Government of Alder", "City Government of Alder"
        return (
            words[head + 1] == "of"
            and len(after) >= 2
            and all(w in GOVERNMENT_LEVELS for w in words[:head])
            and any(t.is_alpha and t.lower_ not in ("of", "the") for t in after[1:])
        )
    # "Alder Provincial Government": a place's name, then its level
    return len(before) >= 2 and words[head - 1] in GOVERNMENT_LEVELS and words[0] not in GOVERNMENT_LEVELS


# Words that open a title but end no body's name: "Acting Superintendent", "Deputy Commissioner".
TITLE_MODIFIERS = frozenset(("acting", "deputy", "assistant", "interim", "additional", "senior", "chief"))


def _singular(word: str) -> str:
    """ "committees" -> "committee", "authorities" -> "authority": a head noun in the plural ends a name too ("the
    Lakeside Resistance Committees")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _named_after_someone(tokens) -> bool:
    """Two or more of the name's words are proper names, not a body's words nor a nation's: "Jane Doe Air Force"."""
    proper = [
        t
        for t in tokens
        if t.tag_ == "NNP"
        and t.lower_ not in ORGANISATION_WORDS | BODY_HEADS | STATE_SERVICE_WORDS | {"air", "naval", "royal"}
        and t.lower_ not in DEMONYMS
    ]
    return len(proper) >= 2


def _unit_of_listed(tokens, listed: list[Mention]) -> int:
    """Where 'of' starts in 'the 12th Front of the Lakeland Army' (a numbered unit, then a listed group); 0 else."""
    of = next((k for k, t in enumerate(tokens) if t.lower_ == "of"), 0)
    if of < 2 or not _numbered_unit(tokens[:of]):
        return 0
    start, end = tokens[of].idx, tokens[-1].idx + len(tokens[-1].text)
    return of if any(start < m.start and m.end <= end for m in listed) else 0


# Nouns a body's name is built on: the organisations', a few forces' ("the Balochistan Constabulary") and the
# monitors' that stories quote for counts ("the Sahel Conflict Tracker", "the Lakeland Observatory").
BODY_HEADS = ORGANISATION_HEADS | MISSIONS | {"constabulary", "gendarmerie", "levies", "rangers", "tracker"}
BODY_HEADS |= {"observatory"}
# Bodies named in the plural, several local ones under one name: "the Lakeside Resistance Committees".
BODY_HEADS |= {"committees", "councils"}


# A state's service, told by its remit or its rank: "the National Emergency Service", "the State Security Service"
# ("the Lakeland Service" of a broadcaster, "the Times Syndication Service" are outlets).
STATE_SERVICE_WORDS = word_set(
    "national state federal security intelligence border emergency police prison customs migration protection "
    "correctional protective"
)


def _state_service(tokens) -> bool:
    """The name's head is 'service' or 'services' ("the Lakeland Correctional Services"), before the remit its
    name may go on with ("the National Service for the Care of Detainees and Young Offenders"), and a word of the
    state's remit or rank is before it."""
    words = [t.lower_ for t in tokens]
    complement = next((k for k, w in enumerate(words) if k and w in ("of", "for")), len(words))
    words = words[:complement]
    return _singular(words[-1]) == "service" and bool(set(words[:-1]) & STATE_SERVICE_WORDS)


# Words that name an office by its task or its reach only; a body's office has a proper name in it ("the Ruritanian
# Human Rights Office", "the Federal Prosecutor's Office").
FUNCTION_OFFICE_WORDS = word_set(
    "public information press media area regional district field branch local liaison main head communications "
    "relations affairs"
)


def _national_society(tokens) -> bool:
    """'the Ruritanian Red Crescent', 'the Syldavia Red Cross Society': a country's own society of the movement (the
    bare 'Red Crescent' is as often its emblem)."""
    words = [t.lower_ for t in tokens]
    if words[-1] in ("society", "societies"):
        words = words[:-1]
    return len(words) >= 3 and words[-2:] in (["red", "crescent"], ["red", "cross"])


# Titles that stand before a person's name and nowhere in a body's name ("Major" and "Chief" do, as adjectives).
NAME_RANKS = BARE_TITLES - {"u", "ma", "daw", "head", "chief", "senior", "private", "justice", "deputy", "major"}


def _rank_before_name(tokens, k: int) -> bool:
    rest = tokens[k + 1 :]
    return (
        tokens[k].text[:1].isupper()
        and tokens[k].text.lower().rstrip(".") in NAME_RANKS
        and len(rest) >= 2
        and all(t.is_alpha and t.text[:1].isupper() and t.text.lower() not in ORGANISATION_HEADS for t in rest)
    )


def _holds_listed_name(tokens, listed: list[Mention]) -> bool:
    """A listed group's name strictly inside the entity, after a capitalised word that is not a nation's
    adjective ("Pakistani Taliban" is the listed group, told by nationality)."""
    if any(t.tag_ == "POS" or t.lower_ in ("in", "at", "near", "from") for t in tokens):
        return False  # "Islamic State's Amaq", "Assam Rifles in Imphal": two names, or a name and a place
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    for mention in listed:
        if start <= mention.start and mention.end <= end and (mention.start, mention.end) != (start, end):
            before = [t for t in tokens if t.idx + len(t.text) <= mention.start]
            if any(t.text[:1].isupper() and t.text.lower() not in DEMONYMS for t in before):
                return True  # a word after the name only says what it is ("Boko Haram Islamists")
    return False


# A capitalised name ending in a word armed groups are named with: "the Carlos Patiño Front"; a unit's number
# is part of its name ("the 16th Infantry Battalion").
NAMED_GROUP = re.compile(
    r"(?<![\w\-])(?P<name>(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:[A-ZÀ-Þ][\w'’\-]*\s+(?:(?:of|for|the|de|del|al)\s+)?){1,5}"
    r"(?:Front|Brigades?|Movement|Militia|Battalion|Legion|Mujahideen|Resistance|Liberation Army))\b"
)


# A front or column named after a person, its noun in lower case: "the Jaime Martínez front", "the Dagoberto Ramos
# column" (two or more capitalised words; not "the Western front").
NAMED_AFTER_PERSON = re.compile(
    r"(?<=\bthe\s)(?P<name>[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*){1,3}\s+(?:front|column|bloc))\b"
)


# A militia or a gang named before its common noun, the noun in lower case: "the Karo Valley Home Guard militia",
# "the Grand Vilo gang" (two to four capitalised words; "Syrian militia" is a nation's).
NAMED_BEFORE_NOUN = re.compile(
    r"(?<![\w\-])(?P<name>[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*){1,3})\s+(?:militias?|gang|cartel)\b"
)


# A court named by its seat or its rank: "the Federal High Court", "the Lakeside district court", "the Higher
# Regional Court" (a seat told after it, "in Lakeside", stays a place). "A Ruritanian court" names none.
NAMED_COURT = re.compile(
    r"(?<![\w\-])(?P<name>(?:[A-ZÀ-Þ][\w'’\-]*[ \t]+){1,4}"
    r"(?:Court|(?:district|high|supreme|regional|criminal|appeals|military|magistrates['’]?)[ \t]+court))\b"
)


# A church's see, which speaks and acts in its bishop's name: "the Diocese of Lakeside said", "Bishop Jane Doe of
# the Prelature of Upper Varno", "the Archdiocese of Alder-Birch". A see is not a place of the story.
CHURCH_SEE = re.compile(
    r"(?<![\w\-])(?P<name>(?:Arch)?(?:Diocese|Eparchy|Prelature)\s+of\s+(?:the\s+)?"
    r"[A-ZÀ-Þ][\w'’]*(?:(?:\s+|-)[A-ZÀ-Þ][\w'’]*){0,2})"
)


# A group's or a newsroom's outlet: "on its Az-Zallaqa media channel", "its Radio Andalus station", "the Amaq news
# agency". The name is an organisation, not a person or a place.
MEDIA_OUTLET = re.compile(
    r"\b(?P<owner>its|their|the|an?)\s+(?P<name>(?:[A-ZÀ-Þ][\w'’\-]*\s+){0,3}?[A-ZÀ-Þ][\w'’\-]*)\s+"
    r"(?:(?P<medium>media|propaganda|Telegram|news|television|TV|radio)\s+)?"
    r"(?P<noun>channel|station|agency|outlet|newspaper|website|broadcaster)\b"
)


# A name's last word that is an adjective made of a name and a participle: "X-linked", "X-affiliated", "X-run".
HYPHENED_PARTICIPLE = re.compile(r"[-‐–](?:linked|affiliated|run|owned|backed|aligned|allied|controlled|funded|based)$")


def wire_service_mentions(text: str, sentence_of) -> list[Mention]:
    """The wire services' names wherever written, whatever the statistical model made of them, so that a country
    inside one ("France" of "Agence-France Presse") is no place; non_entities drops them as sources."""
    return [
        Mention(m.start(), m.end(), m.group(0), "group", sentence_of(m.start()), fold(m.group(0)), source="pattern")
        for m in WIRE_SERVICE.finditer(text)
    ]


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
        if name.endswith(("'s", "’s")):
            continue  # "the Islamic State's media outlet": the outlet's owner, not its name
        if HYPHENED_PARTICIPLE.search(name):
            continue  # "a Lakeland-linked website", "an X-run newspaper": whose outlet it is, not its name
        if name.lower() in DEMONYMS:
            continue  # "the Turkish news outlet X": the outlet's country, not its name
        if match.group("owner").lower() not in ("its", "their") and (match.group("medium") or "").lower() == "news":
            continue  # "the Dogan news agency": an outlet quoted as a source is no actor; a group's own ("its") is
        start = match.start("name")
        found.append(Mention(start, start + len(name), name, "group", sentence_of(start), fold(name), source="pattern"))
    return found


# Fighters named by the state behind them: "Turkish-backed factions", "the Iran-backed armed group", "Ruritanian-
# sponsored Syldavian rebels". The corpus codes them as a group under that description.
BACKED_GROUP = re.compile(
    r"\b(?P<name>(?P<backer>[A-Z][a-z]+)[-‐–](?:backed|supported|sponsored|funded)\s+(?:(?:[A-Z][a-z]+|armed)\s+)?"
    r"(?:rebels|factions|militias?|armed groups?|fighters|insurgents|militants|paramilitar(?:y|ies)))\b"
)


def backed_group_mentions(text: str, sentence_of) -> list[Mention]:
    """'Turkish-backed rebels': a group the list does not name, described by its backer (a country)."""
    found = []
    for match in BACKED_GROUP.finditer(text):
        if match.group("backer").lower() not in DEMONYMS:
            continue  # "government-backed", "state-backed" are lower case; "Moscow-backed" is a city
        name = match.group("name")
        start = match.start("name")
        # "Turkish-backed Syrian rebels" and later "Turkish-backed rebels": one group, keyed by backer and noun.
        key = fold(f"{match.group('backer')} backed {name.split()[-1]}")
        found.append(Mention(start, match.end(), name, "group", sentence_of(start), key, source="pattern"))
    return found


def named_group_mentions(text: str, sentence_of) -> list[Mention]:
    """Unlisted groups named the way armed groups are named; the groups list, when it knows them, wins."""
    found = []
    patterns = (NAMED_GROUP, NAMED_AFTER_PERSON, NAMED_BEFORE_NOUN, NAMED_COURT, CHURCH_SEE)
    for match in [m for pattern in patterns for m in pattern.finditer(text)]:
        name = match.group("name")
        if match.re is NAMED_BEFORE_NOUN and any(w.lower() in DEMONYMS or w.lower() in FAITHS for w in name.split()):
            continue  # "Sunni Syrian militias": a nation's or a faith's fighters, not a name
        while name.split()[0].lower() in NOT_NAMES or name.split()[0].lower() in DETERMINERS:
            name = name.split(None, 1)[1] if len(name.split()) > 1 else ""
            if not name:
                break
        if len(name.split()) < 2:
            continue
        owner = re.search(r"(\w+)['’]s\s", name)
        if owner and owner.group(1).lower() in ORGANISATION_HEADS:
            continue  # "the Army’s Brigade Headquarters": a body's unit, told by its owner; no name of a group
        start = match.end("name") - len(name)
        found.append(Mention(start, match.end("name"), name, "group", sentence_of(start), fold(name), source="pattern"))
    return found


# Fighters of a movement the story never names: "separatists attacked", "the insurgents", "rebel groups". One group
# under one key (groups.UNNAMED_MOVEMENT), kept only when the story names no armed group (GroupBuilder.settle_...).
MOVEMENT_WORDS = re.compile(
    r"(?<![\w\-])(?:separatists|secessionists|insurgents|rebels|"
    r"(?:separatist|insurgent|rebel)\s+(?:fighters|factions?|movement|elements|groups?|militias?))\b",
    re.I,
)


# Civilians the state arms to guard their village: "village defence volunteers", "defense volunteers". One group
# however the text spells it. A "civil defence volunteer" is a rescuer.
DEFENCE_VOLUNTEERS = re.compile(r"(?<![\w\-])(?<!civil )(?:village\s+)?defen[cs]e\s+volunteers?\b", re.I)


def unnamed_movement_mentions(text: str, sentence_of, listed: list[Mention] = ()) -> list[Mention]:
    found = []
    for match in MOVEMENT_WORDS.finditer(text):
        start, name = match.start(), match.group()
        if any(m.end == start - 1 for m in listed) and text[start - 1 : start] == " ":
            continue  # "Taliban insurgents", "M23 rebels": the listed group's fighters, not an unnamed movement
        found.append(Mention(start, match.end(), name, "group", sentence_of(start), UNNAMED_MOVEMENT, source="pattern"))
    key = fold("defence volunteers")
    for match in DEFENCE_VOLUNTEERS.finditer(text):
        start, name = match.start(), match.group()
        found.append(Mention(start, match.end(), name, "group", sentence_of(start), key, source="pattern"))
    return found


# A church as the body of its faithful, not a building: "the Ruritanian Orthodox Church said", "a senior Lakeland
# Church official", "the Lakeland Church religious group". A church attacked or stood in stays a site (place_mentions).
CHURCH_VOICES = word_set(
    "official officials leader leaders member members spokesman spokeswoman spokesperson group followers clergy "
    "statement"
)


def church_bodies(doc, sentence_of) -> list[Mention]:
    """Every mention of a church's name that one sentence shows speaking or having officials and members."""
    text = doc.user_data["text"]
    names = set()
    for token in doc:
        if token.text != "Church" or not _speaks_as_body(token):
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].is_alpha
            and is_capitalised(doc[start - 1].text)
            and doc[start - 1].lower_ not in DETERMINERS
            and "\n" not in doc[start - 1].whitespace_
        ):
            start -= 1
        if start < token.i:
            names.add(text[doc[start].idx : token.idx + len(token.text)])
    found = []
    for name in sorted(names):
        for match in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
            start = match.start()
            found.append(Mention(start, match.end(), name, "group", sentence_of(start), fold(name), source="pattern"))
    return found


def _speaks_as_body(token) -> bool:
    head = token.head
    if token.dep_ == "nsubj" and head.lower_ in SAY_WORDS:
        return True
    return token.dep_ in ("compound", "nmod") and head.i > token.i and head.lower_ in CHURCH_VOICES
