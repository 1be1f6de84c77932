"""Sentence facts: what each sentence says (event words and their strength, counts, dates, places, groups,
persons, whether it is an aggregate statistic or a claim), the material segmentation.segment groups into events.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from dataclasses import replace as dt_replace

from .counts import NUMBER_PHRASE, Count, lives_claimed, number_value
from .dates import DateExpression, unresolved_calendar_time
from .model import Group, Mention, Person, Place
from .regex_speed import first_char_gate
from .vocabulary import (
    CAPTURE_FORMS,
    EVENT_HEADS,
    REPORT_VERBS,
    VEHICLE_WORDS,
    VIOLENT_EVENT_NOUNS,
    noun_alternation,
)

# "a school was torched", "set the homes ablaze", "an arson attack": property burned on purpose. An event word (an
# attack's), but not what decides the type of a lead that counts dead (incident_types).
ARSON = re.compile(
    r"\b(?:torch(?:ed|ing)|set\s+(?:[\w\-]+\s+){0,4}?(?:on\s+fire|ablaze|alight)|burn(?:ed|t)\s+down|"
    r"arson(?:\s+attacks?)?)\b",
    re.I,
)


def _many_victims(tag: str) -> str:
    """A number of victims above one, read as counts reads numbers ("seven", "twenty-one", "a dozen"; not "a", "one"):
    "murdered seven children", "the murder of three guards" is a killing of a crowd, not of one singled out."""
    one = r"(?!(?:an?|one|single)\b(?!\s+(?:dozen|hundred|pair)\b))"
    return one + r"(?:" + NUMBER_PHRASE.replace("{n}", tag) + r"|dozens|scores|hundreds)\b"


# (pattern, label, strength). Labels are incident types, or "shelling" / "generic" decided by context.
EVENT_WORDS: list[tuple[re.Pattern, str, int]] = [
    (
        re.compile(
            # ("a suicide lorry bomb", "a suicide motorcycle bomber": the vehicle the bomber drove)
            rf"\bsuicide (?:(?:{VEHICLE_WORDS})[- ])?bomb(?:er|ing|ers|ings|s)?"
            r"|\bsuicide (?:attack(?:er|s)?|blast|vest)|\bblew (?:himself|herself|themselves) up|"
            r"\bexplosive (?:belts?|vests?)|"  # the bomber wore it
            # "detonated his vest", "sets off her belt", "triggered their vests"
            r"\b(?:detonat(?:e|es|ed|ing)|set(?:s|ting)? off|trigger(?:s|ed|ing)?) (?:his|her|their) (?:[\w\-]+ )?"
            r"(?:vests?|belts?)",
            re.I,
        ),
        "suicide_bombing",
        9,
    ),
    (
        re.compile(
            r"\b(?:drone|air|aerial|missile)[ -]?(?:strikes?|attacks?)|\bairstrikes?|\bwarplanes?|"
            # a drone told as used or striking ("struck by a drone", "firing drones", "a drone targeted a crowd"),
            # not one only seen or deployed ("imagery showed drones at the airbase")
            r"\b(?:by|with|using|fir(?:ed|es|ing)|shot|launch(?:ed|es|ing)?)\s+(?:[\w\-]+\s+){0,3}?"
            r"(?:drones?|quadcopters?|UAVs?)\b|"
            r"\b(?:drones?|quadcopters?|UAVs?)\s+(?:\w+\s+)?(?:hit|struck|targeted|attacked|bombed|exploded|crashed "
            r"into|dropped|fired|against)\b|"
            r"\bair raids?|\bhelicopter gunships?|"
            # "a military jet bombed a village": the aircraft is the weapon
            r"\b(?:jets?|aircraft|helicopters?|planes?)\s+(?:\w+\s+)?(?:bombed|bombarded|dropped|struck|strafed|pounded|fired)\b"
            # "the army carried out three new strikes on the rebels": strikes a force carries out are from the air
            # (not "a strike" workers call: that is never carried out or launched; nor insurgents' "guerrilla strikes")
            r"|\b(?:carr(?:y|ied|ies|ying) out|conduct(?:ed|s|ing)?|launch(?:ed|es|ing)?)\s+"
            r"(?:(?!guerr?illa|hit-and-run)[\w\-]+\s+){0,3}?"
            r"strikes\b",
            re.I,
        ),
        "air_or_drone_strike",
        8,
    ),
    (
        re.compile(
            r"\b(?:abduct(?:ed|ions?|ing|ors?|s)?|kidnap(?:ped|pings?|pers?|s)?|taken hostage|"
            # "a hostage crisis", "the hostage situation", "held them hostage", "took 170 hostages": people held
            r"hostage[- ](?:crisis|siege|taking|takers?|situation|stand-?off)|"
            r"(?:held|holding|hold|took|taking|take|taken)\s+"
            r"(?:[\w\-]+\s+){0,3}?hostages?|"
            r"hijack(?:ed|ing|ings|s)?)\b",  # (a ship, a bus: its crew or passengers taken)
            re.I,
        ),
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
    (re.compile(r"\b(?:arrest(?:ed|s|ing)?|detained|apprehended)\b", re.I), "arrest_or_raid", 6),
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
            r"\b(?:bomb(?:ings?|s|ed)?|blasts?|explosions?|explosives?|IEDs?|improvised explosive devices?|"
            r"bl(?:ew|own|owing) up|"
            r"grenades?|landmines?|detonat(?:ed|ions?)|"
            # "a parked car exploded": a vehicle set off as a bomb (the vehicle is the device)
            rf"(?:{VEHICLE_WORDS})\s+(?:had\s+)?exploded|"
            # "a booby-trapped car struck a patrol": a device rigged to go off
            r"booby[- ]?trap(?:ped|s)?)\b",
            re.I,
        ),
        "bombing",
        6,
    ),
    (
        re.compile(
            r"\b(?:clash(?:es|ed)?|skirmish(?:es|ed)?|gun ?battles?|firefights?|exchanges? of (?:gun)?fire|encounters?|"
            r"ambush(?:ed|es|ing)?|stormed|storming|overr(?:an|un|unning)|repelled|fighting|gunfights?|shoot-?outs?|"
            # "troops exchanged gunfire with the rebels", "the two sides traded fire"
            r"(?:exchang(?:ed|ing)|trad(?:ed|ing))\s+(?:gun)?fire)\b",
            re.I,
        ),
        "armed_clash",
        5,
    ),
    (
        # "militants attacked the police station": an assault on a post of armed men is a fight
        re.compile(
            r"\b(?:attack(?:ed|s|ing)?|assault(?:ed|s|ing)?|raid(?:ed|s|ing)?)\s+(?:on\s+)?"
            r"(?:(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?)?"
            r"(?:police station|police post|check ?post|checkpoint|outpost|military post|army post|security post|"
            r"border post|base|barrack|"
            r"garrison|military camp|army camp|convoy|patrol)s?\b",
            re.I,
        ),
        "armed_clash",
        5,
    ),
    (
        re.compile(r"\b(?:shells|shelling|shelled|mortars?|artillery|rockets?|bombard(?:s|ed|ing|ments?)?)\b", re.I),
        "shelling",
        5,
    ),
    (
        re.compile(
            r"\b(?:shot dead|gunned down|assassinat(?:ed|ions?)|shot and killed|targeted killing|fatally shot|"
            r"shot (?:\w+ )?to death|"
            # "the crew that murdered a judge", "accused of murdering X", "the roadside murder of X":
            # one killing (not "attempted murder", nor the bare charge: "found guilty of murder")
            r"(?<!attempted )murder(?:ed|ing)(?!\s+" + _many_victims("v1") + r")|"
            r"(?:the|a)\s+(?!attempted\b)(?:[\w\-]+\s+)?murder(?=\s*,|\s+of\b(?!\s+" + _many_victims("v2") + r")))\b",
            re.I,
        ),
        "targeted_killing",
        4,
    ),
    (
        # "went from hut to hut", "door to door": a sweep through homes
        re.compile(
            r"\b(?:massacre[sd]?|slaughtered|beheaded|beheadings?|butcher(?:ed|ing)|hacked (?:\w+ )?to death|"
            r"(?:fatal|deadly) stabbings?|stabbed (?:\w+ )?to death|"
            # "a ticket clerk was stabbed at his kiosk": a victim told stabbed, an attack of its own
            r"(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?stabbed|"
            r"burn(?:ed|t) (?:\w+ )?alive|"
            r"(?:house|hut|door|home|tent) to (?:house|hut|door|home|tent)|"
            # "a mass shooting", "a shooting spree", "the mosque shootings"
            r"mass shootings?|shooting (?:spree|rampage|attacks?)|shootings)\b",
            re.I,
        ),
        "attack_on_civilians",
        4,
    ),
    (
        # "Authorities found 19 bodies", "a dumped body was discovered": killings known by their dead
        re.compile(
            r"\b(?:found|discovered|recovered|dumped)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:bod(?:y|ies)|corpses?)\b|"
            # (not "their bodies were discovered on Tuesday": the dead of the event told)
            r"(?<!their )(?<!his )(?<!her )\b(?:bod(?:y|ies)|corpses?)\s+(?:was|were|had been|have been)\s+(?:\w+\s+)?"
            r"(?:found|discovered|dumped)\b",
            re.I,
        ),
        "other_violence",
        4,
    ),
    (ARSON, "attack_on_civilians", 4),
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
    r"\b(?:have|has) continued\b|\bover the past\b|\baccounted for\b|"
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
    r"\b(?:across|throughout) the (?:country|region|province|state|north|south|east|west)\b|"
    r"\bso far (?:in|this|last)\b|\bin the (?:first|past|last) \w+ (?:days|weeks|months|years)\b|"
    # "250 people have been killed in the violence, according to official figures"
    r"\b(?:have|has) (?:been killed|died|lost their lives)\b[^.;]{0,60}?\b(?:in|during) the (?:\w+ )?"
    # (not "in the violence-plagued region": an adjective of the place)
    r"(?:violence|conflict|unrest|war|insurgency|crisis)\b(?!-)",
    re.I,
)


# "... to date", "in recent years" count many events, unless they rank one: "the heaviest attack on the army to
# date left 12 dead", "30 died, among the worst raids on a town in recent months".
_UP_TO_NOW = r"\b(?:to date|in recent (?:years|months|weeks))\b"
TO_DATE = re.compile(_UP_TO_NOW, re.I)
RANKED_TO_DATE = re.compile(
    rf"\b(?:deadliest|heaviest|bloodiest|worst|biggest|largest)\b[^.;]{{0,60}}{_UP_TO_NOW}", re.I
)


# "Last year, 20 officers were killed in rebel attacks in X", "Last month saw 22 acts of terrorism": the dead of a
# year's or a month's many attacks, counted together.
PERIOD = re.compile(r"\b(?:last|this|past|previous) (?:year|month)\b", re.I)
MANY_ATTACKS = re.compile(
    r"\b(?:killed|died|wounded|injured) in (?:[\w\-]+ ){0,2}(?:attacks|incidents)\b|"
    r"\b\d+ acts of (?:terrorism|terror|violence)\b",
    re.I,
)


# A trailing comparison with earlier events: "..., two days after six guards died in similar raids".
TRAILING_EARLIER = re.compile(
    r"(?:,|\s)\s*(?:just\s+|only\s+)?(?:a|one|two|three|four|five|six|a few|several|\d+)\s+(?:days?|weeks?)\s+after\b",
    re.I,
)


def is_aggregate(words: str) -> bool:
    return (
        bool(AGGREGATE.search(words))
        or bool(TO_DATE.search(words) and not RANKED_TO_DATE.search(words))
        or bool(PERIOD.search(words) and MANY_ATTACKS.search(words))
    )


CONTEXT_ONLY = re.compile(
    r"\bsince\b|\b(?:rising|rise in|increase in|decline in)\b|\breport(?:s|ed)? (?:showed|found|counted|recorded)\b|"
    r"\bhas (?:largely )?(?:stopped|ended|subsided|eased)\b",
    re.I,
)


# "militias seized control of the enclave of X in 2019", "rebels captured X in November", "since the army took X,
# its last stronghold, in October": ground taken by force, an armed clash of its own when a date follows the place
# taken within a few words (not "captured fighters", "seized weapons", "took control of the government").
GROUND_CAPTURE = re.compile(
    r"\b(?:(?:seized|took|wrested|gained)\s+control\s+of|seized|captured|overran|stormed)\s+", re.I
)
# the words between the verb and the place taken: "the", "the northern enclave of"
GROUND_BEFORE_PLACE = re.compile(
    r"(?:the\s+)?(?:(?:[\w\-]+\s+){0,2}?(?:city|town|village|district|region|province|territory|enclave|base|area|"
    r"capital|stronghold)\s+of\s+)?",
    re.I,
)
# the words between the place and the date: none, "'s army post", "in the country's north", ", its last stronghold,"
GROUND_PLACE_TO_DATE = re.compile(
    r"(?:['’]s\s+(?:[\w\-]+\s+)?(?:post|base|airport|barracks|headquarters|city|town|village|capital|outskirts))?"
    r"(?:(?:\s*,|\s+(?:in|on|from|during|by|after|last|early|late|back)\b)[^.;\n]{0,40}?)?\s*",
    re.I,
)


# "X acknowledged the attack", "X admitted responsibility": a claim in other words.
OWNED = (
    r"\b(?:acknowledged|admitted|accepted|took)\s+(?:(?:full\s+)?responsibility\b|(?:the|this|that|\w+day['’]s)\s+"
    r"(?:attack|attacks|bombing|blast|ambush|killing|killings|raid|assault|strike|abduction|kidnapping)\b)"
)


CLAIM = re.compile(
    OWNED
    # "a fire that claimed 40 lives" is a toll (counts.LIVES_CLAIMED), not a claim
    + r"|\bclaim(?:ed|s|ing)?\b(?!\s+(?:the\s+)?(?:(?:at least|more than|over|nearly|some|about)\s+)?"
    r"(?:[\w,\-]+\s+)?lives\b)|\bpropaganda\b|\basserting\b|"
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


# "X claimed responsibility for a raid on a convoy in Y that killed 27", "... for that attack and others, including
# the bomb blast in Z on May 2": a claim of a deed the claim names by an indefinite (or listed) noun, which can be an
# earlier event than the one told, with its own date and toll (not "claimed responsibility for the attack", the
# event told, nor "for a series of attacks", many).
CLAIMED_DEED = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:full\s+)?(?:responsibility|credit)\s+for\s+"
    r"(?:(?P<deed>an?\s)|[^.;]{0,60}?\bincluding\s+(?P<listed>(?:the|an?)\s))"
    r"(?!(?:\w+\s+)?(?:series|string|wave|spate|number|couple|host)\s+of\b)",
    re.I,
)


NO_CLAIM = re.compile(r"\bno (?:group|one|organi[sz]ation)(?: \w+)? (?:has |had |immediately )*claimed\b", re.I)


UNKNOWN_ATTACKERS = re.compile(
    # ("unknown armed men": the men's weapon says nothing of who they are)
    r"\b(?:unknown|unidentified|masked) (?:armed )?(?:gunmen|assailants|attackers|men|persons|militants)\b",
    re.I,
)


REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told|statement|claimed|claim|announced|reported|reports|confirmed|added|funeral|reached|"
    r"released|brought|held|issued|dismissed|condemned|published)\b[^.;]{0,30}$",
    re.I,
)
# A court step's day: the deed it judges was done earlier, on a day this one does not give. "was sentenced to life
# behind bars on Tuesday", "sentenced four members of the sect to life on Tuesday", "convicted two men on Monday"
# (not "sentenced the man behind the March 3 bombing", nor "sentenced to life for a 2015 attack", nor "convicted
# them over the attack on 3 May"), "the court's verdict on Thursday", "handed down life sentences Friday", "the
# court ruled Monday", "a court of appeals determined Thursday that ..." (not "the court heard that gunmen found
# the guard on Monday": another's verb), "the accused arrives at the district court on Wednesday".
COURT_STEP_BEFORE = re.compile(
    r"\b(?:sentenced|convicted|jailed|acquitted)(?:\s+(?:[\w\-]+\s+){0,10}?to\s+(?:(?!\bfor\b)[^.;]){0,30}|"
    r"(?:\s+(?!(?:for|of|over|in|behind|after|at)\b)[\w\-]+){1,4}(?<!\bthe)(?<!\ban)(?<!\ba))?"
    r"\s+(?:on\s+)?$|"
    r"\b(?:verdict|judg(?:e)?ment)\b[^.;]{0,30}$|"
    r"\b(?:sentences?|rulings?)\s+(?:on\s+)?$|"
    r"\b(?:court|judges?|tribunal|jury|magistrates)\b(?:(?!\bthat\b)[^.;]){0,60}?\b"
    r"(?:ruled|determined|decided|upheld|overturned|ordered|declared|rejected|dismissed)\s+(?:on\s+)?$|"
    r"\b(?:arriv(?:es?|ed|ing)|appear(?:s|ed|ing)?)\s+(?:at|in|before)\s+[^.;]{0,40}\bcourt\b[^.;]{0,20}$",
    re.I,
)


# "appeared before the Y High Court on Friday", "told the court in Z, northern Ruritania, on 3 May": the day right
# after a court's name (and its seat, a name: not "the court in Z heard gunmen shot a guard on Monday") is the
# court's ...
COURT_DAY_BEFORE = re.compile(
    r"\b(?i:court(?:room)?)(?:\s+(?i:in|at|of)\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+){0,3}[A-Z][\w\-]+"
    r"(?:,\s+(?:[a-z]+\s+)?[A-Z][\w\-]+)?)?,?\s+(?i:on\s+)?$"
)
# ... unless the court is the place struck ("a bomber hit the court in X on Monday", "shot outside the court")
COURT_STRUCK = re.compile(
    r"\b(?:attack\w*|bomb\w*|blasts?|explosions?|explod\w+|storm\w*|struck|hit|raid\w*|shot|fired|outside|near|"
    r"gunm[ae]n|grenades?)\b[^.;]{0,40}\bcourt",
    re.I,
)


# "Two more bodies were found at dawn on May 2", "30 bodies were recovered on Sunday and another eight on
# Monday": the days the dead were found, which tell when the killing was known, not when it was done (dates like a
# report's).
BODIES_FOUND_BEFORE = re.compile(
    r"\b(?:bod(?:y|ies)|corpses?)\b[^.;]{0,30}?\b(?:discovered|found|recovered|retrieved|pulled out)\b"
    r"[^.;]{0,50}$",
    re.I,
)


# "the March 2019 attacks", "the 2004 grenade attack": an event noun right after a date (one word between at most)
DATED_EVENT_AFTER = re.compile(
    r"\s+(?:[\w\-]+\s+)?"
    + noun_alternation(VIOLENT_EVENT_NOUNS + (("massacre", "massacres"), ("siege", "sieges")))
    + r"\b",
    re.I,
)


# "On Monday the group freed ...", "... (ELN) on Monday released ...": the date of the release told next.
RELEASE_AFTER = re.compile(
    r"\s*,?\s*(?:[\w\-()]+\s+){0,3}(?:freed|released|set free|handed over|"
    # "The group on Thursday claimed responsibility for ...": the day of the claim or statement
    r"claimed responsibility)\b"
)
# "a judge on Monday jailed the bomb maker for life": the day of the ruling, not of the attack
COURT_STEP_AFTER = re.compile(
    r"\s*,?\s*(?:[\w\-()]+\s+){0,3}(?:sentenced|convicted|acquitted|indicted|jailed|found (?:[\w\-]+ ){0,5}?guilty)\b"
)


# "The zone's administrator X Tuesday confirmed ...", "An official on Sunday said": the subject's day of speaking,
# the verb right after the date (not "Witnesses to the attack on Saturday said": the event's day).
SPOKE_AFTER = re.compile(rf"\s+{REPORT_VERBS}\b")
EVENT_BEFORE = re.compile(
    noun_alternation(VIOLENT_EVENT_NOUNS + (("massacre", "massacres"),)) + r"\s+(?:on\s+|of\s+)?$", re.I
)


# "The death toll from Monday's bombing rose to 14 on Tuesday": the day of the new figure, not of the event.
TOLL_ROSE_BEFORE = re.compile(
    r"\btoll\b[^.;]{0,200}?\b(?:rose|risen|climbed|increased|reached|jumped|went up)\s+(?:to\s+)?"
    r"(?:at least\s+|more than\s+)?[\w,]+\s*$",
    re.I,
)


# Above this probability a sentence with some evidence tells an incident even when its event words are weak.
# Chosen on out-of-fold predictions for the real-news dev articles (scripts/predict_incident_sentences.py --mode
# oof): the incidents found were the same from 0.6 to 0.9, and the classifier's sentence precision is 0.94 at 0.8
# (0.93 at 0.7, 0.99 at 0.9). When every such sentence could also open later incidents, 0.6 and 0.7 each added a
# false incident there (an earlier model, bigrams).
MODEL_INCIDENT = 0.8

WEAPON = re.compile(
    r"\b(?:gun(?:s|fire|men|man|shots?)?|opened fire|fired (?:at|on|shots)|rifles?|firearms?|knife|knives|machetes?|"
    r"stabb(?:ed|ing)|shoot(?:ing|out)s?)\b",
    re.I,
)


# Speed (regex_speed.py): behind a look-ahead for their first characters, these scans skip most positions at once,
# with the same matches.
EVENT_WORDS = [(first_char_gate(pattern), label, strength) for pattern, label, strength in EVENT_WORDS]
AGGREGATE, CONTEXT_ONLY, CLAIM, CLAIM_VERB = map(first_char_gate, (AGGREGATE, CONTEXT_ONLY, CLAIM, CLAIM_VERB))


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
    # the days of court steps (rulings, hearings), among the reporting dates: no day of the deed judged
    court_dates: list[DateExpression] = field(default_factory=list)
    places: list[tuple[Mention, Place]] = field(default_factory=list)
    groups: list[tuple[Mention, Group]] = field(default_factory=list)
    persons: list[tuple[Mention, Person]] = field(default_factory=list)
    aggregate: bool = False
    claim: bool = False
    probability: float | None = None  # the trained classifier's, that the sentence tells an incident
    # (start, end) of a clause telling another event inside the sentence ("... after a bomb in X that killed 40"),
    # from the parse: its date, place and toll are that event's, not the sentence's (see other_event_clause)
    clause: tuple[int, int] | None = None
    # the clause is a noun phrase that names a past event by its own date and place ("the 2013 siege at the X mall
    # in Y that killed 67"), not a clause with a verb of its own (see placed_event_phrase)
    clause_named: bool = False
    # the clause tells the deed the people an arrest took are held for ("police arrested a man who killed three in
    # X"): another event than the arrest the rest of the sentence tells, whatever its date (see arrest_clause)
    clause_arrest: bool = False
    # (start, end) of the deed a claim names ("claimed responsibility for a raid on a convoy ..., killing 27"): its
    # counts are kept (the claim's own are not); segmentation decides whether it is another event than the one told
    claimed_deed: tuple[int, int] | None = None

    def part(self, inside: bool) -> SentenceFacts:
        """The facts of the clause (inside) or of the rest of the sentence (not inside); the same facts when the
        sentence has no such clause."""
        if self.clause is None:
            return self
        return self.within(*self.clause, inside)

    def within(self, a: int, b: int, inside: bool) -> SentenceFacts:
        """The facts between characters a and b (inside) or outside them (not inside)."""

        def keep(offset: int) -> bool:
            return (a <= offset < b) == inside

        return dt_replace(
            self,
            events=[e for e in self.events if keep(e[2])],
            counts=[c for c in self.counts if keep(c.start)],
            dates=[d for d in self.dates if keep(d.start)],
            reporting_dates=[d for d in self.reporting_dates if keep(d.start)],
            court_dates=[d for d in self.court_dates if keep(d.start)],
            places=[(m, p) for m, p in self.places if keep(m.start)],
            groups=[(m, g) for m, g in self.groups if keep(m.start)],
            persons=[(m, p) for m, p in self.persons if keep(m.start)],
            clause=None,
            clause_named=False,
            claimed_deed=None,
        )

    @property
    def strength(self) -> int:
        return max((s for _, s, _ in self.events), default=0)

    @property
    def kills(self) -> list[Count]:
        return [c for c in self.counts if c.kind == "killed"]

    @property
    def evidence(self) -> bool:
        """Some event word, weapon or count of dead or injured: what the classifier's word needs beside it."""
        return self.strength >= 1 or any(c.value > 0 for c in self.counts) or bool(WEAPON.search(self.text))

    @property
    def told_by_model(self) -> bool:
        """The classifier reads an incident here with high probability, and the sentence has some evidence."""
        return (
            self.probability is not None
            and self.probability >= MODEL_INCIDENT
            and not self.aggregate
            and not self.claim
            and self.evidence
        )

    @property
    def eventful(self) -> bool:
        if self.aggregate:
            return False
        return self.strength >= 4 or any(c.value > 0 for c in self.counts)


def _asides(doc, start: int, words: str, counts) -> list[tuple[int, int]]:
    """The characters of the sentence's asides that compare or describe, not count: a non-restrictive relative
    clause (", which has endured repeated clashes over recent months") and a noun ranked among others with what it
    governs ("one of the deadliest bombings to strike the province since 2009"), each only when no count starts in
    it. Their words of time speak of many events, yet the sentence tells one."""
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    if span is None:
        return []
    spans = []
    for token in span:
        described = token.dep_ == "relcl" and token.left_edge.i > span.start and doc[token.left_edge.i - 1].text == ","
        # "one of the deadliest bombings since 2009": the event ranked among others
        ranked = (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lower_ == "one"
            and any(
                child.dep_ == "amod" and (child.tag_ == "JJS" or any(c.lower_ == "most" for c in child.children))
                for child in token.children
            )
        )
        if not (described or ranked):
            continue
        tokens = list(token.subtree)
        a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        if not any(a <= c.start < b for c in counts):
            spans.append((a, b))
    return spans


def _blanked(words: str, start: int, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        words = words[: a - start] + " " * (b - a) + words[b - start :]
    return words


def sentence_facts(doc, sentence, counts, dates, mention_owner) -> SentenceFacts:
    """What one sentence says: event words, counts, dates, places, groups and persons (`counts`, `dates` and
    `mention_owner`: those of this sentence)."""
    text = doc._.article_text
    found_counts = counts
    words = text[sentence.start : sentence.end]
    facts = SentenceFacts(sentence.index, sentence.start, sentence.end, words, sentence.paragraph)
    aggregate, context = is_aggregate(words), bool(CONTEXT_ONLY.search(words))
    # (the parse walk for asides only where the words read as a statistic or as context)
    asides = _asides(doc, sentence.start, words, counts) if aggregate or context else []
    told = _blanked(words, sentence.start, asides)
    told_aggregate = is_aggregate(told) if asides else aggregate
    told_context = bool(CONTEXT_ONLY.search(told)) if asides else context
    facts.aggregate = aggregate and told_aggregate
    if (aggregate or context) and not (told_aggregate or told_context):
        # the sentence tells one event; the aside's words of time compare it with many ("since the 2014 coup")
        dates = [d for d in dates if not any(a <= d.start < b for a, b in asides)]
    trailing = TRAILING_EARLIER.search(words) if facts.aggregate else None
    if trailing and not is_aggregate(words[: trailing.start()]):
        # "Five officers were killed on Thursday ..., a day after nine died in similar blasts": the class of events
        # is the trailing comparison's; the sentence tells one event, whose counts come before it.
        facts.aggregate = False
        counts = [c for c in counts if c.start < sentence.start + trailing.start()]
    facts.claim = bool(CLAIM.search(words)) and not NO_CLAIM.search(words)
    if facts.claim and all(_describes_event(doc, m.start() + sentence.start) for m in CLAIM.finditer(words)):
        facts.claim = False  # "A truck attack that was claimed by X killed 12 people": the article tells the event
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
            if NEGATED_BEFORE.search(words[: match.start()]):
                continue  # "although he was not arrested": the event did not happen
            if RANKED_CLASS_BEFORE.search(words[: match.start()]):
                continue  # "linked to one of Pakistan's deadliest bombings": a class of events, not this one
            if INTENDED_BEFORE.search(words[: match.start()]):
                continue  # "a plot to kidnap the minister": only intended
            facts.events.append((label, strength, a))
    historic = _historic_date(text, sentence, dates)
    if historic is not None:
        # "the deadliest since March 2019, when gunmen killed 160 villagers": that earlier event, told in passing.
        rest = words[: historic.start - sentence.start] + words[historic.end - sentence.start :]
        facts.aggregate = is_aggregate(rest)
        dates = [historic] + [d for d in dates if d is not historic]
        counts = [c for c in counts if c.start > historic.end]
    claim_at = CLAIM.search(words)
    if facts.claim and claim_at and not CLAIM_VERB.search(words[: claim_at.start()]):
        # "... has risen to 27, as the group claimed the killings": the toll comes before the claim.
        facts.counts = [c for c in counts if sentence.start <= c.start and c.end <= sentence.start + claim_at.start()]
        facts.counts = [c for c in facts.counts if not facts.aggregate]
    elif not facts.claim and not facts.aggregate:
        facts.counts = [c for c in counts if sentence.start <= c.start < sentence.end]
        if not facts.counts:
            facts.counts = lives_claimed(words, sentence.start)
    deed_at = CLAIMED_DEED.search(words) if facts.claim and not facts.aggregate else None
    if deed_at is not None:
        a = sentence.start + deed_at.start("deed" if deed_at.group("deed") else "listed")
        facts.claimed_deed = (a, sentence.end)
        facts.counts = facts.counts + [c for c in counts if a <= c.start < sentence.end]
    _fill_mentions(facts, mention_owner)
    capture_at = None if facts.claim else _dated_ground_capture(facts, dates)
    if capture_at is not None and not facts.aggregate:
        # "... since the rebels seized Tarvel, the army's last stronghold, in October 2025": that capture, placed.
        facts.events.append(("armed_clash", 5, capture_at))
    elif not facts.counts and told_context:
        # "Fighting has largely stopped since a truce took effect": context, unless it counts the dead of one event.
        facts.aggregate = True
    for date in dates:
        if not (sentence.start <= date.start < sentence.end) or date.open_range:
            continue
        before = text[max(sentence.start, date.start - 60) : date.start]
        if HISTORIC_WHEN.match(text, date.end):
            # "the territory it held in Syria in March 2019, when the SDF captured ...": the date of that event
            facts.dates.append(date)
        elif DATED_EVENT_AFTER.match(text, date.end) and re.search(r"\bthe\s+$", before):
            # "Tarvel spoke of the June 2021 bombings": the date names the event, whatever words come before it
            facts.dates.append(date)
        elif (
            COURT_STEP_BEFORE.search(text, max(sentence.start, date.start - 120), date.start)
            or COURT_STEP_AFTER.match(text, date.end)
            or (COURT_DAY_BEFORE.search(before) and not COURT_STRUCK.search(before))
        ):
            facts.reporting_dates.append(date)
            facts.court_dates.append(date)
        elif (
            REPORTING_BEFORE.search(before)
            or BODIES_FOUND_BEFORE.search(before)
            or TOLL_ROSE_BEFORE.search(text[sentence.start : date.start])
            or RELEASE_AFTER.match(text, date.end)
            or (SPOKE_AFTER.match(text, date.end) and not EVENT_BEFORE.search(before))
        ):
            # "... on Monday freed two soldiers it had seized last month": the day of the release, not of the event
            facts.reporting_dates.append(date)
        else:
            facts.dates.append(date)
    facts.clause = other_event_clause(doc, facts)
    _clause_counts(facts, found_counts)  # the statistic counts nothing; the event "since" names, its own dead
    if facts.clause is None:
        facts.clause = arrest_clause(doc, facts)
        facts.clause_arrest = facts.clause is not None
    if facts.clause is None and not facts.claim:
        published = doc._.meta.published.isoformat() if doc._.meta.published else None
        facts.clause = placed_event_phrase(doc, facts, published)
        facts.clause_named = facts.clause is not None
        # "X is held responsible for a string of raids, among them the hostage-taking at Y in 2014 that killed 48":
        # the statistic counts nothing, the named event its own dead
        _clause_counts(facts, found_counts)
    return facts


def _clause_counts(facts: SentenceFacts, found_counts) -> None:
    """An aggregate sentence (a statistic) with a clause of another event keeps only the clause's counts."""
    if facts.clause is not None and facts.aggregate:
        a, b = facts.clause
        facts.counts = [c for c in found_counts if a <= c.start < b]


def _fill_mentions(facts: SentenceFacts, mention_owner) -> None:
    for mention, owner in mention_owner:
        if facts.start <= mention.start < facts.end:
            if isinstance(owner, Place):
                facts.places.append((mention, owner))
            elif isinstance(owner, Group):
                facts.groups.append((mention, owner))
            elif isinstance(owner, Person):
                facts.persons.append((mention, owner))


def _dated_ground_capture(facts: SentenceFacts, dates) -> int | None:
    """Where a capture of a place starts that a date right after the place sets in time ("captured X in
    November"), or None. Not a capture the other event words already told."""
    for match in GROUND_CAPTURE.finditer(facts.text):
        verb_start, object_start = facts.start + match.start(), facts.start + match.end()
        if any(verb_start <= e[2] < object_start for e in facts.events):
            continue
        for mention, _ in facts.places:
            if mention.start < object_start or not GROUND_BEFORE_PLACE.fullmatch(
                facts.text, object_start - facts.start, mention.start - facts.start
            ):
                continue
            for date in dates:
                if (
                    date.value
                    and not date.open_range
                    and mention.end <= date.start < facts.end
                    and GROUND_PLACE_TO_DATE.fullmatch(facts.text, mention.end - facts.start, date.start - facts.start)
                ):
                    return verb_start
    return None


# A clause that can tell an event of its own inside a sentence about another one: a relative or adverbial clause
# ("Dovran, killed in 2017 in an air strike", "where 69 civilians were killed last week"), or the object of
# "after / since / following / before" ("came two years after a bombing in X that killed 40").
CLAUSE_DEPS = {"relcl", "acl", "advcl"}
CLAUSE_PREPOSITIONS = {"after", "since", "following", "before"}
# The nouns of one violent event, after a word that makes it another one ("another attack", "a similar raid"):
# singular or plural; "incident", "strike" and "massacre" too, since after "another / a similar" even those name an
# event of their own.
OTHER_EVENT_NOUNS = noun_alternation(
    VIOLENT_EVENT_NOUNS
    + (
        ("incident", "incidents"),
        ("airstrike", "airstrikes"),
        ("air strike", "air strikes"),
        ("strike", "strikes"),
        ("clash", "clashes"),
        ("massacre", "massacres"),
        ("assault", "assaults"),
    )
)
# "a similar raid in May", "another attack in the same region", "the 2019 bombing": an event noun that names another
# event.
OTHER_EVENT_NOUN = re.compile(
    r"\b(?:another|a similar|a separate|an earlier|a previous|the previous|the last|the \d{4})\s+(?:[\w\-]+\s+)?"
    + OTHER_EVENT_NOUNS
    + r"\b",
    re.I,
)


def _clause_head(token):
    """The nearest clause above `token` that is subordinate to the sentence (None in the main clause)."""
    while token.head.i != token.i:
        if token.dep_ in CLAUSE_DEPS:
            return token
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ in CLAUSE_PREPOSITIONS:
            return token
        token = token.head
    return None


def _after_person(clause, facts: SentenceFacts) -> bool:
    """Does the relative clause follow a person's name ("X, who died in 2015"), whatever the parse attached it to?"""
    doc, i = clause.doc, clause.left_edge.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return i >= 0 and any(m.start <= doc[i].idx < m.end for m, _ in facts.persons)


def _under_since(head) -> bool:
    """Is the clause what "since" governs ("since the bombings of two hotels in 2009", "since August 28, when a bomb
    killed 28", "since gunmen stormed a hotel in 2019"), or a clause inside it?"""
    while head is not None:
        if head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "since":
            return True
        if any(child.dep_ == "mark" and child.lower_ == "since" for child in head.children):
            return True  # "since rebels raided the town in 2019": the clause "since" opens
        head = _clause_head(head.head) if head.head.i != head.i else None
    return False


def _placed_or_counted(head, facts: SentenceFacts) -> bool:
    tokens = list(head.subtree)
    a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return any(a <= m.start < b for m, _ in facts.places) or any(a <= c.start < b for c in facts.kills)


def other_event_clause(doc, facts: SentenceFacts) -> tuple[int, int] | None:
    """The characters of a clause that tells an event other than the sentence's: a subordinate clause (in the
    parse) holding a resolved date and an event word or a death count of its own, or an "another / a similar
    <event>" noun phrase with its own date or toll. The span runs from the clause's first word (or the event noun)
    to the clause's end; None when the sentence has no such clause or the clause is all of it. In a statistic (an
    aggregate sentence: "27 killed since ...") only the clause "since" governs is read."""
    if not facts.dates and not facts.counts:
        return None
    # A statistic or a comparison ("27 killed since security forces raided a hideout in X on Feb. 10", "the first
    # attack in X since the bombings of two hotels in 2009") counts or ranks many events; only what "since" governs
    # can tell one of its own, dated there.
    since_only = facts.aggregate
    sentence_end = facts.end
    spans = []
    noun_spans = set()  # spans an "another / a similar <event>" noun opens: the noun is the clause's own event
    # In a story with no publication day, "in November" or "on Aug. 7" stays unresolved yet still dates its clause.
    undated = doc._.meta.published is None
    clause_dates = [d for d in facts.dates if d.value is not None or (undated and unresolved_calendar_time(d))]
    for date in clause_dates:
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        head = _clause_head(span.root) if span is not None else None
        while head is not None and not _placed_or_counted(head, facts):
            if head.dep_ == "relcl" and _after_person(head, facts):
                break  # "..., Varen Sr., who died in 2015 before the verdict": the date is that person's
            # "where 58 people were killed after being held for days in 2009": the clause that holds the date
            # says neither where nor how many; the clause around it tells the event
            above = _clause_head(head.head)
            if above is None:
                break
            head = above
        if since_only and not _under_since(head):
            continue
        if head is not None:
            tokens = list(head.subtree)
            start = tokens[0].idx
            named = head.head.idx
            if head.dep_ in ("relcl", "acl") and any(m.start <= named < m.end for m, _ in facts.persons):
                # "a teacher, who was killed in 2020 in X": the person the clause tells about is its own
                start = min(start, head.head.left_edge.idx)
            elif head.dep_ in ("relcl", "acl") and PLACED_EVENT_NOUN.fullmatch(head.head.text):
                # "a deadly attack in X that left 21 dead in 2019": the event the clause tells about, with its place
                start = min(start, head.head.left_edge.idx)
            spans.append((start, tokens[-1].idx + len(tokens[-1])))
    for match in OTHER_EVENT_NOUN.finditer(facts.text) if not since_only else ():
        start = facts.start + match.start()
        span = doc.char_span(start, facts.start + match.end(), alignment_mode="expand")
        head = _clause_head(span.root) if span is not None else None
        end = sentence_end
        if head is not None:
            tokens = list(head.subtree)
            start, end = min(start, tokens[0].idx), tokens[-1].idx + len(tokens[-1])
        spans.append((start, end))
        noun_spans.add((start, end))
    for a, b in spans:
        if len(facts.text[: a - facts.start].split()) <= 2:
            # the clause is the sentence, or a phrase fronted to it ("After the attacks in X last May, a series of
            # assaults that killed 47, ..."): what follows tends to tell the same event again
            continue
        own = [e for e in facts.events if a <= e[2] < b] or [c for c in facts.kills if a <= c.start < b]
        # "..., where a like incident was reported on May 9": the noun names the event, whatever its words
        own = own or (a, b) in noun_spans
        dated = [d for d in clause_dates if a <= d.start < b]
        if own and (dated or [c for c in facts.kills if a <= c.start < b]):
            return a, b
    return None


# The prepositions that tie a capture to the deed it is for: "arrested in the bus attack", "for a grenade attack",
# "over the killing"
CAPTURE_FOR = frozenset({"in", "for", "over"})
# A deed only intended: "suspected of planning an attack", "preparing a bomb attack", "plotting to kill"
INTENDED_DEED = re.compile(r"\b(?:plan|plot|prepar|conspir|intend|attempt|try|tried|threat)\w*", re.I)


def _captive_clauses(token):
    """The clauses that can tell the deed of those a capture word took: relative and participial clauses of its
    object, passive subject or "of" phrase ("a man who killed", "two men accused of killing", "the arrest of two
    suspects in an attack"), and its own "in / for / over" phrases ("arrested in the bus attack")."""
    captives = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    captives += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    out = [c for c in token.children if c.dep_ == "prep" and c.lower_ in CAPTURE_FOR]
    # "arrested two men, pictured here, accused of killing three": a participle of the captives hung on the verb
    out += [c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
    for captive in captives:
        for child in captive.subtree:
            if child.dep_ in ("relcl", "acl") or (child.dep_ == "prep" and child.lower_ in CAPTURE_FOR):
                out.append(child)
    return out


def arrest_clause(doc, facts: SentenceFacts) -> tuple[int, int] | None:
    """The characters of the clause in a sentence telling an arrest that tells the deed those taken are held for:
    a relative or participial clause of the captives, or a phrase of the capture ("Police have detained a man who
    shot two people at X", "Three men accused of killing a guard in Y were arrested", "arrested in the attack that
    killed 9"). The deed needs a toll or a strong event word of its own in the clause (not the arrest's, and not one
    only planned: "suspected of preparing a bomb attack"). None when the sentence tells no arrest or no such clause."""
    if facts.aggregate or not any(label == "arrest_or_raid" and s >= 4 for label, s, _ in facts.events):
        return None
    span = doc.char_span(facts.start, facts.end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if token.lower_ not in CAPTURE_FORMS or not token.tag_.startswith(("VB", "NN")):
            continue
        for head in _captive_clauses(token):
            # (a headline line the parser joined to the next: the clause ends with the line)
            tokens = [t for t in head.subtree if facts.start <= t.idx < facts.end]
            a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            if a <= token.idx < b:
                continue
            deed = [
                (label, at) for label, s, at in facts.events if a <= at < b and s >= 4 and label != "arrest_or_raid"
            ]
            kills = [c for c in facts.kills if a <= c.start < b and c.value > 0]
            if not (deed or kills):
                continue
            first = min([at for _, at in deed] + [c.start for c in kills])
            if INTENDED_DEED.search(doc.text[a:first]):
                continue
            # "arrests suspects for grenade attack on bar in June": a date right after the deed's phrase is its own,
            # whatever the parser hung it on
            b = next((d.end for d in facts.dates if not doc.text[b : d.start].strip()), b)
            return a, b
    return None


# The nouns of one violent event a noun phrase can name a past event by ("the 2013 siege at X", "the attacks Nov. 13
# in Y"): those "another / a similar" makes another event, and a siege.
PLACED_EVENT_NOUN = re.compile(noun_alternation((("siege", "sieges"),)) + "|" + OTHER_EVENT_NOUNS, re.I)
# "the deadliest attack since the 2019 X bombing", "reminiscent of the 2002 siege at Y": a past event the sentence
# measures its own event against, not the one it tells
COMPARED_BEFORE = re.compile(
    r"\b(?:since|than|like|unlike|reminiscent of|recalling|echoing|similar to|comparable to)\s+$", re.I
)
# How many months before the story a date must be for its event to be another one than the story's
PAST_MONTHS = 2


def _months_before(value: str, reference: str) -> int:
    """Whole months from the month of `value` to the month of `reference` (a year without a month counts from its
    December)."""
    month = int(value[5:7]) if len(value) >= 7 else 12
    return (int(reference[:4]) - int(value[:4])) * 12 + int(reference[5:7]) - month


def placed_event_phrase(doc, facts: SentenceFacts, published: str | None) -> tuple[int, int] | None:
    """The characters of a noun phrase, inside a sentence that tells something else, naming a past event placed in
    time and space: a violent event's noun whose phrase holds a date months or years before the story was published
    and a place finer than a country ("about the attacks Nov. 13 in Paris", "including the siege at the X mall in Y
    in 2013 that killed 67 people"). A plural noun is one event only with a day ("the attacks of 13 November"); "in
    2015, attacks in X and Y" are many. None when the sentence names no such event, opens with it, or tells an event
    of its own outside it (a strong event word or a toll)."""
    if published is None or len(published) < 7:
        return None
    span = doc.char_span(facts.start, facts.end, alignment_mode="expand")
    if span is None:
        return None
    told_itself = False
    for token in span:
        if not token.tag_.startswith("NN") or token.dep_ == "compound":
            continue
        if not PLACED_EVENT_NOUN.fullmatch(token.text):
            continue
        tokens = list(token.subtree)
        a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        if len(facts.text[: a - facts.start].split()) <= 2:
            continue  # the phrase opens the sentence: what it tells is that event (SentenceFacts.clause)
        dates = [
            d
            for d in facts.dates
            if a <= d.start < b and d.value and not d.open_range and _months_before(d.value, published) >= PAST_MONTHS
        ]
        plural = token.tag_ in ("NNS", "NNPS")
        if not dates or plural and dates[0].precision != "day":
            continue
        if not any(a <= m.start < b and place.kind != "country" for m, place in facts.places):
            continue
        if COMPARED_BEFORE.search(facts.text[: a - facts.start]):
            return a, b
        if (
            told_itself
            or any(s >= 4 and not a <= at < b for _, s, at in facts.events)
            or any(not a <= c.start < b for c in facts.kills)
        ):
            # "X was killed in an ambush near Y in 2007": the sentence tells that event itself (only a past event
            # it measures its own against is another: "the deadliest attack since the 2004 siege at Y")
            told_itself = True
            continue
        return a, b
    return None


def _describes_event(doc, start: int) -> bool:
    """'the attack claimed by the group', 'an attack that was claimed by X': a passive clause naming who claimed an
    event, which the sentence tells itself (not the group's own claim)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    return (
        token.lower_ == "claimed"
        and token.dep_ in ("acl", "relcl")
        and any(child.dep_ == "agent" for child in token.children)
    )


RANKED_CLASS_BEFORE = re.compile(
    r"\bone of (?:the )?(?:[\w\-]+['’]s? )?(?:[\w\-]+est|worst|most [\w\-]+)\s+(?:[\w\-]+\s+)?$", re.I
)
NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:been\s+|be\s+)?$", re.I)
# An event only planned ("a plot to kidnap or kill", "a plot hatched abroad to hire men to kidnap him", "conspiring to
# commit murder or kidnapping"): it did not happen.
INTENDED_BEFORE = re.compile(
    r"\b(?:plot(?:s|ted|ting)?|conspir(?:e|ed|es|ing|acy)|plan(?:s|ned|ning)?|schem(?:e|es|ed|ing))\b"
    r"(?:[^.;,]{0,60}?\s+to\s+\w+(?:\s+[\w\-]+)?)?\s+to\s+(?:commit\s+)?(?:\w+\s+(?:or|and)\s+)?$",
    re.I,
)


HISTORIC_WHEN = re.compile(r"\s*,?\s*when\b", re.I)


def _historic_date(text: str, sentence, dates) -> DateExpression | None:
    """'since March 2019, when ...': the open range names the date of an earlier event the clause tells."""
    for date in dates:
        if not (sentence.start <= date.start < sentence.end) or not date.open_range or not date.value:
            continue
        if date.text.lower().startswith("since") and HISTORIC_WHEN.match(text, date.end):
            return dt_replace(date, open_range=False)
    return None


def by_sentence(items, starts: list[int], start_of=lambda item: item.start) -> dict[int, list]:
    """Items grouped by the sentence their start offset falls in (sentences given by their start offsets)."""
    out: dict[int, list] = {}
    for item in items:
        index = bisect.bisect_right(starts, start_of(item)) - 1
        out.setdefault(max(index, 0), []).append(item)
    return out


# The event noun that opens the next part: "..., an attack on a church": singular only, after "a / an / another";
# "assault" too, which names one event there as well.
_PART_EVENT_NOUNS = noun_alternation(VIOLENT_EVENT_NOUNS + (("assault", "assaults"),), "singular")
# Where a sentence that tells several events one after the other passes to the next one: "At X gunmen killed five,
# while in Y two soldiers died", "..., an attack on a market that killed three and an attack on a church that ...".
PART_BOUNDARY = re.compile(
    r",?\s+(?:while|whereas)\s+|;\s+|,\s+and\s+(?=(?:in|at|near|on|last|earlier|later|the next|another)\b)|"
    r",\s+and\s+(?=(?:\w+\s+){0,2}(?:in|at|near)\s+(?:[a-z\-]+\s+)?[A-Z])|"
    r"(?:,|\s+and)\s+(?=(?:an?|another)\s+(?:[\w\-]+\s+){0,2}" + _PART_EVENT_NOUNS + r"\b)"
)
PART_BOUNDARY = first_char_gate(PART_BOUNDARY)  # (speed: per sentence, 7.9 ms -> 5.0 ms of CPU per 100 articles)
# "..., 22 dead in Y, and reportedly another 49 dead in Z": a toll led by a comma opens the next place's event (the
# words allowed between the comma and the number: "and", an adverb in -ly, a quantifier).
PART_TOLL_LEAD = re.compile(r",\s+(?:(?:and|\w+ly|another|at\s+least|a\s+further|some|about|over)\s+)*$", re.I)
# ... and the toll's own place after it, before the next comma ("22 dead in Y", not "two were killed, all men")
PART_TOLL_PLACE = re.compile(r"^[^,;]*?\b(?:in|at|near)\s+(?:the\s+)?[A-Z]")
# A place named by its words only: "At Xville", "in Y" at a part's start (names the gazetteer lacks), or the country's
# capital ("a bombing in the capital that killed six, an attack in Y that killed two").
PART_PLACE = re.compile(
    r"(?:^|\b)(?i:in|at|near)\s+(?:(?:the\s+(?:village|town|city|district)\s+of\s+)?[A-Z][\w\-’']+|the\s+capital\b)"
)
# "..., and four in nearby Y": a count whose noun is left out, of the kind of the count before it.
ELIDED_COUNT = re.compile(r"^,?\s*and\s+(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?=(?:in|at|near)\b)", re.I)


def event_parts(facts: SentenceFacts) -> list[tuple[int, int, SentenceFacts]]:
    """The parts of a sentence that tells several events one after another, each with its own toll and its own
    place or event word ("In X gunmen killed five, while in Y two soldiers died"), as (start, end, facts); empty
    when the sentence tells one event (or a clause of another, SentenceFacts.clause)."""
    if facts.clause is not None or facts.claim or facts.aggregate or len(facts.text) < 40:
        return []
    cuts = [facts.start + m.start() for m in PART_BOUNDARY.finditer(facts.text)]
    for count in facts.counts:
        lead = PART_TOLL_LEAD.search(facts.text[: count.start - facts.start]) if count.kind == "killed" else None
        placed = PART_TOLL_PLACE.match(facts.text[count.end - facts.start :])
        if lead and placed and facts.start + lead.start() not in cuts:
            cuts.append(facts.start + lead.start())
    cuts.sort()
    if not cuts:
        return []
    bounds = [facts.start, *cuts, facts.end]
    parts = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        part = facts.within(a, b, True)
        text = facts.text[a - facts.start : b - facts.start]
        if not part.counts and parts and parts[-1][2].counts:
            elided = ELIDED_COUNT.match(text)
            value = number_value(elided.group("n")) if elided else None
            if value:
                ahead = parts[-1][2].counts[-1]
                at = a + elided.start("n")
                if ahead.value != value and ahead.value == (number_value(ahead.text.split()[-1]) or 0) + value:
                    # "killed six soldiers in X, and four in Y" read as ten: the first place's six
                    pa, pb, before = parts[-1]
                    fixed = dt_replace(ahead, value=ahead.value - value)
                    parts[-1] = (pa, pb, dt_replace(before, counts=[*before.counts[:-1], fixed]))
                    ahead = fixed
                count = dt_replace(
                    ahead, value=value, start=at, end=at + len(elided.group("n")), text=elided.group("n")
                )
                part = dt_replace(part, counts=[count])
        parts.append((a, b, part))
    # a part without a toll of its own belongs to the part before it ("..., while police said the toll may rise"),
    # unless it tells an event on a day of its own ("..., and last week a bombing at a mosque killed a second preacher")
    merged: list[tuple[int, int, SentenceFacts]] = []
    for a, b, part in parts:
        days = {d.value for d in part.dates if d.value}
        own_day = bool(days) and part.strength >= 4 and not days & {d.value for d in facts.dates if d.start < a}
        if merged and not any(c.value > 0 for c in part.counts) and not own_day:
            pa, _, before = merged[-1]
            merged[-1] = (pa, b, dt_replace(facts.within(pa, b, True), counts=[*before.counts, *part.counts]))
        else:
            merged.append((a, b, part))
    if len(merged) < 2 or not any(c.value > 0 for c in merged[0][2].counts):
        return []
    out = []
    for a, b, part in merged:
        text = facts.text[a - facts.start : b - facts.start]
        countries = {m.start for m, place in facts.places if place.kind == "country"}
        named = (
            found
            for found in PART_PLACE.finditer(text)
            if a + found.end() - len(found.group(0).split()[-1]) not in countries
        )
        placed = next(named, None) is not None or any(
            a <= m.start < b
            and place.kind != "country"
            and re.search(r"\b(?:in|at|near)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$", facts.text[: m.start - facts.start])
            for m, place in facts.places
        )
        if not placed:
            return []  # each event its own place: "insurgent attacks in the north killed four" sums up
        out.append((a, b, part))
    return out
