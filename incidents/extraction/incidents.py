"""Incidents: each segmented event with its type, date, place, toll, actors, evidence and confidence.

The dependency parse finds the doer of the event (the subject of "killed", the
"by" agent of "a drone launched by ..."); claims name perpetrators; the first
statement of the dead and injured is the toll ("the death toll rose to N"
replaces it); the most specific place the lead sentences support is the location.
"""

from __future__ import annotations

import re

from . import places
from .model import Group, Incident, Mention, Person, Place
from .segmentation import CLAIM_VERB, NO_CLAIM, UNKNOWN_ATTACKERS, SentenceFacts, raid_sentence, segment
from .vocabulary import word_set

CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|villagers?|worshippers?|children|schoolchildren|students|women|farmers?|workers?|labourers?|"
    r"passengers?|residents?|people|residential|homes|market|shoppers|pilgrims|fishermen|family|schoolboys|"
    r"schoolgirls|pupils|teachers|travell?ers|traders|mourners|guests|worshipers|commuters|herders|miners)\b",
    re.I,
)
MILITANT_WORDS = re.compile(
    r"\b(?:militants?|terrorists?|insurgents?|rebels?|fighters?|jihadists?|Maoists?|Naxal\w*|cadres?)\b", re.I
)
SECURITY_WORDS = re.compile(
    r"\b(?:soldiers?|troops|security (?:forces|personnel)|police(?:men)?|military|army|base|officers?|constables?|"
    r"guards?|gendarmes?|"
    r"check ?post|post|convoy|patrol|personnel|jawans?)\b",
    re.I,
)
# An attack told by its target, a place where civilians are: "an attack by X on a village".
ATTACK_ON_PLACE = re.compile(
    r"\b(?:attack|raid|assault|massacre)s?\s+(?:by\s+[^.;]{0,80}?\s+)?on\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:village|villages|market|church|mosque|wedding|funeral|camp for displaced|displacement camp|bus|hamlet)\b",
    re.I,
)
CAPTURE_WORDS = re.compile(r"\b(?:arrest\w*|detain\w*|captur\w*|custody|apprehend\w*|picked up|seiz\w+)\b", re.I)
ASSAULT_WORDS = re.compile(r"\b(?:storm(?:ed|ing)?|overr(?:an|un)|raid(?:ed|ing)?|attack(?:ed|ing)?)\b", re.I)
# "a massacre that the government blamed on X": X is the perpetrator named by others.
BLAMED_ON = re.compile(
    r"\b(?:blamed|pinned)\s+(?:it\s+)?on\s+(?:the\s+)?$|\battributed\s+(?:it\s+)?to\s+(?:the\s+)?$|"
    # "..., the ministry said, blaming the paramilitary Rapid Support Forces"
    r",\s+(?:and\s+)?blaming\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$|"
    r"\b(?:army|military|police|government|authorities|officials|ministry|governor|forces)\s+(?:\w+\s+)?blamed\s+"
    r"(?:the\s+)?$",  # "The army blamed the X Front": the doer named by others
    re.I,
)
ANAPHORIC_PLACE = re.compile(r"\b(?:the|same) (?:city|town|village|district|province|area|region)\b", re.I)
# "attacked the town", "in the capital": a town named just before, told again ("in the same district" is left to
# the incident's other sentences, then to the main event's place).
PLACE_ANAPHOR = re.compile(
    r"\b(?:in|at|near|on|into|inside|outside|attacked|stormed|overran|raided|struck|hit|besieged|seized)\s+"
    r"(?:the|that)\s+(?P<noun>city|town|village|capital)\b"
    r"(?!['’]s|\s+of\b)",
    re.I,
)
ANAPHOR_KINDS = {"city": ("city",), "town": ("city",), "village": ("city", "site"), "capital": ("city",)}
# A hospital, clinic or morgue named where the wounded were taken or visited, not where the attack was.
CARE_PLACE = re.compile(r"\b(?:hospital|clinic|morgue|medical (?:centre|center|college))\b", re.I)
PLANNER_WORDS = re.compile(r"\b(?:plann(?:ed|ing)|plant(?:ed)?|mastermind(?:ed)?|orchestrat\w+|helped)\b", re.I)
ATTACKER_WORDS = re.compile(
    r"\b(?:attacker|bomber|gunman|assailant|kidnappers?|suspects?|accused|wanted for|charged with|responsible for)\b",
    re.I,
)
OWN_CLAIM = frozenset(("claimed", "acknowledged", "admitted", "accepted", "took"))
CLAIM_VERBS = frozenset(
    ("claimed", "said", "says", "confirmed", "announced", "acknowledged", "admitted", "accepted", "took")
)
# Nouns of an operation whose "by" phrase names the doer: "a joint operation by the police and the army".
EVENT_NOUNS = word_set(
    "operation operations raid raids strike strikes airstrike airstrikes attack attacks offensive assault "
    "crackdown ambush"
)
# A lead whose doer is only a common noun ("Kurdish-led fighters captured ..., the SDF said"): the speaker acted.
GENERIC_DOERS = word_set("fighters troops forces soldiers commandos personnel units policemen")
EVENT_VERBS = word_set(
    "killed kill kills killing attacked attack attacks stormed abducted kidnapped seized arrested detained shot "
    "struck hit fired launched set ambushed ambushing blew detonated raided targeted slammed beheaded opened "
    "carried overran abduct kidnap arrest arresting detaining bombed shelled torched burned executed massacred "
    "assassinated murdered gunned captured besieged clashed fought engaged repelled repulsed pursued triggered"
)


def _type(incident: Incident, facts: dict[int, SentenceFacts]) -> str:
    lead = facts[incident.sentences[0]]
    text = " ".join(facts[i].text for i in incident.sentences)
    strong = [e for e in lead.events if e[1] >= 4]
    if not strong:
        strong = [e for i in incident.sentences for e in facts[i].events if e[1] >= 4 and not facts[i].claim]
    label = max(strong, key=lambda e: (e[1], -e[2]))[0] if strong else None
    if raid_sentence(lead):
        label = "arrest_or_raid"  # "hours after the blast, police stormed a house, arresting two": the raid
    if label == "arrest_or_raid" and not CAPTURE_WORDS.search(lead.text):
        # "a night raid on a village killed 20 villagers": a raid with no one taken is no arrest
        rest = [e for e in strong if e[0] != "arrest_or_raid"]
        label = max(rest, key=lambda e: (e[1], -e[2]))[0] if rest else None
    victims = " ".join(c.victims for i in incident.sentences[:3] for c in facts[i].kills) or lead.text
    if (
        label in (None, "armed_clash")
        and not [e for e in lead.events if e[1] >= 5 and (label or e[0] != "arrest_or_raid")]
        and CIVILIAN_WORDS.search(victims)
        and not MILITANT_WORDS.search(victims)
    ):
        return "attack_on_civilians"
    kill_victims = " ".join(c.victims for i in incident.sentences[:3] for c in facts[i].kills)
    if (
        label == "armed_clash"
        and ASSAULT_WORDS.search(lead.text)
        and CIVILIAN_WORDS.search(kill_victims)
        and not (MILITANT_WORDS.search(kill_victims) or SECURITY_WORDS.search(kill_victims))
    ):
        return "attack_on_civilians"  # "gunmen stormed a village, killing 21 civilians": no fight, a massacre
    if (
        label in (None, "armed_clash")
        and ATTACK_ON_PLACE.search(lead.text)
        and not any(MILITANT_WORDS.search(c.victims) or SECURITY_WORDS.search(c.victims) for c in lead.kills)
    ):
        return "attack_on_civilians"  # "the toll from an attack by X rebels on a village has risen to 27"
    if label == "shelling":
        return "attack_on_civilians" if CIVILIAN_WORDS.search(text) else "armed_clash"
    if label == "targeted_killing" and len([c for c in lead.kills if c.value > 1]) and CIVILIAN_WORDS.search(victims):
        return "attack_on_civilians"
    if (
        label == "targeted_killing"
        and any(c.value >= 3 for c in lead.kills)
        and not (MILITANT_WORDS.search(victims) or SECURITY_WORDS.search(victims))
    ):
        return "attack_on_civilians"  # "shot dead nine of them": a killing of many unarmed people is no targeting
    if label:
        return label
    if MILITANT_WORDS.search(victims) or SECURITY_WORDS.search(victims):
        return "armed_clash"
    if lead.kills and all(c.value == 1 for c in lead.kills):
        return "targeted_killing"
    return "other_violence"


def _counts(incident: Incident, facts: dict[int, SentenceFacts]) -> None:
    sentences = [facts[i] for i in incident.sentences]
    for sentence in sentences:
        totals = [c for c in sentence.kills if c.total]
        if totals:
            incident.fatalities, incident.fatalities_text = totals[0].value, totals[0].text
            break
    if incident.fatalities is None:
        for position, sentence in enumerate(sentences):
            kills = [c for c in sentence.kills if c.value > 0]
            if not kills:
                continue
            incident.fatalities = sum(c.value for c in kills)
            incident.fatalities_text = "; ".join(c.text for c in kills)
            # "... 'neutralised' 17 insurgents." "Two soldiers 'paid the supreme price' ...": one statement in two.
            follower = sentences[position + 1] if position + 1 < len(sentences) else None
            explicit = [c for c in kills if not re.match(r"(?:was|has|is)\b", c.text, re.I)]
            if (
                follower
                and follower.index == sentence.index + 1
                and follower.paragraph == sentence.paragraph
                and explicit
                and not re.search(r"\bsources?\b|\bofficials?\b|\bmonitor\b", follower.text, re.I)
            ):
                more = [c for c in follower.kills if c.value > 0 and not re.match(r"(?:was|has|is)\b", c.text, re.I)]
                if more:
                    incident.fatalities += sum(c.value for c in more)
                    incident.fatalities_text += "; " + "; ".join(c.text for c in more)
            break
    for sentence in sentences:
        injured = [c for c in sentence.counts if c.kind == "injured" and c.value > 0]
        if injured:
            incident.injured = sum(c.value for c in injured)
            incident.injured_text = "; ".join(c.text for c in injured)
            break
    zeros = [c for s in sentences for c in s.counts if c.value == 0]
    if zeros:
        if incident.injured is None:
            incident.injured, incident.injured_text = 0, zeros[0].text
        if incident.fatalities is None and (
            any(c.zero_both for c in zeros) or incident.type in ("arrest_or_raid", "abduction")
        ):
            incident.fatalities, incident.fatalities_text = 0, zeros[0].text


def _location(incident: Incident, facts: dict[int, SentenceFacts], dateline_place: Place | None) -> None:
    kinds = {"site": 0, "city": 1, "region": 2, "admin2": 3, "admin1": 4, "country": 5}
    sentences = [facts[i] for i in incident.sentences]

    def text_of(mention: Mention) -> str:
        sentence = facts[mention.sentence]
        return sentence.text[: mention.start - sentence.start]

    def text_after(mention: Mention) -> str:
        sentence = facts[mention.sentence]
        return sentence.text[mention.end - sentence.start :]

    def usable(mention: Mention, place: Place, sentence: SentenceFacts) -> bool:
        before = sentence.text[max(0, mention.start - sentence.start - 30) : mention.start - sentence.start].lower()
        if re.search(
            r"\b(from|to|based in|referred to|taken to|airlifted to|fled to|"
            r"fled with [\w ]+ to)\s+(?:the\s+)?(?:[\w'’]+\s+)?$",
            before,
        ):
            return False
        if re.search(r"\b(sources|officials?|spokesman|ministry|hospital)\s+(?:in|at)\s+$", before):
            return False
        if re.search(
            r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
            r"(?:the\s+(?:city|town|village|district|province|region)\s+of\s+)?$|\bkm\s+(?:from|of)\s+$",
            before,
        ):
            return False  # "south-west of Mogadishu": a bearing, not the place
        if CARE_PLACE.search(mention.text) and sentence.strength < 4:
            return False  # "doctors at Madina Hospital": where the wounded are, not the attack
        return not (place is dateline_place and mention.start < sentence.start + 2)

    lead_places = [(m, p) for s in sentences[:1] for m, p in s.places if usable(m, p, s)]
    if not lead_places:
        named_before = _place_named_before(sentences[0], facts)
        if named_before is not None:
            incident.location = named_before
            return
    historic = sentences[0].dates[0] if sentences[0].dates else None
    if historic is not None and historic.text.lower().startswith("since"):
        # "the deadliest in X since March 2019, when gunmen killed 160 in Y": the earlier event was in Y.
        lead_places = [(m, p) for m, p in lead_places if m.start > historic.end] or lead_places
    if not lead_places:
        lead_places = [(m, p) for s in sentences for m, p in s.places if usable(m, p, s)][:1]

    def rank(pair):
        mention, place = pair
        before = text_of(mention)[-40:]
        # The place of the event is in a prepositional phrase ("in northern Afghanistan"), not a possessive
        # ("one of Pakistan's deadliest bombings").
        located = bool(
            re.search(
                r"\b(in|near|at|outside|off|inside|across|on|struck|hit|attacked|targeted|stormed|bombed|raided)\s+"
                r"(?:the\s+)?(?:[\w'’\-]+\s+){0,3}$|"
                # "in a remote village of Las Navas town": the place the village is in
                r"\b(?:village|villages|town|city|district|area|outskirts|suburbs?|neighbou?rhood|hamlet)\s+of\s+$",
                before,
            )
        )
        possessive = text_after(mention).startswith(("'s", "’s"))
        return (possessive, not located, kinds.get(place.kind, 6), mention.start)

    best = min(lead_places, key=rank)[1] if lead_places else None
    # A more specific place in the next sentences, inside the lead's place ("... on the outskirts of Tral town").
    for sentence in sentences[1:3]:
        for mention, place in sentence.places:
            if not usable(mention, place, sentence) or place.kind == "site":
                continue
            if (
                best is None
                and place.kind in ("region", "city")
                or best is not None
                and kinds.get(place.kind, 6) < kinds.get(best.kind, 6)
                and _inside(place, best)
            ):
                best = place
    incident.location = best


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


def _inside(place: Place, container: Place) -> bool:
    current, seen = place.parent, 0
    while current is not None and seen < 8:
        if current is container:
            return True
        current, seen = current.parent, seen + 1
    if place.parent is None and (place.record is None or place.country == container.country):
        return True  # no named parent in between: trust the narrative
    return bool(container.kind == "country" and place.country and place.country == container.country)


def _perpetrators(incident: Incident, facts: dict[int, SentenceFacts], doc, bounds) -> None:
    """Who did it: a group that claimed it, else the doer of the event in the lead sentences."""
    found: list[Group] = []
    claimed: list[Group] = []
    by_name: set[int] = set()  # forces written out by name in a doer sentence ("the Manipur Police")
    eventful = [i for i in incident.sentences if facts[i].strength >= 2 or facts[i].counts]
    for index in incident.sentences:
        sentence = facts[index]
        if not sentence.groups:
            continue
        claim_cue = CLAIM_VERB.search(sentence.text)
        if claim_cue and not NO_CLAIM.search(sentence.text):
            # "..., police said, in an attack claimed by X": only the claim's own subject or agent claims it; the
            # speakers of "said" do only when they say they did it ("X said it had carried out the attack").
            verbs = (
                CLAIM_VERBS if re.match(r"(?:said|says|confirmed|announced)\b", claim_cue.group(0), re.I) else OWN_CLAIM
            )
            behalf = re.search(r"on behalf of", sentence.text)
            claimers = []
            for mention, group in sentence.groups:
                if behalf and mention.start - sentence.start > behalf.start():
                    claimers = [group]  # "IS claimed it on behalf of its local branch, ISMP": the branch did it
                    break
                if not _modifier(mention, sentence) and _subject_of(doc, mention, verbs, bounds):
                    claimers.append(group)
            claimed += [g for g in claimers if g not in claimed]
        # Later sentences may name the doer the lead left unnamed, or name the units behind "security forces";
        # they do not add the other side's follow-up ("Iraqi forces later launched a search operation").
        refining = not found or all(g.force for g in found)
        if index in eventful[:3] and refining:
            by_name.update(
                id(group) for mention, group in sentence.groups if mention.source != "generic" and group.force
            )
            doer_mentions = [
                (mention, group)
                for mention, group in sentence.groups
                if not _owner_of_another_group(mention, sentence)  # "the CRPF's CoBRA": the unit acted
                and not _modifier(mention, sentence)
                and _subject_of(doc, mention, EVENT_VERBS, bounds)
            ]
            doers = [group for mention, group in _first_clause(doer_mentions, sentence)]
            if found and not all(g.kind == "state_force" for g in doers):
                doers = []
            found += [g for g in doers if g not in found]
    blamed = [
        group
        for index in incident.sentences[:6]
        for mention, group in facts[index].groups
        if BLAMED_ON.search(
            facts[index].text[max(0, mention.start - facts[index].start - 30) : mention.start - facts[index].start]
        )
    ]
    perpetrators = []
    for group in claimed + found + blamed:
        if group not in perpetrators:
            perpetrators.append(group)
    # A unit and the force it belongs to both named as doers: the force is the actor ("GSG 9" of the police).
    # A branch and the armed group it belongs to (one claiming for the other): the branch did it.
    perpetrators = [
        g
        for g in perpetrators
        if not (g.kind != "state_force" and any(c.parent is g and c.kind != "state_force" for c in perpetrators))
    ]
    perpetrators = [
        g for g in perpetrators if g.parent is None or g.parent not in perpetrators or g.kind != "state_force"
    ]
    # "Security forces" and the units named later ("a joint team of the DRG and the STF"): the units.
    named_units = [g for g in perpetrators if g.kind == "state_force" and (g.force is None or id(g) in by_name)]
    incident.perpetrators = [g for g in perpetrators if not (g.force and named_units and id(g) not in by_name)]
    text = " ".join(facts[i].text for i in incident.sentences)
    lead = facts[incident.sentences[0]]
    attacker = _repelled(lead)
    if attacker is not None:
        # "Troops repelled an RSF assault on the town": the side that attacked is the doer of the event.
        incident.perpetrators = [attacker]
        perpetrators = incident.perpetrators
    sides = _sides(lead)
    if sides:
        incident.perpetrators = sides + [g for g in incident.perpetrators if g not in sides and g.force]
        perpetrators = incident.perpetrators
    doer = _generic_doer(doc, bounds.get(lead.index, (0, 0)))
    if not found and doer and not NO_CLAIM.search(text):
        # "Troops killed ten militants, the army said": a force or group speaking of its own men.
        speakers = [
            group
            for mention, group in lead.groups
            if group.kind in ("state_force", "armed_group")
            and _speaks_of_its_own(group, doer)
            and _subject_of(doc, mention, CLAIM_VERBS, bounds)
        ][:1]
        incident.perpetrators = speakers + [g for g in incident.perpetrators if g not in speakers]
        perpetrators = incident.perpetrators
    if not incident.perpetrators and not NO_CLAIM.search(text):
        incident.perpetrators = _loyal_to(lead) or _belonging_to(lead)
        perpetrators = incident.perpetrators
    if not incident.perpetrators and incident.type == "air_or_drone_strike" and not NO_CLAIM.search(text):
        # "A military jet dropped two bombs", "army helicopters fired": the force that flies the aircraft.
        flyers = [
            group
            for mention, group in lead.groups
            if group.kind == "state_force" and AIRCRAFT_AFTER.match(lead.text, mention.end - lead.start)
        ]
        incident.perpetrators = flyers[:1]
        perpetrators = incident.perpetrators
    if not incident.perpetrators and not NO_CLAIM.search(text):
        incident.perpetrators = _named_before(facts, facts[incident.sentences[0]])
        perpetrators = incident.perpetrators
    incident.perpetrator_unknown = not perpetrators and bool(UNKNOWN_ATTACKERS.search(text) or NO_CLAIM.search(text))


# "fighting between X and Y", "clashes pitting X against Y": both sides are the actors of the fight.
BETWEEN = re.compile(
    r"\b(?:fighting|clash(?:es)?|battles?|gun ?battles?|gunfights?|firefights?|confrontations?|hostilities)\s+"
    r"(?:between|pitting)\s+",
    re.I,
)


def _sides(lead: SentenceFacts) -> list[Group]:
    """The two groups a fight is said to be between, when the lead sentence names both."""
    cue = BETWEEN.search(lead.text)
    if cue is None:
        return []
    at = lead.start + cue.end()
    sides: list[Group] = []
    for mention, group in sorted(lead.groups, key=lambda pair: pair[0].start):
        if 0 <= mention.start - at <= 120 and group.kind in ("armed_group", "state_force") and group not in sides:
            sides.append(group)
        if len(sides) == 2:
            return sides
    return []


# "X stormed the camp on Tuesday, ..., while an army air strike on Y two days later killed nine": two events, the
# second told in a clause of its own.
OTHER_EVENT_CLAUSE = re.compile(r",?\s+(?:while|whereas)\s+|;\s+", re.I)


def _first_clause(doer_mentions, sentence: SentenceFacts):
    """The doers of the sentence's first event when a 'while ...' clause tells another one."""
    cut = OTHER_EVENT_CLAUSE.search(sentence.text)
    if cut is None:
        return doer_mentions
    at = sentence.start + cut.start()
    before = [(m, g) for m, g in doer_mentions if m.start < at]
    return before or doer_mentions


REPELLED = re.compile(
    r"\b(?:repelled|repulsed|foiled|thwarted|fought off|beat back|pushed back)\s+(?:an?|the)\s+"
    r"(?:(?!attack|assault)[\w\-]+\s+){0,2}?$",
    re.I,
)
REPELLED_EVENT = re.compile(r"^[\s\-]*(?:[\w\-]+\s+)?(?:assault|attack|offensive|incursion|raid|advance)s?\b", re.I)


def _repelled(lead: SentenceFacts) -> Group | None:
    """'X repelled a Y assault on the town': Y, the group whose assault it was."""
    for mention, group in lead.groups:
        at = mention.start - lead.start
        if REPELLED.search(lead.text[max(0, at - 40) : at]) and REPELLED_EVENT.match(
            lead.text[mention.end - lead.start :]
        ):
            return group
    return None


LOYAL_TO = re.compile(r"\b(?:loyal to|under the command of|commanded by|led by)\s+", re.I)


# "gunmen believed to belong to the X faction", "fighters linked to X": the doers' group, named before the event.
BELONGING_TO = re.compile(
    r"\b(?:(?:believed|thought|suspected|said)\s+to\s+(?:belong\s+to|be\s+from|be\s+(?:members|fighters)\s+of)|"
    r"belonging\s+to|linked\s+to|affiliated\s+(?:to|with))\s+",
    re.I,
)
AIRCRAFT_AFTER = re.compile(
    r"\s+(?:[\w\-]+\s+)?(?:jets?|aircraft|helicopters?|planes?|warplanes?|drones?|gunships?|fighter jets?)\b", re.I
)


def _belonging_to(lead: SentenceFacts) -> list[Group]:
    """'Gunmen believed to belong to the X faction killed three farmers': X, when the cue comes before any event
    word (not '... killed five members of the SDF', whose men are the victims)."""
    first_event = min((offset for _, _, offset in lead.events), default=None)
    for cue in BELONGING_TO.finditer(lead.text):
        at = lead.start + cue.end()
        if first_event is not None and at > first_event:
            break
        for mention, group in lead.groups:
            if group.kind == "armed_group" and 0 <= mention.start - at <= 40:
                return [group]
    return []


def _loyal_to(lead: SentenceFacts) -> list[Group]:
    """'Gunmen loyal to Y, a commander of X, attacked ...': the armed group of the men's commander."""
    event = next((offset for _, strength, offset in sorted(lead.events, key=lambda e: e[2]) if strength >= 4), None)
    for cue in LOYAL_TO.finditer(lead.text):
        at = lead.start + cue.end()
        if event is not None and at > event:
            break  # the doer comes before the event word
        for mention, group in lead.groups:
            if group.kind == "armed_group" and 0 <= mention.start - at <= 80:
                return [group]
        for mention, person in lead.persons:
            group = person.affiliation
            if group is not None and group.kind == "armed_group" and 0 <= mention.start - at <= 5:
                return [group]
    return []


def _generic_doer(doc, span: tuple[int, int]) -> str | None:
    """The common noun ('fighters', 'troops') that is the doer of the sentence's event, if not a name."""
    first, last = span
    for token in doc[first:last]:
        if token.lower_ in GENERIC_DOERS and token.dep_ == "nsubj" and _is_event_verb(token.head, EVENT_VERBS):
            if any(c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") for c in token.children):
                return None
            return token.lower_
    return None


# "Fighters ambushed a convoy, the army said": an army does not call its own men fighters.
STATE_DOERS = word_set("troops forces soldiers commandos personnel units policemen")


def _speaks_of_its_own(group: Group, doer: str) -> bool:
    return (doer in STATE_DOERS) == (group.kind == "state_force")


# "The group", "the insurgents", "its fighters" as the doer: the armed group named just before.
ANAPHORIC_ACTOR = re.compile(
    r"\b(?:(?:the|this) (?:group|insurgents|militants|rebels|jihadists|outfit|militia|organi[sz]ation)|"
    r"(?:its|their|the group['’]s|the movement['’]s) (?:fighters|militants|members|gunmen|cadres))\b",
    re.I,
)


def _named_before(facts: dict[int, SentenceFacts], lead: SentenceFacts) -> list[Group]:
    """The armed group an anaphoric doer in the lead sentence points back to: the one named last before it."""
    anaphor = ANAPHORIC_ACTOR.search(lead.text)
    event = next((offset for _, strength, offset in sorted(lead.events, key=lambda e: e[2]) if strength >= 4), None)
    named_armed = any(g.kind == "armed_group" for _, g in lead.groups)
    if anaphor is None or named_armed or (event is not None and lead.start + anaphor.start() > event):
        return []  # the doer comes before the event word; an armed group named in the sentence speaks for itself
    for index in sorted((i for i in facts if i < lead.index), reverse=True)[:4]:
        armed = []
        for _, group in facts[index].groups:
            if group.kind == "armed_group" and not any(group is other for other in armed):
                armed.append(group)
        if armed:
            last = [g for _, g in facts[index].groups if g.kind == "armed_group"][-1]
            return [last]  # the group named last
    return []


LINKED = re.compile(
    r"[-‐–]\s?(?:linked|affiliated|backed|allied|aligned|inspired|led|based|run|supported|held|controlled|"
    r"occupied|dominated)\b",
    re.I,
)
# Common nouns for the men of an armed group: "JNIM-linked gunmen" are JNIM's.
LINKED_DOERS = word_set("gunmen fighters militants insurgents jihadists rebels attackers assailants cells")
# Nouns a group's name may stand in apposition to as the doer: "fighters of X", "the militant group X".
GENERIC_ACTORS = word_set(
    "fighters militants group gunmen insurgents jihadists rebels members organisation organization movement "
    "militia faction outfit affiliate branch offshoot wing"
)


def _modifier(mention: Mention, sentence: SentenceFacts) -> bool:
    """'The al-Qaeda-linked group X': the first group only describes the doer. 'JNIM-linked gunmen' with no
    name after them: the group is the doer's own."""
    linked = LINKED.match(sentence.text, mention.end - sentence.start)
    if not linked:
        return False
    after = sentence.text[linked.end() : linked.end() + 40]
    words = after.split()[:2]  # "JNIM-linked gunmen", "IS-linked armed men"
    doers = [w for w in words if w in LINKED_DOERS]
    named_after = any(0 <= other.start - (sentence.start + linked.end()) <= 30 for other, _ in sentence.groups)
    return not (doers and not named_after)


def _owner_of_another_group(mention: Mention, sentence: SentenceFacts) -> bool:
    after = sentence.text[mention.end - sentence.start : mention.end - sentence.start + 3]
    if not after.startswith(("'s", "’s")):
        return False
    return any(0 < other.start - mention.end <= 4 for other, _ in sentence.groups)


def _subject_of(doc, mention: Mention, verbs, bounds: dict[int, tuple[int, int]]) -> bool:
    """Is the mention the doer of one of these verbs: inside its active subject ('TTP gunmen killed',
    'Fighters from ISWAP attacked') or its 'by' agent ('a drone launched by government forces struck')?
    Appositions ('JNIM, al-Qaeda's affiliate, claimed') and passive subjects (the victims) are not."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    # A headline line and the story's first sentence can share one parse: stay inside the sentence.
    first, last = bounds.get(mention.sentence, (0, len(doc)))
    if token.dep_ in ("aux", "auxpass") and token.i + 1 < last and doc[token.i + 1].dep_ in ("nsubj", "nsubjpass"):
        token = doc[token.i + 1]  # "IS fighters attacked": the acronym parsed as a verb ("is") names the doers
    for _ in range(8):
        head = token.head
        if token.dep_ == "appos" and head.lower_ in GENERIC_ACTORS and first <= head.i < last:
            token = head  # "fighters of the X", "the militant group X": the name is the doer
            continue
        if token.dep_ == "appos" or head is token or not (first <= head.i < last):
            return False
        if token.dep_ == "pobj" and head.text.lower() == "by" and head.head.lower_ in EVENT_NOUNS:
            return first <= head.head.i < last  # "an operation by the police", "a strike by army drones"
        if token.dep_ == "nsubj" or (token.dep_ == "pobj" and head.text.lower() == "by"):
            verb = head if token.dep_ == "nsubj" else head.head
            if not verb.tag_.startswith("VB") and verb.dep_ in ("nsubj", "nsubjpass"):
                verb = verb.head  # "An airstrike by the military ... killed": the noun's own verb
            if token.dep_ == "pobj" and verb.dep_ in ("acl", "amod") and verb.head.dep_ in ("nsubj",):
                return _is_event_verb(verb.head.head, verbs) or _is_event_verb(verb, verbs)
            return _is_event_verb(verb, verbs) or any(
                _is_event_verb(c, verbs) for c in verb.children if c.dep_ in ("conj", "xcomp")
            )
        if token.dep_ == "nsubjpass" or (token.dep_ in ("dobj", "dative") and head.tag_.startswith("VB")):
            return False  # the victims; "the coalition fighting the Islamic State": the object of another verb
        token = head
    return False


def _is_event_verb(token, verbs) -> bool:
    word = token.text.lower()
    if not token.tag_.startswith("VB") or word not in verbs:
        return False
    if word == "set":  # "set off an IED", not "set up checkpoints"
        return any(c.dep_ == "prt" and c.text.lower() == "off" for c in token.children)
    return True


def _persons(incident: Incident, facts: dict[int, SentenceFacts]) -> None:
    seen: dict[int, tuple[Person, str]] = {}
    for index in incident.sentences:
        sentence = facts[index]
        for _mention, person in sentence.persons:
            if person.is_source or id(person) in seen:
                continue
            if PLANNER_WORDS.search(sentence.text):
                role = "planner"
            elif (
                ATTACKER_WORDS.search(sentence.text)
                and person.fate not in ("killed",)
                or (person.affiliation is not None and person.affiliation in incident.perpetrators)
            ):
                role = "perpetrator"
            elif person.fate in ("killed", "injured", "abducted") or incident.type in ("abduction",):
                role = "victim"
            else:
                role = "other"
            seen[id(person)] = (person, role)
    incident.persons = list(seen.values())


def _targets(incident: Incident, facts: dict[int, SentenceFacts]) -> None:
    words = []
    for index in incident.sentences[:2]:
        for count in facts[index].kills:
            noun = re.sub(r"^\W*\w+\s+(?:at least\s+|more than\s+)?\S+\s*", "", count.text)
            noun = re.split(r"\b(?:were|was|had|have|killed|martyred|dead|died)\b", noun)[0].strip(' ,"“”')
            if noun and len(noun) < 60:
                words.append(noun)
    lead = facts[incident.sentences[0]].text
    target = re.search(
        r"\b(?:on|at|targeting|struck|hit|attacked|stormed)\s+(an?|the)\s+([\w\- ]{3,60}?)(?=\s+(?:in|"
        r"near|at|on|carrying|,|\.)|[,.])",
        lead,
    )
    if target:
        words.insert(0, target.group(2).strip())
    incident.targets = list(dict.fromkeys(words))[:4]


def _confidence(incident: Incident, facts: dict[int, SentenceFacts]) -> float:
    score = 0.45
    score += 0.1 if incident.date else 0
    score += 0.1 if incident.location else 0
    score += 0.1 if incident.fatalities is not None else 0
    score += 0.1 if incident.perpetrators or incident.perpetrator_unknown else 0
    score += 0.05 if facts[incident.sentences[0]].strength >= 4 else 0
    return round(min(score, 0.95), 2)


def build_incidents(doc) -> list[Incident]:
    """Incidents from the sentences' facts on `doc`."""
    facts_list, body_start = doc._.facts, doc._.body_start
    dateline_place = places.dateline_place(doc._.dateline, doc._.mentions.items)
    published = doc._.meta.published.isoformat() if doc._.meta.published else None
    bounds = {s.index: (s.first_token, s.last_token) for s in doc._.sentences}  # each sentence's tokens
    facts = {f.index: f for f in facts_list}
    incidents = segment(facts_list, body_start, published)
    out = []
    for incident in incidents:
        incident.sentences = sorted(set(incident.sentences))
        if not any(facts[i].strength >= 4 or facts[i].kills for i in incident.sentences):
            continue
        incident.type = _type(incident, facts)
        if incident.date is None:
            # Only the reporting date is known ("security sources said on Sunday").
            reported = next((d for i in incident.sentences for d in facts[i].reporting_dates if d.value), None)
            if reported is not None:
                incident.date, incident.date_precision, incident.date_text = reported.value, "day", reported.text
            elif published:
                incident.date, incident.date_precision = published[:7], "month"
        _counts(incident, facts)
        _location(incident, facts, dateline_place)
        anaphor = ANAPHORIC_PLACE.search(facts[incident.sentences[0]].text) if out else None
        if incident.location is None and anaphor:
            # "a missile strike on the city's port": the place named before; "in the same district": the place of
            # the story's main event, which background paragraphs compare with
            same = anaphor.group(0).lower().startswith("same")
            incident.location = (out[0] if same else out[-1]).location
        _perpetrators(incident, facts, doc, bounds)
        if (
            incident.type == "other_violence"
            and any(g.kind == "state_force" for g in incident.perpetrators)
            and any(label == "armed_clash" for i in incident.sentences[:2] for label, _, _ in facts[i].events)
        ):
            incident.type = "armed_clash"  # "security forces killed 11 in an operation": a fight they led
        if (
            incident.type == "targeted_killing"
            and incident.perpetrators
            and all(g.kind == "state_force" for g in incident.perpetrators)
            and any(ARMED_VICTIMS.search(c.victims) for i in incident.sentences[:2] for c in facts[i].kills)
        ):
            incident.type = "armed_clash"  # "soldiers shot dead two militants": a fight, not an assassination
        _persons(incident, facts)
        if not incident.perpetrators and not incident.perpetrator_unknown:
            # "X, a commander of the group, planned the bombing": the planner's group did it.
            for person, role in incident.persons:
                group = person.affiliation
                if (
                    role in ("planner", "perpetrator")
                    and group is not None
                    and group.kind == "armed_group"
                    and not any(group is other for other in incident.perpetrators)
                ):
                    incident.perpetrators.append(group)
        if incident.type == "air_or_drone_strike" and not incident.perpetrators and not incident.perpetrator_unknown:
            # An air strike nobody is named for, in a country where the story has a state force striking from
            # the air: that force (armed groups rarely fly; the story names the air power once).
            country = incident.location.country if incident.location else None
            earlier = [
                g
                for other in out
                if other.type == "air_or_drone_strike" and other.location and other.location.country == country
                for g in other.perpetrators
                if g.kind == "state_force"
            ]
            if country and len({id(g) for g in earlier}) == 1:
                incident.perpetrators = earlier[:1]
        if (
            not incident.perpetrators
            and not incident.perpetrator_unknown
            and out
            and SAME_DOER.search(facts[incident.sentences[0]].text)
        ):
            # "Its base was overrun by the same faction in 2025": the group of the story's main event.
            incident.perpetrators = [g for g in out[0].perpetrators if g.kind == "armed_group"]
        if not incident.perpetrators and not incident.perpetrator_unknown:
            incident.perpetrators = _the_storys_armed_group(incident, facts, doc, bounds)
        _targets(incident, facts)
        incident.summary = _summary(facts[incident.sentences[0]].text)
        incident.confidence = _confidence(incident, facts)
        out.append(incident)
    return out


ARMED_VICTIMS = re.compile(r"\b(?:militants?|rebels?|insurgents?|jihadists?|terrorists?|gunmen|guerrillas?)\b", re.I)
SAME_DOER = re.compile(
    r"\b(?:by|from) the same (?:faction|group|militants|insurgents|rebels|jihadists|fighters|gang|militia|outfit)\b",
    re.I,
)


# Common nouns a story uses for the men of the one armed group it is about.
ARMED_DOERS = word_set("rebels insurgents guerrillas militants jihadists")


def _the_storys_armed_group(incident: Incident, facts: dict[int, SentenceFacts], doc, bounds) -> list[Group]:
    """'In August 2023, rebels ambushed a police vehicle': when the story names one armed group only, its
    'rebels' or 'insurgents' are that group's men."""
    lead = facts[incident.sentences[0]]
    first, last = bounds.get(lead.index, (0, 0))
    doer = next(
        (
            t
            for t in doc[first:last]
            if t.lower_ in ARMED_DOERS and t.dep_ == "nsubj" and _is_event_verb(t.head, EVENT_VERBS)
        ),
        None,
    )
    if doer is None or any(c.dep_ in ("compound", "amod") and c.tag_ in ("NNP", "NNPS") for c in doer.children):
        return []
    armed: list[Group] = []
    for sentence in facts.values():
        for _, group in sentence.groups:
            if group.kind == "armed_group" and group not in armed:
                armed.append(group)
    ranked = sorted(armed, key=lambda g: -len(g.mentions))
    if len(ranked) > 1 and len(ranked[0].mentions) >= 2 * len(ranked[1].mentions) + 1:
        return ranked[:1]  # the group the story is about: "the rebels" are its men, not those of a wing named once
    armed = [g for g in armed if not any(other.parent is g for other in armed)]  # a branch, not its parent
    return armed if len(armed) == 1 else []


def _summary(sentence: str) -> str:
    sentence = re.sub(r"\s+", " ", sentence).strip()
    sentence = re.sub(r"^[A-ZÀ-Þ .'\-]{3,40}(?:,\s*[A-Z][a-z]+)?\s*(?::|—|–)\s*", "", sentence)
    return sentence if len(sentence) <= 200 else sentence[:197].rsplit(" ", 1)[0] + "..."
