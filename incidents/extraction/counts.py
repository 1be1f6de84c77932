"""Casualty counts: how many were killed and injured, as a sentence states them.

Counts are read only in casualty constructions ("N <noun> were killed",
"killing N and wounding M", "the death toll rose to N", "X was shot dead"), so
ages, money, times and durations never look like tolls. Vague quantities
("scores of", "dozens") give no number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .regex_speed import first_char_gate
from .vocabulary import (
    DEMONYMS,
    DIED_VERBS,
    DIGIT_WORDS,
    FAITHS,
    NUMBER_WORDS,
    TENS_WORDS,
    TOLL_RISE_VERBS,
    VIOLENT_EVENT_NOUNS,
    WEEKDAY_NAMES,
    noun_alternation,
)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)

_QUALIFIER = (
    r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|an estimated|"
    r"roughly|a total of|another|other|a further)\s+)?"
)
_WORD_NUMBERS = sorted((w for w in NUMBER_WORDS if w not in ("both",)), key=len, reverse=True)
# ("twenty-one"; "two dozen" before "two": more than two dozen dead are 24, not 2)
_NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{'|'.join(TENS_WORDS)})-(?:{'|'.join(DIGIT_WORDS)})|"
    rf"(?:{'|'.join(DIGIT_WORDS)})\s+dozen|" + "|".join(re.escape(w) for w in _WORD_NUMBERS) + r")"
)
# "police shot dead two of the attackers": a share of the attackers is a count ("one of the deadliest" is not).
_ATTACKERS = r"(?:attackers|assailants|gunmen|militants|insurgents|terrorists|raiders|bandits|hostage-takers)\b"
# (never an age: "people under the age of 30 have died", "men aged 40 were killed")
NUMBER_PHRASE = (
    rf"(?P<q{{n}}>{_QUALIFIER})(?<!\bage of )(?<!\baged )(?P<n{{n}}>{_NUMBER})\b"
    rf"(?![-\w%:.]\d|-year|\s*(?:%|per ?cent|years?|"
    rf"hours?|days?|months?|weeks?|minutes?|km|kilomet|miles?|a\.m|p\.m|am\b|pm\b|million|lakh|crore|"
    rf"billion|rupees|pesos|dollars|of them|of whom|of those|of the\b(?!\s+{_ATTACKERS})|"
    # "an unconfirmed number of bystanders": no number
    rf"(?:[\w\-]+\s+)?number of))"
)
# "A guard was on Monday killed": the day between the auxiliary and the verb.
_WHEN_AFTER = rf"(?:(?i:on)\s+{WEEKDAY_NAMES}\s+)?"
# Words between a number and its casualty verb: a noun phrase, not another clause.
# (never across a line break: "September 18, 2019\n\n4 killed in ..." is a dateline, then a headline; never past
# a relative pronoun or "but": "a blast in 2019 that killed 12" is the year, then another clause)
# (a text wrapped by hand breaks lines inside a sentence: "two al-Shabaab\nmilitants were killed")
_NOUN_WORDS = (
    r"(?:(?:[^\S\n]+|(?-i:(?<=[a-z])\n(?=[a-z])))(?!(?:were|was|and|but|had|have|has|are|is|who|which|that|when|where|"
    r"while|after|before|until|because|he|she|they|in|on|at|said|says|told)\b|\d)[\w'’\-()]+){0,11}?"
)
# "Three policemen on Friday were killed": a day told between the dead and their verb.
_WHEN = (
    rf"(?:[^\S\n]+(?:(?i:late|early)\s+)?(?i:on)\s+{WEEKDAY_NAMES}"
    r"(?:\s+(?i:morning|afternoon|evening|night))?)?"
)
KILLED_VERBS = (
    r"(?:killed|martyred|dead|died|shot dead|fatally (?:shot|stabbed)|gunned down|beheaded|slain|slaughtered|"
    r"lost their lives|perished|butchered|"
    r"executed|massacred|murdered|[\"“]?paid the supreme price|"
    # "four militants have been eliminated", 'two gunmen were "neutralised"': how forces tell the attackers they killed
    r"[\"“]?(?:neutrali[sz]ed|eliminated))"
)
INJURED_VERBS = r"(?:wounded|injured|hurt|still being treated|hospitali[sz]ed)"
ACTIVE_KILL = (
    r"(?:killed|killing|kills|kill|shot dead|shooting dead|fatally (?:shot|shooting|stabbed|stabbing)|gunned down|"
    r"neutrali[sz]ed|neutrali[sz]ing|beheaded|beheading|massacred|executed|slew|slaughtered|butchered|butchering|"
    # ("murdered", not "murdering": "a verdict for murdering a police officer" is a charge)
    r"murdered)"
)
ACTIVE_INJURE = r"(?:wounded|wounding|injured|injuring)"
_BE = (
    r"(?:(?:were|was|have been|had been|has been|are|being|got|had|have)\s+)?(?:\w+ly\s+|also\s+)?(?:all\s+)?"
    # "are believed to have been killed", "were thought to have died": a reported count is a count
    r"(?:(?:(?<=were )|(?<=was )|(?<=are ))(?:believed|thought|said|reported|known|estimated|feared)\s+"
    r"to\s+have\s+(?:been\s+)?)?"
    r"(?:(?:(?<=were )|(?<=was ))(?:reported|confirmed)\s+)?"  # "were reported killed"
    r"(?:left\s+(?=dead\b))?"  # "were left dead"
)
_BE_WORD = r"(?:were|was|had|have|has|are|is|been)\b"
_NOT_EITHER_OR = r"(?!\s+or\s+(?:wounded|injured|killed))"
# "have been run down and killed", "were stabbed and killed": another verb of the attack joined to the killing.
# The joined word must look like a participle: in "burned 20 homes and killed 40" or "after the two attacks and
# killed 31", the noun before "and" closes the object of another verb, and its number counts things, not the dead.
_PARTICIPLE = r"(?:[a-z]+ed|run|shot|hit|struck|beaten|cut|thrown|mown|torn|blown)"
_AND_KILLED = rf"(?:{_PARTICIPLE}(?:\s+(?:down|over))?\s+and\s+(?={KILLED_VERBS}\b))?"


def _n(index: int) -> str:
    return NUMBER_PHRASE.replace("{n}", str(index))


# "at least five people, including a child, were killed": an aside between the count and its verb (or between
# dashes: "six guards — including two brothers — were killed").
# (a count may open an emphasis: "_Twelve farmers were killed in the raid_")
# The aside may list with commas of its own and run into the verb unclosed: "41 herders, mostly youths, a few
# boys and two cooks were killed".
_ASIDE = (
    r"(?:\s*[,—–]\s*(?:including|among them|most of them|all of them|mostly|largely|mainly)\b"
    r"(?:[^,.;—–]{0,60}[,—–]|[^.;—–\n]{0,60}?(?=\s+(?:were|have been|had been)\s)))?"
)
# "two children on the roadside were killed": where the dead were, between them and their verb.
_WHERE_THEY_WERE = r"(?:[^\S\n]+(?:on|in|at|inside|near|aboard)[^\S\n]+the[^\S\n]+[a-z][\w\-]*)?"
# "26 fighters and an unknown number of bystanders were killed": a second group without a number adds none.
_SOME_NUMBER = r"an?\s+(?:[\w\-]+\s+)?number\s+of\b"
PASSIVE = re.compile(
    rf"(?:\b|(?<=_)){_n(1)}{_NOUN_WORDS}(?:,?\s+and\s+(?:{_n(2)}{_NOUN_WORDS}|{_SOME_NUMBER}{_NOUN_WORDS}|(?P<one>(?:their|his|her|its)\s+(?:(?!{_BE_WORD})[\w\-]+\s+)?"
    rf"(?!{_BE_WORD})[\w\-]*[^\Ws\d]\b)))?{_WHERE_THEY_WERE}{_ASIDE}{_WHEN}\s+{_BE}{_WHEN_AFTER}{_AND_KILLED}(?P<verb>{KILLED_VERBS}|"
    rf"{INJURED_VERBS})\b{_NOT_EITHER_OR}",
    re.I,
)
ACTIVE = re.compile(
    # ('killing "more than 100 rebels"', "butchered the ten people inside")
    rf"\b(?P<verb>{ACTIVE_KILL}|{ACTIVE_INJURE})[\"”]?\s+[\"“]?(?:the\s+(?!(?:1[89]|20)\d\d\b))?{_n(1)}",
    re.I,
)
# The nouns of an event, not of people: "killed three people, and a station assault in ..." adds no one dead.
_EVENT_NOUNS = noun_alternation(
    VIOLENT_EVENT_NOUNS + (("assault", "assaults"), ("strike", "strikes"), ("clash", "clashes"))
)
# "killed a dozen civilians and three members of ...": a second number joined to the first (not one with a verb of
# its own, "killed 15 villagers and two were hurt", nor another event, "and a station assault").
ACTIVE_MORE = re.compile(
    rf"(?:\s+(?!and\b)[\w'’\-()]+){{0,4}}?,?\s+and\s+{_n(1)}\s+(?!of them|of whom)"
    rf"(?!(?:[\w\-]+\s+){{0,2}}?(?:were|was|are|is|have|has|had|{_EVENT_NOUNS})\b)",
    re.I,
)
TOLL = re.compile(
    # "the number of people killed by Friday's blast has risen to 23": a toll in other words
    # (across a month's abbreviation: "the number killed in the clashes on Aug. 27 rose to four")
    # (within its line: a headline's "toll rises to 2" is not read on into the lead under it; a line wrapped by hand
    # inside a sentence is one line)
    rf"\b(?:(?:death\s+)?toll|number of (?:people |civilians |villagers |those )?(?:killed|dead))\b"
    rf"(?:[^.;\n]|(?<=[a-z])\n(?=[a-z])|\b{_MONTH}\.){{0,160}}?"
    rf"\b(?P<modal>(?:could|may|might|would|will|is expected to|was expected to)\s+)?"
    # ("the confirmed toll is now 48", "the toll was at nine"; a headline's present: "Death toll rises to 21")
    rf"(?:{TOLL_RISE_VERBS}|rises|climbs|jumps|reaches|hits|tops|rise|hit|reach|stood|stands|(?:is|was)(?:\s+now)?|"
    rf"doubled|fell|dropped)\s+(?:to\s+|at\s+)?"
    rf"{_n(1)}"
    # "officials gave a death toll of 20"
    rf"|\bdeath toll of\s+{_n(2)}"
    # "the ministry put the number of dead at 43", "putting the death toll at 20"
    rf"|\bput(?:s|ting)?\s+(?:the\s+|its\s+)?(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|"
    rf"people\s+killed|those\s+killed))\s+at\s+{_n(3)}"
    # "officials revised the toll from 30 to 22", "which brought the death toll to five"
    rf"|\b(?:lower(?:ed|ing|s)?|rais(?:ed|ing|es)|revis(?:ed|ing|es)|updat(?:ed|ing|es)|cut(?:ting|s)?|"
    rf"reduc(?:ed|ing|es)|increas(?:ed|ing|es)|br(?:ought|inging|ings))\s+(?:the\s+|its\s+)?(?:death\s+)?toll\s+"
    rf"(?:from\s+(?:\w+\s+)?[\d,]+\s+)?to\s+{_n(4)}",
    re.I,
)
# "blew himself up, killing himself and two officers": the attacker is among the dead the sentence counts.
SELF_AND = re.compile(rf"\b(?P<verb>killing|killed)\s+(?:himself|herself)\s+and\s+{_n(1)}", re.I)
# "the insurgents killed the commanding officer": one person, named by a singular role.
_ROLES = (
    r"officer|commander|chief|leader|soldier|policeman|policewoman|governor|mayor|imam|priest|pastor|driver|guard|"
    r"emir|headmaster|teacher|judge|lawmaker|journalist|prosecutor|administrator|councillor|councilor|elder"
)
THE_ONE = re.compile(
    rf"\b(?P<verb>{ACTIVE_KILL}|{ACTIVE_INJURE})\s+(?:the|[A-Z][\w\-]*['’]s)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_ROLES})\b"
    r"(?![\'’\-]|\s+of\s+(?:the\s+)?\w+s\b)",
    re.I,
)
# "the blast killed another teacher": one more dead, named by "another" and a singular noun.
ANOTHER_ONE = re.compile(
    rf"\b(?P<verb>{ACTIVE_KILL})\s+another\s+(?!of\b|one\b|time\b)(?:[A-Za-z][\w\-]*\s+){{0,2}}?[a-z][\w\-]*[^\Ws]\b",
    re.I,
)
# "killed former minister Abel Koroma and six others": the one named and the others counted after him.
AND_OTHERS = re.compile(
    rf"\b(?P<verb>{ACTIVE_KILL})\s+(?!{_n(2)})(?:(?!\band\b|\bwound|\binjur)[^.;:\n]){{1,80}}?\s+and\s+{_n(1)}\s+others\b",
    re.I,
)
# "Former minister Abel Koroma and six others were killed": a name before the others counted (PASSIVE).
_NAME_AND_BEFORE = re.compile(r"\b[A-Z][\w\-'’]+\s+and\s+$")
_OTHERS_WORD = re.compile(r"\s+others\b")
# "claimed the lives of 20 people", "had led to the death of 12 villagers", "the loss of 11 lives": other ways a
# sentence gives the dead.
# (and "which took at least 11 lives": "took" is no claim of responsibility, so read with the other counts)
LIVES = re.compile(
    rf"\b(?:(?:claimed|took) the lives|(?:led|leading|lead|resulted|resulting) (?:to|in) the deaths?) of\s+{_n(1)}"
    # "resulting in the loss of 11 lives"
    rf"|\bloss of\s+{_n(3)}\s+lives\b"
    rf"|\b(?:took|taking|takes|cost|costing)\s+{_n(2)}\s+lives\b",
    re.I,
)
# "a blast that has claimed 40 lives": a toll, not a claim of responsibility (sentence_facts.CLAIM passes over it).
# Read only when a sentence has no other count (lives_claimed), so not by find_counts.
LIVES_CLAIMED = re.compile(
    r"\bclaim(?:ed|s|ing)\s+(?:the\s+)?(?:(?:at least|more than|over|nearly|some|about)\s+)?"
    r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+lives\b",
    re.I,
)
# "resulting in 130 deaths", "left 12 soldiers dead", "leaving 9 people dead": the dead as an outcome.
# ("left 16 soldiers and 40 civilians dead": the groups joined by "and" add up; a group the text does not count,
# "and nearly a thousand rebels", adds nothing)
LEFT_DEAD = re.compile(
    rf"\b(?:result(?:ing|ed) in|caus(?:ing|ed)|leaving|left)\s+{_n(1)}(?:[^\S\n]+(?!and\b)[\w\-]+){{0,3}}?"
    rf"(?P<more>(?:,?[^\S\n]+and(?:[^\S\n]+(?!and\b)[\w\-]+){{1,8}}?){{0,2}})"
    rf"[^\S\n]+(?P<verb>dead|deaths|fatalities)\b",
    re.I,
)
_AND_GROUP = re.compile(rf",?\s+and\s+{_n(1)}(?!\s+(?:hundred|thousand|dozen)\b)", re.I)


def _more_groups(match: re.Match) -> int:
    """The dead the further groups of LEFT_DEAD add: "and 47 civilians" 47, "and nearly a thousand others" none."""
    total = 0
    for group in re.split(r"(?=,?\s+and\s)", match.group("more")):
        counted = _AND_GROUP.match(group)
        if counted and not BELOW.search(counted.group("q1")) and number_value(counted.group("n1")) is not None:
            total += number_value(counted.group("n1"))
    return total


# "leaving the SHO and Sergeant Tavo Merrin dead": named dead, one each (a rank, a singular role or a name).
_NAMED_ONE = (
    rf"(?:(?i:the)\s+(?:[A-Z]{{2,6}}|(?:[\w\-]+\s+){{0,2}}?(?i:{_ROLES}))"
    rf"|[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){{0,3}})"
)
LEFT_NAMED_DEAD = re.compile(
    rf"\b(?:leaving|left)\s+(?P<named>{_NAMED_ONE}(?:(?:,\s+|,?\s+and\s+){_NAMED_ONE}){{0,4}})\s+dead\b"
)
# "another guard died in the clinic", "another soldier was killed": one more dead.
ANOTHER_DIED = re.compile(
    r"\banother\s+(?!of\b|one\b)(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*[^\Ws]\s+(?:later\s+)?"
    rf"(?:{DIED_VERBS}|(?:was|has been|had been)\s+(?:also\s+)?(?:killed|shot dead|gunned down|slain))\b",
    re.I,
)
# "two more fatalities were confirmed later": more dead, counted as deaths (not "52 deaths were recorded at the
# hospital": one place's share of a toll).
DEATHS_CONFIRMED = re.compile(
    rf"\b{_n(1)}\s+(?:more|further|additional)\s+(?:deaths|fatalities)\s+(?:were|have been|had been)\s+"
    r"(?:confirmed|reported|recorded)\b",
    re.I,
)
# "The dead included four attackers and two guards": the dead told as a list of counted groups, which add up (read
# only with a second group: "the dead included three women" is a part; and not "among the dead were ...").
DEAD_LISTED = re.compile(
    rf"(?<!among )\b(?:the dead|those killed)(?:\s+(?:in|of|from)(?:\s+[\w'’\-]+){{1,4}}?)?\s+"
    rf"(?:included|were|comprised)\s+{_n(1)}",
    re.I,
)
# "20 bodies were found", "police found 19 bodies", "a dumped body was discovered": the dead, counted as found; or
# as a witness counted them ("a medic said he saw 14 bodies", "we counted the dead bodies of six men").
_BODIES_FOUND = r"(?:found|discovered|recovered|retrieved|saw|counted)"
BODIES = re.compile(
    rf"\b{_BODIES_FOUND}\s+{_n(1)}\s+(?:[\w\-]+\s+)?bodies\b"
    rf"|\b{_n(2)}\s+(?:[\w\-]+\s+)?bod(?:y|ies)\s+(?:(?:were|was|have been|has been|had been)\s+)"
    rf"(?:found|discovered|recovered|retrieved)\b"
    # "the bodies of 15 men, all farmers, were found", "troops recovered the bodies of six soldiers"
    rf"|\bbodies of {_n(3)}\b[^.;]{{0,50}}?\b(?:were|have been|had been)\s+(?:found|discovered|recovered|retrieved)\b"
    rf"|\b{_BODIES_FOUND}\s+(?:the\s+)?(?:dead\s+)?bodies of {_n(4)}\b",
    re.I,
)
# Speed (regex_speed.py): behind a look-ahead for their first characters, these scans skip most positions at once,
# with the same matches. (DEATHS_CONFIRMED, BODIES, AND_OTHERS and TOLL, replayed: 44 -> 21, 13 -> 6, 11 -> 6 and
# 11 -> 6 ms of CPU per 100 articles.)
PASSIVE, ACTIVE, THE_ONE, ANOTHER_ONE, LIVES = map(first_char_gate, (PASSIVE, ACTIVE, THE_ONE, ANOTHER_ONE, LIVES))
DEATHS_CONFIRMED, BODIES, AND_OTHERS, TOLL = map(first_char_gate, (DEATHS_CONFIRMED, BODIES, AND_OTHERS, TOLL))
SINGLE = re.compile(
    # ("a soldier was reported to be killed")
    r"\b(?:was|has been|is)\s+(?:\w+ly\s+)?(?:(?:reported|said|believed)\s+to\s+(?:be|have\s+been)\s+)?"
    r"(?P<verb>shot dead|killed|beheaded|gunned down|fatally (?:shot|stabbed)|"
    r"assassinated|shot and killed|stabbed to death|lynched|martyred|slain|murdered)\b(?!\s+or\b)",
    re.I,
)
# "Valk and her driver were murdered", "killing the politician and his wife": one victim and a companion told by
# his or her tie to the victim, two dead though neither is numbered (not "were wounded", "and her driver was hurt").
_COMPANION = (
    r"(?:his|her)\s+(?:[\w\-]+\s+){0,2}?(?:driver|husband|wife|son|daughter|bodyguard|brother|sister|father|mother|"
    r"aide|guard|escort|assistant|secretary|nephew|niece|grandson|granddaughter|cousin|fianc[ée]e?|partner|chauffeur)\b"
)
_PAIR_KILLED = (
    r"(?:shot dead|shot and killed|killed|murdered|fatally (?:shot|stabbed)|gunned down|slain|assassinated|"
    r"stabbed to death|beheaded)\b(?!\s+or\b)"
)
# A name set off by commas after the companion ("and her driver, Tomas Velko,"): up to three capitalised words.
_APPOSED_NAME = r"(?:,?\s+[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2},)"
# The passive's auxiliary, with an adverb ending in -ly if any ("were", "have been brutally").
_PAIR_WERE = r"\s+(?:were|have been|had been)\s+(?:\w+ly\s+)?"
PAIR_PASSIVE = re.compile(rf"\band\s+{_COMPANION}{_APPOSED_NAME}?{_PAIR_WERE}(?P<verb>{_PAIR_KILLED})")
# The active verb of the deed, as group "verb" ("killed", "killing", "shot dead", "assassinating").
_PAIR_ACTIVE_VERB = (
    r"(?P<verb>killed|killing|murdered|shot dead|shooting dead|gunned down|assassinated|assassinating|"
    r"shot and killed|stabbed to death)"
)
# The first victim does not open with "a", "an", a number word up to ten or digits ("killing two soldiers and ...").
_NOT_NUMBERED = r"(?!(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s)"
# The first victim: 1 to 60 characters (as few as will do) within the clause, with no "and" of its own.
_FIRST_VICTIM = r"(?:(?!\band\b)[^.;:,\n]){1,60}?"
# The companion is not a possessor ("and his wife's car") nor the subject of a verb of its own ("and his son was").
_COMPANION_ENDS = r"(?!['’]|\s+(?:was|were|is|are|had|has)\b)"
PAIR_ACTIVE = re.compile(
    rf"\b{_PAIR_ACTIVE_VERB}\s+{_NOT_NUMBERED}{_FIRST_VICTIM}\s+and\s+{_COMPANION}{_COMPANION_ENDS}",
    re.I,
)
# A pair inside a larger count: "six people, including the mayor and her driver": no more dead.
_PAIR_INSIDE = re.compile(r"\b(?:including|among|included)\b[^.;]{0,60}$", re.I)
# A pair killed with others: "were killed along with four guards": a larger toll the pair's two would understate.
_PAIR_AND_OTHERS = re.compile(r",?\s+(?:(?:along|together)\s+with|as\s+well\s+as)\b", re.I)
# "the guard succumbed to his injuries", "she died of her wounds": one victim, hurt in the attack, later dead.
DIED_OF_WOUNDS = re.compile(
    r"\b(?:succumbed|died)\s+(?:to|of|from)\s+(?:his|her)\s+(?:\w+\s+)?(?:injuries|wounds)\b", re.I
)
NONE_HURT = re.compile(
    r"\b(?P<who>no one|nobody|none|no (?:\w+ ){0,2}(?:personnel|soldiers|people|civilians|casualties|one))\s+"
    r"(?:was|were|had been|has been|have been)\s+(?:\w+ )?(?P<verb>hurt|injured|wounded|killed|harmed|reported)",
    re.I,
)
# "picked up the four men without a shot being fired": nobody killed or hurt.
NO_SHOT = re.compile(r"\bwithout (?:a (?:single )?shot (?:being )?fired|firing a (?:single )?shot)\b", re.I)


# "..., up from a previous toll of 7", "the first figure of four": a figure the text has replaced.
_EARLIER_TOLL = re.compile(
    r"\b(?:earlier|initial|initially|previous|original|preliminary|first)\s+(?:reported\s+|official\s+)?"
    r"(?:death\s+)?(?:toll|figure|count)\s+(?:of\s+|was\s+)?$",
    re.I,
)
# "the count reached 90 before being corrected to 72": the same sentence's later figure.
_REVISED = re.compile(
    rf"[^.;]{{0,60}}?\b(?:revised|corrected|lowered|cut|reduced)\s+(?:down\s+)?to\s+{_n(1)}",
    re.I,
)
# "five guards died in the clashes, along with 14 raiders": more dead of the same count.
_ALONG_WITH = re.compile(rf",?\s+along with\s+{_n(1)}", re.I)


@dataclass(frozen=True)
class Count:
    kind: str  # "killed" | "injured"
    value: int
    start: int
    end: int
    text: str
    victims: str = ""  # the words for who was hit: "civilians and three members of a militia"
    total: bool = False  # "the death toll rose to N": replaces other figures
    zero_both: bool = False  # "no one was hurt": nobody killed either
    named_one: bool = False  # "X was killed": one victim told by name, without a number (SINGLE)
    listed: bool = False  # "the dead included A and B" (DEAD_LISTED): who the dead were, never more dead


def number_value(words: str) -> int | None:
    words = " ".join(words.lower().split())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", words):
        return int(words.replace(",", ""))
    if "-" in words:
        tens, _, unit = words.partition("-")
        if tens in TENS_WORDS and unit in DIGIT_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    times, _, dozen = words.rpartition(" ")
    if dozen == "dozen" and times in DIGIT_WORDS:
        return NUMBER_WORDS[times] * 12
    return NUMBER_WORDS.get(words)


# "three of 10 attackers were killed": the share told before the whole is the count.
_SHARE_BEFORE = re.compile(rf"\b{_n(1)}\s+of\s+$", re.I)
# "10 soldiers, two guards and a civilian were killed": the items of a list before the two PASSIVE reads, each
# opening with a number and after a clause's start (not "a convoy of 12 trucks, two guards and a driver ...",
# nor "killed 10 soldiers, two guards and a driver were hurt"); or right after a date's year ("On 3 May 2019
# two Danish, one Dutch and one Swiss hiker were killed": the date opens the clause).
_LIST_ITEM_BEFORE = re.compile(
    rf"(?:^|[.:;,(—–]\s*|\b(?:that|when|while|where|said|says)\s+|(?<=(?:19|20)\d\d)\s+){_n(1)}"
    rf"(?:[^\S\n]+(?!{_MONTH}\b|(?:and|were|was|of)\b)[\w'’\-]+){{1,6}},\s+$",
    re.I,
)
# "two attackers killed 20 people": a bare "killed" followed by a number is active, its subject no count.
_ACTIVE_AFTER = re.compile(rf"\s+{_n(1)}\b", re.I)
_BE_BEFORE_VERB = re.compile(r"\b(?:were|was|have|has|had|been|are|is|being|got)\s+(?:\w+\s+){0,3}?\S+$", re.I)
# "killed 15 villagers and two were hurt": a count right after an active verb is its object.
_OBJECT_OF = re.compile(rf"\b(?:{ACTIVE_KILL}|{ACTIVE_INJURE}|lost)\s+$", re.I)
# "there were 85 deaths and 200 others were wounded": a first number that counts deaths, not the verb's hurt.
_DEATHS_NOUN = re.compile(r"\s+(?:deaths|fatalities)\b", re.I)
# "between 140 and 190 villagers were killed": a range, whose lower end is the count.
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


def _kind(verb: str) -> str:
    return "injured" if re.fullmatch(rf"{INJURED_VERBS}|{ACTIVE_INJURE}", verb.strip('"“”').lower()) else "killed"


# "almost 100", "nearly 50": below a figure the text does not give, so no number.
BELOW = re.compile(r"(?:almost|nearly)\s+$", re.I)
# "March 3, 2014 (Wire) - A car bomb killed ...": the year of a date, not a count.
_DATE_BEFORE = re.compile(
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH}\.?|{_MONTH}\.?),?\s*$", re.I
)


def _date_year(match: re.Match, name: str = "n1") -> bool:
    return bool(
        match.group(name)
        and re.fullmatch(r"(?:19|20)\d\d", match.group(name))
        and _DATE_BEFORE.search(match.string[max(0, match.start(name) - 20) : match.start(name)])
    )


# "a grenade thrown on Nov. 7 killed six": the day of a date, not a count.
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s+$")


def _date_day(match: re.Match, name: str) -> bool:
    return bool(
        match.group(name)
        and re.fullmatch(r"[1-9]|[12]\d|3[01]", match.group(name))
        and not match.group("q" + name[1:])
        and _MONTH_BEFORE.search(match.string[max(0, match.start(name) - 12) : match.start(name)])
    )


# "a family of six were killed", "in the raid that followed nine herders were shot dead", "an unknown number of
# guards were gunned down": an article before a plural auxiliary, with no second group joined, is no one dead.
_PLURAL_BE = re.compile(rf"\b(?=(?:were|have been|are)\b){_BE}{_WHEN_AFTER}{_AND_KILLED}$", re.I)


def _article_of_a_plural(match: re.Match) -> bool:
    if match.group("n1").lower() not in ("a", "an") or match.group("n2") or match.group("one"):
        return False
    return bool(_PLURAL_BE.search(match.string, match.start(), match.start("verb")))


def _passive_matches(window: str):
    """PASSIVE.finditer, except that a match opening on a date's year or on an article before a plural verb is tried
    again after it: "8 June 2010 Seven miners were killed" counts the miners, "a family of six were killed" six."""
    position = 0
    while (match := PASSIVE.search(window, position)) is not None:
        if _date_year(match) or _article_of_a_plural(match):
            position = match.end("n1")
            continue
        yield match
        position = max(match.end(), position + 1)


def _sum(match: re.Match) -> int | None:
    # "Five soldiers and their driver were killed": the possessed one counts too.
    total = 1 if match.groupdict().get("one") else 0
    for name in ("n1", "n2", "n3", "n4"):
        if match.groupdict().get(name):
            if BELOW.search(match.group("q" + name[1:]) or ""):
                return None
            if _date_year(match, name) or _date_day(match, name):
                return None
            value = number_value(match.group(name))
            if value is None:
                return None
            total += value
    return total


# Compiled once (speed: built per call with re.match, this long pattern fell out of re's 512-entry cache,
# which the per-name patterns of other stages fill, and was recompiled for every count).
_MORE_VICTIMS = re.compile(r"(?:\s+(?!and\b)[\w'’\-()]+){0,4}?,?\s+and\s+" + NUMBER_PHRASE.replace("{n}", "9"), re.I)
_VICTIM_STOP = re.compile(r"[,.;:]|\s(?:in|on|at|when|while|as|after|during|near|and|were|was|had|have|said)\b", re.I)


def _victims(match: re.Match, window: str) -> str:
    """The noun phrase of the people counted, for the incident's type and targets."""
    if "n1" not in match.groupdict() or match.group("n1") is None:
        return ""
    if "verb" in match.groupdict() and match.group("verb") and match.start("verb") > match.end("n1"):
        words = window[match.end("n1") : match.start("verb")]
        if words.strip():
            return re.sub(r"\b(?:were|was|have been|had been|has been|are|being|all|also)\b", " ", words).strip(' "“”')
    following = window[match.end("n1") : match.end("n1") + 80]
    more = _MORE_VICTIMS.match(following)
    cut = _VICTIM_STOP.search(following[more.end() :] if more else following)
    head = following[: (more.end() if more else 0) + (cut.start() if cut else len(following))]
    return head.strip(' "“”')


# The rest of an object noun phrase list: "a commander of the PKK, another fighter and a teenage shepherd".
_CLAUSE_END = re.compile(
    r"[.;:\"“”]|\s(?:when|while|as|after|before|during|in|on|at|near|inside|outside|(?P<verb>were|was|are|is|had|has|have)|"
    r"(?P<speech>said|says|told|"
    r"added|according))\b",
    re.I,
)
_CONJUNCT_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_ONE_DETERMINER = re.compile(r"(?:another|an?|one|his|her|its|their)\s+(?!of\b)[\w\-]+", re.I)
# "killed three people, and a station assault in ...": a conjunct naming another event, not one more dead.
_EVENT_WORD = re.compile(rf"\b{_EVENT_NOUNS}\b", re.I)
_POSSESSIVE_NUMBER = re.compile(rf"(?:his|her|its|their)\s+{_n(1)}\s+(?!of\b)[\w\-]+", re.I)


def coordinated_count(rest: str) -> int:
    """People added by the conjuncts after a counted object: "killed a commander and his nephew" adds 1.

    Each further conjunct must open with a determiner or a number ("another fighter", "his two sons",
    "three civilians"), and the list must close with "and": "killed a policeman, a father of three" is an
    apposition, and "one of the deadliest attacks" a partitive, not more dead.
    """
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start() if end else len(rest)]
    separators = list(_CONJUNCT_SEPARATOR.finditer(clause))
    pieces = [
        (sep.group(0), clause[sep.end() : separators[k + 1].start() if k + 1 < len(separators) else len(clause)])
        for k, sep in enumerate(separators)
    ]
    if end is not None and (end.group("speech") or end.group("verb")) and pieces:
        # "killed one soldier and a local official said ...", "... and a farmer was hurt": the subject of another
        # verb, not one more dead
        pieces.pop()
    values: list[tuple[bool, int]] = []
    for separator, piece in pieces:
        piece = piece.strip()
        if _EVENT_WORD.search(piece):
            break
        possessive = _POSSESSIVE_NUMBER.match(piece)
        number = re.match(rf"{_n(1)}\s+(?!of\b)[\w\-]+", piece, re.I)
        if possessive and number_value(possessive.group("n1")) is not None:
            value = number_value(possessive.group("n1"))
        elif number and number.group("q1") == "" and number_value(number.group("n1")) not in (None, 0):
            value = number_value(number.group("n1"))
        elif _ONE_DETERMINER.match(piece) and not re.match(r"\w+\s+(?!armed\b)\w+(?:ing|ed)\b", piece):
            value = 1
        else:
            break
        values.append(("and" in separator.lower(), value))
    closing = max((k for k, (with_and, _) in enumerate(values) if with_and), default=-1)
    return sum(value for _, value in values[: closing + 1])


def _along_with(window: str, end: int) -> int:
    """The dead a trailing "along with N" adds to the count that ends at `end` (in the same clause)."""
    clause = re.split(r"[.;]", window[end : end + 80], maxsplit=1)[0]
    found = _ALONG_WITH.search(clause)
    if not found or BELOW.search(found.group("q1")):
        return 0
    return number_value(found.group("n1")) or 0


def find_counts(text: str, start: int = 0, end: int | None = None) -> list[Count]:
    """Casualty counts in text[start:end], left to right, without overlaps."""
    end = len(text) if end is None else end
    window = text[start:end]
    found: list[Count] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, kind: str, value: int | None, begin: int | None = None, **flags) -> None:
        a, b = (match.start() if begin is None else begin) + start, match.end() + start
        if value is None or any(a < y and x < b for x, y in taken):
            return
        taken.append((a, b))
        number = next((match.start(g) for g in ("n1", "n2", "n3", "n4") if match.groupdict().get(g)), match.start())
        if _EARLIER_TOLL.search(window[max(0, match.start() - 50) : number]):
            return  # a replaced figure: neither a count nor room for another reading of these words
        found.append(Count(kind, value, a, b, text[a:b], victims=_victims(match, window), **flags))

    for match in TOLL.finditer(window):
        if match.group("modal"):  # "the toll could rise to 20 dead": a fear, not a figure
            taken.append((match.start() + start, match.end() + start + 8))
            continue
        value = _sum(match)
        revised = _REVISED.match(window, match.end())
        if revised and number_value(revised.group("n1")) is not None and not BELOW.search(revised.group("q1")):
            value = number_value(revised.group("n1"))
        add(match, "killed", value, total=True)
    # Every branch of BODIES spells "bod(y|ies)": most texts have neither, and the scan is skipped (speed).
    for match in BODIES.finditer(window) if "bod" in window.lower() else ():
        add(match, "killed", _sum(match) or 1)
    for match in LIVES.finditer(window):
        add(match, "killed", _sum(match))
    for match in LEFT_DEAD.finditer(window):
        value = _sum(match)
        add(match, "killed", value + _more_groups(match) if value is not None else None)
    for match in LEFT_NAMED_DEAD.finditer(window):
        add(match, "killed", len(re.split(r",\s+(?:and\s+)?|\s+and\s+", match.group("named"))))
    for match in DEAD_LISTED.finditer(window):
        value, more = _sum(match), coordinated_count(window[match.end() :])
        add(match, "killed", value + more if value is not None and more else None, listed=True)
    for match in DEATHS_CONFIRMED.finditer(window):
        add(match, "killed", _sum(match))
    for match in ANOTHER_DIED.finditer(window):
        add(match, "killed", 1)
    for match in NONE_HURT.finditer(window):
        verb = match.group("verb").lower()
        both = verb in ("hurt", "harmed", "reported") or "casualt" in match.group("who").lower()
        add(match, "killed" if verb == "killed" else "injured", 0, zero_both=both)
    for match in NO_SHOT.finditer(window):
        add(match, "killed", 0, zero_both=True)
    for match in SELF_AND.finditer(window):
        value = _sum(match)
        add(match, "killed", value + 1 if value is not None else None)
    for match in _passive_matches(window):
        if match.group("n1").lower() in ("a", "an") and not re.search(r"\b(?:was|were|been|is|are)\b", match.group(0)):
            continue  # "a bomb killed three people": "a bomb" is the doer, not one dead
        if _ACTIVE_AFTER.match(window, match.end("verb")) and not _BE_BEFORE_VERB.search(match.group(0)):
            continue  # "two attackers killed 20 people": the doers, then the dead (ACTIVE reads them)
        before = window[max(0, match.start() - 30) : match.start()]
        if match.group("n2") and (_OBJECT_OF.search(before) or _DEATHS_NOUN.match(window, match.end("n1"))):
            # "killed 15 villagers and two were hurt": the first number is the object of the verb before it (ACTIVE
            # reads it); "85 deaths and 200 others were hurt": it counts the dead. The passive verb counts the second
            match = PASSIVE.match(window, match.start("q2"))
            if match is None:
                continue
            before = window[max(0, match.start() - 30) : match.start()]
        value = _sum(match)
        share = _SHARE_BEFORE.search(before)
        if share and number_value(share.group("n1")) is not None:
            value = number_value(share.group("n1"))  # "three of 10 attackers were killed": three
        elif _BETWEEN_BEFORE.search(before) and match.group("n2"):
            value = number_value(match.group("n1"))  # "between 140 and 190 were killed": the lower figure
        begin = match.start()
        if value is not None and (match.group("n2") or match.group("one")):
            while (item := _LIST_ITEM_BEFORE.search(window, max(0, begin - 80), begin)) is not None:
                if _date_year(item):  # the date's year is no item: the list may open right after it
                    item = _LIST_ITEM_BEFORE.search(window, item.end("n1"), begin)
                if item is None or number_value(item.group("n1")) is None or _date_year(item):
                    break
                value += number_value(item.group("n1"))
                begin = item.start("q1")
        kind = _kind(match.group("verb"))
        if kind == "killed" and value is not None:
            value += _along_with(window, match.end())
            if _OTHERS_WORD.match(window, match.end("n1")) and _NAME_AND_BEFORE.search(before):
                value += 1
        add(match, kind, value, begin=begin)
    for match in ACTIVE.finditer(window):
        value = _sum(match)
        more = ACTIVE_MORE.match(window, match.end())
        if value is not None and more and number_value(more.group("n1")) is not None:
            value += number_value(more.group("n1"))
        elif value is not None:
            value += coordinated_count(window[match.end() :])
        add(match, _kind(match.group("verb")), value)
    for match in AND_OTHERS.finditer(window):
        value = _sum(match)
        add(match, "killed", value + 1 if value is not None else None)
    for match in THE_ONE.finditer(window):
        add(match, _kind(match.group("verb")), 1 + coordinated_count(window[match.end() :]))
    for match in ANOTHER_ONE.finditer(window):
        add(match, "killed", 1 + coordinated_count(window[match.end() :]))
    for match in SINGLE.finditer(window):
        before = window[max(0, match.start() - 40) : match.start()].lower()
        if re.search(r"\b(no one|nobody|none)\b", before):
            continue
        add(match, "killed", 1, named_one=True)
    for match in DIED_OF_WOUNDS.finditer(window):
        add(match, "killed", 1, named_one=True)
    for match in (*PAIR_PASSIVE.finditer(window), *PAIR_ACTIVE.finditer(window)) if " and h" in window else ():
        inside = _PAIR_INSIDE.search(window, max(0, match.start() - 80), match.start())
        if not inside and not _PAIR_AND_OTHERS.match(window, match.end()):
            add(match, "killed", 2)
    if "of" in window:
        # (one victim named by the noun of the deed is a named one; numbered victims are a count)
        killings = [(*k, True) for k in _killing_of(window)] + [(*k, False) for k in _numbered_killing_of(window)]
    else:
        killings = []
    for match, victim_end, value, named_one in killings:
        a, b = match.start() + start, victim_end + start
        # "charged with the murder of a judge who was shot dead": a line that counts its dead otherwise tells them
        first = max(window.rfind(". ", 0, match.start()), window.rfind("\n", 0, match.start())) + 1 + start
        ends = [i for i in (window.find(". ", victim_end), window.find("\n", victim_end)) if i >= 0]
        last = min(ends, default=len(window)) + start
        if any(c.kind == "killed" and first <= c.start < last for c in found):
            continue
        if not any(a < y and x < b for x, y in taken):
            taken.append((a, b))
            victims = window[match.end() : victim_end]
            found.append(Count("killed", value, a, b, text[a:b], victims=victims, named_one=named_one))
    found.sort(key=lambda c: c.start)
    return found


# "the killing of a magistrate", "weeks after the fatal shooting of Major Y", "ended in the killing of a herdsman
# and another armed youth": one dead named by the noun of the deed (and the dead the conjuncts after it add). Only a
# singular victim: "the killing of protesters" or "of two brothers" is no one.
_KILLING_NOUN = r"(?:killing|murder|assassination|beheading|fatal\s+(?:stabbing|shooting))"
_KILLING_OF = re.compile(rf"\b{_KILLING_NOUN}\s+of\s+", re.I)
_VICTIM_END = re.compile(
    r"[,.;:()\n\"“”—–]|\s(?:of|in|by|at|on|and|or|who|whom|which|that|during|near|from|with|as|for|when|while|after|"
    r"before|outside|inside|last|earlier|this|was|were|is|had|has)\b",
    re.I,
)
_ONE_VICTIM = re.compile(
    rf"(?:(?:an?|the|his|her|its|their)\s+(?!{_NUMBER}\b)(?:[\w\-’']+\s+){{0,3}}|"
    r"(?=[A-Z]))(?:[\w\-’']+\s+){0,3}?(?P<head>[A-Za-z][\w\-]*)$"
)
# A killing that did not happen: tried, intended, plotted, planned, called for, survived, foiled or thwarted ("the
# attempted murder of a judge", "a plot for the assassination of the governor", "calling for the killing of the
# author", "foiled a plan to kill the envoy"). Up to three words apart; tolls read these as no death told either.
# The try may come after its noun: "an assassination attempt", "a murder bid".
UNDONE_KILLING = re.compile(
    r"\b(?:attempt(?:ed|ing|s)?|tr(?:y|ies|ied|ying)|intend(?:ed|ing|s)?|plott?(?:ed|ing|s)?|plann?(?:ed|ing|s)?|"
    r"(?:call(?:ed|ing|s)?|plots?|plans?)\s+for|surviv(?:ed|es?|ing)|foil(?:ed|ing|s)?|thwart(?:ed|ing|s)?)\s+"
    r"(?:(?:to|the|an?|his|her|their|its)\s+){0,2}(?:kill|murder|assassinat)\w*"
    r"|\b(?:assassination|murder)[\s-](?:attempts?|bids?|plots?)\b",
    re.I,
)


def _undone(window: str, match: re.Match) -> bool:
    """Whether the killing named at `match` did not happen: "the attempted murder of two officers"."""
    undone = UNDONE_KILLING.search(window, max(0, match.start() - 50), match.end())
    return bool(undone and undone.end() > match.start())


# "the massacre of 40 herders", "the assassination on 3 May of two judges": a killing named by its noun with its
# victims numbered (not "the killing of the two brothers": those were counted where they were first told; not a
# year, "the massacre of 1871 in the valley"; nor an article, "the massacre of a family of six").
_NUMBERED_KILLING_OF = re.compile(
    rf"\b(?:{_KILLING_NOUN}|massacre)(?:\s+on\s+\w+\s+\d{{1,2}}|\s+on\s+\d{{1,2}}\s+\w+)?"
    rf"\s+of\s+(?!(?:an?|(?:1[89]|20)\d\d)\b){_n(1)}\s+(?!of\b)[\w\-]+",
    re.I,
)


def _numbered_killing_of(window: str) -> list[tuple[re.Match, int, int]]:
    """(the match, the end of the victims' phrase, the dead) for each noun of a killing with numbered victims."""
    found = []
    for match in _NUMBERED_KILLING_OF.finditer(window):
        value = _sum(match)
        if value and not _undone(window, match):
            found.append((match, match.end(), value))
    return found


def _killing_of(window: str) -> list[tuple[re.Match, int, int]]:
    """(the match, the end of the victim's phrase, the dead) for each noun of a killing with a singular victim."""
    found = []
    for match in _KILLING_OF.finditer(window):
        if _undone(window, match):
            continue  # "survived an attempted assassination of the mayor": no one died
        rest = window[match.end() : match.end() + 120]
        stop = _VICTIM_END.search(rest)
        phrase = rest[: stop.start() if stop else len(rest)].rstrip()
        victim = _ONE_VICTIM.fullmatch(phrase)
        head = victim.group("head") if victim else ""
        # A head in -s is a plural in lower case ("of farmers") or as a people ("of Christians", "of Afghans"); a
        # name is one person ("of Thomas Jones", "of Charles").
        plural = head.endswith("s") and not head.endswith("ss")
        plural = plural and (head[:1].islower() or head[:-1].lower() in DEMONYMS or head[:-1].lower() in FAITHS)
        if not victim or plural or number_value(head) is not None:
            continue
        end = match.end() + len(phrase)
        found.append((match, end, 1 + coordinated_count(window[end:])))
    return found


def lives_claimed(text: str, start: int = 0) -> list[Count]:
    """The dead of "claimed N lives" in `text` (which begins at offset `start`): the first such phrase, as one
    killed count; empty when there is none or N is no number. A sentence's last resort when it has no other count."""
    found = LIVES_CLAIMED.search(text)
    value = number_value(found.group("n")) if found else None
    if not value:
        return []
    return [Count("killed", value, start + found.start(), start + found.end(), found.group(0))]
