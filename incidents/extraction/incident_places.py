"""Incident places: where an event happened, the most specific place its lead sentences support (places.py
decides which place each name means; this decides which of them is the event's)."""

from __future__ import annotations

import re

from .model import Incident, Mention, Place
from .normalize import fold
from .place_mentions import JOINING_ROAD
from .places import BEARING_BEFORE, NEIGHBOUR_BEFORE, NEIGHBOUR_WINDOW
from .regex_speed import first_char_gate
from .sentence_facts import SentenceFacts
from .vocabulary import CARE_CENTRE_KINDS, VIOLENT_EVENT_NOUNS, noun_alternation, spans_countries

ANAPHORIC_PLACE = re.compile(r"\b(?:the|same) (?:city|town|village|district|province|area|region|capital)\b", re.I)


# "attacked the town", "in the capital", "struck the northern Varskian city": a town named just before, told again
# ("in the same district" is left to the incident's other sentences, then to the main event's place).
PLACE_ANAPHOR = re.compile(
    r"\b(?:in|at|near|on|into|inside|outside|attacked|stormed|overran|raided|struck|hit|besieged|seized)\s+"
    r"(?:the|that)\s+(?:(?!city|town|village|capital)[A-Za-z\-]+\s+){0,2}(?P<noun>city|town|village|capital)\b"
    r"(?!['’]s|\s+of\b)",
    re.I,
)


ANAPHOR_KINDS = {"city": ("city",), "town": ("city",), "village": ("city", "site"), "capital": ("city",)}


# A town named as an end of a road: "the Northgate-Riverton highway", "the Alder-Birchfield road".
ROAD_WORDS = r"(?:highway|road|motorway|expressway|railway|route)\b"
ROAD_AFTER = re.compile(r"^\s+" + ROAD_WORDS, re.I)
ROAD_END_AFTER = re.compile(r"^\s*-\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+" + ROAD_WORDS, re.I)


# Where a case is heard: "charged in", "were convicted in", "a court in", "at a hearing in".
JUDICIAL_VENUE = re.compile(
    r"\b(?:(?:charged|sentenced|convicted|indicted|prosecuted|arraigned|acquitted|tried)|"
    r"(?:court|tribunal|trial|hearing)(?:\s+(?:that\s+)?[a-z]+)?)\s+(?:in|at)\s+(?:the\s+)?$"
)


# A hospital, clinic, morgue or care centre named where the wounded were taken or visited, not where the attack was
# ("the Alder Medical Emergency Center": a word of care, then the centre; the one word allowed between them is for
# such two-word kinds).
CARE_PLACE = re.compile(
    r"\b(?:hospital|clinic|morgue|medical college|(?:"
    + "|".join(sorted(CARE_CENTRE_KINDS))
    + r")\s+(?:[A-Za-z]+\s+)?(?:centre|center))\b",
    re.I,
)


# How many of an incident's sentences may name a more specific place than its lead: the next three, or the next
# five when the lead names only a country, or the next nine for a quarter the words put in the lead's town and for a
# named site of the event in it.
NEXT_SENTENCES = 4
LATER_SENTENCES = 6
QUARTER_SENTENCES = 10
# A word of a sentence of the story (a share count "35" or a credit "Supplied" has fewer than three).
WORD = re.compile(r"[^\W\d_]{2,}")


# "Alder's district", "Alder's province": the division the place itself is, not something it owns.
OWN_DIVISION = re.compile(r"^['’]s\s+(?:district|province|county|municipality|region)\b(?!\s+of\b)", re.I)


# "... planning to attack the embassy in", "plotted to bomb a market in": the target of a plan that did not happen.
PLANNED_TARGET = re.compile(
    r"\b(?:plann(?:ing|ed)|plott(?:ing|ed)|plans?|plots?|intend(?:ing|ed)|conspir(?:ing|ed))\s+(?:an?\s+)?"
    r"(?:to\s+)?(?:attack|bomb|strike|target|blow up)\b[^,;.]*$",
    re.I,
)


# The words between a district and the area it is in: " district in Varsk's ", " district, in ".
DIVISION_IN_AREA = re.compile(r"^\s+district,?\s+in\s+(?:[A-Z][\w\-]+['’]s\s+)?$")


# A place that opens the name of a body: "the Varsk Bar Association", "Kelmar Chamber of Commerce".
ORGANISATION_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w'’\-]*){0,2}\s+(?:Association|Bar|Chamber|Society|Union|Club|Federation|Council|Committee|"
    r"Party|Assembly)\b"
)


# A place written as the name of an event: "the Alder attacks", "the Varsk bombing".
NAMES_EVENT_AFTER = re.compile(r"\s+" + noun_alternation(VIOLENT_EVENT_NOUNS) + r"\b", re.I)


# A country named as the modifier of a person, a mission abroad or a border, or opening a compound adjective:
# "a U.S. ally", "the Varsk envoy", "the Varsk embassy", "near the Varsk border", "a Varsk-built school": whose they
# are, who made it, or the neighbour across the line, not the place.
COUNTRY_MODIFIES = re.compile(
    r"^(?:\s+(?:and\s+[A-Z][\w.'’\-]*\s+)?(?:allies|ally|envoys?|ambassadors?|diplomats?|citizens?|nationals?|"
    r"embass(?:y|ies)|consulates?|border|frontier)\b|-[a-z]+\b)"
)


# A place named as someone's nationality or origin: "dual citizenship with Varsk", "a national of Varsk", "citizens
# of Varsk": where the victim or suspect is from, not where the event was.
NATIONALITY_BEFORE = re.compile(
    r"\b(?:citizenships?|citizens?|nationals?|passports?)\s+(?:with|of|from)\s+(?:the\s+)?$", re.I
)


# Another event the sentence compares this one with, up to the clause's end: "similar to the bombing in", "bearing
# similarities to a bus bombing in", "reminiscent of the attack at", "mirrored other attacks in", "the deadliest
# attack in Varsk since the siege of".
COMPARED_EVENT = re.compile(
    r"(?:\bsimilar(?:ity|ities)?\s+to|\breminiscent\s+of|\bresembl(?:e|es|ed|ing|ance)|\bmirror(?:s|ed|ing)|"
    r"\becho(?:es|ed|ing)|\b(?:worst|deadliest|bloodiest|biggest|largest)\b[^,;.]*\bsince)\s+(?:the|an?|other)\b[^,;.]*$",
    re.I,
)


# "a Riverton-based bank", "the Alder-born suspect": a town that says where someone or something is from.
BASED_AFTER = re.compile(r"-(?:based|born|registered|headquartered)\b")


# "200 yards from the", "50 metres from": a site the event was within sight of (not "40 km from" a town).
SHORT_DISTANCE_FROM = re.compile(r"\b(?:yards?|metres?|meters?|feet|ft|m)\s+(?:away\s+)?from\s+(?:the\s+)?$")


KINDS = {"site": 0, "city": 1, "region": 2, "admin2": 3, "admin1": 4, "country": 5}


# "tried to enter the X": the attackers' attempt at the site ("refused to enter", "not allowed to enter" are not).
ENTRY_CUE = r"(?:tried|attempted|trying|attempting)\s+to\s+enter"
# "just opposite to the X Hotel", "close to the X", "at the entrance to the X": a spot beside a named site.
BESIDE_CUE = r"(?:(?:next|close|opposite|adjacent)\s+to|entrance\s+to)"


# A spot at a named site, or an attempt to enter it, told with "to" that leads to no destination (for a site only:
# "at the entrance to Alder" or "tried to enter Alder" leaves an unlisted town's country to guesswork, and the lead's
# own place stands).
BESIDE_TO = re.compile(rf"\b(?:{BESIDE_CUE}|{ENTRY_CUE})\s+(?:the\s+)?$", re.I)


def _care_place(mention: Mention, sentence: SentenceFacts) -> bool:
    """Whether the mention names a hospital: "the Crescent Hospital", or "Crescent" followed by "hospital"."""
    after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 30]
    return bool(CARE_PLACE.search(mention.text) or CARE_PLACE.match(after.lstrip()))


def _usable(
    mention: Mention,
    place: Place,
    sentence: SentenceFacts,
    dateline_place: Place | None,
    bearings: bool = False,
    told_in: bool = False,
) -> bool:
    """Whether a place mention can be where the sentence's event happened (not where the wounded were taken, a
    bearing, a road's ends, the dateline)."""
    if _spans_countries(place):
        return False  # "violence across the Sahel", "attacks in Europe": the event's own place is narrower
    before = sentence.text[max(0, mention.start - sentence.start - 30) : mention.start - sentence.start].lower()
    after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 40]
    if (
        re.search(
            r"\b(from|to|based in|referred to|taken to|airlifted to|fled to|fled with [\w ]+ to)\s+(?:the\s+)?"
            r"(?:(?!(?:storm|attack|raid|bomb|hit|target|strike)\s)[\w'’]+\s+)?$",
            before,
        )
        and not NAMES_EVENT_AFTER.match(after)
        and not (place.kind == "site" and BESIDE_TO.search(before))
        and not (place.kind == "site" and SHORT_DISTANCE_FROM.search(before))
    ):
        return False  # (but "a link to the Alder attacks": the place names the event)
    if re.search(r"\b(sources|officials?|spokesman|ministry|hospital)\s+(?:in|at)\s+$", before) and not told_in:
        return False
    if JUDICIAL_VENUE.search(before):
        return False  # "charged in Alder", "a court in Alder": where the case is heard, not where the deed was
    wider = sentence.text[max(0, mention.start - sentence.start - 60) : mention.start - sentence.start]
    if re.search(r"\b(?:fired|launched)\s+from\s+[^,;.]*$", wider, re.I):
        return False  # "shells fired from rebel positions in the X area": where the fire came from
    if PLANNED_TARGET.search(wider) and not bearings:
        return False  # "arrested a man planning to attack the embassy in X": the plot's target, not the arrest's place
    if re.search(r"\bbordering\s+(?:[\w'’\-]+,?\s+){0,4}$", before) or NEIGHBOUR_BEFORE.search(
        sentence.text[max(0, mention.start - sentence.start - NEIGHBOUR_WINDOW) : mention.start - sentence.start]
    ):
        # "in X, on the border with Turkey", "near the border area with Y and Z", "X's north bordering Y and Z": the
        # neighbours, not the place
        return False
    if place.kind != "country" and BASED_AFTER.match(after):
        return False  # "a Riverton-based bank": where the bank is based, not where the event was
    if BEARING_BEFORE.search(wider) and not bearings:
        return False  # "south-west of Mogadishu": a bearing, not the place (unless no other place is named)
    if ROAD_END_AFTER.match(after) or (before.endswith("-") and ROAD_AFTER.match(after)):
        return False  # "on the Northgate-Riverton highway at X": the towns a road joins, not where it happened
    if place.kind == "site" and JOINING_ROAD.match(mention.text):
        return False  # nor the road itself: the event was at a place along it the words name, or in its district
    if _care_place(mention, sentence) and sentence.strength < 4:
        return False  # "doctors at the Crescent Hospital": where the wounded are, not the attack
    if NATIONALITY_BEFORE.search(before):
        return False  # "two of whom held dual citizenship with Varsk": a victim's nationality, not the place
    if place.kind == "country" and COUNTRY_MODIFIES.match(after):
        return False  # "a Varsk ally", "near the Varsk border": the country is no place of the event
    if ORGANISATION_AFTER.match(after):
        return False  # "the president of the Varsk Bar Association": the body's name, not where the event was
    if mention.start < sentence.start + 2 and after.startswith(":"):
        return False  # "Alder: a police official says ...": a dateline the dateline reader did not see
    return not (place is dateline_place and mention.start < sentence.start + 2)


def _rank(pair: tuple[Mention, Place], facts: dict[int, SentenceFacts]) -> tuple:
    """The rules' order of a lead's places: located before possessive, the most specific kind, the first."""
    mention, place = pair
    sentence = facts[mention.sentence]
    before = sentence.text[: mention.start - sentence.start][-40:]
    # The place of the event is in a prepositional phrase ("in northern Afghanistan"), not a possessive
    # ("one of Pakistan's deadliest bombings").
    located = bool(LOCATED_BEFORE.search(before))
    # "In Alder district of Varsk, troops ...": the sentence's opening preposition, capitalised. It locates too, but
    # after a place a lower-case word locates ("In Alder, officials said ... a market in Tarvel": the speakers' town)
    opening = (
        not located
        and mention.start - sentence.start <= 40
        and bool(LOCATED_BEFORE.search(before[:1].lower() + before[1:]))
    )
    located = located or opening
    # "exploded 200 yards from the Varsk embassy": a site that near is the event's place
    located = located or bool(SHORT_DISTANCE_FROM.search(before))
    # "The Tarvel consulate in Alder was attacked in 2018": the subject of a passive attack is its place too
    located = located or bool(ATTACKED_SUBJECT.match(sentence.text, mention.end - sentence.start))
    # "the 2002 Alder bombings in Varsk": the place that names the event is where it happened
    located = located or bool(NAMES_EVENT_AFTER.match(sentence.text, mention.end - sentence.start))
    return (_possessive(mention, sentence), not located, KINDS.get(place.kind, 6), opening, mention.start)


# The words just before a place that put the event in it: "in northern Afghanistan", "stormed the", "village of".
LOCATED_BEFORE = re.compile(
    r"\b(in|into|near|at|outside|off|inside|across|on|towards?|struck|hit|attacked|targeted|stormed|bombed|raided|"
    r"besieged|overran|ambushed|invaded|shelled|torched|seized)\s+"
    r"(?:the\s+)?(?:[\w'’\-]+\s+){0,3}$|"
    # "in a remote village of Tarvel town": the place the village is in
    r"\b(?:village|villages|town|city|port|district|area|enclave|outskirts|suburbs?|neighbou?rhood|hamlet|part)\s+of\s+$|"
    # "in the Varsk region's capital, Tarvel": the apposition names the place the event was in
    r"\bcapital,\s+$"
)


# What follows a place that a passive attack verb makes the target: "(in Alder) was attacked", "were bombed".
ATTACKED_SUBJECT = re.compile(
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?,?\s+(?:was|were|has been|had been|have been)\s+"
    r"(?:\w+ly\s+)?(?:attacked|bombed|hit|targeted|stormed|struck|raided|shelled|torched|overrun)\b"
)


def _location(
    incident: Incident, facts: dict[int, SentenceFacts], dateline_place: Place | None, claimed: set[int]
) -> None:
    sentences = [facts[i] for i in incident.sentences]

    def usable(
        mention: Mention, place: Place, sentence: SentenceFacts, bearings: bool = False, told_in: bool = False
    ) -> bool:
        return _usable(mention, place, sentence, dateline_place, bearings, told_in) and not _compared(
            mention, sentence, incident
        )

    lead_places = [(m, p) for s in sentences[:1] for m, p in s.places if usable(m, p, s)]
    owners_only = bool(lead_places) and all(_possessive(m, facts[m.sentence]) for m, _ in lead_places)
    if owners_only and _placed_later(sentences, usable):
        # "a clash between Russia's allies ...": whose allies, not where; the next sentences say where.
        lead_places = []
    if not lead_places:
        named_before = _place_named_before(sentences[0], facts)
        if named_before is not None:
            incident.location = named_before
            return
    # "stormed a hotel in Tarvel, a week after the rampage in Alder": the earlier event the lead dates itself by
    lead_places = [(m, p) for m, p in lead_places if not _time_reference(m, facts[m.sentence])] or lead_places
    historic = sentences[0].dates[0] if sentences[0].dates else None
    if historic is not None and historic.text.lower().startswith("since"):
        # "the deadliest in X since March 2019, when gunmen killed 160 in Y": the earlier event was in Y.
        lead_places = [(m, p) for m, p in lead_places if m.start > historic.end] or lead_places
    if not lead_places:
        places = [(m, p) for s in sentences for m, p in s.places if usable(m, p, s)]
        # "Varsk's state news agency said ... the attack in Alder": a country named as an owner is where the event
        # was only when the later sentences name no other place ("one of Alder's hospitals" is in Alder)
        owned = [(m, p) for m, p in places if _possessive(m, facts[m.sentence])]
        # ... and only to a place the words tie to the event itself ("the attack took place in"), not to where
        # someone operates, trained or fled ("trained in Yemen", "fled towards Niger")
        tied = any((m, p) not in owned and _tied_to_the_event(m, facts[m.sentence]) for m, p in places)
        kept = [
            (m, p)
            for m, p in places
            if not (tied and p.kind == "country" and (m, p) in owned) and not _government_acting(m, facts[m.sentence])
        ]
        lead_places = [(m, p) for m, p in kept if not (owners_only and (m, p) in owned)][:1]
        if not lead_places and not owners_only:
            lead_places = places[:1]
        # "... tensions in Tarvel district of Varsk. On Friday, troops fought ...": a lead without a place, whose
        # later sentences name only a wider one, happened where the sentence just before located a place inside it.
        before = facts.get(incident.sentences[0] - 1)
        located = [
            p
            for m, p in (before.places if before else [])
            if p.kind != "country" and not _spans_countries(p) and _located_in(m, before)
        ]
        if lead_places and located and located[0] is not lead_places[0][1] and _inside(located[0], lead_places[0][1]):
            incident.location = located[0]
            return
    if not lead_places:
        # "an attack on a convoy north of Quetta" and no other place: the town it is told from
        lead_places = [(m, p) for m, p in sentences[0].places if usable(m, p, sentences[0], bearings=True)][:1]
    if not lead_places:
        # "the hospital in Riverton received the wounded" and no other place: the town the wounded were treated or
        # the officials spoke in (a town, never the country)
        lead_places = [
            (m, p) for s in sentences for m, p in s.places if p.kind == "city" and usable(m, p, s, told_in=True)
        ][:1]

    def rank(pair):
        return _rank(pair, facts)

    best = min(lead_places, key=rank)[1] if lead_places else None
    if best is not None:
        # "a market in the Old Wharf area of Riverton": the lead names, before the chosen place, a place inside it,
        # which is the more specific place of the event ("in Alder, across the Grey river" is not); or, after it, an
        # unlisted village the words put in it ("in Riverton, in a gun battle in Kalvori").
        best_start = min(m.start for m, p in lead_places if p is best)
        nested = [
            pair
            for pair in lead_places
            if pair[1] is not best
            and (pair[0].start < best_start or pair[1].record is None and pair[1].kind == "city")
            and _named_inside(pair[1], best)
            and not rank(pair)[0]
            and not rank(pair)[1]
        ]
        if nested:
            best = min(nested, key=rank)[1]
        elif best.kind == "city":
            # "in Alder district in Varsk's Tarvel": the words put the district inside the name read as a town, so
            # that name is a wider area sharing a town's name and the district is the more specific place.
            best_mention = next(m for m, p in lead_places if p is best)
            sentence = facts[best_mention.sentence]
            for mention, place in lead_places:
                gap = sentence.text[mention.end - sentence.start : best_mention.start - sentence.start]
                if place.kind == "admin2" and mention.end <= best_mention.start and DIVISION_IN_AREA.match(gap):
                    best = place
                    break
    # A more specific place in the next sentences, inside the lead's place ("... on the outskirts of Tral town").
    # A lead that names only a country leaves room for a town named a few sentences further on. A photo's share
    # count or credit ("35", "Supplied") is no sentence of the story: it does not use up the window.
    told = [sentence for sentence in sentences[1:] if len(WORD.findall(sentence.text)) >= 3]
    for index, sentence in enumerate(told[: QUARTER_SENTENCES - 1], start=1):
        # Past the next three sentences, only a quarter the words put in the lead's town ("in the Old Wharf area
        # of Riverton"), or any more specific place when the lead names only a country.
        quarters_only = index >= NEXT_SENTENCES and best is not None and best.kind != "country"
        if index >= LATER_SENTENCES and not quarters_only:
            break
        for mention, place in sentence.places:
            if not usable(mention, place, sentence) or place.kind == "site":
                continue
            if _unlisted_part_of(
                place, best, rank((mention, place)), sentence, index < NEXT_SENTENCES
            ) or _quarter_of_town(mention, place, best, rank((mention, place)), sentence):
                best = place
            elif quarters_only:
                continue
            elif index >= NEXT_SENTENCES and place.kind != "city":
                continue  # that far on, only a town replaces a country ("south of the Varsk River" is no event place)
            elif (
                best is None
                and place.kind in ("region", "city")
                or best is not None
                and KINDS.get(place.kind, 6) < _level(best, facts)
                and _inside(place, best)
                and not _named_inside(best, place)  # Riverton again after "the Old Wharf area of Riverton"
            ):
                best = place
        # "in the Old Wharf area of Riverton tehsil": the quarter named before the town the sentence just chose
        quarter = [
            place
            for mention, place in sentence.places
            if usable(mention, place, sentence)
            and _quarter_of_town(mention, place, best, rank((mention, place)), sentence)
        ]
        best = quarter[0] if quarter else best
    best = _said_to_be_there(sentences, best, usable) or best
    # "... an attack on a concert hall in Alder. Friday's assault on the Kelmar Hall was ...": a line among the
    # incident's own that no event claims tells the same event, and may name its site.
    between = [
        facts[i]
        for i in range(incident.sentences[0] + 1, incident.sentences[-1])
        if i not in claimed and i not in incident.sentences and i in facts
    ]
    site_lines = sentences[:1] + sorted(sentences[1:] + between, key=lambda s: s.index)
    incident.location = _named_site(incident, site_lines, best, usable) or best


# "The killings took place in a village called X", "the attack occurred in the X district of Y": a sentence that
# says where the event was, however far into the story ("took place near X" says only what it was close to).
TOOK_PLACE_IN = re.compile(
    r"(?:\b(?:took place|occurred|happened|unfolded)|"
    # "troops reached the scene of the bombing at X"
    r"\bscene of the (?:\w+\s+)?(?:"
    + noun_alternation(VIOLENT_EVENT_NOUNS + (("assault", "assaults"), ("massacre", "massacres")), "singular")
    + r"|killings?))"
    r"\s+(?:in|at|inside)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:village|town|hamlet|settlement|locality)\s+(?:called|named)\s+|"
    # "took place in the southern neighbourhood of X": a part of the town, named after its kind
    r"(?:[a-z\-]+\s+)?(?P<part>neighbou?rhood|suburb|quarter|sector)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


# "in the southern neighbourhood of", "at a farm in the sector of": a part of a town, named after its kind. Unlike
# TOOK_PLACE_IN's own `part` (whose verb tells the event), it puts the event there only in a sentence that tells the
# event (see _said_to_be_there).
PART_OF_TOWN_IN = re.compile(
    r"\b(?:in|at|inside|into)\s+(?:the\s+)?(?:[a-z\-]+\s+)?(?:neighbou?rhood|suburb|quarter|sector)\s+of\s+(?:the\s+)?$",
    re.I,
)


# Where people lived, were buried or were sent after the event: "lived in the western neighbourhood of X", "troops
# were deployed in the sector of X" names a part of a town that is not the event's.
NOT_THE_EVENTS_PART = re.compile(
    r"\b(?:live|lived|living|resid(?:es?|ed|ing|ents?)|hometown|native|moved|relocated|fled|"
    r"deployed|stationed|posted|sent|dispatched|sheltered|sheltering|displaced|hospitali[sz]ed)\b",
    re.I,
)


def _said_to_be_there(sentences: list[SentenceFacts], best: Place | None, usable) -> Place | None:
    """A more specific place (inside the lead's) that a sentence of the incident says the event took place in."""
    for sentence in sentences[1:QUARTER_SENTENCES]:
        # "The attack hit a farm in the sector of X" tells the event there; "The traders lived in the western
        # neighbourhood of X", "Funerals were held in the suburb of X" name a part of the town the event was not in
        tells_event = bool(sentence.events or sentence.kills)
        elsewhere = bool(AFTERMATH.search(sentence.text) or NOT_THE_EVENTS_PART.search(sentence.text))
        for mention, place in sentence.places:
            before = sentence.text[max(0, mention.start - sentence.start - 60) : mention.start - sentence.start]
            took_place = TOOK_PLACE_IN.search(before)
            part_named = not elsewhere and (
                bool(took_place and took_place.group("part")) or tells_event and bool(PART_OF_TOWN_IN.search(before))
            )
            if not (took_place or part_named) or place is best or not usable(mention, place, sentence):
                continue  # (the lead's own place named again is nothing finer, and never its own parent)
            # "took place in the southern neighbourhood of X", "a farm in the sector of X": an unlisted part of the
            # lead's town, finer than it
            if (
                part_named
                and best is not None
                and best.kind == "city"
                and place.record is None
                and place.kind in ("city", "region")
                and place.parent in (None, best)
            ):
                place.parent, place.country = best, best.country or place.country
                return place
            if not took_place:
                continue
            if best is None or (KINDS.get(place.kind, 6) < KINDS.get(best.kind, 6) and _inside(place, best)):
                if best is not None and place.parent is None and place.record is None:
                    # nothing else placed the village: it is in the lead's place (and that place's country)
                    place.parent, place.country = best, best.country or place.country
                return place
    return None


AFTERMATH = re.compile(
    r"\b(?:funerals?|mourn(?:ers|ed|ing)|buried|burial|vigils?|protest(?:ers|ed|s)?|rall(?:y|ies|ied)|"
    r"press conference|condolences?|gathered|visited)\b",
    re.I,
)
# (speed: read per sentence, gated by regex_speed.first_char_gate with the same matches: 8.2 + 6.5 ms ->
# 5.6 + 3.5 ms of CPU per 100 articles)
AFTERMATH, NOT_THE_EVENTS_PART = map(first_char_gate, (AFTERMATH, NOT_THE_EVENTS_PART))


# An event verb a spot beside a site is told after: "exploded (on Monday) close to", "opened fire on them next to".
EVENT_BESIDE = (
    r"(?:exploded|went\s+off|blew\s+up|detonated|took\s+place|happened|occurred|opened\s+fire|attacked|struck)"
    r"(?:\s+[\w'’]+){0,4}?"
)


# The words just before a site the event happened at: "at the X", "burst into the X", "stormed X".
SITE_OF_EVENT = re.compile(
    r"(?:\b(?:at|in|inside|into|on|outside|near|stormed|storm|attacked|bombed|targeted|hit|struck|raided)\s+|"
    r"\b(?:at|in)\s+and\s+around\s+|"  # "took place at and around X Square"
    # "the blasts took place just opposite to X Hotel", "tried to enter X": the event beside or at the site (not "the
    # bomber lived close to X", "were barred from the entrance to X")
    rf"\b(?:{EVENT_BESIDE}\s+(?:(?:just|right|directly)\s+)?{BESIDE_CUE}|{ENTRY_CUE})\s+|"
    r"\btarget(?:,|\s+was)\s+|"  # "the target, the X school"
    # "charged the lobby of the X hotel", "gathered in front of the X church"
    r"\b(?:lobby|gates?|entrance|premises|compound|grounds|front)\s+of\s+)"
    # "at Riverton's Mill roundabout", "in the city's Old Wharf neighbourhood", "at the Alder State University's
    # Kelmar Gym": the town or the site that owns the site
    r"(?:the\s+|a\s+)?(?:(?:(?:[A-Z][\w\-]+\s+){0,3}[A-Z][\w\-]+|the\s+(?:city|town|capital|village))(?:['’]s|['’])\s+)?"
    r"(?:(?:[a-z]+(?:ed|ar|ic|ous|ful|al)|busy|main|crowded|packed|upmarket)\s+){0,2}$",
    re.I,
)


# "The bomb went off at the gates of the X", "exploded in front of the X", "a suicide bomber blew himself up inside the
# X": the blast's own site.
BLAST_AT_SITE = re.compile(
    r"\b(?:exploded|blew (?:himself |herself |themselves )?up|detonated|went off)\s+(?:at|inside|outside|in|near)\s+"
    r"(?:the\s+|a\s+)?(?:(?:gates?|entrance|doors?|front)\s+(?:of|to)\s+(?:the\s+)?)?$",
    re.I,
)


# "the assault on the upmarket X", "Friday's attack on X": the event itself told at the site, however far on.
ATTACK_ON_SITE = re.compile(
    r"\b(?:attack|assault|siege|raid|bombing|storming)\s+(?:on|at|of)\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.I
)


# The lead's target written as a common noun: "an attack on a school", "targeting a popular shrine", "at two mosques".
LEAD_TARGET = re.compile(
    r"\b(?:on|at|inside|outside|near|into|targeting|target|targeted|stormed|attacked|bombed|struck|raided)\s+"
    r"(?:(?:an?|two|three|several)\s+)?(?P<words>(?:[\w\-]+\s+){0,3}?[a-z]+)\b(?!\s+of\b)"
)
# ... and the last word of a noun phrase the target ends with: "at a gay bar in", "on a concert hall that".
LEAD_TARGET_PHRASE = re.compile(
    LEAD_TARGET.pattern + r"(?=[,.;:]|\s+(?:in|on|at|near|and|or|with|by|for|from|to|during|after|that|which|where|"
    r"when|while|killing|wounding|leaving)\b)"
)


def _owns_next_site(mention: Mention, sentence: SentenceFacts) -> bool:
    """Whether a site is named as the owner of the site named just after it ("the Alder University's Kelmar Gym")."""
    if not _possessive(mention, sentence):
        return False
    gap = mention.end + 4  # "'s" and a space
    return any(p.kind == "site" and mention.end < m.start <= gap for m, p in sentence.places)


def _lead_target_nouns(lead: SentenceFacts) -> set[str]:
    """The lower-case nouns (singular) the lead names its target by: "a concert hall" gives "hall"."""
    nouns = set()
    for pattern in (LEAD_TARGET, LEAD_TARGET_PHRASE):
        for match in pattern.finditer(lead.text):
            last = match.group("words").split()[-1]
            nouns.add(last[:-1] if last.endswith("s") and not last.endswith("ss") else last)
    return nouns


def _site_words(mention: Mention, sentence: SentenceFacts) -> set[str]:
    """The words a named site may be called by: its name's last word ("Gul Bahar School"), and the lower-case word
    written just after it ("the Varel mosque")."""
    words = {mention.text.split()[-1].lower()} if mention.text.split() else set()
    rest = sentence.text[mention.end - sentence.start :]
    after = re.match(r"\s+([a-z]+)", rest)
    # "the Harbour Tavern, a gay bar,": the apposition says what the site is
    apposition = APPOSITION_NOUN.match(rest)
    return words | ({after.group(1)} if after else set()) | ({apposition.group(1)} if apposition else set())


# ", a gay bar,", ", the city's main mosque.": the noun of an apposition after a name.
APPOSITION_NOUN = re.compile(r",\s+(?:an?|the)\s+(?:[\w'’\-]+\s+){0,2}?([a-z]+)(?=[,.;]|\s+(?:in|on|near|at)\b)")


def _named_site(incident: Incident, sentences: list[SentenceFacts], town: Place | None, usable) -> Place | None:
    """A named site the incident's next sentences put in its town ("... in Riverton city. The car exploded at the
    Mill roundabout"): the more specific place. The site hangs under the town when nothing else placed it."""
    if (
        town is None
        or town.kind not in ("city", "region", "admin2", "admin1", "country")
        or (incident.location and incident.location.kind == "site")
    ):
        return None
    target_nouns = _lead_target_nouns(sentences[0])
    for index, sentence in enumerate(sentences[1:], start=1):
        if AFTERMATH.search(sentence.text):
            continue  # a site of the aftermath (a funeral, a press conference), not of the event
        others = [p for m, p in sentence.places if p is not town and p.kind != "site" and p.kind != "country"]
        for mention, place in sentence.places:
            if place.kind != "site" or not usable(mention, place, sentence):
                continue
            if _owns_next_site(mention, sentence):
                continue  # "the Alder University's Kelmar Gym": the gym is the site, the university its owner
            before = sentence.text[: mention.start - sentence.start]
            if _care_place(mention, sentence) and not BLAST_AT_SITE.search(before):
                continue  # a hospital is where the wounded went, unless the blast itself was there
            attack_on = ATTACK_ON_SITE.search(before)
            # "an attack on a school in Riverton ... The Gul Bahar High School is ...": the lead's target named
            named_target = bool(_site_words(mention, sentence) & target_nouns)
            if not (SITE_OF_EVENT.search(before) or BLAST_AT_SITE.search(before) or attack_on or named_target):
                continue
            if index >= QUARTER_SENTENCES and not attack_on and not named_target:
                continue  # that far on, only the event's own noun puts it at the site ("the assault on the X")
            if place.parent is town or _named_inside(place, town) or _wider_than(place.parent, town):
                return place
            if place.parent is not None and place.parent.kind == "city" and _named_inside(town, place.parent):
                # "in the Old Wharf quarter of Riverton ... at the X market in northern Riverton": the site is told
                # in the town the event's quarter is in, and is the finer place
                return place
            if town.kind == "country" and place.country and place.country != town.country:
                continue  # a lead naming only the country: a site placed abroad is not its site
            if place.parent is None and not any(not _inside(p, town) for p in others):
                place.parent = town
                return place
    return None


def _wider_than(division: Place | None, town: Place) -> bool:
    """Whether a division (a site's own parent: "in X suburb, Varsk region") can hold the town of the event: of the
    town's country and wider than it, with no division of that kind above the town that is another one."""
    if division is None or town.country is None or division.country != town.country:
        return False
    if KINDS.get(division.kind, 6) <= KINDS.get(town.kind, 6) or division.kind not in ("admin2", "admin1", "country"):
        return False
    current, seen = town.parent, 0
    while current is not None and seen < 8:
        if current is division or (current.record is not None and current.record == division.record):
            return True
        if current.kind == division.kind:
            return False  # the town is in another province than the site's
        current, seen = current.parent, seen + 1
    return True


def _level(place: Place, facts: dict[int, SentenceFacts]) -> float:
    """How specific a place is: its kind's rank, but a quarter the words put in a town ("the Old Wharf section of
    Riverton") is finer than any town."""
    if place.record is None and place.kind == "region" and place.parent is not None and place.parent.kind == "city":
        for mention in place.mentions:
            sentence = facts.get(mention.sentence)
            if sentence is None or not (sentence.start <= mention.start and mention.end <= sentence.end):
                continue
            quarter = QUARTER_OF.match(sentence.text, mention.end - sentence.start)
            rest = sentence.text[quarter.end() :] if quarter else ""
            if quarter and any(rest.startswith(m.text) for m in place.parent.mentions):
                return 0.5
    return KINDS.get(place.kind, 6)


# "the Old Wharf section of", "the Alder district of": a quarter named as part of the town that follows.
QUARTER_OF = re.compile(r"\s+(?:section|quarter|neighbou?rhood|district|suburb|area)\s+of\s+(?:the\s+)?", re.I)


def _unlisted_part_of(
    place: Place, best: Place | None, rank: tuple, sentence: SentenceFacts, near: bool = False
) -> bool:
    """'... in Riverton's eastern district of Old Wharf': a quarter the gazetteer lacks, which the words put in
    the event's town and locate the event in, in an event sentence."""
    return (
        best is not None
        and place.record is None
        and place.kind in ("region", "city")
        and _named_inside(place, best)
        and not rank[0]
        and not rank[1]
        and (near or sentence.strength >= 3 or bool(sentence.kills))
    )


# A name the words make a part of a town: "Riverton's southern Old Wharf district", "the Old Wharf area of".
QUARTER_NOUN = re.compile(r"\s+(?:area|district|neighbou?rhood|quarter|suburb|section|locality)\b", re.I)
# Without the town named beside it, only a word no wider than a town: "in the Old Wharf neighbourhood".
TOWN_PART_NOUN = re.compile(r"\s+(?:neighbou?rhood|quarter|suburb)\b", re.I)


def _quarter_of_town(mention: Mention, place: Place, town: Place | None, rank: tuple, sentence: SentenceFacts) -> bool:
    """'... stormed the station in Riverton's Old Wharf district', 'in the Old Wharf area of Riverton', 'were
    gathered in the Old Wharf neighbourhood when the bomb went off': a quarter of the event's town, even when the
    gazetteer knows the name as a district or town of the country (not placed in that town), in an event
    sentence."""
    if town is None or town.kind != "city" or place is town or place.kind not in ("region", "city", "admin2"):
        return False
    if rank[0] or rank[1] or not (sentence.strength >= 3 or sentence.kills):
        return False
    if place.country and town.country and place.country != town.country:
        return False
    if _named_inside(town, place) or _fold(place.name) == _fold(town.name):
        return False  # "the Alder district" around the town of Alder: wider, not a part
    offset = mention.end - sentence.start
    noun = QUARTER_NOUN.match(sentence.text, offset)
    if noun is None:
        return False
    before = sentence.text[max(0, mention.start - sentence.start - 40) : mention.start - sentence.start]
    after = sentence.text[noun.end() : noun.end() + 50]
    names = [m.text for m in town.mentions]
    owned = any(re.search(re.escape(name) + r"['’]s\s+(?:[a-z\-]+\s+)?$", before) for name in names)
    of_town = any(re.match(r"\s+of\s+(?:the\s+)?" + re.escape(name) + r"\b", after) for name in names)
    if owned or of_town:
        return True
    # the town not named beside it: a neighbourhood, and no other town of the sentence it could belong to
    others = [p for m, p in sentence.places if p is not place and p is not town and p.kind == "city"]
    return bool(TOWN_PART_NOUN.match(sentence.text, offset)) and not others and place.parent in (None, town.parent)


def _fold(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


# "a week after the rampage in", "days before the attack on": another event the sentence measures time from
TIME_REFERENCE = re.compile(
    r"\b(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|since)\s+(?:the|an?)\s+[^,;.]*$", re.I
)


def _compared(mention: Mention, sentence: SentenceFacts, incident: Incident) -> bool:
    """Whether the mention names the place of another event the sentence compares the incident with ("similar to the
    bombing in Alder"), not of the incident itself: the incident is that other event when its date is told in the
    comparison ("reminiscent of the 2004 siege of Alder")."""
    compared = COMPARED_EVENT.search(sentence.text[: mention.start - sentence.start])
    if compared is None:
        return False
    told = sentence.text[compared.start() :]
    return not (incident.date_text and incident.date_text in told)


def _time_reference(mention: Mention, sentence: SentenceFacts) -> bool:
    return bool(TIME_REFERENCE.search(sentence.text[: mention.start - sentence.start]))


def _spans_countries(place: Place) -> bool:
    """A continent or a region of several countries: too wide to be where one event happened."""
    return place.kind == "region" and place.country is None and spans_countries(fold(place.name))


def _place_named_before(lead: SentenceFacts, facts: dict[int, SentenceFacts]) -> Place | None:
    """'In May 2023, the group attacked the town': the place of that kind the sentences just before named."""
    anaphor = PLACE_ANAPHOR.search(lead.text)
    if anaphor is None:
        return None
    kinds = ANAPHOR_KINDS[anaphor.group("noun").lower()]
    for index in range(lead.index - 1, max(lead.index - 4, -1), -1):
        sentence = facts.get(index)
        if sentence is None:
            continue
        for mention, place in reversed(sentence.places):
            if place.kind in kinds and not CARE_PLACE.search(mention.text):
                return place
    return None


# A place opening its sentence as the subject of what a government does or says: "Tarvel has conducted successive
# offensives", "Varsk links the group to", "Alder denied": the state acting, not where an event was.
GOVERNMENT_ACTING_AFTER = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:conducted|launched|carried\s+out|links?|linked|accuses|accused|blames?|blamed|"
    r"denie[sd]|threaten(?:s|ed)|says|said|condemn(?:s|ed))\b"
)


# A place the words tie to the event itself: "the attack ... in", "the blast at", "took place in", "went off near ...
# in", "hit ... in".
EVENT_TIED_BEFORE = re.compile(
    r"\b(?:(?:attack|blast|bombing|bomb|explosion|strike|shooting|ambush|raid|assault|incident)s?\b[^.;:]*?"
    r"|took\s+place\b[^.;:]*?|went\s+off\b[^.;:]*?|\bhit\b[^.;:]*?)"
    r"\b(?:in|at|near)\s+(?:[\w'’-]+\s+){0,6}$",
    re.I,
)
# ... not where someone is based, came from, trained or went, nor another event it is compared with.
NOT_TIED_BEFORE = re.compile(
    r"\b(?:operat\w*|based|trained|lived|originated)\s+in\s+(?:[\w'’-]+\s+){0,4}$|\b(?:towards?|into)\s+"
    r"(?:[\w'’-]+\s+){0,4}$|\b(?:similar|echo(?:ed|es)?|also)\b",
    re.I,
)


def _tied_to_the_event(mention: Mention, sentence: SentenceFacts) -> bool:
    """Whether the words before the place tie it to the event ('the attack took place in'), not to someone's base."""
    before = sentence.text[: mention.start - sentence.start]
    return bool(EVENT_TIED_BEFORE.search(before)) and not NOT_TIED_BEFORE.search(before)


def _government_acting(mention: Mention, sentence: SentenceFacts) -> bool:
    """Whether the place is the government acting: the sentence's subject (first or after 'that'), with its verb."""
    before = sentence.text[: mention.start - sentence.start]
    after = sentence.text[mention.end - sentence.start :]
    return bool(re.fullmatch(r"\s*|.*\bthat\s+", before)) and bool(GOVERNMENT_ACTING_AFTER.match(after))


def _possessive(mention: Mention, sentence: SentenceFacts) -> bool:
    """'Russia's allies', 'Pakistan's deadliest': a place named as an owner, not as where something happened
    ("the chief of Alder's district" names the district itself)."""
    after = sentence.text[mention.end - sentence.start :]
    return after.startswith(("'s", "’s")) and not OWN_DIVISION.match(after) and not OWN_PART.match(after)


# "in Varsk's remote north", "Varsk's troubled northwest": a part of the place, which is where the event was.
OWN_PART = re.compile(
    r"^['’]s\s+(?:[a-z]+\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\b(?!-)", re.I
)


def _placed_later(sentences: list[SentenceFacts], usable) -> bool:
    """Whether a later sentence of the incident names a usable place that is not itself a possessive."""
    for sentence in sentences[1:4]:
        for mention, place in sentence.places:
            if usable(mention, place, sentence) and not _possessive(mention, sentence):
                return True
    return False


def _located_in(mention: Mention, sentence: SentenceFacts) -> bool:
    before = sentence.text[max(0, mention.start - sentence.start - 30) : mention.start - sentence.start]
    return bool(re.search(r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}$", before, re.I))


def _named_inside(place: Place, container: Place) -> bool:
    """Whether the article's own hierarchy (named parents only) puts `place` inside `container`."""
    current, seen = place.parent, 0
    while current is not None and seen < 8:
        if current is container or (current.record is not None and current.record == container.record):
            return True  # the same gazetteer place, whichever copy of it the parent link holds
        current, seen = current.parent, seen + 1
    return False


def _inside(place: Place, container: Place) -> bool:
    current, seen, chain = place.parent, 0, []
    while current is not None and seen < 8:
        if current is container:
            return True
        chain.append(current)
        current, seen = current.parent, seen + 1
    if place.parent is None and (place.record is None or place.country == container.country):
        return True  # no named parent in between: trust the narrative
    if (
        place.record is None
        and container.kind in ("admin1", "admin2")
        and place.country
        and place.country == container.country
        and not any(p.kind == container.kind for p in chain)
    ):
        # "in the Varsk province ... on the outskirts of Tarvel, a town west of Alder": an unlisted town of the
        # province's country hung under the town it is measured from, not under another province: the story puts
        # it in the province
        return True
    if container.record is None and container.kind == "region" and place.kind == "city":
        # "in the Varsk region ... outside Tarvel": a region the gazetteer lacks has no parts to check against;
        # a town of its country the story goes on to is in it, unless the words put the region in the town
        return bool(place.country) and place.country == container.country and not _named_inside(container, place)
    return bool(container.kind == "country" and place.country and place.country == container.country)


def incident_location(
    incident: Incident,
    facts: dict[int, SentenceFacts],
    dateline_place: Place | None,
    earlier: list[Incident],
    claimed: set[int],
) -> None:
    """The event's place; "the city's port" or "the same district" without a name: an earlier event's. `claimed`:
    the sentences any segmented event tells."""
    _location(incident, facts, dateline_place, claimed)
    if not earlier and (incident.location is None or incident.location.kind == "country"):
        # The story's first event, its own sentences naming no place or only the country: the first more specific
        # place of the article (the headline's or the dateline's town), when in that country.
        first = _first_specific_place(facts, incident.sentences[0], dateline_place, incident.location)
        if first is not None:
            incident.location = first
    if incident.location is None and earlier:
        # "... amid tensions in Varno district. On Friday, troops fought heavy battles with ...": the place the
        # sentence just before located something in.
        before = facts.get(incident.sentences[0] - 1)
        located = [
            p
            for m, p in (before.places if before else [])
            if p.kind != "country" and not _spans_countries(p) and _located_in(m, before)
        ]
        incident.location = located[-1] if located else None
    if incident.location is None and earlier and set(incident.sentences) <= set(earlier[0].sentences):
        # "... had gathered after a lawyer was shot dead earlier": an event told only inside the main event's
        # sentences, none naming its own place, is in the story's town (not at the main event's site)
        main = earlier[0].location
        incident.location = main.parent if main is not None and main.kind == "site" else main
    anaphor = ANAPHORIC_PLACE.search(facts[incident.sentences[0]].text) if earlier else None
    same = bool(anaphor) and anaphor.group(0).lower().startswith("same")
    # "in the same area" says more than the country a later sentence names
    country_only = incident.location is not None and incident.location.kind == "country"
    if anaphor and (incident.location is None or same and country_only):
        # "a missile strike on the city's port": the place named before; "in the same district": the place of
        # the story's main event, which background paragraphs compare with
        before = (earlier[0] if same else earlier[-1]).location
        if not country_only or before is not None and before.country == incident.location.country:
            incident.location = before
    if incident.location is None and earlier:
        # nothing above placed it: the story's own place or country
        incident.location = _story_place(incident, earlier[0])


def _story_place(incident: Incident, main: Incident) -> Place | None:
    """An event whose words name no place, in a story about a main event: without a date of its own too ("the
    violent attacks occurred despite ..."), the main event told again, at its place (its town for a site); with one
    ("in 2015 gunmen attacked police stations"), another event of the story's country."""
    place = main.location
    if place is None:
        return None
    if incident.date is None:
        return place.parent if place.kind == "site" and place.parent is not None else place
    current, seen = place, 0
    while current is not None and current.kind != "country" and seen < 8:
        current, seen = current.parent, seen + 1
    return current


def _first_specific_place(
    facts: dict[int, SentenceFacts], lead: int, dateline_place: Place | None, country: Place | None
) -> Place | None:
    """The first place finer than a country (in `country` when given) the article names before the event's lead
    sentence (the headline's) or in its dateline."""
    candidates = []
    if dateline_place is not None:
        candidates.append(dateline_place)
    for index in sorted(i for i in facts if i < lead):
        sentence = facts[index]
        for mention, place in sentence.places:
            if _possessive(mention, sentence) or _care_place(mention, sentence):
                continue
            if not _usable(mention, place, sentence, None):
                continue
            candidates.append(place)
    for place in candidates:
        if place.kind == "country" or place.kind == "site":
            continue
        if country is not None and place.country != country.country:
            continue
        return place
    return None
