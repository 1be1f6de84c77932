"""Place names the gazetteer lacks: sites and regions from place-type words ("the Buleda area", "Kocha
Risaldar mosque", "the Hamrin mountains") and the places events are said to happen in ("attacked X")."""

from __future__ import annotations

import re

from .model import Mention
from .name_context import (
    APPOSITION_PLACE,
    PROPER_NOUN_TAGS,
    UNLISTED_KIND,
    _person_context,
    is_capitalised,
    place_context,
    span_text,
)
from .nlp import Sentence
from .normalize import fold
from .regex_speed import first_char_gate
from .vocabulary import (
    BARE_TITLES,
    CALENDAR_WORDS,
    CAPITALISED_VENUE_WORDS,
    COMPLEX_KINDS,
    DEMONYMS,
    DETERMINERS,
    FORCE_SPEAKER_NOUNS,
    GROUP_PREFIXES,
    INDEFINITE_DETERMINERS,
    MISSION_WORDS,
    NAME_LINKERS,
    NAMED_REGION_WORDS,
    NAMED_STATION_KINDS,
    NOT_NAMES,
    NOT_PLACES,
    ORGANISATION_WORDS,
    OUTLET_WORDS,
    PLACE_KIND_WORDS,
    PLACE_QUALIFIERS,
    POLICE_SITES,
    QUARTER_WORDS,
    RAIL_STATION_KINDS,
    REGION_WORDS,
    SITE_MODIFIERS,
    SITE_WORDS,
    STATION_KINDS,
    STREET_SITE_WORDS,
    TOWN_NAMED_INSTITUTIONS,
    VENUE_PURPOSES,
    VENUE_WORDS,
    VIOLENT_EVENT_NOUNS,
    alternation,
    building_centre,
    noun_alternation,
    word_set,
)


# ----------------------------------------------------------------- sites, regions, forces
def site_and_region_mentions(doc, sentences: list[Sentence], listed_towns: dict | None = None) -> list[Mention]:
    """A capitalised run followed by a site word ('Army Public School', 'Kocha Risaldar mosque') or a region
    word ('the Buleda area', 'the Sambisa forest'). `listed_towns`: the gazetteer mentions of towns by their span
    (start, end), whose lower-case sites ("the Alder police station") are named after them."""
    listed_towns = listed_towns or {}
    found = []
    headlines = {x.index for x in sentences if title_case_line(doc, x)}
    story = " ".join(doc.user_data["text"][x.start : x.end] for x in sentences if x.index not in headlines)
    for sentence in sentences:
        for k in range(sentence.first_token + 1, sentence.last_token):
            word = doc[k].text.lower()
            # Speed: most tokens are none of the words tested below (each test builds a spaCy Token); skip them at once.
            if word not in _SITE_TRIGGER_WORDS and doc[k].text not in _SITE_TRIGGER_TEXTS:
                continue
            # "the Alder Police Station" is a name; "the Alder police station" the police station of Alder
            station = doc[k].text == "Station" and not _broadcaster(doc, k)
            # "the Alder police station": a site only when Alder is a listed town (see _town_site below)
            # ("the Alder police lines": a site word, read as the others below)
            town_station = word not in SITE_WORDS and lower_station(doc, k) and not _broadcaster(doc, k)
            # "at Varno station": a bare station after a name, a site only when the name is a listed one (see below)
            bare_station = doc[k].text == "station" and is_capitalised(doc[k - 1].text) and not _broadcaster(doc, k)
            # "the Kelmar Medical Center", "the Alder Cultural Centre": a centre that is a building is a site
            centre = doc[k].text in ("Center", "Centre") and building_centre(doc[k - 1].text, doc[k].text)
            street = word in STREET_SITE_WORDS or station or centre
            # "the Alder Bar Association", "Kelmar Theatre Company": the name goes on past the venue word (a body);
            # "the Red Coast resort of Tarvel", "the Alder resort town": the word says what a town is (but "the
            # Tarvo restaurant of Kelmar" is a restaurant)
            venue = (word in VENUE_WORDS or doc[k].text in CAPITALISED_VENUE_WORDS) and not (
                k + 1 < len(doc)
                and (
                    (is_capitalised(doc[k + 1].text) and doc[k + 1].lower_ not in CALENDAR_WORDS)
                    or (word == "resort" and doc[k + 1].lower_ in ("of", "town", "city", "island"))
                )
            )
            division = word in DIVISION_WORDS or (doc[k].text in LOWER_DIVISION_WORDS and doc[k - 1].tag_ != "POS")
            named_division = doc[k].text in NAMED_DIVISION_WORDS
            if (
                word not in SITE_WORDS
                and word not in REGION_WORDS
                and word not in QUARTER_WORDS
                and word not in TOWN_SITE_WORDS
                and not town_station
                and not bare_station
                and not street
                and not venue
                and not division
                and not named_division
            ):
                continue
            j = k
            owned = False  # "Alder's main train station": the town's own station, its name before "'s"
            if word == "complex" and doc[k - 1].lower_ in COMPLEX_KINDS:
                j = k - 1  # "the Socio Vivienda housing complex"
            elif (
                (street or venue)
                and k - 2 >= sentence.first_token
                and doc[k - 1].lower_ in VENUE_PURPOSES
                and is_capitalised(doc[k - 2].text)
            ):
                j = k - 1  # "the Tarvo night club", "the Kelmar wedding hall": what the venue is for, after its name
            elif town_station:
                j = k - 1  # "the Alder police station", "the Varel train station"
                owned = _owned_rail_station(doc, k, sentence.first_token)
                if owned:
                    j = k - 3  # "Alder's main train station": the town owns it (the name ends before "'s")
            elif word in SITE_WORDS or word in TOWN_SITE_WORDS:
                # "the Kelmar high school", "the Dovra central mosque", "the Alder military training camp"
                while j > k - 2 and doc[j - 1].lower_ in SITE_AND_SERVICE_MODIFIERS:
                    j -= 1
            elif (
                word in QUARTER_WORDS
                and k - 2 >= sentence.first_token
                and doc[k - 1].lower_ in QUARTER_MODIFIERS
                and is_capitalised(doc[k - 2].text)
            ):
                j = k - 1  # "the Dovra shopping district": what the quarter is known for, between its name and word
            i = j
            while i > sentence.first_token and (
                is_capitalised(doc[i - 1].text)
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
            # "St Agnes's church", "St Agnes's Catholic church"
            i = _saints_name_start(doc, i, sentence.first_token, word)
            if i == j or (i == sentence.first_token and j - i == 1 and doc[i].text.lower() in NOT_NAMES):
                continue
            while i < j and doc[i].text.lower() in DETERMINERS:
                i += 1
            if i == j or any(t.text.lower() in CALENDAR_WORDS for t in doc[i:j]):
                continue
            if j < k and (street or venue) and i > sentence.first_token and doc[i - 1].lower_ in INDEFINITE_DETERMINERS:
                continue  # "a Varel concert hall": one of the town's halls, unnamed
            # "the central Dovra district", "Alder's old Dovra quarter": a word of position or age before the name
            qualified = word in QUARTER_WORDS and doc[i - 1].text in PLACE_QUALIFIERS and i - 2 >= sentence.first_token
            before = i - 2 if qualified else i - 1
            # "Kelmar's Dovra district", "in Halvo district": a one-word name the gazetteer lacks (a listed one keeps
            # its gazetteer mention, which wins the same span)
            quarter_of_town = word in QUARTER_WORDS and (
                doc[before].tag_ == "POS" and j - i <= 3 or doc[before].lower_ in ("in", "near") and j - i <= 3
            )
            if word in QUARTER_WORDS and doc[before].lower_ != "the" and not quarter_of_town:
                continue  # "in the Dayniile district" introduces a quarter; "in Imphal East district" a listed one
            if division and doc[i - 1].lower_ != "the":
                continue  # "the Varsk region" names one; "Varsk region officials" need not
            if j - i == 1 and doc[i].text.lower() in NOT_PLACES:
                continue  # "the Federal court", but "Balkh Regional Hospital" is a name
            if k + 1 < len(doc) and doc[k + 1].text in OUTLET_WORDS:
                continue  # "the Alder Street Journal": a newspaper, not the street
            mission = word in MISSION_WORDS
            if mission and _mission_speaks(doc[k]):
                continue  # "the Ruritanian embassy said", "a statement from the embassy": the mission as a body
            if not mission and all(t.text.lower() in DEMONYMS or t.text.lower().endswith("phone") for t in doc[i:j]):
                continue  # "a Palestinian village", "Kurdish areas", "the Francophone region": a people's, not a name
            if all(_faith_word(t.text) or t.text.lower() in DEMONYMS for t in doc[i:j]) and not mission:
                continue  # "a Shi'ite mosque", "the Ruritanian Orthodox Church": whose (a faith, a church), not which
            kind = (
                NAMED_DIVISION_WORDS[doc[k].text]
                if named_division
                else "region"
                if quarter_of_town and word == "district" or word == "sector" or division
                else "site"
                if word in SITE_WORDS or word in QUARTER_WORDS or street or venue
                else "city"
                if word in ("village", "hamlet")
                else "region"
            )
            # "Army Public School", "Sambisa forest": the word belongs to the name; "the Buleda area" it does not.
            # "Kelvar Municipality" is Kelvar: its name alone, so that a listed Kelvar's gazetteer mention (the same
            # span) wins, and an unlisted one keeps the full form as an alias.
            keeps_word = (is_capitalised(doc[k].text) or word in NAMED_REGION_WORDS or street) and not named_division
            end_token = k + 1 if keeps_word else j
            start, end, surface = span_text(doc, i, end_token)
            site_word = word in SITE_WORDS or word in TOWN_SITE_WORDS or town_station or venue
            town = _town_of_site(doc, i, j, k, listed_towns) if site_word else None
            if town is not None:
                # "the Alder police station", "the Varel synagogue": the site of a listed town is named after it
                # (the town's own mention would take the bare name), and hangs under it
                kind, end_token = "site", k + 1
                start, end, surface = span_text(doc, i, end_token)
            elif _names_only_this_site(doc, i, j, k, listed_towns):
                # "Tarvo's Kelmar airport", "at Varno station": a listed name the story never writes alone is the
                # site's name (a namesake town, or a town the story does not tell of), not a place of its own
                kind, end_token = "site", k + 1
                start, end, surface = span_text(doc, i, end_token)
            elif town_station and doc[k - 1].lower_ in NAMED_STATION_KINDS:
                kind = "site"  # "the Tarvo metro station": a city's metro stations have names of their own
            elif town_station or bare_station or word in TOWN_SITE_WORDS and not is_capitalised(doc[k].text):
                continue  # "the Domel police station", "the Varel castle": an unlisted name is read by other rules
            if town is None and kind == "site":
                # "Kelmar University", "the Varel Technical College": an institution whose name opens with a listed
                # town is in that town, which the story names through it; "Varel International Airport", "Tarvo
                # airport" (Tarvo a great city): an airport named after its town
                town = _town_opening_name(doc, i, j, k, listed_towns) or _town_naming_airport(
                    doc, i, j, k, listed_towns
                )
            if sentence.index in headlines and kind == "site" and not _named_in_story(doc, i, k, surface, story):
                continue  # "Bombing at Popular Tarvel Shrine": a headline capitalises every word, the story never
            mention = Mention(start, end, surface, kind, sentence.index, fold(surface), source="pattern")
            _, _, full = span_text(doc, i, k + 1)
            if town is not None and owned:  # "Alder's main train station": the alias "Alder train station"
                full = f"{doc[i:j].text} {doc[k - 1].text} {doc[k].text}"
            mention.place_hint = full  # the form with the place word, kept as an alias
            mention.town = town
            found.append(mention)
    for match in _feature_names(doc.user_data["text"]):
        start = match.start()
        sentence = next((x.index for x in sentences if x.start <= start < x.end), None)
        if sentence is not None:
            found.append(
                Mention(start, match.end(), match.group(0), "region", sentence, fold(match.group(0)), source="pattern")
            )
    found += _county_mentions(doc, sentences)
    for match in WORSHIP_OF.finditer(doc.user_data["text"]):
        start = match.start()
        sentence = next((x.index for x in sentences if x.start <= start < x.end), None)
        if sentence is not None:
            found.append(
                Mention(start, match.end(), match.group(0), "site", sentence, fold(match.group(0)), source="pattern")
            )
    return found


# Site words whose named instance other rules do not read ("the Varel synagogue"), taken only after a listed town.
TOWN_SITE_WORDS = word_set("synagogue castle")
# Sites a town has one of, named by the town even without "the": "in Varel castle".
ONE_PER_TOWN = word_set("castle")


def _town_of_site(doc, i: int, j: int, k: int, listed_towns: dict) -> Mention | None:
    """The listed town's mention a lower-case site word follows ("the Alder police station", "the Varel airport"),
    unless the words name an event there ("the Alder school siege": the town's event)."""
    town = listed_towns.get((doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)))
    if town is None or doc[k].text != doc[k].lower_ or doc[k].text == "airport":
        return None  # (an airport is as often named after a person as after its town: "the Doe airport")
    # "stormed Alder police station": the town's own, as its train station is (but "an Alder police station",
    # "another Alder police station" is one of the town's)
    police = police_site(doc, k) and doc[i - 1].lower_ not in INDEFINITE_DETERMINERS
    if doc[i - 1].lower_ != "the" and doc[k].lower_ not in ONE_PER_TOWN and not _rail_station(doc, k) and not police:
        return None  # "a siege on Alder hotel": one of the town's hotels, unnamed (but its train station is one)
    after = doc.user_data["text"][doc[k].idx + len(doc[k].text) : doc[k].idx + len(doc[k].text) + 30]
    return None if EVENT_NAMED_AFTER.match(after) else town


def _town_opening_name(doc, i: int, j: int, k: int, listed_towns: dict) -> Mention | None:
    """The listed town's mention that opens a capitalised institution's name ("Kelmar University", "Alder Port
    Authority Complex"): the town the institution is in (not when the text places it in another listed town: "the
    Alder College in Varel", "Kelmar University near Varel" are in Varel, named after a town elsewhere)."""
    if not is_capitalised(doc[k].text) or doc[k].lower_ not in TOWN_NAMED_INSTITUTIONS:
        return None
    if k + 2 < len(doc) and doc[k + 1].lower_ in ("in", "near") and any(s == doc[k + 2].idx for s, _ in listed_towns):
        return None
    start = doc[i].idx
    return next(
        (
            listed_towns[(start, doc[end].idx + len(doc[end].text))]
            for end in range(j - 1, i - 1, -1)
            if (start, doc[end].idx + len(doc[end].text)) in listed_towns
        ),
        None,
    )


# Words an airport's name may carry between its town and "Airport": "Varel International Airport".
AIRPORT_NAME_WORDS = word_set("international")
# A city this size is what its bare name means: "Tarvo airport" is its airport, even when the story never writes the
# name alone (a small town's name written only before "airport" may be a namesake's: see _names_only_this_site).
AIRPORT_CITY = 1_000_000


def _town_naming_airport(doc, i: int, j: int, k: int, listed_towns: dict) -> Mention | None:
    """The listed town an airport is named after: its whole name is the town's ("Varel Airport", "Varel International
    Airport"; not "Varel Sultan International Airport", a person's), it is capitalised or the town a great city
    ("Tarvo airport"), and the text does not place it in another listed town ("Varel Airport in Tarvo")."""
    if doc[k].lower_ != "airport":
        return None
    if k + 2 < len(doc) and doc[k + 1].lower_ in ("in", "near") and any(s == doc[k + 2].idx for s, _ in listed_towns):
        return None
    end = j
    while end > i and doc[end - 1].lower_ in AIRPORT_NAME_WORDS:
        end -= 1
    if end == i:
        return None
    town = listed_towns.get((doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    if town is None or any(r.kind == "country" for r in town.places):
        return None  # "the Ruritania airport": the country's
    if is_capitalised(doc[k].text):
        return town
    # "Tarvo airport" with Tarvo written alone elsewhere is read as the town Tarvo (the site word its full form)
    great = any(r.kind == "city" and (r.population or 0) >= AIRPORT_CITY for r in town.places)
    return town if great and _names_only_this_site(doc, i, j, k, listed_towns) else None


def airport_after(doc, j: int) -> bool:
    """Whether the words from token j are an airport's ("[Varel] Airport", "[Varel] International Airport"): the name
    before them is the town it is named after (or a person's: see _town_naming_airport)."""
    k = j
    while k < len(doc) and doc[k].lower_ in AIRPORT_NAME_WORDS and is_capitalised(doc[k].text):
        k += 1
    return k < len(doc) and doc[k].text == "Airport"


def institution_after(doc, j: int) -> bool:
    """Whether the capitalised words from token j end in an institution's word ("[Kelmar] University", "[Varel]
    Technical College", "[Alder] Port Authority Complex"): the name before them is the town that names it."""
    for k in range(j, min(j + 4, len(doc))):
        if not is_capitalised(doc[k].text):
            return False
        if doc[k].lower_ in TOWN_NAMED_INSTITUTIONS:
            return True
    return False


def _rail_station(doc, k: int) -> bool:
    return doc[k].lower_ == "station" and doc[k - 1].lower_ in RAIL_STATION_KINDS


def police_site(doc, k: int) -> bool:
    """Whether token k ends a police building ("Varel police station", "the Kandi Police Post", "Kelmar police
    headquarters"): the news names a town's police post by the town."""
    return k > 0 and doc[k].lower_ in POLICE_SITES and doc[k - 1].lower_ == "police"


def station_site(doc, k: int) -> bool:
    """Whether token k ends a station after what it serves, in any case ("the Alder train station", "the Kandi
    Police Station", "Varel police headquarters"): a building."""
    return (k > 0 and doc[k].lower_ == "station" and doc[k - 1].lower_ in STATION_KINDS) or police_site(doc, k)


def lower_station(doc, k: int) -> bool:
    """Whether token k ends a station written in lower case after what it serves ("the Alder train station", "the
    Varel police headquarters"): a station named after its town, whose name the town's mention keeps."""
    return doc[k].text.islower() and station_site(doc, k)


def _owned_rail_station(doc, k: int, first: int) -> bool:
    """'Alder's main train station', 'Alder's central railway station': the town's station, owned by its name."""
    return (
        k - 4 >= first
        and _rail_station(doc, k)
        and doc[k - 2].lower_ in ("main", "central")
        and doc[k - 3].tag_ == "POS"
        and is_capitalised(doc[k - 4].text)
    )


# Site words of which a name makes one site: "Varel airport", "Alder station", "Tarvo church" (a town has many
# hotels and schools: "Kelmar hotel" may be any of them).
ONE_SITE_WORDS = word_set("airport station port shrine church mosque synagogue temple cathedral stadium prison dam")


def _names_only_this_site(doc, i: int, j: int, k: int, listed_towns: dict) -> bool:
    """Whether a listed name before a lower-case site word ("Varel airport") is written nowhere in the text except
    before such a word: then it names that site, whatever town of that name the gazetteer holds."""
    town = listed_towns.get((doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)))
    if town is None or doc[k].text not in ONE_SITE_WORDS or any(r.kind == "country" for r in town.places):
        return False  # "a Ruritania mosque": the country's, whatever the gazetteer's namesake town
    if doc[i - 1].lower_ in INDEFINITE_DETERMINERS:
        return False  # "a Varel mosque", "another Varel mosque": one of the town's
    text = doc.user_data["text"]
    end = doc[k].idx + len(doc[k].text)
    if EVENT_NAMED_AFTER.match(text[end : end + 30]):
        return False  # "the Varel airport bombing": the town's event
    name = doc[i:j].text
    for match in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text, re.I):
        after = re.match(r"\s+(\w+)", text[match.end() : match.end() + 30])
        if after is None or after.group(1) not in ONE_SITE_WORDS:
            return False  # the name stands alone somewhere ("in Varel", "VAREL:"): the town's site
    return True


# An event named after its site: "the Alder school siege", "the Varel airport bombing".
EVENT_NAMED_AFTER = re.compile(
    r"\s+" + noun_alternation(VIOLENT_EVENT_NOUNS + (("siege", "sieges"), ("massacre", "massacres"))) + r"\b", re.I
)


def _named_in_story(doc, first: int, word: int, surface: str, story: str) -> bool:
    """Whether a site a headline names is a name the story uses too: the story writes the site ("Tarvel shrine")
    and its name before the site word is capitalised there ("Tarvel"), so a headline's "Attack at Police Station"
    is no place when the story only writes "a police station"."""
    name = doc[first:word].text if word > first else ""
    return surface.lower() in story.lower() and bool(name) and re.search(rf"\b{re.escape(name)}\b", story) is not None


def title_case_line(doc, sentence: Sentence) -> bool:
    """Whether a sentence is written in title case (a headline): its longer words nearly all capitalised."""
    # (speed: asked of each sentence three times, so read once per Doc: ~2% of extraction's own CPU)
    read = doc.user_data.setdefault("title_case_lines", {})
    span = (sentence.first_token, sentence.last_token)
    if span not in read:
        words = [t.text for t in doc[span[0] : span[1]] if t.is_alpha and len(t.text) > 3]
        read[span] = len(words) >= 4 and sum(is_capitalised(w) for w in words) >= 0.8 * len(words)
    return read[span]


def _mission_speaks(token) -> bool:
    """Whether an embassy or consulate is told as a body that acts or speaks ("the Ruritanian Embassy in Tarvel
    confirmed", "a statement from the embassy"), not as the building where something happened."""
    if token.dep_ == "nsubj":
        return True
    # "the Ruritanian embassy's spokesman", "the Ruritanian Embassy in Tarvel's press attache": an owner of people
    i = token.i + 1
    if i < len(token.doc) and token.doc[i].lower_ == "in":
        i += 1
        while i < len(token.doc) and token.doc[i].tag_ in ("NNP", "NNPS"):
            i += 1
    if i < len(token.doc) and token.doc[i].text in ("'s", "’s"):
        # whose: a person or a voice, not a place ("the embassy in Kelmar's capital Alder": Kelmar owns the capital)
        owned = token.doc[i].head.head
        return not _place_noun(owned.lower_) and not _place_noun(token.doc[min(i + 1, len(token.doc) - 1)].lower_)
    # "a statement from the embassy", "officials from the embassy" (not "200 yards from the embassy")
    return token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lower_ in FORCE_SPEAKER_NOUNS


def _place_noun(word: str) -> bool:
    return word == "capital" or word in PLACE_KIND_WORDS or word in SITE_WORDS or word in REGION_WORDS


# A place of worship named after whom it is dedicated to: "the Cathedral of Saint Ivo of Tarvel", "the Church of
# St Agnes", "the Shrine of the Holy Cross".
# Its words stay on one line and stop at a full stop ("... of the Holy Cross. The gunmen": the next sentence).
_WORSHIP_WORD = r"(?:St\.|Ste\.|[A-Z][\w'’\-]*)"
WORSHIP_OF = re.compile(
    r"\b(?:Cathedral|Church|Basilica|Chapel|Shrine|Monastery|Mosque)\s+of\s+(?:the\s+)?"
    + _WORSHIP_WORD
    + r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?"
    + _WORSHIP_WORD
    + r"){0,5}"
)


# A county written before its name, in full or abbreviated: "County Kelmar", "Co Varel", "Co. Alder" (not "Varel
# County Council": a capitalised name before "County" makes it a county named in the other order, or a body).
COUNTY_OF = re.compile(r"(?<![\w.])(?:County|Co\.?)\s+(?P<name>[A-Z][a-z]{2,})\b(?!\s+[A-Z])")
# "Smith & Co. Ltd": a company's "Co." (its name before it, or "&", is caught too).
COMPANY_WORDS = frozenset(("ltd", "inc", "limited", "llc", "plc", "llp"))


def _county_mentions(doc, sentences: list[Sentence]) -> list[Mention]:
    """Counties written before their name ("County Kelmar", "Co Varel"), listed or not."""
    text = doc.user_data["text"]
    found = []
    for match in COUNTY_OF.finditer(text):
        start, name = match.start(), match.group("name")
        sentence = next((x.index for x in sentences if x.start <= start < x.end), None)
        span = doc.char_span(start, match.end(), alignment_mode="expand")
        named_before = span is not None and span.start > 0 and doc[span.start - 1].tag_ in PROPER_NOUN_TAGS
        company = name.lower() in COMPANY_WORDS or text[max(0, start - 2) : start] == "& "
        if sentence is None or named_before or company or _not_a_place_word(name.lower()):
            continue
        found.append(
            Mention(start, match.end(), match.group(0), "region", sentence, fold(match.group(0)), source="pattern")
        )
    return found


# A road named after the towns it joins: "the Northgate-Riverton highway", "Alder-Birchfield Road".
JOINING_ROAD = re.compile(
    r"^(?:the\s+)?[A-Z][\w'’]+(?:\s*-\s*[A-Z][\w'’]+)+\s+(?:highway|road|motorway|expressway)$", re.I
)


def road_ends(chosen: list[Mention], candidates: list[Mention]) -> list[Mention]:
    """The listed towns a road's name joins ("Northgate" and "Riverton" in "the Northgate-Riverton highway"): places
    of the story beside the road itself, whose mention spans them."""
    ends = []
    for road in chosen:
        if road.kind != "site" or not JOINING_ROAD.match(road.text):
            continue
        text = road.text
        for mention in candidates:
            if mention.kind != "place" or mention.source != "gazetteer" or not road.start <= mention.start:
                continue
            if mention.end > road.end or any(mention.start < e.end and e.start < mention.end for e in ends):
                continue
            before = text[mention.start - road.start - 1 : mention.start - road.start]
            after = text[mention.end - road.start : mention.end - road.start + 1]
            if before in ("", "-", " ") and after in ("-", " ") and (before == "-" or after == "-"):
                ends.append(mention)
    return ends


# A station that broadcasts is an organisation, not a place: "Radio Alder station", "the Varel TV station".
BROADCAST_WORDS = word_set("radio tv television fm broadcasting")


def _broadcaster(doc, k: int) -> bool:
    """Whether the words just before the station word say it broadcasts."""
    return any(doc[i].lower_ in BROADCAST_WORDS for i in range(max(0, k - 3), k))


# Services a site belongs to, written lower case between its name and its word: "the Alder army camp".
SERVICE_MODIFIERS = word_set("military army police training naval")
SITE_AND_SERVICE_MODIFIERS = SITE_MODIFIERS | SERVICE_MODIFIERS
SAINT_WORDS = ("st", "st.", "saint", "ste", "san", "santa")
# What a quarter is known for, written between its name and its word: "the Dovra shopping district".
QUARTER_MODIFIERS = word_set("shopping commercial business residential industrial market financial")
# Sites named after the saint or leader they hold: "Lal Varsa Qandar's shrine" is a name, "Kelmar's airport" is not.
NAMED_FOR_WORDS = frozenset(("shrine", "tomb", "mausoleum", "dargah", "mazar"))


def _saints_name_start(doc, i: int, first: int, word: str = "") -> int:
    """The start of "St Agnes's" when the run before a site word begins after such a possessive ("St Agnes's
    Catholic church"), so that the saint's name is kept: a run of one to three capitalised words after a saint's
    title, then "'s"."""
    if i - 1 <= first or doc[i - 1].text not in ("'s", "’s"):
        return i
    if word in NAMED_FOR_WORDS:
        # "Lal Varsa Qandar's shrine", "Sheikh Tarvel Baba's tomb": a shrine or tomb named after the one it holds
        # (two words or more: "Kelmar's shrine" is the town's)
        start = i - 1
        while start - 1 >= first and is_capitalised(doc[start - 1].text) and i - start <= 4:
            start -= 1
        if i - 1 - start >= 2:
            return start
    for start in range(i - 2, max(first, i - 5) - 1, -1):
        if doc[start].lower_ in SAINT_WORDS and doc[start].text[:1].isupper():  # "Sufi saint X's shrine": a noun
            if all(is_capitalised(t.text) for t in doc[start + 1 : i - 1]):
                return start
            return i
        if not is_capitalised(doc[start].text):
            return i
    return i


# Faiths and their branches, written before a place of worship or a school: "a Sunni mosque", "a Catholic school".
FAITH_WORDS = word_set(
    "shia shiite shi'ite shii sunni sufi alawite ahmadi ahmadiyya ismaili muslim islamic catholic roman orthodox "
    "protestant anglican evangelical pentecostal baptist methodist lutheran presbyterian coptic christian hindu "
    "sikh jewish buddhist"
)


def _faith_word(word: str) -> bool:
    return word.lower().replace("’", "'") in FAITH_WORDS


# A division written as part of its name: "Kelvar Municipality", "Tarvo Township", "Varsk Governorate" ("Province"
# is left out: an armed group's self-styled province, "its Sahel Province", is no place).
NAMED_DIVISION_WORDS = {
    "Municipality": "city",
    "Township": "region",
    "Commune": "city",
    "Governorate": "region",
    "Prefecture": "region",
}
# "the Varsk region", "the Olde Mere zone": a division the gazetteer lacks (a listed one keeps its gazetteer
# mention, which wins the same span).
DIVISION_WORDS = frozenset(("region", "zone"))
# Written lower case only: "the Koutra department", "the Varel section of Tarvel" (not "the State Department").
LOWER_DIVISION_WORDS = frozenset(("department", "section"))
# Every lower-cased word, and every word as written, that site_and_region_mentions can go on with (a pre-test).
_SITE_TRIGGER_WORDS = (
    SITE_WORDS | REGION_WORDS | QUARTER_WORDS | TOWN_SITE_WORDS | STREET_SITE_WORDS | VENUE_WORDS | DIVISION_WORDS
)
_SITE_TRIGGER_TEXTS = (
    frozenset(("Station", "station", "Center", "Centre"))
    | POLICE_SITES
    | CAPITALISED_VENUE_WORDS
    | LOWER_DIVISION_WORDS
    | frozenset(NAMED_DIVISION_WORDS)
)


def _plural(word: str) -> str:
    if word.endswith(("ch", "sh", "s", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


# Sites of one kind written in the plural after two names: "the Alder and Birch mosques", "from Varno to Kelmar
# stations" (each name is one site of that kind).
PLURAL_SITE_WORDS = {_plural(w): w for w in SITE_WORDS | frozenset(("station",)) if w not in ("lines", "barracks")}
_PAIR_NAME = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
PAIRED_SITES = re.compile(
    rf"(?<![\w\-])(?P<a>{_PAIR_NAME})\s+(?:and|or|to|&)\s+(?P<b>{_PAIR_NAME})\s+(?:(?P<service>[a-z]+)\s+)?"
    r"(?P<word>" + "|".join(sorted(PLURAL_SITE_WORDS, key=len, reverse=True)) + r")\b"
)


def paired_site_mentions(doc, sentences: list[Sentence], listed: dict | None = None) -> list[Mention]:
    """Two named sites sharing one plural site word: "the Alder and Birch mosques", "between Varno and Kelmar metro
    stations". Each name is a site; its form with the singular word is kept as an alias (as for "Alder mosque").
    `listed`: the gazetteer mentions by span; a listed name is the site only where the text never writes it alone
    (else it is the town whose sites they are), and never a country's."""
    listed = listed or {}
    text = doc.user_data["text"]
    found = []
    for sentence in sentences:
        words = text[sentence.start : sentence.end]
        for match in PAIRED_SITES.finditer(words):
            service = match.group("service")
            if service and service not in SITE_AND_SERVICE_MODIFIERS and service not in STATION_KINDS:
                continue  # "Alder and Birch were mosques": only a service word may stand between
            singular = PLURAL_SITE_WORDS[match.group("word")]
            names = []
            for group in ("a", "b"):
                span = doc.char_span(sentence.start + match.start(group), sentence.start + match.end(group))
                if span is None:
                    break
                tokens = list(span)
                while tokens and (tokens[0].tag_ not in PROPER_NOUN_TAGS or tokens[0].lower_ in DETERMINERS):
                    tokens = tokens[1:]  # "At Alder and Birch mosques": the name follows
                if not tokens or any(_not_a_place_word(t.lower_) or _faith_word(t.text) for t in tokens):
                    break  # "Sunni and Shia mosques", "Catholic and Protestant churches": whose, not which
                names.append(tokens)
            if len(names) != 2:
                continue
            for tokens in names:
                start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
                name = text[start:end]
                place = listed.get((start, end))
                if place is not None and (
                    any(r.kind == "country" for r in place.places) or _written_alone(text, name, start)
                ):
                    continue
                mention = Mention(start, end, name, "site", sentence.index, fold(name), source="pattern")
                mention.place_hint = f"{name} {singular}"
                found.append(mention)
    return found


def _written_alone(text: str, name: str, start: int) -> bool:
    """Whether the text writes a name somewhere else than at `start` with no site word after it."""
    for match in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
        after = re.match(r"\s+(\w+)", text[match.end() : match.end() + 30])
        if match.start() != start and (after is None or after.group(1).lower() not in _SITE_NOUNS):
            return True
    return False


_SITE_NOUNS = SITE_WORDS | frozenset(PLURAL_SITE_WORDS) | frozenset(("station", "and", "or", "to"))


# "a Tarvel villager", "two Emberley residents": the name before the people's noun is their village or town.
RESIDENTS_OF = re.compile(
    r"(?<![\w\-])(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+(?:villagers?|residents?)\b"
)


def resident_place_mentions(doc, sentences: list[Sentence]) -> list[Mention]:
    """Unlisted villages named by their people: "a Tarvel villager was shot", "Emberley residents fled"."""
    text = doc.user_data["text"]
    found = []
    for sentence in sentences:
        words = text[sentence.start : sentence.end]
        for match in RESIDENTS_OF.finditer(words):
            start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            tokens = list(span)
            while tokens and (tokens[0].tag_ not in PROPER_NOUN_TAGS or tokens[0].text.lower() in DETERMINERS):
                tokens = tokens[1:]  # "One Tarvel resident", "The Tarvel villagers": the name follows
            if not tokens or any(t.tag_ not in PROPER_NOUN_TAGS or _not_a_place_word(t.text.lower()) for t in tokens):
                continue  # "Muslim residents", "Shia villagers"
            start = tokens[0].idx
            name = text[start:end]
            found.append(Mention(start, end, name, "city", sentence.index, fold(name), source="pattern"))
    return found


# What may follow a place's name in an event sentence: a clause mark, a dash opening an apposition, a
# preposition, a conjunction, a time word, a kind word.
NAME_END = (
    r"\s*[,.;]|\s+[-–—]\s|\s+(?:on|in|and|when|as|while|after|before|last|early|late|overnight|village|town|city|"
    r"townships?|municipality|commune|ward|locality|island|"
    # "in X around 8 p.m.", "near X during a patrol", "in X at dawn": the time or the occasion closes the name too
    r"around|about|at|during|amid|near|yesterday|today|tonight)\b"
)


# "killed 160 villagers in Ogossagou, a ...": a one-word place in an event sentence that no list knows.
EVENT_PLACE = re.compile(
    # "on the outskirts of X": the edge of the town is still the town
    r"\b(?:(?:[Ii]n|[Nn]ear|[Oo]utside|off|[Aa]t|between|(?:the\s+)?outskirts\s+of)\s+"
    r"(?P<kindof>the\s+(?:village|town|city|hamlet|settlement)\s+of\s+|"
    r"an?\s+(?:village|town|hamlet|settlement|locality)\s+(?:called|named)\s+)?|"
    # "attacked the city of X": the verb takes the place itself
    r"(?:attacked|stormed|raided|overran|struck|besieged|seized|captured)\s+"
    r"(?P<verb_kindof>the\s+(?:village|town|city|hamlet|settlement)\s+of\s+)?)"
    # "in El Plateado": a Spanish or Arabic article opens the name
    r"(?P<name>(?:(?:El|La|Las|Los|Al|As|Ad|Az|An|Ar)\s+)?[A-Z][a-zà-ÿ'’]{3,}(?:-[A-Za-z][a-zà-ÿ'’]+)*)"
    r"(?=" + NAME_END + ")"
)


# Particles that join the words of a village's name: "Monte del Lago", "Vila dos Santos".
PARTICLE_FORMS = ("de", "del", "de la", "da", "do", "dos", "das", "al", "el")
PARTICLES = frozenset(word for form in PARTICLE_FORMS for word in form.split())


# A name of two or three words where an event happened: "near Kelva Baru Khel when", "at Sedi Paro, Riverton",
# "In Monte del Lago - a neighbourhood ..." (a Spanish, Portuguese or Arabic particle may join the words).
EVENT_PLACE_WORDS = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]t|between)\s+"
    r"(?P<name>[A-Z][a-zà-ÿ'’]{2,}(?:\s+(?:(?:" + "|".join(PARTICLE_FORMS) + r")\s+)?[A-Z][a-zà-ÿ'’]+){1,2})"
    r"(?=" + NAME_END + ")"
)


EVENT_CUE = re.compile(
    # plurals too: "the raids occurred at X", "the bombings in X"
    r"\b(?:killed|killing|killings|massacred?|attack(?:ed|s)?|ambush(?:ed|es)?|raid(?:ed|s)?|stormed|abducted|"
    r"kidnapped|bomb(?:ing|ings|ed)?|blasts?|explosions?|clash(?:es|ed)?|shot dead|gunned down|torched|burned|"
    r"set fire|looted|captured|arrested|strikes?|explosives?|IEDs?|landmines?|detonat(?:ed|ion)|opened fire|"
    r"shell(?:ed|ing)|wounded|injured|encounters?|gunfights?|shoot-?outs?|grenades?|"
    r"fired (?:at|on|upon)|gunm[ae]n|"
    r"(?:dead |dumped )?bod(?:y|ies) (?:was|were) (?:found|discovered))\b",
    re.I,
)
EVENT_CUE = first_char_gate(EVENT_CUE)  # (speed: per sentence, 34 ms -> 22 ms of CPU per 100 articles)


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
        for match in KIND_OF_NAME.finditer(words):
            # "the town of Vel Amara", "Riverton's eastern district of Old Wharf": the words say it is a place,
            # in any sentence
            if match.group("people") and match.group("people").lower() not in DEMONYMS:
                continue  # "the Varno district of X": a name, not a people's adjective, before the kind word
            name = match.group("name")
            while " " in name and _not_a_place_word(name.rsplit(" ", 1)[1].lower()):
                name = name.rsplit(" ", 1)[0]  # "the resort town of Tarvel Friday": the day is not the name's
            start = sentence.start + match.start("name")
            end = start + len(name)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span[-1].tag_ not in PROPER_NOUN_TAGS or _not_a_place_word(name.lower()):
                continue
            word = match.group("word").lower()
            # "the southern island of X": an island holds towns and provinces, it is a region (not a village)
            kind = "region" if word == "island" else UNLISTED_KIND.get(word, "region")
            found.append(Mention(start, end, name, kind, sentence.index, fold(name), source="pattern"))
        for match in CALLED_NAME.finditer(words):
            # "a village called X": the words say what the name is, whatever the tagger makes of it
            start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
            if not any(_not_a_place_word(w.lower()) for w in match.group("name").split()):
                name = match.group("name")
                found.append(Mention(start, end, name, "city", sentence.index, fold(name), source="pattern"))
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
            # "exploded at X on Sunday": a lone word the model calls an organisation, right after "at"
            at_spot = span[0].ent_type_ == "ORG" and _spot_after_at(text, start)
            if (
                match.group("kindof") is None
                and match.group("verb_kindof") is None
                and len(name.split()) == 1
                and (
                    span[0].tag_ not in PROPER_NOUN_TAGS
                    or span[0].ent_type_ in NOT_PLACE_ENTITIES
                    # a "person" with no title or speech is taken as the place the sentence puts the event in
                    and not (span[0].ent_type_ == "PERSON" and not _person_context(doc, span[0].i))
                    # the small model calls an unknown name after "in" an organisation; "in X, western Y" and
                    # "In X, a bomb killed ..." say it is a place
                    and not (span[0].ent_type_ == "ORG" and _placed_by_words(text, sentence, start, end))
                    # "arrested outside X, ...": a lone word the model calls an organisation, after a preposition of
                    # place in an event sentence, is a village. (The name is one word that a clause mark, a
                    # preposition or a kind word closes, so no longer name such as "X Bank" reaches here; a group the
                    # gazetteer knows by the name is a group mention over the same words, which wins over this one.)
                    and not (span[0].ent_type_ == "ORG" and _after_place_preposition(text, start))
                    and not at_spot
                )
            ):
                continue  # "the town of X" or an article-led name ("in El X") is a place, whatever the NER says
            # "at X" is a site, unless the words after it say what it is ("at X, a village")
            kind = "site" if at_spot and not _placed_after(text, start, end) else "city"
            found.append(Mention(start, end, name, kind, sentence.index, fold(name), source="pattern"))
        for match in EVENT_PLACE_WORDS.finditer(words):
            start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not _unknown_name_words(span) or FEATURE_NAME.match(match.group("name")):
                continue  # "in Wadi Hasra": a valley, read as a region by its feature word
            if any(t.ent_type_ in NOT_PLACE_ENTITIES for t in span) and not _placed_after(text, start, end):
                continue  # "at Sedi Paro, Kelmar" is a place; "shot at Tom Varel, a guard" a person
            name = match.group("name")
            found.append(Mention(start, end, name, "city", sentence.index, fold(name), source="pattern"))
    found += listed_place_mentions(doc, sentences, found)
    found += tagged_place_mentions(doc, sentences, found)
    return found + resident_place_mentions(doc, sentences)


# The parser's entity labels for a place: a town or country ("GPE"), a region or a feature ("LOC").
PLACE_LABELS = {"GPE": "city", "LOC": "region"}
# The word right before such a name that puts something in, at, by or toward a place ("in X that left", "returned
# to X", "went via X"); "on" is left out ("on Youtube", "on Yom Kippur"), "of" too ("a councillor of X"), and a name
# after "a" or "the" ("in a Humvee").
TAGGED_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]t|to|into|via|through)\s+$")
# A kind word after the name: "in Varno district" is read (or refused) by the kind word's own rules.
KIND_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z]+)")
# "according to X", "loyal to X", "pledged allegiance to X": who speaks or leads, not where.
NO_PLACE_AFTER_TO = re.compile(r"\b(?:according|loyal|loyalty|allegiance)\s+to\s+$", re.I)
# Nouns a place's name may modify and still be the place: "in X countryside", "the X outskirts", "in X regency" (an
# Indonesian district the kind words do not hold).
PLACE_NOUNS_AFTER = word_set("countryside outskirts suburbs environs hinterland regency")
# Nouns whose language a name after "in" is: "a message in Tigrinya", "a video in Pashto".
SAID_IN = word_set(
    "message video statement recording audio speech broadcast post letter leaflet sermon song language dialect"
)


def _named_as_no_place(ent) -> bool:
    """The parse tells that a name tagged as a place is none: it modifies the noun after it ("Ashura celebrations",
    "Kinyarwanda-speaking villages"), an apposition calls it something else than a place ("X, a local chief", "X, the
    city's teaching hospital"), or it is the language something was said in ("a message in Tigrinya")."""
    root = ent.root
    head = root.head
    modifier = root.dep_ in ("compound", "amod", "npadvmod", "nmod") and head.i > root.i
    if modifier and head.lower_ not in PLACE_NOUNS_AFTER:
        return True
    if any(c.dep_ == "appos" and c.tag_ in ("NN", "NNS") and c.lower_ not in PLACE_KIND_WORDS for c in root.children):
        return True
    # (the pipeline runs no lemmatizer: a plural is read without its s)
    said = head.head.lower_
    return root.dep_ == "pobj" and head.lower_ == "in" and (said in SAID_IN or said.removesuffix("s") in SAID_IN)


def tagged_place_mentions(doc, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Unlisted names the parser itself calls a place, right after a word of place in a sentence that tells an event,
    whatever word closes them (which the rules above need): "in Dovrakia that left dozens wounded", "returned to
    Kelvoran, a local official said", "in Sarvenna regency around 6 p.m.". A name the gazetteer lists is its
    gazetteer mention's; a name other rules read already keeps their reading."""
    tagged = [e for e in doc.ents if e.label_ in PLACE_LABELS]
    if not tagged:
        return []
    text = doc.user_data["text"]
    gazetteer = getattr(doc._, "gazetteer", None)
    known_starts = {m.start for m in found}
    out: list[Mention] = []
    for sentence in sentences:
        ents = [e for e in tagged if sentence.start <= e.start_char and e.end_char <= sentence.end]
        if not ents or not EVENT_CUE.search(text[sentence.start : sentence.end]) or title_case_line(doc, sentence):
            continue  # (a headline capitalises every word: "Four Soldiers Killed in Tarvo Attack")
        for ent in ents:
            mention = _reads_as_tagged_place(ent, sentence, text, known_starts, gazetteer)
            if mention is not None:
                out.append(mention)
    return out


def _reads_as_tagged_place(ent, sentence: Sentence, text: str, known_starts: set[int], gazetteer) -> Mention | None:
    """The place mention of one entity the parser tags as a place, or None when it does not read as an unlisted place
    this rule should keep: already read, not a proper name of a place, a kind word's or a region's to read, no word
    of place before it, or a name the gazetteer lists."""
    tokens = [t for t in ent if t.lower_ not in DETERMINERS]
    if not tokens or tokens[0].idx in known_starts or not tokens[0].text[:1].isupper():
        return None  # "west Varnsted": a compass word written small before a listed town is that town
    words = [t for t in tokens if t.text not in ("-", "–") and t.lower_ not in PARTICLES]
    if any(t.tag_ not in PROPER_NOUN_TAGS or _not_a_place_word(t.lower_) for t in words):
        return None  # "South Kelmar" reads "South" as a word of position; "Kurdish" is a people
    if any(t.lower_ in KIND_NOUNS or t.lower_ in DEMONYMS for t in words):
        return None  # "Varno Township", "the Kelmar area": read by the kind word's own rules
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if FEATURE_NAME.match(text, start) or CONTINENT_PART.match(text, start):
        return None  # "in Wadi Hasra", "in West Africa": a region, read by its feature or compass word
    if not TAGGED_PLACE_BEFORE.search(text, max(0, start - 12), start):
        return None  # "travelling in a Humvee", "broadcast on Youtube", "identified as X": no place's word before
    if NO_PLACE_AFTER_TO.search(text, max(0, start - 24), start) or _named_as_no_place(ent):
        return None
    after = KIND_WORD_AFTER.match(text, end)
    if after is not None and (after.group("word") in KIND_NOUNS or after.group("word") in PLACE_KIND_WORDS):
        return None  # "in Varno district", "near Kelmar town": left to the rules of the kind word
    name = text[start:end]
    key = fold(name)
    if gazetteer is not None and (gazetteer.places_named([key]) or gazetteer.groups_named([key])):
        return None  # a listed place or group keeps its own mention
    return Mention(start, end, name, PLACE_LABELS[ent.label_], sentence.index, key, source="pattern")


# The prepositions that put a list of names where something happened ("in X, Y and Z", "between X and Y").
LIST_PREPOSITIONS = frozenset(("in", "at", "near", "between", "of", "outside"))
PLURAL_PLACE_WORDS = frozenset(("villages", "towns", "townships", "hamlets", "localities", "settlements"))
PLURAL_PLACE_WORD = re.compile(rf"\b(?:{alternation(PLURAL_PLACE_WORDS)})\b", re.I)


def listed_place_mentions(doc, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Unlisted names in a list with a place ("the villages of X, Y and Z", "between X and Kelmar", "in X and Y
    townships"): the parser's conjuncts of a place are places of the same kind, whatever the NER calls them."""
    text = doc.user_data["text"]
    gazetteer = getattr(doc._, "gazetteer", None)
    known_starts = {m.start for m in found}
    out: list[Mention] = []
    for sentence in sentences:
        words = text[sentence.start : sentence.end]
        plural_kind = PLURAL_PLACE_WORD.search(words)
        if not EVENT_CUE.search(words) and not plural_kind:
            continue
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.dep_ != "pobj" or token.tag_ != "NNP" or token.head.lower_ not in LIST_PREPOSITIONS:
                continue
            members = [token] + [c for c in token.conjuncts if c.tag_ == "NNP" and c.i > token.i]
            if len(members) < 2:
                continue
            names = [_compound_span(doc, t) for t in members]
            if token.head.lower_ == "of" and token.head.head.lower_ not in PLURAL_PLACE_WORDS:
                continue  # "the president of X and Y": only a plural place word makes "of" a list of places
            after = text[names[-1].end_char : names[-1].end_char + 20].lower()
            listed_kind = token.head.lower_ == "of" or re.match(r"\s+(?:villages|towns|townships)\b", after)
            folded = [fold(n.text) for n in names]
            records = gazetteer.places_named(folded) if gazetteer is not None else {}
            placed = [n for n, f in zip(names, folded, strict=True) if records.get(f) or n.start_char in known_starts]
            if not placed and not listed_kind:
                continue  # a list with no place in it: names of people or bodies as likely as villages
            for name, key in zip(names, folded, strict=True):
                if records.get(key) or name.start_char in known_starts or not _list_member_can_be_place(name):
                    continue
                out.append(
                    Mention(name.start_char, name.end_char, name.text, "city", sentence.index, key, source="pattern")
                )
    return out


def _compound_span(doc, token):
    """The token with the proper nouns compounded before it ("Tarvo Hill", "Ka Min Dor")."""
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].tag_ == "NNP":
        if not start <= doc[start - 1].head.i <= token.i:
            break
        start -= 1
    return doc[start : token.i + 1]


def _list_member_can_be_place(name) -> bool:
    """Not a people, a month, a title or a body's word; not a person the words name with a title."""
    if any(t.ent_type_ in ("NORP", "DATE", "TIME") for t in name):
        return False
    return not any(_not_a_place_word(t.lower_) or t.lower_ in KIND_NOUNS for t in name)


def _unknown_name_words(span) -> bool:
    """Whether the words of a name of several words can be a village's: proper nouns, none a word of something
    else (a month, a title, a people, an office) nor a person's or organisation's name to the parser."""
    words = [t for t in span if t.lower_ not in PARTICLES]
    return all(
        t.tag_ in PROPER_NOUN_TAGS and not _not_a_place_word(t.lower_) and t.lower_ not in KIND_NOUNS for t in words
    )


# Words that say what kind of place a name is ("Tarvo Township", "Kelmar Market"): not a word of a village's name.
KIND_NOUNS = (
    frozenset(PLACE_KIND_WORDS)
    | SITE_WORDS
    | STREET_SITE_WORDS
    | VENUE_WORDS
    | REGION_WORDS
    | QUARTER_WORDS
    | frozenset(w.lower() for w in NAMED_DIVISION_WORDS)
)


# "X - a neighbourhood known for ...": an apposition set off by dashes.
DASH_APPOSITION = re.compile(r"\s+[-–—]\s+")


# The prepositions that put an event in or by a place: "in X", "near X", "outside X". "At" is read apart
# (_spot_after_at): "killed three people at X on Saturday" is as often a shop ("at Walmart") as a village, so a site.
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+$")


def _after_place_preposition(text: str, start: int) -> bool:
    """Whether a name stands right after "in", "near" or "outside"."""
    return bool(PLACE_PREPOSITION_BEFORE.search(text[max(0, start - 10) : start]))


AT_BEFORE = re.compile(r"\b[Aa]t\s+$")


def _spot_after_at(text: str, start: int) -> bool:
    """Whether a name stands right after "at": in an event sentence, the spot where it happened, a quarter or a
    village ("at Varuntu on Sunday") as often as a shop ("at Walmart"). Either is the event's most specific place,
    so it is read as a site (hung under the story's town), not as a town of its own."""
    return bool(AT_BEFORE.search(text[max(0, start - 4) : start]))


def _placed_after(text: str, start: int, end: int) -> bool:
    """Whether the words after a name say it is a place: its town ("X, Kelmar"), an apposition (", a village",
    " - a neighbourhood")."""
    if place_context(text, start, end) in ("city", "site") or APPOSITION_PLACE.match(text[end : end + 80]):
        return True
    dash = DASH_APPOSITION.match(text, end)
    return bool(dash) and bool(APPOSITION_PLACE.match(", " + text[dash.end() : dash.end() + 80]))


def _placed_by_words(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """A lone name the words place: the town it is in follows ("in X, Lamu"), or it opens the sentence ("In X,",
    "At X,")."""
    if place_context(text, start, end) == "city":
        return True
    return text[sentence.start : start].strip().lower() in ("in", "at") and text[end : end + 1] == ","


def _not_a_place_word(lowered: str) -> bool:
    return (
        lowered in NOT_NAMES
        or lowered in CALENDAR_WORDS
        or lowered in DEMONYMS
        or lowered in BARE_TITLES
        or lowered in NOT_PLACES
        or lowered in ORGANISATION_WORDS
        or lowered in PLACE_QUALIFIERS
    )


KIND_OF_NAME = re.compile(
    # "the Indonesian island of X", "the Ruritanian town of X": a people's adjective may say whose it is
    # "the nearby village of X", "the northern border village of X", "the Ruritanian resort town of X": a few
    # lower-case words that describe the place may stand before its kind word
    r"(?:\bthe|['’]s)\s+(?:(?P<people>[A-Z][a-z]+)\s+)?(?:(?!of\b|and\b|or\b)[a-z][a-z\-]+\s+){0,3}"
    r"(?P<word>village|town|city|hamlet|settlement|district|neighbou?rhood|suburb|sector|locality|island)\s+of\s+"
    # "the village of Santa Rosa del Monte": Spanish, Portuguese and Arabic particles inside the name
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+(?:(?:de|del|de la|de los|da|do|dos|das|di|al|el)\s+)?[A-Z][\w'’\-]+){0,2})"
)


CALLED_NAME = re.compile(
    r"\b(?:village|town|hamlet|settlement|locality)\s+(?:called|named|known\s+as)\s+"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
)


NAME_BEFORE_APPOSITION = re.compile(r"(?<![\w\-])[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}(?=,\s+(?:a|an)\s)")


# A compass word and a continent: a region of several countries ("West Africa", "Central Asia"); "South Africa" is a
# country.
CONTINENT_PART = re.compile(
    r"\b(?!South Africa\b)(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North-?[Ee]ast|"
    r"North-?[Ww]est|South-?[Ee]ast|South-?[Ww]est)(?:ern)?\s+(?:Africa|Asia|Europe|America)\b"
)


def _feature_names(text: str) -> list[re.Match]:
    return sorted([*FEATURE_NAME.finditer(text), *CONTINENT_PART.finditer(text)], key=lambda m: m.start())


FEATURE_NAME = re.compile(
    r"\b(?:Lake|Mount|Gulf of|Bay of|Sea of|Strait of|Wadi|Jebel|Jabal|Jabel|Cerro|Sierra)\s+[A-Z][\w'’\-]+"
    r"(?:\s+[A-Z][\w'’\-]+)?"
)
