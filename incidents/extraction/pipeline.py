"""The extraction pipeline: text plus a gazetteer in, the `incident-extraction/1` document out.

The stages, in order (each a function of plain data; see the modules named):

1. sentences and tokens      nlp.parse, nlp.split_sentences
2. dateline                  dateline.find_dateline
3. mentions                  mentions.find_mentions (gazetteer + groups list, acronyms, titles, NER, patterns)
4. locations                 places.resolve_places, places.unlisted_places (hierarchy, disambiguation)
5. entities                  entities.build_entities (alias and coreference merging, national forces)
6. dates and counts          dates.find_dates, counts.find_counts (relative to publication)
7. incidents                 segmentation.sentence_facts and .segment (which sentences tell one event),
                             incidents.build_incidents (type, date, place, toll, actors, evidence)
8. document                  document.build_document

No Django here: the database is reached only through the `Gazetteer` protocol.
"""

from __future__ import annotations

import bisect
import re

from .article import ArticleMeta
from .counts import find_counts
from .dateline import find_dateline, place_form
from .dates import find_dates
from .document import build_document
from .entities import build_entities
from .gazetteer import Gazetteer
from .incidents import build_incidents
from .mentions import UNLISTED_KIND, find_mentions, place_context
from .nlp import parse, split_sentences
from .normalize import fold
from .places import resolve_places, unlisted_places
from .segmentation import sentence_facts

# Recorded with each source: which extractor produced its records.
VERSION = "1.0"


def extract(text: str, meta: ArticleMeta, gazetteer: Gazetteer) -> dict:
    """The extraction document of one article (see eval/SCHEMA.md)."""
    dateline = find_dateline(text)
    body_start = max(dateline.body_start if dateline else 0, _headline_end(text, meta.title))
    doc = parse(text, mask_until=body_start)
    sentences = split_sentences(doc)

    mentions = find_mentions(doc, text, sentences, gazetteer, dateline)
    _drop_non_entities(text, mentions, meta.publisher)

    dateline_country = _dateline_country(dateline, mentions.items)
    places, mention_place, context = resolve_places(mentions.items, gazetteer, dateline_country)
    _story_places(text, mentions.items, mention_place)
    places += unlisted_places(mentions.items, places, mention_place, context.main_country, text)
    for place in places:
        for mention in place.mentions:
            mention_place[id(mention)] = place

    entities = build_entities(
        doc,
        text,
        sentences,
        mentions,
        gazetteer,
        mention_place,
        context.main_country,
        context.country_names,
        context.countries_named,
    )
    places = [p for p in places if any(id(m) in mention_place for m in p.mentions)]
    for place in places:
        place.mentions = [m for m in place.mentions if id(m) in mention_place]
    places = [p for p in places if p.mentions]

    published = meta.published
    dates = [d for d in find_dates(text, published) if d.start >= body_start]
    counts = find_counts(text)
    starts = [s.start for s in sentences]
    counts_by, dates_by, owners_by = (
        _by_sentence(counts, starts),
        _by_sentence(dates, starts),
        _by_sentence(entities.owners, starts, lambda pair: pair[0].start),
    )
    facts = [
        sentence_facts(doc, text, s, counts_by.get(s.index, []), dates_by.get(s.index, []), owners_by.get(s.index, []))
        for s in sentences
    ]
    dateline_place = _dateline_place(dateline, mention_place, mentions.items)
    incidents = build_incidents(
        facts,
        doc,
        body_start,
        dateline_place,
        published.isoformat() if published else None,
        {s.index: (s.first_token, s.last_token) for s in sentences},
    )

    return build_document(
        text,
        meta,
        place_form(dateline.text) if dateline else None,
        entities.groups,
        entities.persons,
        places,
        incidents,
        {s.index: (s.start, s.end) for s in sentences},
    )


# A name that heads a street's: "on Maka al-Mukarama road" is an address, not a person or a group.
STREET_AFTER = re.compile(r"\s+(?:road|street|avenue|highway|boulevard)\b", re.I)


def _drop_non_entities(text: str, mentions, publisher: str | None) -> None:
    """The publisher ("told Sahel Monitor", "(Sahel Monitor) —") is the source, not an actor; a street's name is an
    address; a site's name is no person."""
    publisher_folded = fold(publisher) if publisher else ""

    def keep(mention) -> bool:
        if publisher_folded and fold(mention.text) == publisher_folded:
            return False
        return not (
            mention.kind in ("person", "group")
            and mention.source in ("ner", "pattern")
            and STREET_AFTER.match(text, mention.end)
        )

    # "a raid on the Socio Vivienda housing complex ... hiding in Socio Vivienda": a name the text once writes as a
    # site stays a site where the statistical model took it for a person.
    site_kinds = {m.folded: m.kind for m in mentions.items if m.source == "pattern" and m.kind in ("site", "region")}
    for mention in mentions.items:
        if mention.kind == "person" and mention.source == "ner" and mention.folded in site_kinds:
            mention.kind = site_kinds[mention.folded]
    dropped = {id(m) for m in mentions.items if not keep(m)}
    if dropped:
        mentions.items = [m for m in mentions.items if id(m) not in dropped]
        mentions.links = [
            link for link in mentions.links if id(link.main) not in dropped and id(link.alias) not in dropped
        ]


# A place-kind noun right after a name: "the Atalaya neighbourhood of Cúcuta".
KIND_AFTER = re.compile(
    r"\s+(?P<word>neighbou?rhood|village|town|township|suburb|hamlet|settlement|locality|district|area|camp)\b"
)


def _story_places(text: str, items, mention_place) -> None:
    """A name the gazetteer knows only abroad, written as a place of the story ("the Atalaya neighbourhood of
    Cúcuta", "the village of X"): an unlisted place there, not a misreading to drop."""
    for mention in items:
        if mention.kind != "place" or id(mention) in mention_place or mention.source == "dateline":
            continue
        after = KIND_AFTER.match(text, mention.end)
        kind = UNLISTED_KIND.get(after.group("word").lower(), "region") if after else None
        kind = kind or place_context(text, mention.start, mention.end)
        if kind:
            mention.kind, mention.places = kind, []


def _by_sentence(items, starts: list[int], start_of=lambda item: item.start) -> dict[int, list]:
    """Items grouped by the sentence their start offset falls in (sentences given by their start offsets)."""
    out: dict[int, list] = {}
    for item in items:
        index = bisect.bisect_right(starts, start_of(item)) - 1
        out.setdefault(max(index, 0), []).append(item)
    return out


def _headline_end(text: str, title: str | None) -> int:
    """Where the body starts when the text opens with the article's title on a line of its own."""
    first_line = text.lstrip().split("\n", 1)[0]
    if not title or not first_line.strip() or fold(first_line) != fold(title) or "\n" not in text.lstrip():
        return 0
    end = text.index(first_line) + len(first_line)
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def _dateline_country(dateline, mentions) -> str | None:
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


def _dateline_place(dateline, mention_place, mentions):
    if dateline is None:
        return None
    for mention in mentions:
        if dateline.start <= mention.start < dateline.end and id(mention) in mention_place:
            return mention_place[id(mention)]
    return None
