"""Armed actors a story names only by a common noun: "bandits attacked the village", "a blast blamed on criminal
gangs", "suspected Islamist insurgents". The corpus codes them as one group per noun (with the words that qualify
it), in a story that names no armed group; beside a named one they are its men. Gangs are a group only where they
did one of the story's deeds: "gangs" alone is as often the background of a crime wave."""

from __future__ import annotations

import re

from .groups import UNNAMED_MOVEMENT
from .model import Group, Incident, Mention
from .normalize import fold
from .regex_speed import first_char_gate
from .vocabulary import DEMONYMS

# Criminal bands: "bandits", "armed bandits", "bandit groups", "two rival drug gangs", "an armed gang". Not a gang
# named before the noun ("the Red Fern gang": the NER's name), nor "gang leader" or "anti-gang police".
CRIMINAL_BANDS = re.compile(
    r"(?<![\w\-’'])(?:(?:suspected|rampaging|heavily|armed|rival|criminal|drug|street|organi[sz]ed[\s\-]crime)\s+){0,3}"
    r"(?P<noun>bandits|bandit\s+(?:groups|gangs)|gangs|gang)(?![\w\-])"
    r"(?!\s+(?:leaders?|members?|bosses|boss|violence|wars?|warfare|crimes?|rapes?|culture|territory|activity|"
    r"related|-))",
    re.I,
)
# A movement's fighters with what the text says of them: "suspected Islamist insurgents", "Muslim rebels",
# "separatist rebels". The longer span wins over the bare noun (group_mentions.MOVEMENT_WORDS), under its key.
QUALIFIED_MOVEMENT = re.compile(
    r"(?<![\w\-’'])(?:suspected\s+)?(?:(?:islamist|muslim|communist|maoist|separatist|secessionist|ethnic)\s+)?"
    r"(?:insurgents|rebels|separatists)\b",
    re.I,
)
# (speed: scans of every text, gated: 8.1 ms -> 5.0 ms of CPU per 100 articles, the same matches)
QUALIFIED_MOVEMENT = first_char_gate(QUALIFIED_MOVEMENT)
# Words that say how sure or how armed the fighters are, not who they are: left out of the group's name.
HEDGES = re.compile(r"^(?:(?:the|an?|suspected|rampaging|heavily|armed|rival|two|several)\s+)+", re.I)

BANDITS = fold("bandits")
GANGS = fold("criminal gangs")
COLLECTIVE_KEYS = frozenset((BANDITS, GANGS))


def collective_mentions(text: str, sentence_of, listed: list[Mention] = ()) -> list[Mention]:
    """Mentions of bandits, gangs and a movement's qualified fighters; none right after a listed group's name
    ("Boko Haram bandits": that group's men) or a capitalised word ("the Red Fern gang": a gang's own name)."""
    found = []
    for pattern in (CRIMINAL_BANDS, QUALIFIED_MOVEMENT):
        for match in pattern.finditer(text):
            start, name = match.start(), match.group()
            if _after_a_name(text, start) or _in_quotes(text, start, match.end()):
                continue
            if any(m.end == start - 1 for m in listed):
                continue
            if pattern is CRIMINAL_BANDS:
                key = BANDITS if match.group("noun").lower().startswith("bandit") else GANGS
            elif name.lower().split()[-1] == name.lower():
                continue  # the bare noun: group_mentions finds it already
            else:
                key = UNNAMED_MOVEMENT
            found.append(Mention(start, match.end(), name, "group", sentence_of(start), key, source="pattern"))
    return found


def foreign_common_phrase(mention: Mention, countries_named: frozenset[str]) -> bool:
    """'Communist rebels' in a story from a country whose rebels the list does not file under those words: a listed
    alias made of common words (lower case in the list or in the text) names that group only in a story that names
    its country. Such a mention is the story's own unnamed fighters (`as_collective`), not the other country's."""
    if not mention.groups or mention.text.isupper():
        return False
    common = mention.text == mention.text.lower() or all(
        any(fold(alias) == mention.folded and alias == alias.lower() for alias in record.aliases)
        for record in mention.groups
    )
    countries = {record.country_code for record in mention.groups}
    return common and "" not in countries and not countries & countries_named


def as_collective(mention: Mention) -> Mention | None:
    """The same words as the mention of an unnamed band or movement, if they are one ("communist rebels",
    "armed bandits"); None otherwise."""
    for pattern in (CRIMINAL_BANDS, QUALIFIED_MOVEMENT):
        match = pattern.fullmatch(mention.text)
        if match is None:
            continue
        if pattern is CRIMINAL_BANDS:
            key = BANDITS if match.group("noun").lower().startswith("bandit") else GANGS
        else:
            key = UNNAMED_MOVEMENT
        return Mention(mention.start, mention.end, mention.text, "group", mention.sentence, key, source="pattern")
    return None


# Capitalised words that open a noun phrase, not a name: "The bandits", "Those gangs".
OPENERS = frozenset(("the", "these", "those", "a", "an", "two", "three", "several", "some", "many", "other"))
WORD_BEFORE = re.compile(r"(?:(?P<stop>[.!?:;\"“‘(\n])\s*)?(?P<word>[A-Z][\w\-’']*)\s+$")


def _after_a_name(text: str, start: int) -> bool:
    """Right after a capitalised word that is no opener nor a sentence's first word: a name ("Red Fern gang")."""
    before = WORD_BEFORE.search(text, max(0, start - 60), start)
    if before is None or before.group("word").lower() in OPENERS:
        return False
    return before.group("stop") is None and before.start() > max(0, start - 60)


def _in_quotes(text: str, start: int, end: int) -> bool:
    """'six “bandits” had been killed': the speaker's word for the men, in the writer's quotation marks."""
    return text[start - 1 : start] in ("“", '"', "‘") and text[end : end + 1] in ("”", '"', "’")


def settle_collectives(groups: list[Group], by_name: dict[str, Group], main_country: str | None) -> None:
    """Keep the bandits, the gangs and the unnamed movement only in a story that names no armed group; name each
    as the corpus does ("Bandits", "Ecuadorian criminal gangs", "Islamist insurgents")."""
    collectives = [
        g for key in (UNNAMED_MOVEMENT, BANDITS, GANGS) if (g := by_name.get(key)) is not None and g.record is None
    ]
    collectives = [g for i, g in enumerate(collectives) if g.mentions and all(g is not o for o in collectives[:i])]
    if not collectives:
        return
    if any(_named_armed_group(g) for g in groups if all(g is not c for c in collectives)):
        for group in collectives:
            for mention in group.mentions:
                mention.group = None
            group.mentions = []
        return
    for group in collectives:
        group.kind = "armed_group"
        group.name = _collective_name(group, main_country)


def _named_armed_group(group: Group) -> bool:
    """An armed group the story names: listed, or named the way armed groups are; not a state's unit the NER cut
    short and the word "Brigade" made look armed ("the Ruritanian Mobile Brigade")."""
    if group.kind != "armed_group" or not group.mentions:
        return False
    return group.record is not None or group.name.split()[0].lower() not in DEMONYMS


def _collective_name(group: Group, main_country: str | None) -> str:
    keys = {m.folded for m in group.mentions}
    texts = [HEDGES.sub("", m.text) for m in group.mentions]
    if GANGS in keys:
        nation = next((d.title() for d, code in DEMONYMS.items() if code and code == main_country), "")
        kind = "drug gangs" if any("drug" in t.lower() for t in texts) else "criminal gangs"
        return f"{nation} {kind}" if nation else kind.capitalize()
    if BANDITS in keys:
        return "Bandits"
    # The movement: its most qualified name ("Islamist insurgents" over "insurgents").
    name = max(texts, key=lambda t: (len(t.split()), -texts.index(t)))
    return name[:1].upper() + name[1:]


# "a bombing ... by street gangs", "a gunfight between rival gangs": the band named as the doers of the deed the
# sentence tells (an official's attribution or a stated suspicion, as the corpus codes them).
# Not after a state of affairs ("years of violence by gangs", "the war between gangs"): that is no one deed.
DOERS_BEFORE = re.compile(
    r"(?<!\bviolence)(?<!\bwar)(?<!\bwars)(?<!\bfeud)(?<!\bfeuds)(?<!\bconflict)(?<!\brivalry)"
    r"\s+(?:by|between)\s+(?:(?:the|two|several)\s+)?$",
    re.I,
)


def collective_doers(groups: list[Group], incidents: list[Incident], text: str) -> list[Group]:
    """Bandits or gangs named as the doers in a sentence of an incident that has none are its perpetrators; the
    gangs stay a group only where they did one of the story's deeds."""
    bands = [g for g in groups if g.record is None and g.mentions and g.mentions[0].folded in COLLECTIVE_KEYS]
    for incident in incidents:
        if incident.perpetrators:
            continue
        own = set(incident.sentences)
        for group in bands:
            if any(
                m.sentence in own and DOERS_BEFORE.search(text, max(0, m.start - 30), m.start) for m in group.mentions
            ):
                incident.perpetrators, incident.perpetrator_unknown = [group], False
                break
    doers = {id(g) for incident in incidents for g in incident.perpetrators}
    idle = [g for g in bands if g.mentions[0].folded == GANGS and id(g) not in doers]
    for group in idle:
        for mention in group.mentions:
            mention.group = None
    return [g for g in groups if all(g is not i for i in idle)]
