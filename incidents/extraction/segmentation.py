"""Segmentation: what each sentence says, and which sentences tell the same violent event.

A sentence with an event word (or a casualty count) opens a new incident when it
brings a date that does not fit the current one, a toll in an unrelated place, or
starts with "Separately"; otherwise it joins the current incident, as do the
sentences of details, claims and reactions that follow. Aggregate statistics
("attacks rose 74%", "29 killed since January") and claims by the attackers never
give an incident or a count.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from dataclasses import replace as dt_replace

from .counts import Count
from .dates import DateExpression, shift_days
from .model import Group, Incident, Mention, Person, Place
from .vocabulary import EVENT_HEADS, MONTHS, TOLL_RISE_VERBS

# (pattern, label, strength). Labels are incident types, or "shelling" / "generic" decided by context.
EVENT_WORDS: list[tuple[re.Pattern, str, int]] = [
    (
        re.compile(
            r"\bsuicide (?:bomb(?:er|ing|ers|ings)?|attack(?:er|s)?|blast|car bomb|vest)|\bblew (?:himself|"
            r"herself|themselves) up",
            re.I,
        ),
        "suicide_bombing",
        9,
    ),
    (
        re.compile(
            r"\b(?:drone|air|aerial|missile)[ -]?(?:strikes?|attacks?)|\bairstrikes?|\bdrones?\b|\bwarplanes?|"
            r"\bquadcopters?\b|\bUAVs?\b|"
            r"\bair raids?|\bhelicopter gunships?|"
            # "a military jet bombed a village": the aircraft is the weapon
            r"\b(?:jets?|aircraft|helicopters?|planes?)\s+(?:\w+\s+)?(?:bombed|dropped|struck|strafed|pounded|fired)\b",
            re.I,
        ),
        "air_or_drone_strike",
        8,
    ),
    (
        re.compile(r"\b(?:abduct(?:ed|ion|ing|s)?|kidnap(?:ped|ping|s)?|taken hostage)\b", re.I),
        "abduction",
        7,
    ),
    (
        re.compile(
            r"\bseized (?:\w+ ){0,2}(?:women|girls|schoolgirls|children|people|men|villagers|passengers|"
            r"fishermen|workers|students|hostages|\d+)|"
            # "freed two soldiers it had seized from a bus": the people taken, named before the verb
            r"\b(?:women|girls|children|people|men|villagers|passengers|workers|students|soldiers|officers|"
            r"policemen|hostages|engineers|aid workers)\s+(?:whom\s+|that\s+)?(?:it|they|the group|the rebels|the "
            r"militants|the gunmen)\s+(?:had\s+)?(?:seized|captured|taken|snatched)\b",
            re.I,
        ),
        "abduction",
        7,
    ),
    (re.compile(r"\b(?:arrest(?:ed|s|ing)?|detained)\b", re.I), "arrest_or_raid", 6),
    (
        # "captured a senior official in a night raid": a capture of people, not of ground
        re.compile(
            r"\bcaptured (?:an?|the|\w+) (?:[\w\-]+ ){0,3}(?:officials?|commanders?|leaders?|operatives?|suspects?|"
            r"militants?|members?|fighters?|emirs?|financiers?|figures?)\b|"
            r"\b(?:night|pre-dawn|dawn|security|counter-?terrorism|joint|search) raids?\b",
            re.I,
        ),
        "arrest_or_raid",
        6,
    ),
    (
        re.compile(
            r"\b(?:bomb(?:ing|s|ed)?|blasts?|explosions?|explosives?|IEDs?|improvised explosive devices?|"
            r"bl(?:ew|own|owing) up|"
            r"grenades?|landmines?|detonat(?:ed|ion))\b",
            re.I,
        ),
        "bombing",
        6,
    ),
    (
        re.compile(
            r"\b(?:clash(?:es|ed)?|gun ?battles?|firefights?|exchange of fire|encounters?|ambush(?:ed|es|"
            r"ing)?|stormed|storming|overr(?:an|un|unning)|repelled|fighting|gunfights?)\b",
            re.I,
        ),
        "armed_clash",
        5,
    ),
    (
        # "militants attacked the police station": an assault on a post of armed men is a fight
        re.compile(
            r"\b(?:attack(?:ed|s|ing)?|assault(?:ed|s|ing)?)\s+(?:on\s+)?(?:(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?)?"
            r"(?:police station|police post|check ?post|checkpoint|outpost|military post|army post|base|barrack|"
            r"garrison|military camp|army camp|convoy|patrol)s?\b",
            re.I,
        ),
        "armed_clash",
        5,
    ),
    (re.compile(r"\b(?:shells|shelling|shelled|mortars?|artillery|rockets?)\b", re.I), "shelling", 5),
    (
        re.compile(r"\b(?:shot dead|gunned down|assassinat(?:ed|ion)|shot and killed|targeted killing)\b", re.I),
        "targeted_killing",
        4,
    ),
    (
        # "went from hut to hut", "door to door": a sweep through homes
        re.compile(
            r"\b(?:massacred?|beheaded|beheading|(?:house|hut|door|home|tent) to (?:house|hut|door|home|tent))\b",
            re.I,
        ),
        "attack_on_civilians",
        4,
    ),
    (re.compile(r"\b(?:operation|offensive)\b", re.I), "armed_clash", 2),
    (
        re.compile(
            r"\b(?:attack(?:ed|s)?|assault(?:ed)?|raid(?:ed)?|killed|killing|dead|died|martyred|wounded|"
            r"injured|death toll|struck|stabbed|shot)\b",
            re.I,
        ),
        "generic",
        1,
    ),
]
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
AGGREGATE = re.compile(
    rf"\bsince (?:{_MONTHS}|last|the start|the beginning|early|late|then\b|\d{{4}})|\bso far this year|"
    # "5,500 civilians have been killed by the security forces since the takeover" (not "the deadliest since ...")
    r"\b(?:have|has)\b[^.;]{0,60}\bsince the (?:coup|takeover|war|conflict|insurgency|uprising|invasion|"
    r"revolution|crisis)\b|"
    rf"\bin the first (?:half|six months|quarter|\w+ months)|"
    rf"\bbetween {_MONTHS} and|\bnationwide\b|\bper ?cent\b|\d\s?%|\b(?:rose|increased|grew|fell|"
    rf"dropped) by\b|\bsurge in\b|"
    # (not "..., the latest in a wave of attacks on police": the event told is one of them)
    r"(?<!latest in a )(?<!latest of a )\b(?:string|series|spate|wave) of (?:attacks|killings|bombings)|"
    r"\brepeated attacks?\b|\bhas come under repeated|"
    r"\b(?:have|has) continued\b|\bover the past\b|\bin recent (?:years|months|weeks)\b|\baccounted for\b|"
    r"\b(?:fatalities|deaths|casualties) from\b|\bduring the month\b|\battacks (?:have |"
    r"had )?(?:increased|risen|rose|surged|doubled)|"
    r"\bthe (?:conflict|insurgency|war|violence),? which\b|\b(?:conflict|insurgency|war) (?:has|had) killed|"
    # "The conflict in the northeast, which began in 2009, has killed more than 35,000 people"
    r"\bthe (?:conflict|insurgency|war|violence|fighting)\b[^.;]{0,80}?\b(?:has|have) (?:killed|left|claimed)\b|"
    # "at least 40 officers were killed in such blasts last year": a class of events, counted together
    r"\bin (?:such|similar) (?:attacks|blasts|bombings|incidents|ambushes|raids|killings|explosions)\b|"
    r"\b(?:figures|data|statistics|records|tallies)\s+(?:show|shows|showed|suggest|suggests|indicate)\b|"
    # "Both groups are fighting for control of the routes": a state of affairs, not one event
    r"\b(?:are|is|have been|has been) (?:fighting|battling|vying|competing) (?:for|over)\b|"
    # Counts of a report, a monitor or a year: "the report counted 37 wounded", "the annual toll".
    r"\b(?:report|reports|tally|monitor|monitors|database|data|figures|statistics|survey|study)\b[^.;]{0,60}?"
    r"\b(?:counted|recorded|documented|registered|tallied|logged)\b|"
    r"\b(?:annual|yearly|year['’]s|monthly|month['’]s) (?:toll|total|tally|count|figures?)\b|"
    r"\b(?:across|throughout) the (?:country|region|province|state|north|south|east|west)\b|\bto date\b|"
    r"\bso far (?:in|this|last)\b|\bin the (?:first|past|last) \w+ (?:days|weeks|months|years)\b|"
    # "250 people have been killed in the violence, according to official figures"
    r"\b(?:have|has) (?:been killed|died|lost their lives)\b[^.;]{0,60}?\b(?:in|during) the (?:\w+ )?"
    r"(?:violence|conflict|unrest|war|insurgency|crisis)\b",
    re.I,
)
CONTEXT_ONLY = re.compile(
    r"\bsince\b|\b(?:rising|rise in|increase in|decline in)\b|\breport(?:s|ed)? (?:showed|found|counted|recorded)\b|"
    r"\bhas (?:largely )?(?:stopped|ended|subsided|eased)\b",
    re.I,
)
# "since the rebels captured the town": a capture told as the start of a state of affairs.
SINCE_CAPTURE = re.compile(
    r"\bsince (?:the\s+)?(?:[\w\-'’]+\s+){0,3}?(?P<verb>seized|captured|overran|stormed|took control of)\s+[A-Z]"
)
# "X acknowledged the attack", "X admitted responsibility": a claim in other words.
OWNED = (
    r"\b(?:acknowledged|admitted|accepted|took)\s+(?:(?:full\s+)?responsibility\b|(?:the|this|that|\w+day['’]s)\s+"
    r"(?:attack|attacks|bombing|blast|ambush|killing|killings|raid|assault|strike|abduction|kidnapping)\b)"
)
CLAIM = re.compile(
    OWNED + r"|\bclaim(?:ed|s|ing)?\b(?! the lives)|\bpropaganda\b|\basserting\b|"
    # "the group said its fighters had killed 12": its own fighters, in its own words (not "In 2022, its
    # fighters stormed a post, killing six", which the article tells itself)
    r"\b(?:said|says|saying|statement|video|message|according to (?:the|a) group)\b[^.;]{0,80}?\b(?:its|their) "
    r"fighters\b",
    re.I,
)
_CLAIMED_DEEDS = (
    r"(?:carried out|detonated|attacked|killed|launched|conducted|supported|led|"
    r"planted|fired|struck|targeted|bombed|abducted|kidnapped|ambushed|stormed|neutrali[sz]ed|destroyed|hit|"
    r"annihilated|wiped out|executed)\b"
)
CLAIM_VERB = re.compile(
    OWNED
    + r"|\bclaimed\b|\b(?:said|says|confirmed|announced)\b[^.;]{0,80}?\b(?:it|they) (?:had|has|have) [\"“]?"
    + _CLAIMED_DEEDS
    # "X said that one of its 'martyrdom seekers', whom it named, had carried out the attack": its own men did it
    + r"|\b(?:said|says|confirmed|announced)\b[^.;]{0,80}?\b(?:its|their)\b[^.;]{0,80}?\b(?:had|has|have) [\"“]?"
    + _CLAIMED_DEEDS,
    re.I,
)
NO_CLAIM = re.compile(r"\bno (?:group|one|organi[sz]ation)(?: \w+)? (?:has |had |immediately )*claimed\b", re.I)
UNKNOWN_ATTACKERS = re.compile(
    r"\b(?:unknown|unidentified|masked) (?:gunmen|assailants|attackers|men|persons|militants)\b", re.I
)
NEW_EVENT_OPENERS = re.compile(
    r"^\W*(?:separately|in (?:a|another) (?:separate )?(?:attack|incident)|elsewhere|meanwhile)\b", re.I
)
REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|statement|claimed|claim|announced|reported|confirmed|added|funeral|reached|released|"
    r"brought|held|issued|dismissed|condemned|published)\b[^.;]{0,30}$",
    re.I,
)

# "On Monday the group freed ...", "... (ELN) on Monday released ...": the date of the release told next.
RELEASE_AFTER = re.compile(r"\s*,?\s*(?:[\w\-()]+\s+){0,3}(?:freed|released|set free|handed over)\b")

# "The death toll from Monday's bombing rose to 14 on Tuesday": the day of the new figure, not of the event.
TOLL_ROSE_BEFORE = re.compile(
    r"\btoll\b[^.;]{0,200}?\b(?:rose|risen|climbed|increased|reached|jumped|went up)\s+(?:to\s+)?"
    r"(?:at least\s+|more than\s+)?[\w,]+\s*$",
    re.I,
)


@dataclass
class SentenceFacts:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    events: list[tuple[str, int, int]] = field(default_factory=list)  # (label, strength, char offset)
    counts: list[Count] = field(default_factory=list)
    dates: list[DateExpression] = field(default_factory=list)
    reporting_dates: list[DateExpression] = field(default_factory=list)
    places: list[tuple[Mention, Place]] = field(default_factory=list)
    groups: list[tuple[Mention, Group]] = field(default_factory=list)
    persons: list[tuple[Mention, Person]] = field(default_factory=list)
    aggregate: bool = False
    claim: bool = False

    @property
    def strength(self) -> int:
        return max((s for _, s, _ in self.events), default=0)

    @property
    def kills(self) -> list[Count]:
        return [c for c in self.counts if c.kind == "killed"]

    @property
    def eventful(self) -> bool:
        if self.aggregate:
            return False
        return self.strength >= 4 or any(c.value > 0 for c in self.counts)


def sentence_facts(doc, text, sentence, counts, dates, mention_owner) -> SentenceFacts:
    """What one sentence says: event words, counts, dates, places, groups and persons."""
    words = text[sentence.start : sentence.end]
    facts = SentenceFacts(sentence.index, sentence.start, sentence.end, words, sentence.paragraph)
    facts.aggregate = bool(AGGREGATE.search(words))
    facts.claim = bool(CLAIM.search(words)) and not NO_CLAIM.search(words)
    taken: list[tuple[int, int]] = []
    for pattern, label, strength in EVENT_WORDS:
        for match in pattern.finditer(words):
            a, b = match.start() + sentence.start, match.end() + sentence.start
            if any(a < y and x < b for x, y in taken):
                continue
            span = doc.char_span(a, b, alignment_mode="expand")
            # "the blast site", "a bomb squad": a modifier, not the event itself ("a bomb attack" is one).
            if (
                span is not None
                and span.root.dep_ == "compound"
                and label != "generic"
                and span.root.head.lower_ not in EVENT_HEADS
            ):
                continue
            taken.append((a, b))
            facts.events.append((label, strength, a))
    historic = _historic_date(text, sentence, dates)
    if historic is not None:
        # "the deadliest since March 2019, when gunmen killed 160 villagers": that earlier event, told in passing.
        rest = words[: historic.start - sentence.start] + words[historic.end - sentence.start :]
        facts.aggregate = bool(AGGREGATE.search(rest))
        dates = [historic] + [d for d in dates if d is not historic]
        counts = [c for c in counts if c.start > historic.end]
    claim_at = CLAIM.search(words)
    if facts.claim and claim_at and not CLAIM_VERB.search(words[: claim_at.start()]):
        # "... has risen to 27, as the group claimed the killings": the toll comes before the claim.
        facts.counts = [c for c in counts if sentence.start <= c.start and c.end <= sentence.start + claim_at.start()]
        facts.counts = [c for c in facts.counts if not facts.aggregate]
    elif not facts.claim and not facts.aggregate:
        facts.counts = [c for c in counts if sentence.start <= c.start < sentence.end]
    # "Fighting has largely stopped since a truce took effect": context, unless it counts the dead of one event.
    since_event = SINCE_CAPTURE.search(words)
    placed = since_event is not None and any(
        d.precision in ("day", "month")
        and d.value
        and not d.open_range
        and d.start > sentence.start + since_event.end()
        for d in dates
    )
    if placed and not facts.aggregate:
        # "... since the RSF seized El Fasher, the army's last stronghold, in October 2025": that capture, placed.
        facts.events.append(("armed_clash", 5, sentence.start + since_event.start("verb")))
    elif not facts.counts and CONTEXT_ONLY.search(words):
        facts.aggregate = True
    for date in dates:
        if not (sentence.start <= date.start < sentence.end) or date.open_range:
            continue
        before = text[max(sentence.start, date.start - 60) : date.start]
        if HISTORIC_WHEN.match(text, date.end):
            # "the territory it held in Syria in March 2019, when the SDF captured ...": the date of that event
            facts.dates.append(date)
        elif (
            REPORTING_BEFORE.search(before)
            or TOLL_ROSE_BEFORE.search(text[sentence.start : date.start])
            or RELEASE_AFTER.match(text, date.end)
        ):
            # "... on Monday freed two soldiers it had seized last month": the day of the release, not of the event
            facts.reporting_dates.append(date)
        else:
            facts.dates.append(date)
    for mention, owner in mention_owner:
        if sentence.start <= mention.start < sentence.end:
            if isinstance(owner, Place):
                facts.places.append((mention, owner))
            elif isinstance(owner, Group):
                facts.groups.append((mention, owner))
            elif isinstance(owner, Person):
                facts.persons.append((mention, owner))
    return facts


HISTORIC_WHEN = re.compile(r"\s*,?\s*when\b", re.I)


def _historic_date(text: str, sentence, dates) -> DateExpression | None:
    """'since March 2019, when ...': the open range names the date of an earlier event the clause tells."""
    for date in dates:
        if not (sentence.start <= date.start < sentence.end) or not date.open_range or not date.value:
            continue
        if date.text.lower().startswith("since") and HISTORIC_WHEN.match(text, date.end):
            return dt_replace(date, open_range=False)
    return None


def _compatible(a: str | None, b: str | None, tolerance_days: int = 0) -> bool:
    if a is None or b is None:
        return True
    if len(a) == 10 and len(b) == 10 and tolerance_days:
        import datetime as dt

        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= tolerance_days
    k = min(len(a), len(b))
    return a[:k] == b[:k]


MONTH_OF_EVENT = re.compile(r"\b(previous|preceding|following)\s+(\w+)", re.I)


def _date_value(date: DateExpression, previous: Incident | None) -> tuple[str | None, str | None]:
    """Value and precision; 'a day later' counts from the previous incident, 'the previous October' from its
    month."""
    relative_month = MONTH_OF_EVENT.search(date.text) if date.value is None else None
    if relative_month and relative_month.group(2).lower() in MONTHS:
        if not (previous and previous.date and len(previous.date) >= 7):
            return None, None
        year, month = int(previous.date[:4]), int(previous.date[5:7])
        target = MONTHS[relative_month.group(2).lower()]
        if relative_month.group(1).lower() == "following":
            year += 1 if target <= month else 0
        else:
            year -= 1 if target >= month else 0
        return f"{year:04d}-{target:02d}", "month"
    if date.value is None and re.search(r"later|after|next|following", date.text, re.I) and previous and previous.date:
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(date.text.split()[0].lower(), 1)
        return shift_days(previous.date, n), "day"
    if date.value is None and re.search(r"earlier|before", date.text, re.I) and previous and previous.date:
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(date.text.split()[0].lower(), 1)
        return shift_days(previous.date, -n), "day"
    return date.value, date.precision if date.value else None


@dataclass
class _Open:
    """An incident being built, with what segmentation compares new sentences to."""

    incident: Incident
    labels: set[str]  # the strong event words of its lead sentence
    reference: str | None  # its date, else the date it was reported on
    places: list[Place] = field(default_factory=list)  # where its event sentences say it happened


# Words that point back to the event already told: "the attack", "the blast".
SAME_EVENT = re.compile(
    r"\b(?:the|this|that|\w+day['’]s) (?:attack|assault|blast|bombing|explosion|raid|ambush|strike)\b", re.I
)
LOCATED = re.compile(r"\b(?:in|near|at|outside|off)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}$", re.I)
NOT_EVENT_PLACE = re.compile(
    r"\b(?:sources|officials?|spokesm[ae]n|ministry|hospitals?|based)\s+(?:in|at)\s+(?:the\s+)?$", re.I
)


def _event_places(sentence: SentenceFacts, listed: bool = True) -> list[Place]:
    """Gazetteer places the sentence locates something in ('in Kaduna'), sources' whereabouts left out (with
    `listed` false, places the gazetteer does not know count too)."""
    out = []
    for mention, place in sentence.places:
        before = sentence.text[max(0, mention.start - sentence.start - 40) : mention.start - sentence.start]
        located = LOCATED.search(before) and not NOT_EVENT_PLACE.search(before)
        if (place.record is not None or not listed) and place.kind != "country" and located:
            out.append(place)
    return out


def _related(a: Place, b: Place) -> bool:
    """Same place, or one inside the other."""
    return a is b or _within(a, b) or _within(b, a)


def _within(place: Place, container: Place) -> bool:
    current, steps = place.parent, 0
    while current is not None and steps < 8:
        if current is container:
            return True
        current, steps = current.parent, steps + 1
    return False


def _labels(sentence: SentenceFacts) -> set[str]:
    return {label for label, strength, _ in sentence.events if strength >= 4}


# An event noun that points back to the event told ("the blast", "Saturday's attack") or goes on ("as fighting
# continued"): what follows is about that event, whatever day it names.
BACK_REFERENCE_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|\w+day['’]s)\s+(?:(?!(?:was|were|is|are|has|had|have|been)\b)[\w\-]+\s+){0,2}$",
    re.I,
)
GOES_ON_AFTER = re.compile(r"^\w*\s+(?:continued|went on|raged|persisted|resumed|dragged on)\b", re.I)


def _follow_up(sentence: SentenceFacts, current: _Open) -> bool:
    """A sentence on another day that only refers back to the current event: no toll, no new place, no new event."""
    if any(c.value > 0 for c in sentence.counts):
        return False
    here = _event_places(sentence)
    if here and (not current.places or any(not _related(p, q) for p in here for q in current.places)):
        return False
    strong = [offset for _, strength, offset in sentence.events if strength >= 4]
    if not strong:
        return False
    for offset in strong:
        at = offset - sentence.start
        if re.match(r"[\w\-]+ed\b", sentence.text[at:]):
            return False  # a verb ("the village was attacked"), not a noun pointing back
        if not (BACK_REFERENCE_BEFORE.search(sentence.text[:at]) or GOES_ON_AFTER.match(sentence.text[at:])):
            return False
    return True


# A later figure for the dead of the event told: "the death toll rose to 11", "two of the wounded died".
TOLL_UPDATE = re.compile(
    rf"\b(?:death )?toll (?:has |had )?(?:{TOLL_RISE_VERBS}|went up)\b|"
    r"\b(?:of the|of them) (?:wounded|injured) (?:later |had |have )?died\b|"
    r"\bsuccumbed to (?:their|his|her) (?:wounds|injuries)\b",
    re.I,
)


# A raid that takes people: "officers raided a house and detained four men", "stormed a hideout, arresting two".
RAID_ACT = re.compile(r"\b(?:raid(?:ed|ing)|storm(?:ed|ing)|swooped on|swept through)\b", re.I)
CAPTURE_ACT = re.compile(
    r"\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|captur(?:ed|ing)|apprehend(?:ed|ing)|took (?:\w+ ){1,3}into custody)\b",
    re.I,
)
SOON_AFTER = re.compile(
    r"^\W*(?:(?:hours|minutes|moments|shortly|soon)\s+(?:later|after(?:wards)?)|later that (?:day|night|morning|"
    r"afternoon|evening))\b",
    re.I,
)


def raid_sentence(sentence: SentenceFacts) -> bool:
    return (
        "arrest_or_raid" in _labels(sentence)
        and bool(RAID_ACT.search(sentence.text))
        and bool(CAPTURE_ACT.search(sentence.text))
    )


OCCURRED = re.compile(r"\b(?:took place|happened|occurred|was carried out|unfolded)\b", re.I)


def _fits(value: str, reference: str | None, dated: bool) -> bool:
    """Can a sentence dated `value` be about an incident dated (or only reported) `reference`?"""
    if reference is None:
        return True
    if dated or len(value) < 10 or len(reference) < 10:
        return _compatible(value, reference)
    return -7 <= (dt.date.fromisoformat(reference) - dt.date.fromisoformat(value)).days <= 7


def segment(facts: list[SentenceFacts], body_start: int, published: str | None = None) -> list[Incident]:
    """Group sentences into incidents (see the module docstring)."""
    opened: list[_Open] = []
    current: _Open | None = None
    last: _Open | None = None  # the incident the previous sentence went to
    for sentence in facts:
        if sentence.end <= body_start:
            continue  # a headline line before the dateline repeats the story
        date = sentence.dates[0] if sentence.dates else None
        value, precision = _date_value(date, current.incident if current else None) if date else (None, None)
        if not sentence.eventful:
            about_claims = sentence.claim or bool(NO_CLAIM.search(sentence.text))
            if last is not None and (not sentence.aggregate or about_claims):
                # Details follow the sentence before them, unless their date names another incident.
                target = last
                if value and not _fits(value, last.reference, last.incident.date is not None):
                    target = next((o for o in opened if o.incident.date and _compatible(value, o.incident.date)), None)
                    if target is None and OCCURRED.search(sentence.text) and sentence.strength:
                        # "That attack took place on Sunday evening near X": the event an earlier sentence only
                        # mentioned in passing ("a day after a gunman shot dead a motorist"), told now.
                        incident = Incident([sentence.index])
                        incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                        current = last = _Open(incident, _labels(sentence), value, _event_places(sentence))
                        opened.append(current)
                        continue
                    target = target or last
                target.incident.sentences.append(sentence.index)
                last = target
                incident = target.incident
                if value and incident.date is None and sentence.strength and len(incident.sentences) <= 2:
                    # "Assailants raided the village on Tuesday night": the date the lead sentence left out.
                    incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                    target.reference = value
            continue
        starts_new = current is None or bool(NEW_EVENT_OPENERS.search(sentence.text))
        here = _event_places(sentence)
        if not starts_new and not value and current.places and here and sentence.counts:
            # "In Kaduna, bandits abducted 20 villagers": a new place unrelated to the current one, with its own toll.
            unrelated = all(not _related(p, q) for p in here for q in current.places)
            starts_new = unrelated and not SAME_EVENT.search(sentence.text)
        if not starts_new and raid_sentence(sentence) and "arrest_or_raid" not in current.labels and not sentence.claim:
            # "Hours later, police raided a house in X and arrested two suspects": the hunt for the attackers is
            # an event of its own, by other actors, whether or not it names another day.
            starts_new = True
        pursuit = (
            not starts_new
            and "air_or_drone_strike" in _labels(sentence)
            and not (current.labels & {"air_or_drone_strike", "generic"})
            and current.labels
            and bool(current.places)
            and bool(_event_places(sentence, listed=False))
            and all(p is not q for p in _event_places(sentence, listed=False) for q in current.places)
            and not SAME_EVENT.search(sentence.text)
            and not sentence.claim
        )
        if pursuit:
            # "As the attackers pulled back, jets struck their convoy near X": a ground attack answered from the air
            # in another place is an event of its own, by other actors (the day of the attack, unless told).
            starts_new = True
        if (
            not starts_new
            and value
            and TOLL_UPDATE.search(sentence.text)
            and not (set(_labels(sentence)) - {"generic"})
        ):
            here_new = [p for p in here if not any(_related(p, q) for q in current.places)]
            if not here_new:
                # "The death toll rose to 11 on Monday": the toll of the event told, on a later day.
                current.incident.sentences.append(sentence.index)
                last = current
                continue
        if not starts_new and value and not _fits(value, current.reference, current.incident.date is not None):
            earlier = next(
                (o for o in opened if o is not current and o.incident.date and _compatible(value, o.incident.date)),
                None,
            )
            if earlier is not None and (sentence.strength < 4 or not sentence.counts):
                # "...helped plant the explosives used in Sunday's blast": about an earlier event and this one.
                earlier.incident.sentences.append(sentence.index)
                current.incident.sentences.append(sentence.index)
                last = current
                continue
            if _follow_up(sentence, current):
                # "Pamphlets found on Sunday said the blast was revenge": a later day, the same event.
                current.incident.sentences.append(sentence.index)
                last = current
                continue
            starts_new = True
        if not starts_new and not value and current is not None and _labels(sentence):
            # "The blast occurred near a culvert": the event word of an earlier incident, not of this one.
            earlier = next((o for o in opened if o is not current and _labels(sentence) <= o.labels), None)
            if earlier is not None and not (_labels(sentence) & current.labels):
                earlier.incident.sentences.append(sentence.index)
                last = earlier
                continue
        if not starts_new and not value and sentence.strength < 4 and last is not current:
            # Only a count ("The three injured were airlifted ..."): a detail of the sentence before.
            last.incident.sentences.append(sentence.index)
            continue
        if starts_new:
            incident = Incident([sentence.index])
            if value:
                incident.date, incident.date_precision, incident.date_text = value, precision, date.text
                incident.date_end = date.date_end
            elif date is not None:
                incident.date_text = date.text  # no publication date: the words stay, the date does not
            if (
                incident.date is None
                and current is not None
                and current.incident.date
                and SOON_AFTER.search(sentence.text)
            ):
                # "Hours later, ...", "Later that day, ...": the day of the event told before.
                previous = current.incident
                incident.date, incident.date_precision = previous.date, previous.date_precision
                incident.date_text = SOON_AFTER.search(sentence.text).group(0)
            if pursuit and incident.date is None and current.incident.date:
                incident.date, incident.date_precision = current.incident.date, current.incident.date_precision
            reported = next((d.value for d in sentence.reporting_dates if d.value), None)
            current = last = _Open(incident, _labels(sentence), incident.date or reported or published, here)
            opened.append(current)
            continue
        incident = current.incident
        incident.sentences.append(sentence.index)
        current.places += here
        last = current
        if not current.labels:
            current.labels = _labels(sentence)
        if value and (incident.date is None or (incident.date_precision != "day" and precision == "day")):
            incident.date, incident.date_precision, incident.date_text = value, precision, date.text
            incident.date_end = date.date_end
            current.reference = value
    return [o.incident for o in opened]


def by_sentence(items, starts: list[int], start_of=lambda item: item.start) -> dict[int, list]:
    """Items grouped by the sentence their start offset falls in (sentences given by their start offsets)."""
    out: dict[int, list] = {}
    for item in items:
        index = bisect.bisect_right(starts, start_of(item)) - 1
        out.setdefault(max(index, 0), []).append(item)
    return out


def undated_incident_date(incident: Incident, facts: dict[int, SentenceFacts], published: str | None) -> None:
    """An incident no sentence dates: the day it was reported ("security sources said on Sunday"), else the month
    of publication."""
    if incident.date is None:
        reported = next((d for i in incident.sentences for d in facts[i].reporting_dates if d.value), None)
        if reported is not None:
            incident.date, incident.date_precision, incident.date_text = reported.value, "day", reported.text
        elif published:
            incident.date, incident.date_precision = published[:7], "month"
