"""Tolls: how many an event killed and injured, from the counts of its sentences (counts.find_counts finds them;
the first statement of the dead is the toll, "the death toll rose to N" replaces it)."""

from __future__ import annotations

import re
from dataclasses import replace

from .counts import ACTIVE_KILL, ACTIVE_MORE, UNDONE_KILLING, Count, _n, number_value
from .model import Incident
from .regex_speed import first_char_gate
from .sentence_facts import SentenceFacts
from .vocabulary import DIED_VERBS, VIOLENT_EVENT_NOUNS, WHERE_THE_BOMB_WENT_OFF, noun_alternation

# A relative "where" opening the count: "a district where 40 civilians were killed".
_WHERE = re.compile(r"\bwhere\s+(?:(?:at least|more than|some|about)\s+)?$", re.I)


def _before(sentence: SentenceFacts, count) -> str:
    offset = count.start - sentence.start
    return sentence.text[max(0, offset - 24) : offset]


# The noun of the other event, singular or plural; "operation", "strike" and "assault" too: "prompting an operation
# in which eight militants were killed" tells a second event with its own toll.
_EVENT_NOUN = noun_alternation(
    VIOLENT_EVENT_NOUNS
    + (
        ("operation", "operations"),
        ("strike", "strikes"),
        ("airstrike", "airstrikes"),
        ("clash", "clashes"),
        ("assault", "assaults"),
    )
)
# Between two counts of one sentence, another event told with its own toll: "killed 10 soldiers in the west while
# insurgent attacks in the north killed four", "a bombing that killed three and another at a church that killed
# three", "..., prompting an operation in which eight militants were killed", "an attack on X that killed four,
# an attack on Y that killed three".
ANOTHER_EVENT = re.compile(
    rf"\b(?:while|whereas)\s+(?:[\w\-’']+\s+){{0,3}}?{_EVENT_NOUN}\b|\band\s+(?:at least\s+|some\s+)?another\b|"
    rf"\b(?:prompting|sparking|triggering|followed by)\s+(?:an?\s+)?(?:[\w\-’']+\s+){{0,3}}?{_EVENT_NOUN}\b|"
    rf",\s+(?:and\s+)?an?\s+(?:[\w\-’']+\s+){{0,2}}?{_EVENT_NOUN}\s+(?:on|at|in|near|against)\b",
    re.I,
)


# "A bomber killed the minister ... in a blast that left 11 others dead": the one killed before the others.
_OTHERS = re.compile(r"^others?\b", re.I)
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|assassinated|shot dead|gunned down|beheaded|slain)\b", re.I)


def _one_before_the_others(sentence: SentenceFacts, first) -> int:
    if _OTHERS.match(first.victims) and _KILLED_BEFORE.search(sentence.text[: first.start - sentence.start]):
        return 1
    return 0


# After a count, the event it belongs to: "while two more died in a separate ambush", "in a similar attack", "in a
# second incident".
IN_ANOTHER_EVENT = re.compile(
    rf"[^.;,]{{0,40}}?\b(?:in|at|during|by)\s+(?:a|the)\s+(?:second|third|separate|another|other|different|similar)\s+"
    rf"(?:[\w\-’']+\s+){{0,2}}?(?:{_EVENT_NOUN}|incidents?)\b",
    re.I,
)
# After a second count, words that make it another event's dead, not more of the toll's: an air or drone strike
# brought in with "a/an" after a ground attack ("the army said it killed 10 in an airstrike", _of_another_event) or a
# running total over days of unrest ("five people have died during four days of clashes"; not "during two hours of
# fighting", nor dead told in the past "over three days of fighting for the town", which are the event's own).
# (Not a clash or ambush of the attack's own kind: "eight soldiers were killed in an ambush" is often its sequel.)
_AIR_STRIKE = r"(?:air|drone)[\s-]?(?:strikes?|raids?|attacks?)"
_OWN_EVENT_AFTER = re.compile(
    rf"[^.;,]{{0,40}}?\b(?:in|during)\s+an?\s+(?:[\w\-’']+\s+){{0,2}}?(?P<air>{_AIR_STRIKE})\b"
    r"|[^.;]{0,80}?\b(?:during|over|in)\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:days|weeks|months)\s+of\s+"
    r"(?:(?:anti-)?[\w\-]+\s+)?(?P<unrest>protests?|unrest|demonstrations?|violence|clashes|riots?|rioting)\b",
    re.I,
)
# A running total is told in the present perfect: "have died", "have been killed", "has risen".
_PRESENT_PERFECT = re.compile(
    r"\b(?:have|has|’ve|'ve)\s+(?:(?:now|so\s+far|since|already)\s+)?(?:been\s+)?(?:died|risen|\w+ed|\w+en)\b", re.I
)
_AIR_WORD = re.compile(rf"\b{_AIR_STRIKE}\b|\bair\s*(?:force|craft)\b|\bwarplanes?\b|\bdrones?\b", re.I)
# Words by which a line points to the event just told (segmentation_dates.POINTS_BACK: to an earlier one): "also",
# "too", "the same", "in a clash with the attackers", "as they rushed to the town", "during their retreat".
_POINTS_TO_THE_SAME_EVENT = re.compile(
    r"\b(?:also|too)\b|\bthe same\b|\bwith\s+the\s+(?:attackers|assailants|gunmen|militants|insurgents|raiders|"
    r"bandits|fighters)\b|\bas\s+they\s+\w+ed\b|"
    r"\b(?:during|on|in)\s+their\s+(?:retreat|escape|flight|withdrawal)\b",
    re.I,
)


def _of_another_event(sentence: SentenceFacts, count, before: str) -> bool:
    """Whether a count added after the toll's first is another event's dead (IN_ANOTHER_EVENT, _OWN_EVENT_AFTER);
    before: the toll's words before it (an air strike there makes the later one the same event's)."""
    after = sentence.text[count.end - sentence.start :]
    if IN_ANOTHER_EVENT.match(after):
        return True
    own = _OWN_EVENT_AFTER.match(after)
    if not own or _POINTS_TO_THE_SAME_EVENT.search(sentence.text):
        return False
    if own.group("air"):
        return not _AIR_WORD.search(before)
    # the count's verb, just before the count ("the toll has risen to 40") or after it ("40 people have died")
    told = sentence.text[max(0, count.start - sentence.start - 30) : count.end - sentence.start + own.start("unrest")]
    return bool(_PRESENT_PERFECT.search(told))


def _read_into(sentence: SentenceFacts, earlier, count) -> bool:
    """Whether counts read a count into the active count before it ("killing 12 soldiers, and three civilians died"
    is one count of 15, counts.ACTIVE_MORE): its dead are in that value already."""
    if not _ACTIVE_COUNT.match(earlier.text):
        return False
    more = ACTIVE_MORE.match(sentence.text, earlier.end - sentence.start)
    return bool(more) and more.end() > count.start - sentence.start


def _one_event(sentence: SentenceFacts, kills: list) -> list:
    """The sentence's counts up to the first one a clause of another event gives (less those read into the count
    before them)."""
    kept = kills[:1]
    for k in range(1, len(kills)):
        if _read_into(sentence, kills[k - 1], kills[k]):
            continue
        between = sentence.text[kills[k - 1].end - sentence.start : kills[k].start - sentence.start]
        before = sentence.text[: kills[k].start - sentence.start]
        if ANOTHER_EVENT.search(between) or _of_another_event(sentence, kills[k], before):
            break
        kept.append(kills[k])
    return kept


# "two days after", "a month before": a span that sets an earlier event apart from this one (not hours: "hours
# after the guard was shot dead, the raid ended" may tell one event).
_DAYS_APART = r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+"
# A count inside a comparison with an earlier event: "just weeks after a car bomb that killed 16", "a day
# after the riot, that left some 70 dead", "a week after five guards died in a similar ambush".
EARLIER_EVENT = re.compile(
    rf"(?:\bhours?\s+(?:after|before)\s+|{_DAYS_APART})"
    r"(?:[^.;]{0,100}?\b(?:that|which)\s+(?:had\s+|has\s+)?)?$",
    re.I,
)


def _earlier_event(sentence: SentenceFacts, count) -> bool:
    return bool(EARLIER_EVENT.search(sentence.text[: count.start - sentence.start]))


# A sentence summing up several events: "19 people died in two separate attacks", "killed four men who carried out
# two separate stabbing attacks". Its counts are no one event's toll (the events' own sentences give theirs), unless
# the summary is all the text tells of them.
SEPARATE_EVENTS = re.compile(
    rf"\bseparate\s+(?:[\w\-]+\s+){{0,2}}?(?:{noun_alternation(VIOLENT_EVENT_NOUNS, 'plural')}|incidents)\b", re.I
)


# Any word of a death. An event whose sentences count the wounded and tell no death killed no one ("a grenade
# wounded six"); one that tells of deaths it does not count ("casualties", "bodies") has no toll. ("lost their lives"
# is told by "lives"; "succumbed", "passed away" by DIED_VERBS.)
_DEATH = re.compile(
    r"\b(?:kill|dead|die[ds]?\b|dying|death|fatal|bod(?:y|ies)|li(?:fe|ves)\b|casualt|slain|slay|martyr|toll|massacre|"
    rf"behead|execut|murder|corpse|perish|lynch|assassinat|{DIED_VERBS})",
    re.I,
)


# Death words that tell no death: a killing that did not happen (counts.UNDONE_KILLING: "the attempted murder of",
# "he had tried to kill", "an assassination attempt") and how grave a wound is ("the cut was not
# life-threatening, doctors said").
# Nor do "an attempt on the premier's life" (a try) and "a year after X was assassinated" (an earlier event the
# text measures this one against).
_NO_DEATH = re.compile(
    rf"{UNDONE_KILLING.pattern}|\blife[\s-]threatening\b|\battempt(?:ed|s)?\s+on\s+(?:[\w’'\-]+\s+){{0,5}}?li(?:fe|ves)\b|"
    rf"{_DAYS_APART}(?:[\w’'\-]+\s+){{1,6}}?(?:was|were|had\s+been)\s+(?:assassinated|killed|murdered|shot\s+dead)\b",
    re.I,
)
# A wounding told without a number: "a worker was shot and wounded", "one driver sustained injuries", "the minister
# was stabbed in the neck", "the premier was unharmed". With no death told, the event killed no one (README "Counts").
_HURT = re.compile(
    r"\b(?:was|were|been|being|got)\s+(?:\w+ly\s+|also\s+)?(?:shot\s+and\s+)?(?:wounded|injured|hurt|stabbed)\b|"
    r"\bsustain(?:ed|ing|s)?\s+(?:\w+\s+)?(?:injuries|wounds)\b|\b(?:wounding|injuring|wounds|injures)\s+(?:an?|one|the)\s|"
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:unharmed|unhurt)\b",
    re.I,
)


# In an arrest's sentences, the dead and hurt of the deed the captives are held for: "arrested in the bus attack
# that killed 17", "three brothers accused of killing a miller", "the bombing of a cafe that wounded five". They
# are that attack's toll, not the arrest's (the parse's arrest clause misses some: sentence_facts.arrest_clause).
_ATTACK_NOUN = noun_alternation(
    tuple(noun for noun in VIOLENT_EVENT_NOUNS if noun[0] != "raid")
    + (("massacre", "massacres"), ("stabbing", "stabbings"))
)
DEED_BEFORE = re.compile(
    rf"\b{_ATTACK_NOUN}\b[^.;]{{0,60}}?\b(?:that|which)\s+(?:had\s+|has\s+)?(?:[^.;]{{0,40}}?\band\s+)?$"
    # (within its clause: "raided a den of men suspected of arson, killing two" kills in the raid)
    r"|\b(?:accused|suspected|convicted|guilty)\s+of\b[^.;,]{0,40}$",
    re.I,
)


def _without_the_deed(sentence: SentenceFacts) -> SentenceFacts:
    counts = [c for c in sentence.counts if not DEED_BEFORE.search(sentence.text[: c.start - sentence.start])]
    return replace(sentence, counts=counts) if len(counts) < len(sentence.counts) else sentence


def _a_part_before_the_toll(kills: list[Count], later_sentences: list[SentenceFacts]) -> bool:
    """Whether a sentence's dead are only some of those a later line counts: "X was killed", then "a guard saw nine
    bodies" (the named victim was one of them); "The dead included four women", then "gunmen killed 12" (the list
    is a part). The later count is the toll."""
    later = [c for sentence in later_sentences for c in sentence.kills]
    if all(c.named_one for c in kills):
        return any(c.value > 1 for c in later)
    return all(c.listed for c in kills) and any(c.value > 0 and not c.listed for c in later)


# A count that opens on an article: one dead told without a number ("a porter was killed"), not "a dozen", "a
# further three" or one numbered in turn ("a second attacker was killed": one more, like "another").
_ONE_WITHOUT_A_NUMBER = re.compile(r"an?\s+(?!dozen\b|further\b|total\b|second\b|third\b|fourth\b|fifth\b)", re.I)
# ... unless the line marks it as one more: "a police officer was also killed", "... was killed too", "a guard later
# died in hospital"; not when the figure's line says who its dead included ("killed five people, including three
# tourists. A driver was also killed": the list goes on).
_ONE_MORE = re.compile(r"\b(?:also|too|later|died\s+in\s+(?:a\s+)?hospital)\b", re.I)
_INCLUDING = re.compile(r"\bincluding\b", re.I)
# Words that make dead told at the blast's site more dead, not a part of the toll: "three more", "also", "others".
_MORE_DEAD = re.compile(r"\b(?:also|another|other|others|more|further|too)\b", re.I)


def _one_of_those_counted(count: Count, follower: SentenceFacts, sentence: SentenceFacts) -> bool:
    """'A porter was killed' in the line after a figure: one of the dead the figure counted, not one more."""
    if not _ONE_WITHOUT_A_NUMBER.match(count.text):
        return False
    return not _ONE_MORE.search(follower.text) or bool(_INCLUDING.search(sentence.text))


def _part_at_the_blast_site(count: Count, follower: SentenceFacts, kills: list[Count]) -> bool:
    """'Nine died near X, where the car blew up' after 'killed 25': fewer dead told at the blast's site are a part of
    the toll."""
    return (
        bool(WHERE_THE_BOMB_WENT_OFF.search(follower.text))
        and count.value < sum(k.value for k in kills)
        and not _MORE_DEAD.search(follower.text)
    )


def incident_toll(incident: Incident, facts: dict[int, SentenceFacts]) -> None:
    sentences = [facts[i] for i in incident.sentences]
    if incident.type == "arrest_or_raid":
        sentences = [_without_the_deed(sentence) for sentence in sentences]
    if len(sentences) > 1:  # (an incident told only by the summary stands for the events together)
        sentences = [sentence for sentence in sentences if not SEPARATE_EVENTS.search(sentence.text)]
    told = 0  # the dead an earlier sentence counts: a later, lower toll is another source's, not a new figure
    for position, sentence in enumerate(sentences):
        totals = [c for c in sentence.kills if c.total and c.value >= told]
        told = max([told] + [c.value for c in sentence.kills if not c.total])
        if totals:
            incident.fatalities, incident.fatalities_text = totals[0].value, totals[0].text
            _add_attackers(incident, sentences, position, totals[:1])
            break
    # A count in a comparison with an earlier event is passed over, unless the event has no other: then the
    # incident is that earlier event ("The ambush came a month after 60 villagers were shot").
    compared = any(not _earlier_event(sentence, c) for sentence in sentences for c in sentence.kills if c.value > 0)
    if incident.fatalities is None:
        for position, sentence in enumerate(sentences):
            # "... in a district where 40 civilians were killed": the place's past, not this event's dead
            kills = [
                c
                for c in sentence.kills
                if c.value > 0
                and not (c is not sentence.kills[0] and _WHERE.search(_before(sentence, c)))
                and not (compared and _earlier_event(sentence, c))
            ]
            if not kills:
                continue
            # "killed 12; the dead included four women and two boys": the list says who the dead were, not more dead
            kills = [c for c in kills if not c.listed] or kills
            if _a_part_before_the_toll(kills, sentences[position + 1 :]):
                continue
            kills = _one_event(sentence, kills)
            incident.fatalities = sum(c.value for c in kills) + _one_before_the_others(sentence, kills[0])
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
                more = [
                    c
                    for c in follower.kills
                    # (not "The dead included ...": who the dead just counted were)
                    if c.value > 0
                    and not c.total
                    and not c.listed
                    and not re.match(r"(?:was|has|is)\b", c.text, re.I)
                    # (nor one of those the figure counted, another event's, or a part told at the blast's site)
                    and not _one_of_those_counted(c, follower, sentence)
                    and not _of_another_event(follower, c, sentence.text)
                    and not _part_at_the_blast_site(c, follower, kills)
                ]
                if more:
                    incident.fatalities += sum(c.value for c in more)
                    incident.fatalities_text += "; " + "; ".join(c.text for c in more)
                    kills = kills + more
            _add_attackers(incident, sentences, position, kills)
            break
    for sentence in sentences:
        injured = [c for c in sentence.counts if c.kind == "injured" and c.value > 0]
        if injured:
            incident.injured = sum(c.value for c in injured)
            incident.injured_text = "; ".join(c.text for c in injured)
            break
    if incident.fatalities is None:
        _self_blown(incident, sentences)
    zeros = [c for s in sentences for c in s.counts if c.value == 0]
    if zeros:
        if incident.injured is None:
            incident.injured, incident.injured_text = 0, zeros[0].text
        if incident.fatalities is None and (
            any(c.zero_both or c.kind == "killed" for c in zeros) or incident.type in ("arrest_or_raid", "abduction")
        ):
            incident.fatalities, incident.fatalities_text = 0, zeros[0].text
    if incident.fatalities is None and not any(_DEATH.search(_NO_DEATH.sub(" ", s.text)) for s in sentences):
        if incident.injured:
            incident.fatalities, incident.fatalities_text = 0, incident.injured_text
        elif hurt := next((m for s in sentences if (m := _HURT.search(s.text))), None):
            incident.fatalities, incident.fatalities_text = 0, hurt.group(0)


# "two suspects blew themselves up as police closed in": the attackers died, and with no other dead told they are the
# toll (not a suicide bomber, who is never counted: `_self_blown`).
BLEW_UP = re.compile(
    rf"(?:\b{_n(1)}\s+(?:[\w\-]+\s+){{0,3}}?)?\b(?:blew|blowing)\s+"
    r"(?P<who>himself|herself|themselves)\s+up\b",
    re.I,
)
BLEW_UP = first_char_gate(BLEW_UP)  # (speed: per sentence of each incident, 11.5 ms -> 5.4 ms of CPU per 100 articles)


# "a gunman shot two guards before killing himself": the attacker is one more dead.
KILLED_HIMSELF = re.compile(r"\b(?:killing|killed)\s+(?:only\s+)?(?:himself|herself)\b", re.I)
# The one who died told as a suicide bomber: "a suicide attacker", "the bomber".
SUICIDE_BOMBER = re.compile(r"\bsuicide\b|\bbombers?\b", re.I)


def _self_blown(incident: Incident, sentences: list[SentenceFacts]) -> None:
    told = [(s, KILLED_HIMSELF.search(s.text), list(BLEW_UP.finditer(s.text))) for s in sentences]
    told = [(sentence, killed_self, blown) for sentence, killed_self, blown in told if killed_self or blown]
    if any(SUICIDE_BOMBER.search(sentence.text) for sentence, _, _ in told):
        # "a car bomber rammed the depot gate, killing himself and hurting two guards", "a bomber blew himself up by
        # the depot wall": a suicide bomber's own death is not counted (README "Counts"; d02, d03), and an event
        # that only wounded, or harmed nobody else, killed no one
        _, killed_self, blown = told[0]
        incident.fatalities = 0
        incident.fatalities_text = incident.injured_text if incident.injured else (killed_self or blown[0]).group(0)
        return
    for _sentence, killed_self, blown in told:
        if killed_self:
            incident.fatalities, incident.fatalities_text = 1, killed_self.group(0)
            return
        for match in blown:
            if match.group("who").lower() != "themselves":
                value = 1
            elif match.group("n1") and number_value(match.group("n1")):
                value = number_value(match.group("n1"))
            else:
                continue
            incident.fatalities, incident.fatalities_text = value, match.group(0)
            return


# The attackers as the dead a count names: "11 militants were killed", "killed 15 attackers".
ATTACKERS = re.compile(
    r"\b(?:militants?|attackers?|assailants?|insurgents?|terrorists?|jihadi(?:st)?s?|gunmen|rebels?|fighters?|"
    r"raiders?|bandits?|perpetrators)\b",
    re.I,
)
# A suicide bomber's own death is not counted (README "Counts"): "two suicide attackers", "blew themselves up".
SUICIDE = re.compile(r"\bsuicide\b|\bbombers?\b|\bblew\s+(?:himself|herself|themselves)\s+up\b", re.I)
# The toll says it holds the attackers already: "killing 20 people, including the three gunmen", "... were killed,
# along with 61 insurgents".
_ATTACKERS_INCLUDED = re.compile(
    r"(?<!not )\b(?:including|among them|among the dead|along with|as well as)\b[^.;]{0,60}?\b(?:attackers?|"
    r"assailants?|gunm[ae]n|militants|terrorists|insurgents|perpetrators)\b",
    re.I,
)
# A line doubting that the attackers are outside the toll: "it is unclear whether the two gunmen are among the 12".
_MAYBE_INCLUDED = re.compile(r"\b(?:not clear|unclear|not known|uncertain)\b[^.;]{0,40}?\b(?:among|includ)", re.I)
# The dead a count names are its head noun's: "the bodies of nine farmers slain by the rebels" are no attackers, and
# "eight police officers and nine assailants" restates a toll of everyone rather than telling the attackers apart.
_HEAD_END = re.compile(r"\b(?:by|who|which|that|killed|in|at|on|during|from)\b", re.I)
_ANOTHER_GROUP = re.compile(r"\band\b", re.I)


def _head(count) -> str:
    return _HEAD_END.split(count.victims, maxsplit=1)[0]


def _attackers_only(count) -> bool:
    head = _head(count)
    return bool(ATTACKERS.search(head)) and not _ANOTHER_GROUP.search(head) and not SUICIDE.search(head)


def _attackers_among_others(count) -> bool:
    head = _head(count)
    return bool(ATTACKERS.search(head)) and bool(_ANOTHER_GROUP.search(head))


# A sentence of the event's sentences that tells another time or event: "In an operation in another district a
# week later, 20 militants were killed" are not the attack's dead.
ELSEWHEN = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?|a day|a week|a month|a year)\s+(?:later|after|before|earlier|ago)\b|"
    r"\b(?:another|separate|subsequent|follow-up)\b|\blast\s+(?:week|month|year)\b",
    re.I,
)


# A lone attacker's death told after the toll: "the gunman was later killed by officers", "the assailant, who had
# been shot dead by a guard,": one more of the event's dead, unless the toll already names attackers. "He blew himself
# up" adds one only when the toll counts attackers ("killing one of the attackers. ... the second blew himself up"):
# a suicide bomber whose blast is the event is not counted unless the text counts him.
_LONE_ATTACKER_DEAD = re.compile(
    r"\b(?:the|an?)\s+(?:suspected\s+|alleged\s+|lone\s+)?(?:killer|gunman|attacker|assailant|shooter|perpetrator|"
    r"stabber)\b,?(?:\s+who)?\s+(?:was|had been)\s+(?:later\s+|then\s+)?(?:shot dead|killed|shot and killed)\b"
    # "killed four before he was shot dead by a guard"
    r"|\bbefore\s+(?:he|she)\s+was\s+(?:shot dead|killed|shot and killed)\s+by\b"
    r"|(?P<blew>\b(?:he|she)\s+blew\s+(?:himself|herself)\s+up\b)",
    re.I,
)
# (speed: read per sentence, gated: 6.2 ms -> 3.4 ms of CPU per 100 articles, the same matches)
_LONE_ATTACKER_DEAD = first_char_gate(_LONE_ATTACKER_DEAD)


def _add_attackers(incident: Incident, sentences: list[SentenceFacts], position: int, kills: list) -> None:
    """The toll told of the victims, and a later sentence of the event counting the attackers killed in it ("15
    militants were also killed", "two assailants were shot dead on the spot"): everyone the source reports killed is
    the event's dead (README "Counts"), once, unless the toll already holds the attackers or they were suicide bombers.
    A death toll too ("the toll among the passengers reached 21 ... nine hijackers were shot dead"); and a toll of the
    attackers only takes the others told later (_add_the_others).
    """
    toll_sentence, later = sentences[position], sentences[position + 1 :]
    named = (
        any(ATTACKERS.search(c.victims) for c in kills)
        or bool(_ATTACKERS_INCLUDED.search(toll_sentence.text))
        # "eight police officers and nine assailants have been killed": a line already counts them with the others
        or any(_attackers_among_others(c) for sentence in sentences for c in sentence.kills)
    )
    for sentence in later if not named else ():
        if (
            sentence.aggregate
            or ELSEWHEN.search(sentence.text)
            or SUICIDE.search(sentence.text)
            or _MAYBE_INCLUDED.search(sentence.text)
        ):
            continue
        attackers = [c for c in sentence.kills if c.value > 0 and _attackers_only(c) and c not in kills]
        if attackers:
            incident.fatalities += attackers[0].value
            incident.fatalities_text += "; " + attackers[0].text
            return
    for sentence in later:
        lone = _LONE_ATTACKER_DEAD.search(sentence.text)
        if lone and bool(lone.group("blew")) == named:
            incident.fatalities += 1
            incident.fatalities_text += "; " + lone.group(0)
            return
    if all(_attackers_only(c) for c in kills):
        _add_the_others(incident, later, kills)


# A subject of the attackers before a count that names none: "the gunman was killed", "... the attacker, who".
_ATTACKER_SUBJECT = re.compile(rf"{ATTACKERS.pattern}[^.;]{{0,30}}$", re.I)


# A count that opens on its verb names a doer of its own ("attacks have killed 23 since May", "their fighters killed
# about 20"), often of other events: the others' dead of this one are told as victims ("a soldier was also killed").
_ACTIVE_COUNT = re.compile(rf"{ACTIVE_KILL}\b", re.I)


# "two armed suspects were neutralised": the attackers again, in the police's words.
_SUSPECTS = re.compile(r"\bsuspects?\b", re.I)


def _add_the_others(incident: Incident, later: list[SentenceFacts], kills: list) -> None:
    """A toll that counts only the attackers ("six militants were neutralised"), and a later sentence of the event
    counting the others it killed ("a soldier was also killed", "the assault left 41 hostages dead"): both are the
    event's dead (README "Counts"), once."""
    for sentence in later:
        if sentence.aggregate or ELSEWHEN.search(sentence.text) or _MAYBE_INCLUDED.search(sentence.text):
            continue
        if any(ATTACKERS.search(_head(c)) or _SUSPECTS.search(_head(c)) for c in sentence.kills):
            continue  # the attackers told again: "two suspects were neutralised fleeing and a third at the scene"
        others = [
            c
            for c in sentence.kills
            if c.value > 0
            and not c.total
            and c not in kills
            and not _ACTIVE_COUNT.match(c.text)
            and (_head(c).strip() if not c.named_one else not _ATTACKER_SUBJECT.search(_before(sentence, c)))
        ]
        if others:
            incident.fatalities += others[0].value
            incident.fatalities_text += "; " + others[0].text
            return


def clause_victim_toll(incident: Incident) -> None:
    """'X, a colonel who ... before being killed in 2017': an event told only in a clause about one named victim
    killed, with no count, killed one."""
    if incident.fatalities is not None or not incident.clauses:
        return
    if not all(incident.told_inside_clause(i) for i in incident.sentences):
        return
    victims = [p for p, role in incident.persons if role == "victim"]
    if len(victims) == 1:
        incident.fatalities, incident.fatalities_text = 1, victims[0].name
