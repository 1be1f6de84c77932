"""The words by which segmentation tells one event from another (segmentation.py), by kind: a line's opening words
that start another event ("Separately", "In a separate attack", "Earlier that day,", "Last month,"), an event told
in passing ("came days after ..."), roundups and lists, words that point back at the event told ("the attack"),
later tolls, and arrests and raids. Data, not code.
"""

from __future__ import annotations

import re

from .regex_speed import first_char_gate
from .sentence_facts import OTHER_EVENT_NOUNS
from .vocabulary import (
    CAPTURE_ACTS,
    MONTHS,
    REPORT_VERBS,
    TOLL_RISE_VERBS,
    VIOLENT_EVENT_NOUNS,
    WEEKDAYS,
    alternation,
    noun_alternation,
)

# ---------------------------------------------------------------- another event: the words that open a line

# "In a separate attack", "In another incident": the singular event nouns, and "development", that open another
# event at a sentence's start after "a" or "another" with or without a word between. Blasts and explosions are the
# nouns of the common list left out here: they, with "instance", "case", "killing" and "strike", open one only
# after "another" or "a separate / second / similar / related" (the second list).
_OPENER_NOUNS = noun_alternation(
    tuple(n for n in VIOLENT_EVENT_NOUNS if n[0] not in ("blast", "explosion"))
    + (("incident", "incidents"), ("development", "developments")),
    "singular",
)
_QUALIFIED_OPENER_NOUNS = noun_alternation(
    (
        ("instance", "instances"),
        ("case", "cases"),
        ("blast", "blasts"),
        ("explosion", "explosions"),
        ("killing", "killings"),
        ("strike", "strikes"),
    ),
    "singular",
)
# "on the same day", "on Monday" ...
_ON_THE_DAY = r"on (?:the same day|" + "|".join(WEEKDAYS) + r")"
# "Earlier that day, two farmers were shot near ...": another event of the same day
_SAME_DAY = r"(?:earlier|later) (?:in the day|that day|the same day|" + _ON_THE_DAY + r")"
NEW_EVENT_OPENERS = re.compile(
    r"^\W*(?:separately|in (?:a|another) (?:separate |second |third |further |similar |related )?"
    + _OPENER_NOUNS
    + r"|elsewhere|meanwhile|in another development|"
    r"in (?:another|a (?:separate|second|similar|related)) " + _QUALIFIED_OPENER_NOUNS + r"|" + _SAME_DAY + r")\b",
    re.I,
)
# "Earlier that day, two farmers were shot near ...", "Also on Sunday, a lorry was set alight ...": another event told
# by the time it happened, whether or not its toll is one told already.
DAY_OPENER = re.compile(r"^\W*(?:" + _SAME_DAY + r"|also " + _ON_THE_DAY + r")\b", re.I)
# "Another insurgent was killed in a gunfight near X", "In the evening, one more civilian was hurt in a grenade
# attack": a victim of its own, hit in an event told with "a" (not "was also hurt in the attack": the event told).
ANOTHER_VICTIM = re.compile(
    r"^\W*(?:(?:in the|on \w+|late on \w+) (?:morning|afternoon|evening|night),\s*)?(?:another|one more)\s+"
    r"(?:[\w\-]+\s+){1,3}(?:was|were)\s+(?:shot dead|killed|injured|wounded|hurt|shot)\s+(?:in|during)\s+an?\b",
    re.I,
)
# "..., the committee said that": a report told by its day, not an event
REPORTED_AFTER = re.compile(rf"^\W*(?:the\s+)?(?:[\w\-’']+\s+){{0,4}}{REPORT_VERBS}\b", re.I)

# "Hours later, ...", "Shortly afterwards, ...", "Later that day, ...": a line opened as soon after the event before
SOON_AFTER = re.compile(
    r"^\W*(?:(?:hours|minutes|moments|shortly|soon)\s+(?:later|after(?:wards)?)|"
    r"later (?:that|the same|in the) (?:day|night|morning|afternoon|evening))\b",
    re.I,
)


# "Earlier, residents said ...", "Earlier on Wednesday the ministry said ...": a line told as before the event told,
# the same day (not "Earlier this year": a past time of its own, PAST_TIME_OPENER)
EARLIER_OPENER = re.compile(r"^\W*earlier(?:\s*,|\s+(?:on\s+)?(?:today|" + "|".join(WEEKDAYS) + r")\b)", re.I)

# "Elsewhere, ...", "The same week, ...": a line opened as another event of the time told
ANOTHER_TIME_OPENER = re.compile(
    r"\belsewhere\b|^\W*(?:(?:in|on|during)\s+)?the same (?:day|week|night|morning|afternoon|evening)\b", re.I
)


# The words before a date that opens its sentence: "On Friday, ...", "Early on 3 May ..."
# (not a quote's "Last night, we ...": a witness retells)
DATE_OPENS_BEFORE = re.compile(r'^[^\w"“‘\']*(?:(?:early|late)\s+)?(?:on\s+)?$', re.I)


MONTH_WORDS = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"


# "In January,", "In July of the same year,", "In February 2022,", "Last month,", "Earlier this year,": a past time
# of its own that opens a line
PAST_TIME_OPENER = re.compile(
    r"^\W*(?:(?:earlier|early|late)\s+(?:this|that|last)\s+(?:week|month|year)|last\s+(?:week|month|year)|"
    r"in\s+(?:(?:early|late|mid-?)\s*)?"
    + MONTH_WORDS
    + r"(?:\s+of\s+(?:the\s+same|that|this|last)\s+year|\s+(?:last|this)\s+year|\s+\d{4})?)\s*,",
    re.I,
)


# ---------------------------------------------------------------- an event told in passing, or beside the one told

# "It comes three days after the same fighters attacked ...", "The raid came one day after a bomber blew
# himself up ...", "It comes two years after militants raided ...": the clause tells an earlier event of its own
# (not "came a day after the attack": the event told; "days after the commander X was killed" is another).
PASSING_EARLIER = re.compile(
    r"\b(?:comes?|came|took place|takes place|follows?|followed|happened|occurred)\s+"
    r"(?:(?:just|only|merely|barely|less than|more than|about|some|nearly)\s+)*"
    r"(?:(?P<n>an?|a few|a couple of|several|[a-z]+(?:-[a-z]+)?|\d+)\s+)?"
    r"(?P<unit>hours?|days?|weeks?|months?|years?)\s+after\s+"
    r"(?!(?:the|this|that)\s+(?:attack|assault|blast|bombing|explosion|raid|ambush|strike|incident)s?\b)|"
    # "The killing followed another incident in which a trader was gunned down", "It follows a deadly raid last
    # year on a hotel", "The rampage followed two other attacks", "The blast was preceded by another attack on ...": an
    # event of its own, told by an article or a number before its noun (not "followed the attack": the event told)
    r"\b(?:follow(?:s|ed)|c(?:o|a)me after|(?:was|were) preceded by)\s+"
    r"(?:another|an earlier|a separate|a similar|(?:two|three|four|several) other|an?(?:\s+[\w\-]+)?)\s+"
    r"(?:[\w\-]+\s+)?(?:incident|attack|shooting|bombing|raid|ambush)s?\b",
    re.I,
)
PASSING_EARLIER = first_char_gate(PASSING_EARLIER)  # (speed: per sentence, 15 ms -> 10 ms of CPU per 100 articles)

# "... died in another air raid on Monday", "where a similar incident occurred on May 9", "In October,
# another attack in the same district had killed 21": a clause that names an event other than the one told.
OTHER_EVENT = re.compile(
    r"\b(?:another|a similar|a separate|an earlier|a previous|a second)\s+(?:[\w\-]+\s+)?" + OTHER_EVENT_NOUNS + r"\b",
    re.I,
)

# The parts of one twin attack: "the first blast ..., followed by a second explosion".
TWIN_PARTS = re.compile(r"\bthe first\s+(?:[\w\-]+\s+)?" + OTHER_EVENT_NOUNS + r"|\bfollowed by a second\b", re.I)


OCCURRED = re.compile(r"\b(?:took place|happened|occurred|was carried out|unfolded)\b", re.I)


# ---------------------------------------------------------------- roundups and lists: several events told at once

# A wire roundup's header: "At least five people died and seven were hurt:"; each line after it is an
# event of its own.
LIST_HEADER = re.compile(r":\s*$")


# A roundup's next item, told by the place it happened in before anything else ("In X, a car bomb killed two"), or
# added to the one told ("In addition, a bomb went off in X", "Also in the province, a guard was wounded").
FRONTED_PLACE = re.compile(r"^\W*(?:also\s+)?in\s+(?!the\s+(?:same|incident|attack|end)\b)[^,;:]{2,80},", re.I)
ADDITIVE_OPENER = re.compile(r"^\W*(?:in addition|additionally|moreover|furthermore|also in)\b(?!\s+to\b)", re.I)


# "three deadly attacks", "a series of bombings": several events told at once (plural only: "two attack
# helicopters" is no event; "clashes" and "incidents" too).
SEVERAL_EVENTS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|a series of|a string of|a wave of)\s+"
    # (not "two days of clashes": the span of one event)
    r"(?!(?:hours|days|weeks|months|years)\s+of\b)(?:[\w\-]+\s+){0,2}"
    + noun_alternation(VIOLENT_EVENT_NOUNS + (("clash", "clashes"), ("incident", "incidents")), "plural")
    + r"\b",
    re.I,
)


# The nouns of violent events, and the counted ones ("incidents", "strikes", "killings").
EVENT_NOUN_PAIRS = VIOLENT_EVENT_NOUNS + (("incident", "incidents"), ("strike", "strikes"), ("killing", "killings"))
# A plural event noun: "bombings", "attacks", "incidents" (a list's header, "a look back at earlier bombings in X:",
# and a toll of several events at once, "Taliban attacks on checkpoints killed ...").
PLURAL_EVENT = re.compile(r"\b" + noun_alternation(EVENT_NOUN_PAIRS, "plural") + r"\b", re.I)


# "three villages", "several towns": places of several events told at once
SEVERAL_PLACES = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+(?:[\w\-]+\s+)?"
    r"(?:villages|towns|communities|hamlets|settlements|districts|townships|locations)\b",
    re.I,
)


# ---------------------------------------------------------------- words that point back at the event told

# Words that point back to the event already told: "the attack", "the blast" (of several told: "the blasts").
TOLD_EVENT_NOUNS = "attack|assault|blast|bombing|explosion|raid|ambush|strike|incident"
SAME_EVENT = re.compile(
    rf"\b(?:(?:the|this|that|\w+day['’]s) (?:{TOLD_EVENT_NOUNS})|the (?:{TOLD_EVENT_NOUNS})s)\b", re.I
)
# "that attack", "that confrontation": the event told just before, even one told in passing.
THAT_EVENT = re.compile(rf"\bthat\s+(?:{TOLD_EVENT_NOUNS}|confrontation|clash|fighting|shooting)\b(?!s)", re.I)

# "the bomber", "the attackers": the doer of the event told
TOLD_DOER = re.compile(r"\bthe\s+(?:suicide\s+)?(?:bomber|attacker|assailant)s?\b", re.I)


# ---------------------------------------------------------------- tolls: a later figure, more dead

# A later figure for the dead of the event told: "the death toll rose to 11", "two of the wounded died".
TOLL_UPDATE = re.compile(
    rf"\b(?:death )?toll (?:has |had )?(?:{TOLL_RISE_VERBS}|went up)\b|"
    r"\b(?:of the|of them) (?:wounded|injured) (?:later |had |have )?died\b|"
    r"\bsuccumbed to (?:their|his|her) (?:wounds|injuries)\b",
    re.I,
)


# "N ... also were killed", "also died": dead beside those told.
ALSO_KILLED = re.compile(r"\balso\s+(?:\w+\s+)?(?:killed|died|dead|shot dead|martyred)\b", re.I)
# "killed 13 more villagers", "launched eight more airstrikes": the doers went on to strike again (not "seven more
# died in hospital": more dead of the event told)
STRUCK_MORE = re.compile(
    r"\b(?:killed|killing|kill|shot dead|shooting dead|slaughtered|butchered|massacred|abducted|kidnapped|launched|"
    r"carried out|conducted)\s+(?:at least\s+|another\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|several|dozens)\s+more\b",
    re.I,
)


# ---------------------------------------------------------------- arrests and raids

# A raid that takes people: "officers raided a house and detained four men", "stormed a hideout, arresting two".
RAID_ACT = re.compile(r"\b(?:raid(?:ed|ing)|storm(?:ed|ing)|swooped on|swept through)\b", re.I)
CAPTURE_ACT = re.compile(rf"\b(?:{alternation(CAPTURE_ACTS)}|took (?:\w+ ){{1,3}}into custody)\b", re.I)
