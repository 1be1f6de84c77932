"""Locations: pick the gazetteer place each name means, and link places into a hierarchy.

Disambiguation uses the article's own context: the countries it names, the
places around it ("Mazar-i-Sharif, the capital of Balkh province"), the words
after a name ("Balkh province" is the division, "Bijapur district" the
district), and population as the tiebreak. Sites and regions that the
gazetteer does not hold ("the Buleda area", "Kocha Risaldar mosque") hang
under the nearest named place.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .gazetteer import Gazetteer, PlaceRecord
from .model import Mention, Place
from .name_context import UNLISTED_KIND, place_context
from .normalize import fold, strip_accents
from .text_spans import sentence_around
from .vocabulary import DEMONYMS, REGION_WORDS, spans_countries, word_set

TYPE_WORDS = re.compile(
    r"\b(province|district|state|region|governorate|department|division|agency|territory|county|municipality|"
    r"city|town|village|tehsil|circunscricao de|circunscrição de)\b",
    re.I,
)
ADMIN_KINDS = ("admin1", "admin2")


def bare(name: str) -> str:
    """A place name without its type words, folded: 'Peshawar District' -> 'peshawar'."""
    return fold(TYPE_WORDS.sub(" ", strip_accents(name)))


# Ways of writing one name: "St" for "Saint", "City of Alder" for "Alder".
SAINT_WORDS = {"saint": "st", "sainte": "ste"}
NAME_OF = re.compile(r"^of\s+")


def same_name(record_name: str, folded: str) -> bool:
    """Whether a gazetteer record's name is the name as written, up to its type words and the usual ways of writing
    it: 'St. Petersburg' is the city the gazetteer calls 'Saint Petersburg', 'Westminster' the 'City of
    Westminster' (so a namesake whose record happens to be spelled as written does not win on the spelling)."""

    def canonical(name: str) -> str:
        return " ".join(SAINT_WORDS.get(w, w) for w in NAME_OF.sub("", name).split())

    return canonical(bare(record_name)) == canonical(folded)


@dataclass
class PlaceContext:
    """What the article says about where it is."""

    countries: Counter  # country code -> weight
    main_country: str | None
    country_names: dict[str, str]  # country code -> the gazetteer's name, for countries seen
    countries_named: frozenset[str] = frozenset()  # countries of the places the article names


def _ancestors(record: PlaceRecord, by_id: dict[int, PlaceRecord]) -> list[PlaceRecord]:
    out, seen = [], set()
    current = by_id.get(record.parent_id) if record.parent_id else None
    while current and current.id not in seen:
        seen.add(current.id)
        out.append(current)
        current = by_id.get(current.parent_id) if current.parent_id else None
    return out


def _load_ancestors(records: list[PlaceRecord], gazetteer: Gazetteer) -> dict[int, PlaceRecord]:
    """Every record and all its ancestors, fetched level by level."""
    by_id = {r.id: r for r in records}
    wanted = {r.parent_id for r in records if r.parent_id}
    for _ in range(6):
        wanted -= set(by_id)
        if not wanted:
            break
        found = gazetteer.places_by_id(list(wanted))
        by_id.update(found)
        wanted = {r.parent_id for r in found.values() if r.parent_id}
    return by_id


SMALL_COMPASS_BEFORE = re.compile(r"\b(northern|southern|eastern|western) $")


def _compass_words_written_small(mentions: list[Mention], text: str) -> None:
    """ "northern Ireland" where the article also writes "Northern Ireland": the one place written twice, not the
    bare name's place ("Ireland")."""
    capitalised = {m.folded: m for m in mentions if m.places and m.text[:1].isupper()}
    for mention in mentions:
        if not mention.places:
            continue
        compass = SMALL_COMPASS_BEFORE.search(text, max(0, mention.start - 10), mention.start)
        if compass is None:
            continue
        other = capitalised.get(fold(f"{compass.group(1)} {mention.text}"))
        if other is None or other is mention:
            continue
        mention.start = compass.start()
        mention.text = text[mention.start : mention.end]
        mention.folded, mention.places, mention.place_hint = other.folded, list(other.places), other.place_hint


def _country_size(record: PlaceRecord, by_id: dict[int, PlaceRecord]) -> int:
    """The population of a division's country, which breaks a tie between divisions: a bare "Marisol" that nothing
    in the story places is the state of a big country, not a small territory's municipality of that name."""
    country = next((a for a in _ancestors(record, by_id) if a.kind == "country"), None)
    return (country.population or 0) if country else 0


def _prior(record: PlaceRecord) -> float:
    if record.kind == "country":
        return 3.0
    if record.kind == "admin1":
        return 1.0
    if record.kind == "admin2":
        return 0.5
    if record.kind == "city":
        return 0.5 + math.log10(max(record.population or 1000, 1000)) / 7
    return 0.3


def _hint_bonus(record: PlaceRecord, hint: str | None) -> float:
    if not hint or record.kind == "country":
        return 0.0  # "the territory of Varsk", "the state of Varsk": the words name a country as well
    if record.kind == hint:
        return 4.0
    if hint in ADMIN_KINDS and record.kind in ADMIN_KINDS:
        return 3.0
    return -1.0


def resolve_places(
    mentions: list[Mention], gazetteer: Gazetteer, dateline_country: str | None = None, text: str = ""
) -> tuple[list[Place], PlaceContext]:
    """Places for the gazetteer-matched mentions (each mention's `place` set); returns (places, context).

    With the article's `text`, a name the words put inside another place it is not in is left to
    `unlisted_places` (see `_contradicted`)."""
    if text:
        _compass_words_written_small(mentions, text)
    by_name = _names(mentions)
    records = [r for ms in by_name.values() for r in ms[0].places]
    by_id = _load_ancestors(records, gazetteer)

    # Context: countries named outright weigh most; names with a single candidate count too.
    countries: Counter = Counter()
    own: dict[str, Counter] = {}  # what each name adds itself: a name does not vouch for its own country
    # A person's surname read as a town ("Fenwick" after "Alan Fenwick") does not vote for a country.
    surnames = {m.folded.rsplit(" ", 1)[-1] for m in mentions if m.kind == "person" and " " in m.folded.strip()}
    for key, ms in by_name.items():
        candidates = ms[0].places
        added = own[key] = Counter()
        if key in surnames and not any(r.kind == "country" for r in candidates):
            continue
        if any(r.kind == "country" for r in candidates):
            for r in candidates:
                if r.kind == "country":
                    added[r.country_code] += 3 + len(ms)
        elif len({r.country_code for r in candidates}) == 1:
            added[candidates[0].country_code] += 1.5
        else:
            codes = sorted({r.country_code for r in candidates})  # sorted: a tie between countries must not
            for code in codes:  # fall to the order of a set of strings, which changes with each process
                added[code] += 0.5 / len(codes)
        countries.update(added)
    if dateline_country:
        countries[dateline_country] += 2
    mentioned = {key.partition("|")[0] for key in by_name}
    # Ids of places that contain some candidate of another name: "Balkh" is the province when Mazar is named.
    contains: dict[str, set[int]] = {}
    spellings: dict[str, set[str]] = {}
    for key, ms in by_name.items():
        contains[key] = {a.id for r in ms[0].places for a in _ancestors(r, by_id)}
        spellings[key] = {bare(r.name) for r in ms[0].places}

    chosen: dict[str, PlaceRecord] = {}
    for key, ms in by_name.items():
        folded = key.partition("|")[0]
        hint = next((m.place_hint for m in ms if m.place_hint), None)
        # Spelling variants of one place (Düsseldorf, Duesseldorf) do not vouch for each other's parents.
        others = [k for k in contains if k != key and not (spellings[k] & spellings[key])]
        others_ancestors = set().union(*(contains[k] for k in others)) if others else set()

        # A nation named by its people in the name's own sentence ("Paraguayan soldiers") says which namesake it is.
        # (Counted over the whole story, such words cost more than they won: a person's nationality abroad.)
        beside = {code for m in ms for code in _demonym_countries(_sentence_of(text, m))} if text else set()

        def score(
            record: PlaceRecord, hint=hint, folded=folded, others_ancestors=others_ancestors, key=key, beside=beside
        ) -> float:
            total = _prior(record) + _hint_bonus(record, hint)
            if record.country_code in beside:
                total += 2.0  # "Paraguayan soldiers were ambushed in the department of Concepcion"
            weight = countries.get(record.country_code, 0)
            if weight - own[key].get(record.country_code, 0) < 1e-9 and len(own[key]) > 1:
                weight = 0  # "Jenin": only its own ambiguity points to Poland
            top = countries.most_common(1)[0][1] if countries else 0
            if weight:
                total += 2.0 + (2.0 if weight == top else 0.0)
            if record.id in others_ancestors:
                total += 2.5
            if any(bare(a.name) in mentioned and bare(a.name) != folded for a in _ancestors(record, by_id)):
                total += 2.5
            if same_name(record.name, folded):
                total += 0.3
            if record.kind == "city" and (record.population or 0) >= 100_000:
                total += 2.5  # a city that size is what a bare name means, unless the words say otherwise
                if record.population >= METROPOLIS and same_name(record.name, folded):
                    # a metropolis under its own name outweighs the story's country pointing to a namesake that
                    # only lists the name among its alternates ("the bombing in Kabul", condemned in Washington)
                    total += 2.0
            return total

        candidates = ms[0].places
        if any(r.kind == "country" for r in candidates):
            # A country's name (or one of its names: "Turkey" for Türkiye) means that country: not a town that
            # lists the name among its alternate names (a big city of the story's country with "Iraq" as an old
            # name), nor a small namesake town in a country the story also names ("Palestine" in Texas beside
            # "the United States"). A division of that name still competes ("Georgia").
            candidates = [r for r in candidates if r.kind not in ("city", "site")]
            if text and _listed_with_countries(ms, by_name, key, text):
                # "where Cameroon, Chad, Niger and Nigeria meet": a name listed among countries is the country, not
                # the division of a neighbour that shares it
                candidates = [r for r in candidates if r.kind == "country"]
        scores = [score(r) for r in candidates]
        top = max(scores)
        tied = [r for r, value in zip(candidates, scores, strict=True) if top - value < 1e-9]
        if len(tied) > 1 and all(r.kind in ("admin1", "admin2") for r in tied):
            # a tie between divisions only (nothing in the story says which): the larger country's
            chosen[key] = max(tied, key=lambda r: _country_size(r, by_id))
        else:
            chosen[key] = tied[0]

    _short_forms(chosen)
    if text:
        _contradicted(chosen, by_name, by_id, text)
    _drop_isolated(chosen, by_name, dateline_country, text, by_id)
    main_country = _main_country(chosen, by_name, countries, text)
    places: dict[int, Place] = {}
    for key, record in chosen.items():
        place = places.get(record.id)
        if place is None:
            place = Place(
                "",
                record.name,
                record.kind,
                record.country_code or None,
                record,
                latitude=record.latitude,
                longitude=record.longitude,
            )
            places[record.id] = place
        for mention in by_name[key]:
            place.mentions.append(mention)
            mention.place = place
    # Parent: the nearest ancestor the article also names (unnamed levels are left to the database).
    seats = _seats(places, by_id)
    for place in places.values():
        for ancestor in _ancestors(place.record, by_id):
            if ancestor.id in places:
                place.parent = places[ancestor.id]
                break
            seat = seats.get(ancestor.id)
            if seat is not None and seat is not place and _near(place.record, seat.record, SEAT_KM):
                # "Lakeside Flats" in Varno governorate, when the article names the city of Varno: a district of the
                # governorate's seat, under the city the article names
                place.parent = seat
                break
        if place.latitude is None:
            _borrow_coordinates(place, by_id, chosen.values())
    ordered = sorted(places.values(), key=lambda p: p.mentions[0].start)
    country_names = {r.country_code: r.name for r in by_id.values() if r.kind == "country"}
    named = frozenset(r.country_code for r in chosen.values() if r.country_code)
    return ordered, PlaceContext(countries, main_country, country_names, named)


CAPITALISED_WORD = re.compile(r"\b[A-Z][a-zà-ÿ]+\b")


def _demonym_countries(text: str) -> list[str]:
    """The countries of the nations a text names by their people, written with a capital ("Paraguayan", "Sri
    Lankan"), once per mention."""
    out = []
    words = list(CAPITALISED_WORD.finditer(text))
    skip = -1
    for k, word in enumerate(words):
        if k == skip:
            continue
        after = words[k + 1] if k + 1 < len(words) and words[k + 1].start() == word.end() + 1 else None
        pair = f"{word.group()} {after.group()}".lower() if after else ""
        if after and DEMONYMS.get(pair):
            out.append(DEMONYMS[pair])
            skip = k + 1
        elif DEMONYMS.get(word.group().lower()):
            out.append(DEMONYMS[word.group().lower()])
    return out


def _sentence_of(text: str, mention: Mention) -> str:
    """The sentence a mention stands in (the mention's own words left out)."""
    start, end = sentence_around(text, mention.start, mention.end)
    return text[start : mention.start] + " " + text[mention.end : end]


# The words between two items of a list: ", ", " and ", ", or ".
LIST_GAP = re.compile(r"^\s*(?:,|,?\s+(?:and|or))\s+$")


def _listed_with_countries(ms: list[Mention], by_name, key: str, text: str) -> bool:
    """Whether a mention of the name stands in a list beside a name that can only be a country."""
    country_spans = [
        (m.start, m.end)
        for other, others in by_name.items()
        if other != key and others[0].places and all(r.kind == "country" for r in others[0].places)
        for m in others
    ]
    for mention in ms:
        for start, end in country_spans:
            gap = text[end : mention.start] if end <= mention.start else text[mention.end : start]
            if len(gap) <= 6 and LIST_GAP.match(gap):
                return True
    return False


def _names(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """Place mentions by folded name; a name written with different place words ("Idlib province",
    "Idlib city") names different places."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.kind == "place":
            by_name[mention.folded].append(mention)
    out: dict[str, list[Mention]] = {}
    for folded, ms in by_name.items():
        hints = list(dict.fromkeys(m.place_hint for m in ms if m.place_hint))
        if len(hints) < 2:
            out[folded] = ms
            continue
        for mention in ms:
            out.setdefault(f"{folded}|{mention.place_hint or hints[0]}", []).append(mention)
    return out


def _short_forms(chosen: dict[str, PlaceRecord]) -> None:
    """'Mazar' after 'Mazar-i-Sharif' is the same city; 'Congo' after 'Democratic Republic of Congo' the same
    country (a country's bare last word, when the article names that longer country outright)."""
    for key, record in list(chosen.items()):
        folded = key.partition("|")[0]
        if " " in folded:
            continue
        if record.kind == "country":
            longer = next(
                (
                    other
                    for other_key, other in chosen.items()
                    if other.kind == "country"
                    and other.country_code != record.country_code
                    and " " in other_key.partition("|")[0]
                    and other_key.partition("|")[0].split()[-1] == folded
                ),
                None,
            )
            if longer is not None:
                chosen[key] = longer
            continue
        for other_key, other in chosen.items():
            other_folded = other_key.partition("|")[0]
            if (
                other is not record
                and other.kind == "city"
                and other_folded.split()[0] == folded
                and " " in other_folded
            ):
                chosen[key] = other
                break


# "the community of X in Y": the words say X is inside Y.
INSIDE_GAP = re.compile(r"^\s+in\s+(?:the\s+)?$")
# "the Alder area outside Riverton", "Alder town, near Riverton": a place close to the other one.
NEAR_GAP = re.compile(r"^(?:\s+(?:area|town|village|district))?,?\s+(?:just\s+)?(?:outside|near)\s+(?:the\s+)?$", re.I)
# "the St Agnes's church in Alder", "Kalvo army camp in Alder": a site's own lower-case words, then "in".
SITE_INSIDE_GAP = re.compile(r"^(?:\s+[a-z]+){0,3}\s+in\s+(?:the\s+)?$")
OWNER_GAP = re.compile(r"^['’]s\s+$")  # "Istanbul's Ataturk": the second place is in the first
INSIDE_KINDS = ("country", "admin1", "admin2", "city")
NEAR_KM = 50.0


def _contradicted(chosen: dict[str, PlaceRecord], by_name, by_id: dict[int, PlaceRecord], text: str) -> None:
    """A gazetteer record the text contradicts: "El Aguaje in Aguililla" (or "Aguililla's El Aguaje") when the
    only El Aguaje the gazetteer knows lies in another state. The name is then an unlisted place of the story
    (its mentions become towns for `unlisted_places`, which puts them under the place of their sentence)."""
    records = {m.start: (key, record) for key, record in chosen.items() for m in by_name[key]}
    ends = {m.end: (key, record) for key, record in chosen.items() for m in by_name[key]}
    for key, record in list(chosen.items()):
        if record.kind not in ("city", "site"):
            continue
        for mention in by_name[key]:
            container = next(
                (
                    other
                    for start, (other_key, other) in records.items()
                    if other_key != key and mention.end < start <= mention.end + 30
                    and (
                        INSIDE_GAP.match(text[mention.end : start])
                        or NEAR_GAP.match(text[mention.end : start])
                        or (other.kind == "country" and _country_after(text, mention.end, start, other_key, by_name))
                    )
                ),
                None,
            ) or next(
                (
                    other
                    for end, (other_key, other) in ends.items()
                    if other_key != key and mention.start - 4 <= end < mention.start
                    and OWNER_GAP.match(text[end : mention.start])
                ),
                None,
            )  # fmt: skip
            if container is None or container.kind not in INSIDE_KINDS or _within(record, container, by_id):
                continue
            del chosen[key]
            for item in by_name[key]:
                item.kind, item.places = "city", []
            break


def _country_after(text: str, end: int, start: int, country_key: str, by_name) -> bool:
    """ "Tarvo, Ruritania": the country written after the town's comma is the one it is in, unless the two begin a
    list ("in Baghdad, Syria and Yemen")."""
    if text[end:start] != ", ":
        return False
    country = next((m for m in by_name[country_key] if m.start == start), None)
    return country is not None and not LIST_AFTER.match(text, country.end)


LIST_AFTER = re.compile(r"\s*(?:,\s*[A-Z]|and\b|or\b|&)")


def _within(record: PlaceRecord, container: PlaceRecord, by_id: dict[int, PlaceRecord]) -> bool:
    """Whether the record can be in the container: one of its ancestors, or (a town) close to it."""
    if container.kind == "country":
        return record.country_code == container.country_code
    if container.id in {a.id for a in _ancestors(record, by_id)}:
        return True
    coordinates = (record.latitude, record.longitude, container.latitude, container.longitude)
    if container.kind == "city" and None not in coordinates:
        return _km(*coordinates) <= NEAR_KM
    return False


# How far from its division's seat a place may lie to be a part of that city.
SEAT_KM = 15.0


def _seats(places: dict[int, Place], by_id: dict[int, PlaceRecord]) -> dict[int, Place]:
    """Named cities by the id of the division they share their name with and lie in (Baghdad city: Baghdad
    governorate), when the article does not name that division."""
    out = {}
    for place in places.values():
        if place.kind != "city":
            continue
        for ancestor in _ancestors(place.record, by_id):
            if ancestor.kind in ADMIN_KINDS and ancestor.id not in places and bare(ancestor.name) == bare(place.name):
                out[ancestor.id] = place
    return out


def _near(record: PlaceRecord, other: PlaceRecord, km: float) -> bool:
    coordinates = (record.latitude, record.longitude, other.latitude, other.longitude)
    return None not in coordinates and _km(*coordinates) <= km


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _drop_isolated(
    chosen: dict[str, PlaceRecord], by_name, dateline_country: str | None, text: str = "", by_id=None
) -> None:
    """A lone place in a country nothing else in the article points to is a misreading ('Christmas', 'Court'), or a
    town of the story's own country that the gazetteer lacks and a namesake abroad answered for."""
    support: Counter = Counter()
    for record in chosen.values():
        # Small towns vouch less: two hamlets in a country nothing names are likely nicknames ('alias Nanao').
        small = record.kind in ("city", "site", "region") and (record.population or 0) < 500_000
        support[record.country_code] += 3 if record.kind == "country" else 0.5 if small else 1
    if dateline_country:
        support[dateline_country] += 2
    # A country the text names outright ("Chad's army"): a dateline alone is where the reporter filed from
    story_named = any(record.kind == "country" for record in chosen.values())
    nations_named = set(_demonym_countries(text))  # by their people ("Ethiopian", "Sri Lankan")
    for key, record in list(chosen.items()):
        if record.kind == "country" or support[record.country_code] > 1:
            continue
        mentions = by_name[key]
        if any(m.source == "dateline" for m in mentions):
            continue
        if record.kind == "city" and any(_named_with_kind_word(m, record, text) for m in mentions):
            continue  # "a mosque in Tarvo City": a name that specific is the town itself, in its own country
        named_as_place = any(m.ner in ("GPE", "LOC") for m in mentions)
        well_known = record.kind == "admin1" or (record.kind == "city" and (record.population or 0) >= 100_000)
        abroad = story_named and record.country_code not in nations_named
        if named_as_place and well_known and (record.kind == "admin1" or (record.population or 0) >= METROPOLIS):
            continue  # "talks in Doha": a real place abroad
        divisions = [r for r in mentions[0].places if r.kind == "admin1"]
        # the province of the town's own country first ("Gaza" the city: the Gaza province beside it)
        # (else the larger country's: "Florida" the state, not a small territory's municipality of that name)
        division = next((r for r in divisions if r.country_code == record.country_code), None) or max(
            divisions, key=lambda r: _country_size(r, by_id or {}), default=None
        )
        if named_as_place and division is not None:
            chosen[key] = division  # "Chechnya": the province abroad, not a village that shares its name
            continue
        if named_as_place and abroad and all(_whole_name(text, m) for m in mentions):
            # "the attack in Tarvel" in a story about Ruritania, when the article never names the namesake's
            # country: a town of the story the gazetteer does not hold, which a namesake abroad answered for
            for mention in mentions:
                mention.kind, mention.places = "city", []
        elif named_as_place and well_known:
            continue  # "Ruritanian forces ... in Tarvel": the words point to the town's country
        del chosen[key]


def _named_with_kind_word(mention: Mention, record: PlaceRecord, text: str) -> bool:
    """A town's own name written whole with its capitalised kind word ("Tarvo City"), not a bare word."""
    if not (mention.text.endswith(" City") and fold(record.name) == mention.folded):
        return False
    # "White City Stadium": the town's name as a word of a longer name, not the town
    return not re.match(r"\s+[A-Z]", text[mention.end : mention.end + 3])


def _whole_name(text: str, mention: Mention) -> bool:
    """A name written whole: not 'El' of 'El noticiero', nor 'Port' of 'Port-au-Prince', nor a landform's
    generic word ("the Valley" for the one the story is in)."""
    return (
        len(mention.text) >= 3
        and mention.folded not in REGION_WORDS
        and text[mention.end : mention.end + 1] != "-"
        and text[max(mention.start - 1, 0) : mention.start] != "-"
    )


# A city this size is known abroad by its bare name ("talks in Doha", "a summit in Lagos").
METROPOLIS = 1_000_000


def _borrow_coordinates(place: Place, by_id: dict[int, PlaceRecord], chosen) -> None:
    """Divisions without coordinates take those of a named place inside them, for the map."""
    for record in chosen:
        if place.record and place.record.id in {a.id for a in _ancestors(record, by_id)} and record.latitude:
            place.latitude, place.longitude = record.latitude, record.longitude
            return


def _main_country(chosen: dict[str, PlaceRecord], by_name, countries: Counter, text: str = "") -> str | None:
    votes: Counter = Counter()
    for folded, record in chosen.items():
        if record.country_code:
            mentions = by_name[folded]
            if record.kind == "country" and text:
                # "a school near the Varsk border": the neighbour across the border, not where the story is
                mentions = [
                    m
                    for m in mentions
                    if not NEIGHBOUR_AFTER.match(text, m.end)
                    and not NEIGHBOUR_BEFORE.search(text[max(0, m.start - NEIGHBOUR_WINDOW) : m.start])
                ]
            weight = len(mentions)
            # The first places named say where the story is; later ones are often context. A dateline says
            # where the reporter filed from ("CHIANG MAI, Thailand" on a story in Myanmar): no bonus for it.
            body = [m.start for m in mentions if m.source != "dateline"]
            votes[record.country_code] += weight + (2 if body and min(body) < 400 else 0)
    if not votes:
        # Only the ambiguous names' countries: the likeliest, unless two weigh the same (then nothing says which).
        ranked = countries.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] - ranked[1][1] < 1e-9):
            return None
        return ranked[0][0]
    return votes.most_common(1)[0][0]


def unlisted_places(
    mentions: list[Mention],
    places: list[Place],
    main_country: str | None,
    text: str = "",
) -> list[Place]:
    """Sites and regions the gazetteer lacks, each under the nearest named place of its sentence."""
    out: dict[str, Place] = {}
    named = {bare(m.text): p for p in places for m in p.mentions}
    for mention in mentions:
        if mention.kind not in ("site", "region", "city"):
            continue
        known = named.get(bare(mention.text)) or _spelled_alike(bare(mention.text), named)
        if mention.kind in ("region", "city") and known is not None:
            # "the Kelmar area" when the gazetteer knows Kelmar; "Tarvoz district" when the article names Tarvaz.
            known.mentions.append(mention)
            mention.place = known
            continue
        key = mention.folded if mention.source == "acronym" else (bare(mention.text) or mention.folded)
        if key not in out and mention.kind == "region":
            # "the Hamrin range" after "the Hamrin mountains": one feature under two nouns.
            key = next((k for k, p in out.items() if p.kind == "region" and k.startswith(key + " ")), key)
        if key not in out and mention.kind == "site":
            # "the Varel airport" (read as "Varel", the word kept as its full form) and "Varel airport": one site
            key = next((k for k, p in out.items() if p.kind == "site" and _full_form(p) == _full_form(mention)), key)
        if key in out:
            out[key].mentions.append(mention)
            if out[key].parent is None and mention.kind == out[key].kind:
                # "... in Tarvo Township." then "in Tarvo Township, Varsk Region": a later mention may say where it is
                _place_under(
                    out[key],
                    _apposition_place(text, mention, mentions) or _nearest_place(mention, mentions, main_country, text),
                )
            continue
        if spans_countries(bare(mention.text)):
            # "Europe", "West Africa": no place of the sentence holds it, nor is it in the story's country
            place = Place("", mention.text, "region", None)
            place.mentions.append(mention)
            out[key] = place
            continue
        parent = (
            _apposition_place(text, mention, mentions)
            or _named_after_place(mention, named)
            or _nearest_place(mention, mentions, main_country, text)
        )
        if parent is not None and mention.kind == "region" and ISLAND_BEFORE.search(text[: mention.start]):
            # "in Tarvo, Kel province, on the southern island of X": the island holds the town, it is not in it
            parent = _country_place(parent, places)
        place = Place(
            "",
            mention.text,
            mention.kind,
            parent.country if parent else main_country,
            parent=parent,
            latitude=parent.latitude if parent else None,
            longitude=parent.longitude if parent else None,
        )
        place.mentions.append(mention)
        if mention.place_hint and mention.place_hint != mention.text:
            place.name = mention.text
        if mention.town is not None and OWNER_IN_NAME.search(mention.text):
            place.name = mention.place_hint  # "Alder's main train station" is named "Alder train station"
        # "the Wadi al-Shay valley": "Wadi" already says valley, the name is "Wadi al-Shay".
        place.name = REDUNDANT_FEATURE.sub(r"\1", place.name)
        out[key] = place
    _owned_short_site_names(text, out)
    _inside_unlisted(text, list(out.values()))
    return list(out.values())


# "Alder's main train station": a site written with its town as owner.
OWNER_IN_NAME = re.compile(r"['’]s\s")


def _full_form(item: Place | Mention) -> str:
    """A site's name with its site word ("Varel airport" for a mention written "Varel" before "airport")."""
    mention = item.mentions[0] if isinstance(item, Place) else item
    hint = mention.place_hint if mention.source == "pattern" else None  # (a listed name's hint is a kind)
    return bare(hint or mention.text) or mention.folded


# "the island of", "the southern island of": the name after it is an island.
ISLAND_BEFORE = re.compile(r"\bisland\s+of\s+$", re.I)


def _country_place(place: Place, places: list[Place]) -> Place | None:
    """The country a place is in, as one of the article's places (None when the article does not name it)."""
    current, seen = place, 0
    while current is not None and seen < 8:
        if current.kind == "country":
            return current
        current, seen = current.parent, seen + 1
    return next((p for p in places if p.kind == "country" and p.country == place.country), None)


def _place_under(place: Place, parent: Place | None) -> None:
    if parent is not None and parent is not place:
        place.parent, place.country = parent, parent.country or place.country
        if place.latitude is None:
            place.latitude, place.longitude = parent.latitude, parent.longitude


def _owned_short_site_names(text: str, out: dict[str, Place]) -> None:
    """ "Riverton's Halvard" when the article also names the Halvard Airport: the town's Halvard is that site (its
    short name), not a town of its own."""
    if not text:
        return
    for key, place in list(out.items()):
        if place.kind != "city" or place.record is not None:
            continue
        if not any(OWNER_BEFORE.search(text[max(0, m.start - 60) : m.start]) for m in place.mentions):
            continue
        site = next(
            (
                other
                for other_key, other in out.items()
                if other.kind == "site" and other_key.startswith(key + " ") and other is not place
            ),
            None,
        )
        if site is None:
            continue
        for mention in place.mentions:
            mention.place = site
            mention.kind = "site"
        site.mentions = sorted(site.mentions + place.mentions, key=lambda m: m.start)
        if site.parent is None and place.parent is not None:
            site.parent, site.country = place.parent, place.parent.country or site.country
        del out[key]


OWNER_BEFORE = re.compile(r"\b([A-Z][\w\-]+)['’]s\s+$")
# The words between a town and a part of it named after: " neighbourhood of ", " suburb of the ".
TOWN_PART_OF = re.compile(r"\s+(?:neighbou?rhood|suburb|quarter|sector)\s+of\s+(?:the\s+)?", re.I)


def _inside_unlisted(text: str, places: list[Place]) -> None:
    """'at Dovrapur in Kelmarganj' (or "Kelmarganj's Dovrapur area") when neither is listed: the second (the
    owner) is the first one's parent (it did not exist yet when the first was hung under the nearest listed place)."""
    if not text:
        return
    by_start = {m.start: p for p in places for m in p.mentions}
    for place in places:
        if spans_countries(bare(place.name)):
            continue  # "Africa's Sahel", "the Sahel in West Africa": no unlisted town or area holds a continent's part
        first = place.mentions[0]
        inside = (
            container
            for start, container in by_start.items()
            if first.end < start <= first.end + 30
            and (INSIDE_GAP if place.kind != "site" else SITE_INSIDE_GAP).match(text[first.end : start])
        )
        # "Tarvel's Old Mill area": the owner (named before, or here only) is the town the quarter is in
        owner = OWNER_BEFORE.search(text[max(0, first.start - 60) : first.start])
        owned_by = (
            container
            for container in places
            if owner is not None and any(bare(m.text) == bare(owner.group(1)) for m in container.mentions)
        )
        # "the Y neighbourhood of X": Y is the town, X the quarter ("the Alverno neighbourhood of Kessel Hill"); the
        # place named just before the part's kind holds the place named after it
        part_of = (
            container
            for container in places
            for m in container.mentions
            if m.end < first.start and TOWN_PART_OF.fullmatch(text[m.end : first.start])
        )
        for container in (*inside, *owned_by, *part_of):
            if container is not place and container.kind in ("city", "region") and not _named_inside(container, place):
                place.parent, place.country = container, container.country or place.country
                break


def _named_inside(place: Place, container: Place) -> bool:
    current, seen = place.parent, 0
    while current is not None and seen < 8:
        if current is container:
            return True
        current, seen = current.parent, seen + 1
    return False


def _skeleton(name: str) -> str:
    """A name's first letter and consonants: transliterations of one name differ mostly in their vowels."""
    return name[:1] + re.sub(r"[aeiouy\s\-'’]", "", name[1:])


def _spelled_alike(name: str, named: dict[str, Place]) -> Place | None:
    """The article's listed place that `name` spells differently ("Tarvoz" for Tarvaz, "Halvo" for Halvu): the
    same first letter and consonants, one or two letters apart at most."""
    if len(name) < 4:
        return None
    for other, place in named.items():
        if (
            place.kind not in ("country", "site")
            and abs(len(other) - len(name)) <= 1
            and other != name
            and _skeleton(other) == _skeleton(name)
            and sum(a != b for a, b in zip(other, name, strict=False)) <= 2
        ):
            return place
    return None


REDUNDANT_FEATURE = re.compile(
    r"^((?:Wadi|Jebel|Jabal|Jabel|Djebel|Koh|Kuh|Dasht|Rio|Río|Lac|Lago)\s.+?)\s+"
    r"(?:valley|mountains?|range|desert|plain|river|lake)$",
    re.I,
)


def _apposition_place(text: str, mention: Mention, mentions: list[Mention]) -> Place | None:
    """The place an apposition puts an unlisted one in: "Mangochar, a town about 30 km north of Kalat"."""
    if not text:
        return None
    after = [m for m in mentions if m.place is not None and mention.end < m.start <= mention.end + 100]
    for other in sorted(after, key=lambda m: m.start):
        gap = text[mention.end : other.start]
        if re.match(r"^,\s+(?:a|an|the)\s[^,;.]*\b(?:of|in|near)\s+(?:the\s+)?$", gap) or CONTAINER_GAP.match(gap):
            return other.place
    return None


# "Tanvelle, in the South-East", "Korvi Village, East Marra District, Upland Regency": the places it is in.
CONTAINER_GAP = re.compile(
    r"^,\s+(?:in\s+(?:the\s+)?|(?:[A-Z][\w\-']*\s+){1,3}(?:[Dd]istrict|[Ss]ub-?district|[Cc]ounty|[Cc]ommune|"
    r"[Mm]unicipality|[Tt]ownship|[Rr]egency|[Pp]rovince|[Rr]egion|[Ss]ector|[Ll]ocality),\s+)$"
)


# "a town on the border with X", "the frontier with X", "the border area with X and Y", "its borders with X or Y":
# the neighbours, which the town is not in (the sentence's own place is on this side of the line).
NEIGHBOUR_BEFORE = re.compile(
    r"\b(?:[Bb]orders?|[Ff]rontiers?|[Bb]oundar(?:y|ies))(?:\s+(?:area|region|zone)s?)?\s+with\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’.\-]*\s+){1,3}(?:and|or)\s+(?:the\s+)?)?$|\b[Bb]ordering\s+$"
)
# How far before a name NEIGHBOUR_BEFORE looks ("near the border area with Varsk Faso and ").
NEIGHBOUR_WINDOW = 60


# "the Varsk border", "the Varsk frontier": a neighbour's name before the border it shares.
NEIGHBOUR_AFTER = re.compile(r"\s+(?:border|frontier)\b", re.I)
# The speakers a sentence goes on to cite: ", officials from", ", police sources in", ", residents of".
SPEAKERS_BETWEEN = re.compile(
    r",\s+(?:[\w\-]+\s+){0,3}(?:officials?|sources?|spokes(?:man|woman|person)|authorities|residents|witnesses)\s+"
    r"(?:from|in|at|of|near)\b",
    re.I,
)


def _named_after_place(mention: Mention, named: dict[str, Place]) -> Place | None:
    """'Riverton Arena', 'Riverton Central Station', "Riverton's main train station": a site named after the town
    the article names is in it."""
    if mention.kind != "site":
        return None
    words = OWNER_IN_NAME.sub(" ", mention.text).split()
    for size in range(len(words) - 1, 0, -1):
        place = named.get(bare(" ".join(words[:size])))
        if place is not None and place.kind in ("city", "admin2", "admin1"):
            return place
    return None


RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b")


def _nearest_place(
    mention: Mention, mentions: list[Mention], main_country: str | None = None, text: str = ""
) -> Place | None:
    same_sentence = [m for m in mentions if m.sentence == mention.sentence and m.place is not None]
    same_sentence = [
        m
        for m in same_sentence
        if not NEIGHBOUR_BEFORE.search(text[max(0, m.start - NEIGHBOUR_WINDOW) : m.start])
        and not (m.place.kind == "country" and NEIGHBOUR_AFTER.match(text, m.end))  # "near the Varsk border"
        # "X village, officials from the headquarters near Alder said": where the speakers are, not X
        and not (m.start > mention.end and SPEAKERS_BETWEEN.search(text[mention.end : m.start]))
    ]
    # "near the Alder mosque, which houses the tomb of a general killed in Varsk": a place of the relative clause
    # tells about the general, not where the mosque is.
    same_sentence = [
        m for m in same_sentence if not (m.start > mention.end and RELATIVE_CLAUSE.search(text[mention.end : m.start]))
    ]
    # The dateline shares the lead's sentence but says where the reporter is, not what the place is in.
    same_sentence = [m for m in same_sentence if m.source != "dateline"] or same_sentence
    # Nor is a headline's country (given the lead's sentence too) in that sentence.
    same_sentence = [m for m in same_sentence if m.source != "headline"]
    # "the Kelva village monastery in Tarvo Township": a place the words put inside this one is not its container.
    same_sentence = [
        m for m in same_sentence if not (m.end <= mention.start and SITE_INSIDE_GAP.match(text[m.end : mention.start]))
    ]
    # A village no list knows is in the story's country: not in a town abroad that a name of the sentence was
    # read as ("the village of X in the Varsk region, an official from Y said", Y an unlisted town spelled like
    # a city elsewhere).
    in_country = [m for m in same_sentence if m.place.country == main_country]
    if main_country and not in_country and all(m.place.kind in ("admin1", "region") for m in same_sentence):
        # "at X and Y in the centre of the Sahel country": a wide division abroad sharing the name of an area of
        # the story's own country is no container for its villages
        return None
    same_sentence = in_country or same_sentence
    if not same_sentence:
        return None
    # "Dovra, about 135 km northeast of Kelmar": the town a distance is measured from is not the one the town Dovra
    # is in; another place of the sentence says where it is, else the reference town's own division (or country).
    # (A site or an area "west of Kelmar" stays by that town.)
    references = [
        m
        for m in same_sentence
        if mention.kind == "city"
        and m.start > mention.end
        and BEARING_BEFORE.search(text[max(0, m.start - 60) : m.start])
    ]
    same_sentence = [m for m in same_sentence if m not in references]
    if not same_sentence:
        reference = references[0].place
        return reference.parent if reference.kind in ("city", "site") else reference
    kinds = {"city": 0, "admin2": 1, "admin1": 2, "country": 3}
    best = min(same_sentence, key=lambda m: (kinds.get(m.place.kind, 4), abs(m.start - mention.start)))
    if best.place.kind in ("city", "site") and NEARBY_KIND_BEFORE.search(
        text[max(0, mention.start - 60) : mention.start]
    ):
        return best.place.parent  # "Alder and the nearby town of X": X is beside Alder, in what Alder is in
    return best.place


# "the nearby town of", "the neighbouring village of": a town beside the place named, not inside it.
NEARBY_KIND_BEFORE = re.compile(
    r"\b(?:nearby|neighbou?ring|adjacent)\s+(?:[\w\-]+\s+){0,2}(?:city|town|village|hamlet|settlement)\s+of\s+$", re.I
)


# "135 kilometres northeast of", "30 km from", "south-west of the city of", "north of the provincial capital": a
# bearing or distance from the place after.
BEARING_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|\b(?:km|kms|kilometres?|kilometers?|miles?))\s+"
    r"(?:of|from)\s+(?:the\s+(?:(?:city|town|village|district|province|region)\s+of|(?:[\w\-]+\s+)?capital,?)\s+)?$",
    re.I,
)


# A place-kind noun right after a name: "the Atalaya neighbourhood of Cúcuta".
KIND_AFTER = re.compile(
    r"\s+(?P<word>neighbou?rhood|village|town|township|suburb|hamlet|settlement|locality|district|area|camp)\b"
)


def story_places(text: str, items: list[Mention]) -> None:
    """A name the gazetteer knows only abroad, written as a place of the story ("the Atalaya neighbourhood of
    Cúcuta", "the village of X"): an unlisted place there, not a misreading to drop."""
    for mention in items:
        if mention.kind != "place" or mention.place is not None or mention.source == "dateline":
            continue
        after = KIND_AFTER.match(text, mention.end)
        kind = UNLISTED_KIND.get(after.group("word").lower(), "region") if after else None
        kind = kind or place_context(text, mention.start, mention.end)
        if kind:
            mention.kind, mention.places = kind, []


# What a country owns that acts or reports abroad: "Varsk's news agency", "Varsk's Kelvo force" (not its ministries or
# government, whose words codings count as the country's place).
ACTOR_OWNED = word_set("agency force forces")
# The nouns and verbs a country acting is the source or target of: "orders from Varsk", "help from Varsk", "pointed a
# finger at Varsk", "linked the attack to Varsk" (not "backed by Varsk": codings differ there).
ACTOR_LINK = re.compile(r"^(?:order|help|aid|assist|point|finger|link|pressur)")
# Roles a country is given before its name: "the former colonial power Varsk".
ACTOR_ROLES = word_set("power ally partner")


def drop_acting_countries(doc, places: list[Place], main_country: str | None) -> list[Place]:
    """A country the article names only as an actor, by what it owns that acts or reports abroad or by what it does
    for others ("Varsk's news agency reported", "help from Varsk", "the former colonial power Varsk"), never as where
    something is or happened, is no place of the story: its mentions name no place. The story's own country and a
    dateline's always are places. (A country that speaks or accuses as the subject, "Varsk condemned", is accused,
    "accusing Varsk of", backs a group or speaks through its ministry stays: codings differ there.)"""
    acting = [
        place
        for place in places
        if place.kind == "country"
        and place.country != main_country
        and place.mentions
        and all(m.source != "dateline" and _acting(doc, m) for m in place.mentions)
    ]
    for place in acting:
        for mention in place.mentions:
            mention.place = None
    return [p for p in places if p not in acting]


def _acting(doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head  # "Israel and the United States": the role of the first
    head = token.head
    if any(child.dep_ == "compound" and child.lower_ in ACTOR_ROLES for child in token.children):
        return True
    if token.dep_ == "poss":
        return head.lower_ in ACTOR_OWNED
    if token.dep_ == "pobj" and head.lower_ in ("from", "by", "at", "to"):
        return bool(ACTOR_LINK.match(head.head.lower_))
    return False


def keep_named_places(places: list[Place]) -> list[Place]:
    """The places some mention still names (entities may have taken a mention for a person or group)."""
    places = [p for p in places if any(m.place is not None for m in p.mentions)]
    for place in places:
        place.mentions = [m for m in place.mentions if m.place is not None]
    return [p for p in places if p.mentions]


def dateline_country(dateline, mentions: list[Mention]) -> str | None:
    """The country a dateline names ("MAZAR-E-SHARIF, Afghanistan"), else that of its likeliest place."""
    if dateline is None:
        return None
    inside = [m for m in mentions if m.kind == "place" and dateline.start <= m.start < dateline.body_start]
    for mention in inside:
        countries = [p for p in mention.places if p.kind == "country"]
        if countries:
            return countries[0].country_code
    for mention in inside:
        best = max(mention.places, key=lambda p: (p.kind == "city", p.population or 0), default=None)
        if best is not None:
            return best.country_code
    return None


def dateline_place(dateline, mentions: list[Mention]) -> Place | None:
    """The place the dateline names, when it is one of the article's places."""
    if dateline is None:
        return None
    for mention in mentions:
        if dateline.start <= mention.start < dateline.end and mention.place is not None:
            return mention.place
    return None
