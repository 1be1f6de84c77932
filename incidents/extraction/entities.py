"""Entities: mentions merged into groups and persons (aliases, acronyms, back-references, forces)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .collective_actors import as_collective, foreign_common_phrase, settle_collectives
from .group_mentions import MISSIONS
from .groups import GroupBuilder, guess_kind, owned_name
from .model import Group, Mention, Person
from .nlp import sentence_finder
from .normalize import fold
from .person_mentions import alias_spans
from .persons import back_references, build_persons, describe, later_part
from .vocabulary import DESCRIPTOR_NOUNS, EVENT_NOUNS, UNIT_WORDS

# Words after a group name that make a force of it: "Taliban police command".
FORCE_OF_GROUP = re.compile(r"\s+(police(?:\s+command)?|security forces)\b", re.I)
# "X, a dissident faction known as Y": an apposition saying what kind of group X is.
GROUP_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:group|faction|movement|militia|front|organi[sz]ation|outfit|"
    r"coalition|alliance|wing|splinter|offshoot|affiliate|branch|gang|network)",
    re.I,
)
NAME_BEFORE_CUE = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2}(?=,?\s*$)")
AFFILIATION = re.compile(
    r"^,?\s*(?:an?\s+|the\s+)?(?P<role>(?:(?:senior|top|key|local|regional|former|self-styled|area|deputy)\s+)*"
    r"(?:commander|leader|sub-leader|member|chief|spokesman|militant|fighter|operative|ideologue|financier|"
    r"recruiter|facilitator|emir|founder|cadre|committee member|area committee member))\s+(?:of|in|"
    r"with)\s+(?:the\s+)?$",
    re.I,
)


@dataclass
class Entities:
    groups: list[Group] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    # Every mention with what it names: a Group, Person or Place.
    owners: list[tuple[Mention, object]] = field(default_factory=list)


def build_entities(doc) -> Entities:
    """Groups and persons from the mentions on `doc` (each mention's .group / .person set)."""
    text, sentences, mentions = doc._.article_text, doc._.sentences, doc._.mentions
    context = doc._.place_context
    main_country, country_names, countries_named = context.main_country, context.country_names, context.countries_named
    sentence_of = sentence_finder(sentences)
    # "Moscow denied": a capital acting as its state names that state, as the country's own name would.
    countries_named = countries_named | {m.country_hint for m in mentions.items if m.source == "metonymy"}

    builder = GroupBuilder(doc._.gazetteer, main_country)
    items = list(mentions.items)
    listed_named = {r.id for m in items if m.kind == "group" for r in m.groups}
    for mention in list(items):
        if mention.kind == "group" and mention.groups:
            if _parent_named(mention, listed_named):
                pass  # "X's local affiliate ACR": a branch beside its named parent is the story's, wherever listed
            elif _foreign_acronym(text, mention, countries_named) or _foreign_epithet(doc, mention, countries_named):
                items.remove(mention)  # "told AFP" in a story from Nigeria is not the Philippine army
                continue
            elif foreign_common_phrase(mention, countries_named):
                # "Communist rebels" in a story from Ruritania are the story's own rebels, not a group listed abroad
                at = next(i for i, item in enumerate(items) if item is mention)
                items[at : at + 1] = [c for c in [as_collective(mention)] if c is not None]
                continue
            mention.group = builder.add_gazetteer_mention(mention)
    for link in mentions.links:
        if link.main.kind == "place" or link.alias.kind == "place":
            continue
        if link.main.kind in ("group", "generic_force") or link.alias.kind == "group":
            link.main.group = link.alias.group = builder.add_acronym(link)
    # Other uses of a defined acronym, and unlisted names that only appear as acronym candidates.
    for mention in items:
        if mention.kind == "group" and mention.group is None:
            group = builder.by_name.get(mention.folded)
            if group is None and mention.source in ("ner", "pattern"):
                group = _unit_owner(text, mention, items)  # "its Northern Front": a unit of the group
            if group is None and mention.source in ("ner", "pattern"):
                group = builder.new_group(mention.text)  # a body the list does not know: a new, unreviewed group
            if group is not None:
                builder.add_mention(group, mention)
                mention.group = group
                owned = owned_name(doc, text, mention) if group.record is None else None
                if owned:
                    group.aliases.add(owned)  # "the Ministry of X" told as "Ruritania's Ministry of X"
    _armed_movements(text, builder.groups)
    settle_collectives(builder.groups, builder.by_name, builder.main_country)
    _forces_of_groups(text, items, builder)
    forces = [m for m in items if m.kind == "generic_force"]
    places = doc._.places
    local = {"regional government": _named_places(places, "admin1"), "city government": _named_places(places, "city")}
    builder.add_forces(forces, country_names, _provinces(places), local)
    builder.merge_collective_forces()

    persons = build_persons(items)
    _apply_aliases(text, items, persons, builder, sentence_of)
    _merge_surnames(persons)
    taken = [m for m in items if m.group is not None or m.person is not None or m.place is not None]
    for person, mention in back_references(text, persons, taken, sentence_of):
        # A surname the NER or the gazetteer took for something else ("Ihsani" as a place) is the person.
        for other in list(items):
            if other.start == mention.start and other.end == mention.end:
                items.remove(other)
                other.group = None
                other.place = None
        items.append(mention)
        person.mentions.append(mention)
        mention.person = person
    for person in persons:
        person.mentions.sort(key=lambda m: m.start)
        describe(person, doc, text, sentences)
        person.affiliation, person.role_words = _affiliation(text, person, items)
    _described_names(text, builder.groups)
    builder.add_parents()
    groups = [g for g in builder.groups if g.mentions or _is_parent(g, builder.groups)]
    persons = [p for p in persons if p.mentions]
    owners = [(m, m.group) for m in items if m.group is not None]
    owners += [(m, m.person) for m in items if m.person is not None]
    owners += [(m, m.place) for m in items if m.place is not None]
    owners.sort(key=lambda pair: pair[0].start)
    return Entities(groups, persons, owners)


def _provinces(places) -> list[tuple[str, str]]:
    """(name, country) of the first-level regions the story is set in (named, or above a named place), the most
    mentioned first, under every name the text and the gazetteer give them."""
    weight: dict[int, int] = {}
    regions: dict[int, object] = {}
    for place in places:
        region = place
        for _ in range(4):
            if region is None or region.kind == "admin1":
                break
            region = region.parent
        if region is None or region.kind != "admin1":
            continue
        regions[id(region)] = region
        weight[id(region)] = weight.get(id(region), 0) + max(1, len(place.mentions))
    out: list[tuple[str, str]] = []
    for key in sorted(regions, key=lambda k: -weight[k]):
        region = regions[key]
        for name in [region.name, *(m.text for m in region.mentions)]:
            if (name, region.country or "") not in out:
                out.append((name, region.country or ""))
    return out


def _named_places(places, kind: str) -> list[tuple[str, str]]:
    """(name as the text first writes it, country) of the places of a kind the story names, most mentioned first."""
    named = sorted((place for place in places if place.kind == kind and place.mentions), key=lambda p: -len(p.mentions))
    # A dateline's capitals ("PESHAWAR:") are no way to write the name.
    written = [next((m.text for m in p.mentions if not m.text.isupper()), p.name) for p in named]
    return [(name, place.country or "") for name, place in zip(written, named, strict=True)]


def _foreign_acronym(text: str, mention: Mention, countries_named: frozenset[str]) -> bool:
    """A bare acronym whose listed groups all belong to countries the article never names."""
    if not (mention.text.isupper() and len(mention.text) <= 5):
        return False
    if re.match(r"\s*(?:reported|news agency|correspondent|said in a report)", text[mention.end : mention.end + 30]):
        return True
    if re.search(
        r"\b(?:told|according to|quoted by|reported by)\s+$", text[max(0, mention.start - 20) : mention.start]
    ):
        return True
    if any(_named_in_full(text, record) for record in mention.groups):
        return False  # "... Jama'at Nusrat al-Islam wal-Muslimin (JNIM) ... blockaded by JNIM": the group of the story
    countries = {r.country_code for r in mention.groups}
    return "" not in countries and not countries & countries_named


def _parent_named(mention: Mention, listed_named: set[int]) -> bool:
    """Is the group the list files a name under, for each of its records, a branch of one the article names?"""
    return all(r.parent_id is not None and r.parent_id in listed_named for r in mention.groups)


def _named_in_full(text: str, record) -> bool:
    """Does the article also write out one of the group's longer names (not an acronym)?"""
    return any(len(name) > 6 and not name.isupper() and _whole_name(name).search(text) for name in record.aliases)


@functools.lru_cache(maxsize=4096)
def _whole_name(name: str) -> re.Pattern:
    """The pattern of one alias as a whole word, kept per alias (speed: the aliases of a few hundred groups recur
    from text to text, and re's own cache, filled by per-name patterns elsewhere, recompiled them each time)."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)


POSSESSOR_BEFORE = re.compile(r"(?:\b(?P<its>its)|['’]s)\s+$", re.I)


def _unit_owner(text: str, mention: Mention, items: list[Mention]) -> Group | None:
    """The group an unlisted unit belongs to, when the text says whose it is: "X's 20th Battalion" (the group
    named right before), "X ... in a statement signed by its Western Front" (the group named last before "its" in
    the sentence)."""
    if mention.text.split()[-1].lower() not in UNIT_WORDS:
        return None
    cue = POSSESSOR_BEFORE.search(text[max(0, mention.start - 6) : mention.start])
    if cue is None:
        return None
    cue_start = mention.start - (min(mention.start, 6) - cue.start())
    before = [
        m
        for m in items
        if m.group is not None and m.sentence == mention.sentence and m.end <= cue_start and m is not mention
    ]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    if not cue.group("its") and last.end != cue_start:
        return None
    if last.group.kind == "state_force" and ORDINAL_FIRST.match(mention.text):
        return None  # "the Ruritanian Army's Fourth Infantry Division": a numbered unit of a state, a body of its own
    return last.group


# A unit's number written first: "Second", "4th", "21st".
ORDINAL_FIRST = re.compile(
    r"(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth)\b",
    re.I,
)


def _foreign_epithet(doc, mention: Mention, countries_named: frozenset[str]) -> bool:
    """One word of a group's name used as an adjective ("a Maoist insurgency", "Islamist violence"), when every
    group listed under it belongs to a country the article never names: a kind of politics, not that group.
    "Maoist rebels" (a noun for its members) still names a group, unless the word is a creed's ('-ist') that is not
    the listed group's own name and no country of the group is named: then it describes another country's rebels."""
    if len(mention.text.split()) != 1 or mention.text.isupper() or mention.text.endswith("s"):
        return False  # "Rangers had set up checkpoints": a plural noun names the force's men
    text = doc._.article_text
    following = re.match(r"\s+([a-z][\w\-]*)", text[mention.end : mention.end + 30])
    if following is None or not _modifier_word(doc, mention.end + following.start(1)):
        return False  # "wounded from X and the army": the name is a noun of its own, the group
    own_name = any(fold(mention.text) == fold(r.name) for r in mention.groups)
    if following.group(1) in DESCRIPTOR_NOUNS and not (mention.text.lower().endswith("ist") and not own_name):
        return False
    if following.group(1) in EVENT_NOUNS and own_name:
        return False  # "an al-Shabaab attack" in a story from Kenya: the group's own name, and its attack
    countries = {r.country_code for r in mention.groups}
    return "" not in countries and not countries & countries_named


# What a listed government is said to do or have in a story from before it ruled: "Taliban insurgents",
# "a Taliban ambush", "the Taliban claimed the attack". Governments have forces, not fighters and ambushes.
INSURGENT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:insurgents|fighters|militants|guerrillas|rebels|ambush(?:es)?|suicide\s+(?:bombers?|bombings?|"
    r"attacks?)|car\s+bombs?|(?:has\s+|have\s+|had\s+)?claimed\s+(?:responsibility|the\s+attacks?|both\s+attacks))\b",
    re.I,
)


def _armed_movements(text: str, groups: list[Group]) -> None:
    """A listed government that the story shows as an insurgency (a movement that ruled before or after the story's
    time) is an armed group in it."""
    for group in groups:
        listed_government = group.kind == "government" and group.record is not None
        if listed_government and any(INSURGENT_AFTER.match(text, m.end) for m in group.mentions):
            group.kind = "armed_group"


# The words a name used as an adjective qualifies: nouns, adjectives, participles ("a Maoist insurgency").
QUALIFIED_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG", "VBN"))


def _modifier_word(doc, start: int) -> bool:
    """Whether the word at `start` may be one a name before it qualifies: only a noun, an adjective or a participle
    (QUALIFIED_TAGS: "a X insurgency", "X fighters"); anything else (a conjunction or a preposition, which leave the
    name a noun of its own: "from X and the army", "X in the north"; a verb or an adverb, which make it the subject:
    "X said", "X later claimed") is not. A word the parse cannot place is taken as one."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is None or span[0].tag_ in QUALIFIED_TAGS


def _is_parent(group: Group, groups: list[Group]) -> bool:
    return any(g.parent is group for g in groups)


def _forces_of_groups(text, items, builder: GroupBuilder) -> None:
    """'Taliban police command' is a force of its own, not the national police."""
    for mention in list(items):
        group = mention.group
        if group is None:
            continue
        follow = FORCE_OF_GROUP.match(text, mention.end)
        if not follow:
            continue
        end = follow.end()
        words = text[mention.start : end]
        for other in [m for m in items if m.start < end and mention.end <= m.start]:
            items.remove(other)
        combined = Mention(mention.start, end, words, "group", mention.sentence, fold(words), source="pattern")
        base = re.sub(r"\s+command$", "", words, flags=re.I)
        force = builder.by_name.get(fold(base)) or builder._new(base, "state_force")
        force.country = group.country
        items[items.index(mention)] = combined
        mention.group = None
        builder.add_mention(force, combined)
        group.mentions = [m for m in group.mentions if m is not mention]
        combined.group = force


def _apply_aliases(text, items, persons, builder, sentence_of) -> None:
    """'X, also known as Y': Y is another name of X (a person, or a group named right before)."""
    for cue_at, alias in alias_spans(text, sentence_of):
        existing = [m for m in items if m.start < alias.end and alias.start < m.end]
        if any(m.group is not None and m.group.record is not None for m in existing):
            continue  # the alias is itself a listed group: nothing to learn
        if any(m.person is not None for m in existing) and not any(m.start == alias.start for m in existing):
            continue
        before = sorted((m for m in items if m.end <= cue_at and m.sentence == alias.sentence), key=lambda m: m.end)
        person_before = [m for m in before if m.person is not None]
        group_before = [
            m
            for m in before
            if m.group is not None and (cue_at - m.end <= 3 or GROUP_APPOSITION.fullmatch(text[m.end : cue_at]))
        ]
        if group_before and (not person_before or group_before[-1].end > person_before[-1].end):
            group = group_before[-1].group
            for other in existing:
                _forget(other, items, persons)
            alias.kind = "group"
            items.append(alias)
            builder.add_mention(group, alias)
            alias.group = group
            _add_occurrences(text, alias.text, group, items, builder, sentence_of)
            continue
        created = _person_named_before(text, cue_at, alias.sentence, items, persons) or _surname_before(
            text, cue_at, alias.sentence, items, persons
        )
        if created is not None:
            person_before = [created]
        if not person_before and PERSON_NOUN_BEFORE_CUE.search(text[max(0, cue_at - 40) : cue_at]):
            # "a commander known as Hidma Sodi", "an explosives expert known as 'Injineer'": the name is the person's
            # only name in the story.
            if any(m.group is not None and m.group.record is not None for m in existing):
                continue
            for other in existing:
                _forget(other, items, persons)
            alias.kind = "person"
            person = _same_person_named(alias.text, persons) or Person("", alias.text)
            if person not in persons:
                persons.append(person)
            items.append(alias)
            person.mentions.append(alias)
            alias.person = person
            continue
        if not person_before:
            continue
        person = person_before[-1].person
        for other in existing:
            _forget(other, items, persons)
        if alias.text not in person.aliases and fold(alias.text) != fold(person.name):
            person.aliases.append(alias.text)
        alias.kind = "person"
        items.append(alias)
        person.mentions.append(alias)
        alias.person = person
        _merge_persons_named(alias.text, person, persons)


# A noun for one person right before "known as": "a commander known as", "a man nicknamed".
PERSON_NOUN_BEFORE_CUE = re.compile(
    r"\b(?:commander|man|woman|leader|militant|fighter|expert|figure|member|bomber|chief|cleric|preacher|suspect|"
    r"emir|operative|financier|recruiter|gunman|kingpin|warlord|deputy|lieutenant|smuggler|ideologue|cadre)"
    r"(?:\s+\w+)?\s*,?$",
    re.I,
)


def _same_person_named(name: str, persons: list[Person]) -> Person | None:
    folded = fold(name)
    return next((p for p in persons if fold(p.name) == folded or folded in {fold(a) for a in p.aliases}), None)


def _person_named_before(text, cue_at, sentence, items, persons) -> Mention | None:
    """'... a 22-year-old from Tajikistan, Firdavs Nazarov, also known as Abu Hamza': a name NER missed."""
    named = NAME_BEFORE_CUE.search(text, max(0, cue_at - 60), cue_at)
    if named is None:
        return None
    start, end = named.span()
    if any(m.start < end and start < m.end for m in items if m.person is not None):
        return None  # already a person
    if any(m.start <= start < m.end and m.group is not None for m in items):
        return None  # a group's name
    mention = Mention(start, end, named.group(0), "person", sentence, fold(named.group(0)), source="pattern")
    for other in [m for m in items if m.start < end and start < m.end]:
        _forget(other, items, persons)
    person = Person("", mention.text, mentions=[mention])
    persons.append(person)
    items.append(mention)
    mention.person = person
    return mention


def _surname_before(text, cue_at, sentence, items, persons) -> Mention | None:
    """'Doe, who used the alias X': the surname of one person named before, right before the cue."""
    offset = max(0, cue_at - 40)
    named = re.search(r"(?<![\w'’-])[A-Z][a-z][\w'’\-]+(?=,?\s*$)", text[offset:cue_at])
    if named is None:
        return None
    start, end = offset + named.start(), offset + named.end()
    if any(m.start < end and start < m.end for m in items):
        return None
    owners = [p for p in persons if p.mentions and later_part([fold(named.group(0))], fold(p.name).split())]
    if len(owners) != 1:
        return None
    mention = Mention(start, end, named.group(0), "person", sentence, fold(named.group(0)), source="pattern")
    owners[0].mentions.append(mention)
    items.append(mention)
    mention.person = owners[0]
    return mention


def _forget(mention: Mention, items, persons) -> None:
    """Drop a mention that a better reading replaces."""
    if mention in items:
        items.remove(mention)
    mention.person = None
    group, mention.group = mention.group, None
    if group is not None:
        group.mentions = [m for m in group.mentions if m is not mention]
    for person in persons:
        person.mentions = [m for m in person.mentions if m is not mention]


def _merge_surnames(persons: list[Person]) -> None:
    """A one-word 'person' that is a later part of exactly one full name (found after it, e.g. from an
    alias cue) is that person: 'Maikatako' and 'Audu Maikatako'."""
    for person in list(persons):
        words = fold(person.name).split()
        if len(person.name.split()) != 1 or person.aliases or not person.mentions:
            continue
        owners = [
            other
            for other in persons
            if other is not person and other.mentions and later_part(words, fold(other.name).split())
        ]
        if len(owners) != 1:
            continue
        for mention in person.mentions:
            owners[0].mentions.append(mention)
            mention.person = owners[0]
        person.mentions = []


def _merge_persons_named(alias: str, person: Person, persons: list[Person]) -> None:
    """Another 'person' found under the alias (or starting with it) is this person."""
    folded = fold(alias)
    for other in list(persons):
        if other is person:
            continue
        name = fold(other.name)
        if name == folded or (len(folded.split()) >= 2 and name.startswith(folded + " ")):
            if fold(other.name) != folded and other.name not in person.aliases:
                person.aliases.append(other.name)
            for mention in other.mentions:
                person.mentions.append(mention)
                mention.person = person
            other.mentions = []


def _add_occurrences(text, words, group, items, builder, sentence_of) -> None:
    for match in re.finditer(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text):
        if any(m.start < match.end() and match.start() < m.end for m in items):
            continue
        mention = Mention(
            match.start(), match.end(), words, "group", sentence_of(match.start()), fold(words), source="pattern"
        )
        items.append(mention)
        builder.add_mention(group, mention)
        mention.group = group


def _affiliation(text: str, person: Person, items) -> tuple[Group | None, str | None]:
    """'X, a senior commander of ISKP' or 'Abu Sayyaf sub-leader X'."""
    for mention in person.mentions:
        after = text[mention.end : mention.end + 80]
        for other in items:
            group = other.group
            if group is None or other.start < mention.end or other.start > mention.end + 80:
                continue
            match = AFFILIATION.match(text[mention.end : other.start])
            if match:
                return group, match.group("role").lower()
        del after
        for other in items:
            group = other.group
            if group is None or other.end > mention.start or mention.start - other.end > 25:
                continue
            between = text[other.end : mention.start]
            role = re.fullmatch(
                r"\s+((?:[\w\-]+\s+){0,2}?(?:commander|leader|sub-leader|chief|spokesman|member))\s+", between
            )
            if role:
                return group, role.group(1).lower()
    return None, None


__all__ = ["Entities", "build_entities", "guess_kind"]


# The common noun a story puts after a group's name says what it is, and the story names it so: "the Karo Valley
# militia", "the Islamic State group" ("Karo Valley militia" is a name of the group as much as "Karo Valley"); "X
# dissidents", the fighters who refused the group's peace deal, are named after it, and may be coded apart.
DESCRIBING_NOUN = re.compile(r"[ \t]+(militia|gang|clan|group|dissidents)\b")
# A state's mission is named with its seat: "the Ruritanian Embassy in Lakeside".
MISSION_SEAT = re.compile(r"[ \t]+in[ \t]+([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)\b")


def _described_names(text: str, groups: list[Group]) -> None:
    for group in groups:
        for mention in group.mentions:
            if mention.kind != "group":
                continue
            noun = DESCRIBING_NOUN.match(text, mention.end)
            if noun:
                group.aliases.add(f"{mention.text} {noun.group(1)}")
            seat = MISSION_SEAT.match(text, mention.end)
            if seat and mention.text.split()[-1].lower() in MISSIONS:
                group.aliases.add(f"{mention.text} in {seat.group(1)}")
