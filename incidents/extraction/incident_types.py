"""Incident types: what kind of violence an event was (attack on civilians, armed clash, targeted killing, ...),
from the sentences' event words, the victims counted and, once known, the perpetrators."""

from __future__ import annotations

import re
from dataclasses import replace as dt_replace

from .counts import number_value
from .model import Incident
from .segmentation import raid_sentence
from .sentence_facts import ARSON, EVENT_WORDS, SentenceFacts
from .vocabulary import CAPTURE_FORMS, CAPTURE_VERBS, alternation

CIVILIAN_WORDS = re.compile(
    r"\b(?:civilians?|villagers?|worshippers?|children|schoolchildren|students|women|farmers?|workers?|labourers?|"
    r"passengers?|residents?|people|residential|homes|market|shoppers|pilgrims|fishermen|family|schoolboys|"
    r"schoolgirls|pupils|teachers|travell?ers|traders|mourners|guests|worshipers|commuters|herders|miners|persons|"
    r"protesters|protestors|demonstrators|marchers|congregations?|churchgoers|concert-?goers|tourists?|cyclists?|"
    r"hikers?|holidaymakers|spectators|audience)\b",
    re.I,
)


# Civilians told many without a number: "dozens of construction workers", "several villagers".
UNCOUNTED_CIVILIANS = re.compile(
    r"\b(?:dozens|scores|hundreds|several|many)\s+(?:of\s+)?(?:[\w\-]+\s+)?" + CIVILIAN_WORDS.pattern, re.I
)


MILITANT_WORDS = re.compile(
    r"\b(?:militants?|terrorists?|insurgents?|rebels?|fighters?|jihadists?|Maoists?|Naxal\w*|cadres?)\b"
    # ("terrorist attacks", "a militant assault": a kind of attack, not the armed men hit)
    r"(?!\s+(?:attacks?|assaults?|acts?|violence|plots?)\b)",
    re.I,
)


ATTACKERS_KILLED = re.compile(r"\b(?:attackers?|assailants?|gunm[ae]n)\b", re.I)


_FORCE_MEN = (
    r"soldiers?|troops|security (?:forces|personnel)|police(?:m[ae]n)?|military|army|officers?|constables?|"
    r"guards?|gendarmes?|rangers|personnel|jawans?|peacekeepers?"
)
# A force, its men or what they hold: a base, a post, a convoy, a patrol.
SECURITY_WORDS = re.compile(rf"\b(?:{_FORCE_MEN}|base|check ?post|post|convoy|patrol)\b", re.I)
# The men of a force (not its posts and convoys): "a convoy of displaced families" is no force.
ARMED_MEN = re.compile(rf"\b(?:{_FORCE_MEN})\b", re.I)
# A force's men told dead: "two more peacekeepers were found dead", "three soldiers of the unit died" (not a force
# only named: "police said", "before troops arrived").
ARMED_MEN_DEAD = re.compile(
    rf"\b(?:{_FORCE_MEN})\b(?:\s+[\w\-]+){{0,4}}?\s+(?:"
    r"(?:were|was|have been|has been|had been)\s+(?:found\s+|confirmed\s+|reported\s+)?"
    r"(?:dead|killed|slain|shot dead|martyred)|died|perished)\b",
    re.I,
)


# An attack told by its target, a place where civilians are: "an attack by X on a village".
ATTACK_ON_PLACE = re.compile(
    r"\b(?:attack|raid|assault|massacre)s?\s+(?:by\s+[^.;]{0,80}?\s+)?on\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:village|villages|market|church|mosque|wedding|funeral|camp for displaced|displacement camp|bus|hamlet)\b",
    re.I,
)


# A blast told as an accident, of stored arms, or of explosives the people there were making: "an accidental
# explosion", "a blast at an arms depot", "the occupants were assembling bombs".
ACCIDENT = re.compile(
    r"\baccidental(?:ly)?\b|\b(?:arms|munitions?|ammunition|weapons)\s+(?:depot|dump|store|warehouse)s?\b|"
    r"\b(?:preparing|making|assembling|building|manufacturing)\s+(?:\w+\s+)?(?:explosives|bombs|IEDs)\b|"
    r"\bbomb[- ](?:making|factory|factories)\b",
    re.I,
)
# A device set off on purpose, named in the lead: then it is a bombing, whatever was stored nearby.
DEVICE = re.compile(r"\b(?:bombs?|bomber|IEDs?|improvised|explosive devices?|grenades?|car bomb|suicide)\b", re.I)


# Armed men storming a place where civilians are: "attackers stormed the village", "gunmen stormed the hotel".
STORMED_CIVILIAN_PLACE = re.compile(
    r"\b(?:stormed|storming|overr(?:an|un))\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}?(?:village|compound|hotel|"
    r"church|mosque|school|market|mall|restaurant|caf[eé]|hospital|house|home|concert|university|bus|wedding|"
    r"funeral|hamlet)s?\b",
    re.I,
)


# An arrest told in a lead: the capture words, and the ways of saying it the other readers do not need
CAPTURE_WORDS = re.compile(rf"\b(?:{alternation(CAPTURE_FORMS)}|detainees?|custody|picked up|seiz\w+)\b", re.I)


ASSAULT_WORDS = re.compile(r"\b(?:storm(?:ed|ing)?|overr(?:an|un)|raid(?:ed|ing)?|attack(?:ed|ing)?)\b", re.I)


# "an ambush": how it was done is told next ("a roadside bomb exploded as the convoy passed").
AMBUSH = re.compile(r"\bambush(?:ed|es|ing)?\b", re.I)
# The vehicle of a suicide bomber, named after an ambush or a blast is told.
SUICIDE_VEHICLE = re.compile(r"\bsuicide (?:vehicle|car|truck|van)\b", re.I)
# A fight between armed sides told without a clash word: "a shootout between two armed groups", or told as a battle
# of two armed sides ("a five-month battle between the army and rebels", "tribal fighting").
_ARMED_SIDE = (
    r"(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:forces|troops|army|soldiers|police|militants|rebels|insurgents|fighters|"
    r"militias?|militiamen|jihadists|gangs|tribes|clans)"
)
SHOOTOUT = re.compile(
    r"\bshoot-?outs?\b|"
    r"\bbetween (?:two )?(?:rival|armed|criminal|warring)(?: armed| criminal)? "
    r"(?:groups|gangs|factions|militias|tribes|clans)\b|"
    rf"\b(?:battles?|fighting|clash(?:es)?|gun ?battles?|war)\s+between\s+{_ARMED_SIDE}\s+and\s+{_ARMED_SIDE}\b|"
    r"\b(?:tribal|inter-?tribal|clan) (?:fighting|clashes|warfare|war|feuds?)\b",
    re.I,
)
# One unnamed civilian shot: "a motorcyclist was shot dead", an attack on a civilian, not an assassination.
ANONYMOUS_CIVILIAN = re.compile(
    r"^(?:(?:an?|one)\s+)?(?:[\w\-]+\s+){0,2}?(?:motorcyclist|(?:taxi |bus |truck )?driver|passer-?by|shopkeeper|"
    r"vendor|villager|farmer|herder|fisherman|civilian|resident|trader|labou?rer|worker|woman|man|boy|girl|child|"
    r"person|passenger|pedestrian)\b",
    re.I,
)
# The one civilian killed told by the work that marked them out: "shot a man who owned a bookshop", "a woman who
# had taught girls" (not "a man who was walking home": where he was, not who he was).
SINGLED_OUT = re.compile(
    r"\bwho\s+(?:had\s+)?(?:ran|run|owned|worked|taught|headed|led|managed|founded|campaigned|served|preached|"
    r"spoke out|wrote)\b",
    re.I,
)
# People put to death by those holding them: "publicly executed four people", "were summarily executed".
EXECUTION = re.compile(r"\b(?:publicly|summarily)\s+execut(?:ed|es|ing)\b|\b(?:was|were|been)\s+executed\b", re.I)
# The dead killed in a raid no one is named as making: "a wanted militant was shot dead in a raid". Unless they were
# civilians, they were the men the forces hunted (gunmen's raids name their target: "a raid on a village").
KILLED_IN_RAID = re.compile(
    r"\b(?:killed|shot dead|shot|gunned down)\s+(?:in|during)\s+(?:an?\s+)?(?:[\w\-]+\s+)?raids?\b(?!\s+(?:by|on)\b)",
    re.I,
)
# Men with guns or their shooting told as the event: "gunmen opened fire", "attacked by a group of armed men".
GUNFIRE = re.compile(
    r"\b(?:gunm[ae]n|armed men|opened fire|open fire|gunfire|gunshots?|shooting|sprayed bullets|gunned down)\b",
    re.I,
)
# Armed men holding a place they burst into: "a 30-hour siege at a hotel", "the militants barged in".
SIEGE = re.compile(r"\bsieges?\b|\b(?:barged|burst|bursting|barging)\s+in(?:to)?\b", re.I)
MASS_TOLL = 20  # so many dead with no fight told: a massacre of people, not an unclassed act
MANY_KILLED = 5  # so many dead told before a taking: the killing is the event

HOSTAGE = re.compile(r"\bhostages?\b", re.I)
# A force's men shot dead told with a fight: "the sergeant was ambushed", "troops returned fire", "security forces
# responded, neutralising them". Not one officer gunned down at his door: a fight of armed men, not a targeting.
FORCE_FOUGHT = re.compile(
    r"\bambush(?:ed|es|ing)?\b|\b(?:returned|return) fire\b|\bexchanged? (?:of )?(?:fire|gunfire|shots)\b|"
    r"\bgun ?battles?\b|\bfirefights?\b|\bresponded\b[^.;]{0,40}?\bneutrali[sz]\w*",
    re.I,
)

# A rampage with a knife or a vehicle: "a stabbing spree", "ploughed a van into a crowd" (an attack on
# whoever was there, whatever a later line says the attacker meant to do).
RAMPAGE = re.compile(
    r"\bstabbing(?:s| spree| rampage)?\b|\bstabbed\b|\bknife (?:attack|rampage)s?\b|"
    r"\b(?:mowed|mown|mowing|ploughed|plowed|ploughing|plowing|rammed|ramming|drove|driving|crashed)\s+"
    r"(?:(?:a|his|her|their|the)\s+)?(?:[\w\-]+\s+){0,2}?(?:into|down|through)\s+(?:(?:a|the)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:pedestrians|crowds?|people|shoppers|revell?ers|spectators|passers-?by|cyclists|tourists)\b|"
    # "the car ploughed into them": the people just told, only right after the verb (not "drove down the road
    # towards them", "crashed into a truck carrying them")
    r"\b(?:mowed|ploughed|plowed|rammed|drove)\s+(?:into|through)\s+them\b|"
    # "a car hit a group of seven cyclists", "a van slammed into a crowd": a vehicle driven into people
    r"\b(?:truck|lorry|van|car|vehicle)\s+(?:hit|slammed into|smashed into)\s+(?:(?:a|the)\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:group|crowd|pedestrians|people|cyclists|tourists|passers-?by)\b|"
    r"\b(?:truck|lorry|van|car|vehicle)(?:-ramming| ramming)? (?:attack|rampage)s?\b",
    re.I,
)
# A suicide bomber only possible, likely or suspected ("thought to be a suicide attack", "one suspected suicide bomber
# is in hospital", "on alert for a possible suicide attack", "foiled a likely suicide attack"): the text tells no blast
# by a bomber; the word is dropped.
HEDGED_BEFORE = re.compile(
    r"\b(?:believed|thought|suspected|presumed|possible|possibly|likely|may have been|"
    r"might have been)(?:\s+to\s+(?:be|have been))?(?:\s+(?:an?|the))?\s*$",
    re.I,
)
# A suicide bombing told as an event that happened, only its suicide doubted: "in what appeared to be a suicide
# bombing", "appears to be suicide attack", "seemed to be the work of a suicide bomber", "an apparent suicide
# attack", "a purported suicide bomber" (not "a statement purportedly from the suicide bomber": the statement is
# doubted). A blast went off: a bombing.
APPARENT_BEFORE = re.compile(
    r"\b(?:apparent|apparently|"
    r"(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+to\s+(?:be|have been)"
    r"(?:\s+(?:from|caused by|the (?:work|result) of|carried out by))?|"
    r"purported(?:ly)?(?:\s+(?:caused by|the (?:work|result) of|carried out by))?)(?:\s+(?:an?|the))?\s*$",
    re.I,
)
# "appeared" telling who the attacker was, not whether there was one: "the attacker, who appeared to be a suicide
# bomber of about 15", "the man seemed to be a suicide bomber".
BOMBER_LOOKED_BEFORE = re.compile(
    r"\b(?:who|attackers?|assailants?|bombers?|m[ae]n|wom[ae]n|boys?|girls?|youths?|teenagers?|he|she)\b,?\s+"
    r"(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+to\s+(?:be|have been)\s+(?:an?\s+)?$",
    re.I,
)
# The bomber himself told dead right after the doubted word, or in a phrase set off by commas: "a suicide bomber, a
# girl of about 12, who died in the blast" (not "an apparent suicide attack, among them a major who was killed").
_SUICIDE_BOMBER = r"suicide[\s\-]+(?:bomber|attacker)"
_REMAINS = r"(?:severed\s+)?(?:head|body|remains|torso)"
BOMBER_DEAD_AFTER = re.compile(
    rf"^{_SUICIDE_BOMBER}s?(?:\s*,[^,.;]{{1,40}},)?\s+who\s+(?:also\s+)?(?:died|was killed|perished)\b",
    re.I,
)
# The bomber's remains found, in the doubting sentence after the word or in the next: "the bomber's remains were
# found at the scene".
BOMBER_REMAINS = re.compile(
    rf"\bthe\s+(?:suicide\s+)?(?:bomber|attacker)(?:'|\u2019)s\s+{_REMAINS}\s+"
    r"(?:was|were|had been|have been)\s+(?:\w+\s+)?found\b",
    re.I,
)
# "his head was found" right after the bomber ("the work of a suicide bomber, police said, and his head was found"),
# with no one else named, killed or hurt between (not "... a suicide attack; relatives said his body was found").
BOMBER_HIS_REMAINS_AFTER = re.compile(
    rf"^{_SUICIDE_BOMBER}\b(?:(?!\b(?:kill|die|dead|wound|injur|hurt|guard|officer|soldier|"
    r"policem|man|woman|boy|girl|child|people|victim|among)\w*)[^.;])*?"
    rf"\b(?:his|her)\s+{_REMAINS}\s+(?:was|were)\s+found\b",
    re.I,
)
BOMBING_STRENGTH = next(strength for _, label, strength in EVENT_WORDS if label == "bombing")
# Words that liken the event to an earlier one: what follows them names that one ("the deadliest attack since the
# school siege of 2004", "reminiscent of the theatre hostage crisis"), not how this one was done.
LIKENED_TO = re.compile(
    r"\b(?:reminiscent of|recalling|echoing|likened to|compared (?:to|with)|"
    r"(?:deadliest|worst|bloodiest|biggest|largest|most serious)\b[^.;]{0,60}?\bsince)\b",
    re.I,
)
# Grenades are thrown in a fight; a bomb is set. "attacked the patrol with rifles, mortars and grenades",
# "rebels launched gun and bomb attacks": guns told with the blast.
GRENADE = re.compile(r"\bgrenades?\b", re.I)
GUN_AND_BOMB = re.compile(r"\bguns?(?:fire)?,?\s+(?:and\s+)?bombs?\b|\bbombs?,?\s+and\s+guns?(?:fire)?\b", re.I)
# "a terrorist attack" told with nothing of whom it hit: an attack on the public.
TERROR_ATTACK = re.compile(r"\b(?:terror(?:ist)?|extremist|jihadist|Islamist) (?:attacks?|acts?)\b", re.I)
# Words of attacking or firing whose object (the parse) says who was hit: "attacked a convoy of displaced families",
# "fired on guests leaving a wedding hall", "gunned down farmers".
ATTACK_VERBS = frozenset(["attack", "attacked", "attacking", "attacks", "targeted", "targeting", "fire", "fired"])

# An attack told by its target when that target is an armed force or its post: "an attack by rebels on a
# security point", "the deadliest attack on government forces". A fight, whatever bomb a later line mentions.
ATTACK_ON_FORCES = re.compile(
    r"\b(?:attack|assault|raid)s?\s+(?:by\s+[^.;]{0,80}?\s+)?on\s+(?:(?:a|an|the|two|three|several)\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:security (?:point|post|forces|personnel)|(?:government|security|state) (?:forces|troops)|"
    r"checkpoints?|check ?posts?|troops|soldiers|(?:police|army|military) (?:station|post|camp|base|patrol|convoy)s?|"
    r"outposts?|barracks)\b",
    re.I,
)

# People hurt or killed in riots, unrest or a protest turned violent, or by a mob: "a guard was killed in riots",
# "dozens died during the demonstrations", "hurt in the rioting", "a mob attacked the district police".
# Neither side came as an armed force to fight. ("in protest of": a purpose, not an event.)
RIOT = re.compile(
    r"\b(?:in|during)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}?(?:riots|rioting|unrest|protests|demonstrations?)\b|"
    r"\b(?:mobs?|rioters)\b",
    re.I,
)
# The event-word strength (sentence_facts.EVENT_WORDS) of a bombing or an arrest, and above them a taking, a strike
# from the air, a suicide bombing: each says what the event was, riot or not.
BEYOND_RIOT = 6

# A sentence that ties an event already told to an earlier (or later) one: "The attack came a day after ...".
EARLIER_EVENT_LINK = re.compile(
    r"^\W*(?:the|this|that|[A-Z]\w+day['’]s)\b[^.;]{0,80}?\b(?:occurred|came|comes|took place|happened|follows|"
    r"followed)\s+(?:only\s+|just\s+|barely\s+)?(?:a|one|two|three|four|several|few|some)?\s*(?:days?|hours?|weeks?)\s+"
    r"(?:after|before)\b",
    re.I,
)

# A force killing the men who tried to attack: "soldiers shot dead two men who tried to stab them", "three militants
# who attempted a rocket attack were killed by the police". The dead were the attackers, stopped by armed men: a fight.
_KILLED = r"(?:shot|killed|shot dead|gunned down|neutrali[sz]ed)"
_TRIED_ATTACK = (
    r"\b(?:who|as they|when they|after they|while they)\s+(?:\w+\s+)?(?:tried|attempted|were trying|was trying)\s+"
    r"(?:to\s+)?(?:[\w\-]+\s+){0,4}?(?:attacks?|stab\w*|storm|ram|bomb\w*|blow|detonate|shoot|knife|seize|take over|"
    r"overrun|infiltrate)\b"
)
_FORCE = r"(?:soldiers|troops|(?:security|government|armed) forces|police(?:men)?|officers|guards|army|military|forces)"
FOILED_ATTACKERS_KILLED = re.compile(
    rf"\b{_FORCE}\b[^.;]{{0,40}}?\b{_KILLED}\s+(?:[\w\-]+\s+){{0,3}}?{_TRIED_ATTACK}|"
    rf"{_TRIED_ATTACK}[^.;]{{0,80}}?\b(?:was|were)\s+(?:\w+\s+)?{_KILLED}\s+by\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?{_FORCE}\b",
    re.I,
)

# The doers of a raid or cordon that make it a security-force raid: "a police raid", "a raid by Israeli
# troops", "cordoned off by the security forces", "officers raided a house".
FORCE_NOUNS = frozenset(
    [
        "police",
        "policemen",
        "officers",
        "troops",
        "soldiers",
        "forces",
        "army",
        "military",
        "commandos",
        "gendarmes",
        "gendarmerie",
        "paramilitaries",
        "rangers",
        "battalion",
        "agents",
        "personnel",
    ]
)
# (word forms: the pipeline runs without a lemmatizer)
RAID_WORDS = frozenset(["raid", "raids", "raided", "raiding", "cordon", "cordoned", "cordoning", "swooped"])


# The dead and the arrested counted together, the dead first: "42 were killed and 40 arrested in the operation". The
# arrests are what the killing ended with; the words around the killing say what it was.
KILLED_AND_TAKEN = re.compile(
    r"\b(?:killed|dead)\s+and\s+(?:\d[\d,]*|[a-z]+)\s+(?:others\s+|people\s+|more\s+)?(?:arrested|detained)\b", re.I
)


# An operation whose stated aim is to take people: "forces were operating in the camp to apprehend a cell".
CAPTURE_PURPOSE = re.compile(
    r"\b(?:operat(?:ing|ed|ion|ions)|raid(?:s|ed|ing)?|sweep|search(?:ing|ed)?)\b[^.;]{0,60}?"
    rf"\bto (?:{alternation(CAPTURE_VERBS)})\b",
    re.I,
)


# "An Israeli strike on a house", "a US strike killed a commander": a strike by an armed force is from the air,
# unless a word before it makes it a walkout ("a hunger strike", "a general strike") or an attack on the ground by
# armed men ("the deadliest terror strike this year", "a militant strike on a post").
NOT_AIR_STRIKE_WORDS = frozenset(
    ["hunger", "general", "labour", "labor", "workers", "nationwide", "teachers", "doctors"]
    + ["terror", "terrorist", "militant", "insurgent", "rebel", "guerrilla", "guerilla", "jihadist"]
)


def bare_strike(doc, first: int, last: int) -> bool:
    """Does the sentence name a strike, unqualified, as an event (the parse: a noun with no walkout or ground
    attack modifier)?"""
    return any(
        token.lower_ in ("strike", "strikes")
        and token.tag_ in ("NN", "NNS")
        and not any(c.lower_ in NOT_AIR_STRIKE_WORDS for c in token.children)
        for token in doc[first : last + 1]
    )


def _doers(token) -> list:
    """Who does what `token` (a raid verb or noun) names, from the parse."""
    children = list(token.children)
    agents = [g for c in children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for g in c.children]
    if token.tag_.startswith("VB"):
        return [c for c in children if c.dep_ == "nsubj"] + agents
    return [c for c in children if c.dep_ in ("compound", "amod", "poss")] + agents


def force_raid(doc, first: int, last: int) -> bool:
    """Does the sentence of tokens first..last tell a raid or cordon by security forces?"""
    for token in doc[first : last + 1]:
        if token.lower_ in RAID_WORDS and any(d.lower_ in FORCE_NOUNS for d in _doers(token)):
            return True
    return False


# What an attack or a firing was aimed at, by the head noun of its object (with its own modifiers, not the
# other things listed after it): a place where unarmed people are, an armed force or its post, or one person.
CIVILIAN_TARGETS = re.compile(
    r"^(?:synagogues?|church(?:es)?|mosques?|temples?|shrines?|homes?|houses?|residences?|hotels?|schools?|"
    r"colleges?|universit(?:y|ies)|markets?|restaurants?|caf[eé]s?|hospitals?|clinics?|exhibits?|exhibitions?|"
    r"weddings?|funerals?|concerts?|bus(?:es)?|minibus(?:es)?|shops?|malls?|villages?|hamlets?|congregations?|"
    r"worshipp?ers|civilians?|villagers?|passengers?|guests|pilgrims|residents?|families|crowds?)$",
    re.I,
)
# A vehicle is a civilian target only when no force is named in it or among the dead ("their vehicle" of aid
# workers, not "a police vehicle").
VEHICLE_TARGET = re.compile(r"^(?:vehicles?|cars?|vans?|convoys?)$", re.I)
FORCE_TARGETS = re.compile(
    r"\b(?:checkpoints?|check ?posts?|outposts?|barracks|positions|garrisons?|bases?|posts?|patrols?|"
    r"units?|detachments?|battalions?|brigades?|squads?)$",
    re.I,
)
# A town or city shelled: "the shelling of a border town", "shelled the region's capital".
SHELLED_TOWN = re.compile(
    r"\b(?:shell(?:ed|ing|s)|bombard(?:ed|ing|ment|s))\s+(?:of\s+)?(?:(?:a|an|the)\s+)?(?:[\w\-'’]+\s+){0,4}?"
    r"(?:city|cities|town|towns|capital|villages?|neighbou?rhoods?|residential)\b",
    re.I,
)
# A fight told in the lead: then both sides were armed, whatever was attacked.
FIGHT = re.compile(
    r"\b(?:clash(?:es|ed)?|gun ?battles?|gunfights?|firefights?|exchanges? of fire|exchanged fire|shoot-?outs?|"
    r"fighting|returned fire|return fire|encounters?)\b",
    re.I,
)
# The dead told only as "people": they say nothing of whom an attack was aimed at.
GENERIC_DEAD = re.compile(r"\b(?:people|persons)\b", re.I)
TARGET_NOUNS = frozenset(["attack", "attacks", "assault", "assaults", "raid", "raids", "siege", "sieges"])
# "the target of the attack was the army camp": the target named as what the copula equates it with.
TARGET_WORDS = frozenset(["target", "targets"])
COPULAS = frozenset(["is", "are", "was", "were"])
# A place named as a whole (a village or a town): where the attack was, not yet what in it was hit. A later line of
# the incident may name that ("attacked a village ... a later line: attacked the police post in the village").
SETTLEMENT = re.compile(r"^(?:villages?|towns?|hamlets?|cit(?:y|ies)|settlements?|communit(?:y|ies))$", re.I)
# (every form of each verb: "insurgents ambushing farmers", "rebels are raiding an army base")
TARGET_VERBS = (
    ATTACK_VERBS
    | frozenset(["stormed", "storming", "storm", "storms", "raided", "raiding", "raid", "raids", "shot", "struck"])
    | frozenset(["ambushed", "ambushing", "ambush", "ambushes", "assault", "assaulted", "assaulting", "assaults"])
)
# Verbs whose passive subject is what was hit ("a vehicle was attacked", "the convoy was ambushed"); not "fired" (the
# weapon: "shots were fired") nor "shot" (a person, told by the dead) nor "killed" (the dead).
PASSIVE_TARGET_VERBS = frozenset(["attacked", "targeted", "stormed", "raided", "struck", "ambushed", "assaulted"])
PERSON_PRONOUNS = frozenset(["him", "her"])
KILL_VERBS = frozenset(["killed", "killing", "kill", "kills"])


def _target_kind(obj) -> str | None:
    """'civilian', 'force', 'person', 'vehicle' or None, for the head of an attack's object."""
    if obj.lower_ in PERSON_PRONOUNS or (obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN"):
        return "person"
    # "the Army Public School", "the Police Hospital": a named school or hospital a force runs is still full of
    # civilians, so only its head counts; "a police bus" (lower case) carries the force
    named_site = obj.text[:1].isupper() and CIVILIAN_TARGETS.match(obj.text)
    own = [] if named_site else [t for t in obj.subtree if t.i < obj.i]  # "a Kenya Defence Forces convoy"
    words = " ".join(t.text for t in [*own, obj])
    if (
        ARMED_MEN.search(words)
        or MILITANT_WORDS.search(words)
        or FORCE_TARGETS.search(obj.text)
        or any(t.lower_ in FORCE_NOUNS for t in own)
    ):
        return "force"
    if CIVILIAN_TARGETS.match(obj.text):
        return "civilian"
    if VEHICLE_TARGET.match(obj.text):
        return "vehicle"
    return None


def _attack_objects(doc, first: int, last: int):
    """What each attack or firing word of the sentence was aimed at, from the parse, word by word: the objects of
    its "on" or "at" ("opened fire on the synagogue", "an attack on a convoy"), of the verb itself ("attacked a
    convoy", "gunned down worshippers"; not of "fired": "fired rockets" names the weapon), its passive subject ("a
    vehicle was attacked", "the convoy was ambushed"), or who "came under attack" ("a combat unit came under
    attack"); and after each of those the others listed with it ("the airport and a police school came under
    attack": both, in order)."""
    for token in doc[first : last + 1]:
        lower = token.lower_
        children = list(token.children)
        fire = lower in ("fire", "fired") or (lower == "opened" and any(c.lower_ == "fire" for c in children))
        gunned = lower == "gunned" and any(c.lower_ == "down" for c in children)
        noun = lower in TARGET_NOUNS and token.tag_ in ("NN", "NNS")
        # "killed six people at an army base": where the killing was done is what was attacked
        killed = lower in KILL_VERBS and token.tag_.startswith("VB")
        if lower in TARGET_WORDS and token.dep_ in ("nsubj", "nsubjpass") and token.head.lower_ in COPULAS:
            yield [c for c in token.head.children if c.dep_ == "attr"]
            continue
        if not (fire or gunned or noun or killed or (lower in TARGET_VERBS and token.tag_.startswith("VB"))):
            continue
        if lower == "opened":
            children += [g for c in children if c.lower_ == "fire" for g in c.children]
        objects = [g for c in children if c.dep_ == "prep" and c.lower_ in ("on", "at") for g in c.children]
        if killed:
            yield objects  # (what it killed is told by the dead, not here)
            continue
        if not fire and not noun:
            objects += [c for c in children if c.dep_ in ("dobj", "obj")]
        if noun and token.head.lower_ == "under":
            objects += [c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if lower in PASSIVE_TARGET_VERBS and token.tag_ == "VBN":
            objects += [c for c in children if c.dep_ == "nsubjpass"]
        # ("the airport and a military police school came under attack": each target listed, in order)
        objects += [c for o in objects for c in o.conjuncts]
        yield sorted(set(objects), key=lambda t: t.i)


def _civilians_attacked(doc, first: int, last: int) -> bool:
    """Does an attack or firing word of the sentence take civilians as its object ("attacked a convoy of fleeing
    civilians", "opened fire on people", "gunned down worshippers"), with no armed men among them?"""
    for objects in _attack_objects(doc, first, last):
        for obj in objects:
            words = " ".join(t.text for t in obj.subtree)
            if CIVILIAN_WORDS.search(words) and not (MILITANT_WORDS.search(words) or ARMED_MEN.search(words)):
                return True
    return False


def _first_target(doc, first: int, last: int):
    """The object of the sentence's first attack or firing that says what was hit, and its kind (or None, None)."""
    for objects in _attack_objects(doc, first, last):
        for obj in objects:
            kind = _target_kind(obj)
            if kind:
                return obj, kind
    return None, None


def attack_target(doc, first: int, last: int) -> str | None:
    """What the sentence's first attack or firing was aimed at, from the parse: "gunmen opened fire on the
    synagogue" (civilian), "attacked police stations and an airport" (force), "opened fire on him" (person)."""
    return _first_target(doc, first, last)[1]


def lead_target(doc, bounds: dict, incident: Incident, facts: dict[int, SentenceFacts]) -> str | None:
    """What the incident's attack was aimed at: the lead's target, unless the lead names none, or only the village
    or town it hit, and kills no named civilians; then a force the next two lines say was attacked ("gunmen attacked
    a town, killing five people. ... they stormed the army post there") makes it an attack on that force."""
    lead = facts[incident.sentences[0]]
    obj, kind = _first_target(doc, *bounds[lead.index])
    if kind not in (None, "civilian") or (obj is not None and not SETTLEMENT.match(obj.text)):
        return kind
    if CIVILIAN_WORDS.search(GENERIC_DEAD.sub("", " ".join(c.victims for c in lead.kills))):
        return kind
    for i in incident.sentences[1:3]:
        if i in bounds and not facts[i].claim and attack_target(doc, *bounds[i]) == "force":
            return "force"
    return kind


def _attackers_last(victims: str) -> bool:
    """'147 students and four militants': the civilians are counted first, the attackers among the dead after them."""
    militant, civilian = MILITANT_WORDS.search(victims), CIVILIAN_WORDS.search(victims)
    return bool(militant and civilian and civilian.start() < militant.start() and not SECURITY_WORDS.search(victims))


def _forces_first(victims: str) -> bool:
    """'three soldiers and eight civilian auxiliaries': the dead named first are a force's men, so the attack
    was on the force. ('six people ... three police officers and two locals': the dead told only as people are
    not named.)"""
    victims = GENERIC_DEAD.sub("", victims)
    force, civilian = SECURITY_WORDS.search(victims), CIVILIAN_WORDS.search(victims)
    return bool(force and (civilian is None or force.start() < civilian.start()))


def _armed_first(victims: str) -> bool:
    """'two militiamen of the village guard and a herder': armed men are the dead named first."""
    armed = [m.start() for m in (SECURITY_WORDS.search(victims), MILITANT_WORDS.search(victims)) if m]
    civilian = CIVILIAN_WORDS.search(victims)
    return bool(armed) and (civilian is None or min(armed) < civilian.start())


# Arms carried, guns among them: "armed with rifles and explosive vests", "wielding pistols and homemade bombs",
# "attacked a post with guns and explosives". They tell how the men were armed, not a blast.
_ARM = (
    r"(?:[\w\-]+\s+){0,2}?(?:guns?|rifles?|shotguns?|pistols?|Kalashnikovs?|AK-47s?|firearms|machine-?guns?|weapons|"
    r"knives|machetes|bombs?|explosives?|grenades?|(?:suicide|explosive) (?:vests?|belts?))"
)
ARMS_CARRIED = re.compile(
    rf"\b(?:armed with|wielding|brandishing|carrying|with)\s+{_ARM}(?:\s*,\s*(?:and\s+)?{_ARM}|\s+and\s+{_ARM})+\b",
    re.I,
)
FIREARM = re.compile(r"\b(?:guns?|rifles?|shotguns?|pistols?|Kalashnikovs?|AK-47s?|firearms|machine-?guns?)\b", re.I)


def _without_carried_bombs(facts: SentenceFacts) -> SentenceFacts:
    """The sentence's facts without the bombs it names only among the arms men carried with their guns."""
    spans = [
        (facts.start + m.start(), facts.start + m.end())
        for m in ARMS_CARRIED.finditer(facts.text)
        if FIREARM.search(m.group())
    ]
    carried = [
        e for e in facts.events if e[0] in ("bombing", "suicide_bombing") and any(a <= e[2] < b for a, b in spans)
    ]
    return dt_replace(facts, events=[e for e in facts.events if e not in carried]) if carried else facts


# A suicide bomber weighed against another cause: "whether it was caused by a suicide bomber or by a bomb set off
# from a distance" (the frame before the bomber, the other cause after; not "whether the suicide bomber had
# accomplices").
SUICIDE_WEIGHED_BEFORE = re.compile(
    r"\bwhether\b[^.;]{0,60}?\b(?:was|were|is|had been)\s+"
    r"(?:(?:from|caused by|the (?:work|result) of|carried out by|due to)\s+)?(?:an?\s+)?$",
    re.I,
)
SUICIDE_WEIGHED_AFTER = re.compile(r"^suicide(?:[\s\-]+[\w\-]+){0,3}?\s+or\b", re.I)


def _suicide_in_doubt(facts: SentenceFacts, at: int, after_text: str = "") -> str | None:
    """How the suicide bombing word at this offset is doubted: "dropped" when the attack is only possible, likely or
    suspected (no blast told); "bombing" when it is told as an event that happened, only its suicide doubted
    ("apparent", "appeared to be", "purported") or weighed against another cause; None when it is told as done, or
    the bomber is only described, or told dead or his remains found (`after_text`: the next sentence). A suicide
    attack feared or warned of is left alone: the feared attack may be the one told ("made good on their threat of
    a suicide bombing, killing 17")."""
    before, after = facts.text[: at - facts.start], facts.text[at - facts.start :]
    if HEDGED_BEFORE.search(before):
        return "dropped"
    if BOMBER_LOOKED_BEFORE.search(before) or BOMBER_DEAD_AFTER.match(after) or BOMBER_HIS_REMAINS_AFTER.match(after):
        return None
    if BOMBER_REMAINS.search(after) or BOMBER_REMAINS.search(after_text):
        return None
    if APPARENT_BEFORE.search(before) or (SUICIDE_WEIGHED_BEFORE.search(before) and SUICIDE_WEIGHED_AFTER.match(after)):
        return "bombing"
    return None


def _without_hedged_suicide(facts: SentenceFacts, after_text: str = "") -> SentenceFacts:
    """The sentence's facts without a suicide bombing it tells only as possible, and with one it tells as an event
    that happened, only its suicide doubted, told as a bombing: a blast at that place, the text not saying a bomber
    blew himself up ("in what appeared to be a suicide bombing" is still a bombing)."""
    events, changed = [], False
    for event in facts.events:
        label, _, at = event
        doubt = _suicide_in_doubt(facts, at, after_text) if label == "suicide_bombing" else None
        if doubt == "bombing":
            events.append(("bombing", BOMBING_STRENGTH, at))
        elif doubt != "dropped":
            events.append(event)
        changed = changed or doubt is not None
    return dt_replace(facts, events=events) if changed else facts


# The dead told only as "people", then who most of them were: "killed 63 people, mostly children", "84 people, many
# of them children", "30 persons, mostly pilgrims".
MOSTLY_AFTER = re.compile(
    r"^(?:\s+(?!people|persons)[\w\-]+){0,3}?\s+(?:people|persons)\s*,?\s*"
    r"(?:mostly|mainly|largely|predominantly|(?:most|many|all|the majority) of (?:them|whom))\s+"
    r"(?P<who>(?:[\w\-]+\s+){0,2}?[\w\-]+)",
    re.I,
)


def _with_dead_told_apart(facts: SentenceFacts) -> SentenceFacts:
    """The sentence's facts with each toll that names its dead only as people read with who most of them were."""
    counts, changed = [], False
    for count in facts.counts:
        told = MOSTLY_AFTER.match(facts.text[count.end - facts.start :]) if count.kind == "killed" else None
        if told and not GENERIC_DEAD.sub("", count.victims).strip():
            count = dt_replace(count, victims=f"{count.victims} {told.group('who')}")
            changed = True
        counts.append(count)
    return dt_replace(facts, counts=counts) if changed else facts


# Where a sentence turns to another event: "five soldiers died in a blast, while a guard was injured in attacks in X
# and Y".
CLAUSE_BREAK = re.compile(r";|\s(?:while|whereas|meanwhile)\s", re.I)


def _listed_clause(facts: SentenceFacts, place) -> SentenceFacts:
    """The part of the sentence that tells the events of a list of places ("... while civilians were injured in
    attacks in X, Y and Z"): from the last turn to another event before `place`, one of the list."""
    mention = next((m for m, p in facts.places if p is place), None)
    if mention is None:
        return facts
    breaks = list(CLAUSE_BREAK.finditer(facts.text[: mention.start - facts.start]))
    if not breaks:
        return facts
    cut = breaks[-1].end()
    return dt_replace(facts.within(facts.start + cut, facts.end, True), start=facts.start + cut, text=facts.text[cut:])


def _arson_at(facts: dict[int, SentenceFacts], event: tuple[str, int, int]) -> bool:
    """Is the event word at this offset a fire set ("torched", "set ablaze")?"""
    return any(f.start <= event[2] < f.end and ARSON.match(f.text, event[2] - f.start) for f in facts.values())


# A line that is only a caption's credit in parentheses: "(AP Photo/NAME)".
CREDIT_LINE = re.compile(r"\s*\([^()]*\)\s*")


def _hostages_held(incident: Incident, facts: dict[int, SentenceFacts]) -> bool:
    """Do the lead and the three lines after it (past credit lines) tell people of this event held hostage: a taking
    of hostages ("held the staff hostage", "a hostage siege"), or hostages in a siege ("the siege ended and 30
    hostages were freed", "a siege in which 22 people, among them 18 hostages, died")? Not in a line that only
    likens the event to another one ("reminiscent of the school hostage crisis") or tells a claim."""
    lines = [i for i in incident.sentences[1:] if not CREDIT_LINE.fullmatch(facts[i].text)][:3]
    for i in incident.sentences[:1] + lines:
        line = facts[i]
        if line.claim or LIKENED_TO.search(line.text) or not HOSTAGE.search(line.text):
            continue
        if SIEGE.search(line.text) or any(e[0] == "abduction" for e in line.events):
            return True
    return False


# What fire did where it fell, told of the fire itself: "shelling hit two streets", "homes were destroyed by
# rockets" (not "the rebels fired rockets at the city" alone: that may be the other side's fire; nor a hit told of
# something else in the line).
HIT = r"(?:hit|struck|destroyed|damaged|levell?ed|razed)"
FIRE_HIT_AFTER = re.compile(rf"^\W*(?:[\w\-]+\W+){{0,3}}?{HIT}\b", re.I)
FIRE_HIT_BEFORE = re.compile(rf"\b{HIT}\s+by\s+(?:[\w\-]+\s+){{0,3}}?$", re.I)


def _ground_fire_hit(line: SentenceFacts) -> bool:
    """Does the line tell shelling or rockets that killed or hit, and no strike from the air or a drone (the
    sentence facts' event labels)?"""
    if line.claim or any(e[0] == "air_or_drone_strike" for e in line.events):
        return False
    for label, _strength, at in line.events:
        if label != "shelling":
            continue
        if line.kills:
            return True
        offset = at - line.start
        if FIRE_HIT_AFTER.search(line.text[offset:]) or FIRE_HIT_BEFORE.search(line.text[:offset]):
            return True
    return False


def _shelled(incident: Incident, facts: dict[int, SentenceFacts]) -> bool:
    """Does the lead or one of the two lines after it tell fire from the ground that killed or hit, with no aircraft
    or drone in that line (a lead of "air raids overnight killed two", then "artillery shells hit a school")? The
    convention codes shelling of civilians as an attack on them."""
    return any(_ground_fire_hit(facts[i]) for i in incident.sentences[:3])


def _riot_casualties(incident: Incident, facts: dict[int, SentenceFacts]) -> bool:
    """Does the first of the lead and the line after it to count dead or hurt tell them in riots, unrest or by a mob
    (not "gunmen killed five ... Later, two were hurt in protests": the riot is not the event), with no bomb, strike,
    taking or arrest in the lead (those say what the event was, wherever it happened)?"""
    lead = facts[incident.sentences[0]]
    if any(e[1] >= BEYOND_RIOT for e in lead.events):
        return False
    for i in incident.sentences[:2]:
        line = facts[i]
        if line.counts and not line.claim:
            return bool(RIOT.search(line.text))
    return False


# An aircraft or a drone that fired, or a drone that blew up: "army helicopters had opened fire on the school", "two
# helicopters swooped in and opened fire", "a drone of the army bombed a gathering", "the explosive drones went off"
# (not "a drone filmed the men as they opened fire": only a few words of its own may stand between the craft and the
# fire; not "the helicopter exploded", "the aircraft exploded in mid-air": a craft that blows up was struck itself).
_CRAFT = r"(?:helicopters?|gunships?|warplanes?|fighter jets?|aircraft|drones?|UAVs?)"
_CRAFT_OWN_WORDS = (
    r"\s+(?:(?:of|from)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?)?"
    r"(?:(?:had|have|has|also|reportedly|swooped in and|flew in and|flew over and)\s+)?"
)
AIRCRAFT_FIRE = re.compile(
    rf"\b{_CRAFT}{_CRAFT_OWN_WORDS}(?:opened fire|fired|bombed|strafed)\b|"
    rf"\b(?:drones?|UAVs?){_CRAFT_OWN_WORDS}(?:went off|exploded)\b",
    re.I,
)
# A craft that was the target: "opened fire on a police helicopter", "a helicopter ... was hit by a rocket", "shot
# down two drones".
CRAFT_STRUCK = re.compile(
    rf"\b(?:opened fire on|fired (?:on|at)|shot down|downed|hit|struck|targeted)\s+(?:[\w\-']+\s+){{0,3}}?{_CRAFT}\b|"
    rf"\b{_CRAFT}\b[^.;]{{0,40}}?\b(?:was|were|had been|after being)\s+(?:hit|struck|shot down|downed|brought down)\b",
    re.I,
)
# A clause about the past: "in a district where warplanes bombed camps last year", "months ago", "in 2019".
_PAST = re.compile(
    r"\b(?:last|previous|the year before)\s+(?:year|month|week|decade|spring|summer|autumn|winter)\b|"
    r"\b(?:years?|months?|weeks?)\s+(?:ago|earlier|before)\b|\bin\s+(?:19|20)\d\d\b|\bearlier this year\b",
    re.I,
)
# What came before and sets the scene: "the attack came a year after Governor X survived ...", "since Mayor X was
# killed".
_BACKGROUND_BEFORE = re.compile(r"\b(?:came|comes|come|days?|weeks?|months?|years?)\s+after\b|\bsince\b", re.I)


# A craft that answered an attack told before it in the sentence: "bandits killed 30 villagers, and helicopters later
# opened fire on the fleeing bandits" (the event is the attack; "then" is no craft's own word for that reason).
_RESPONSE = re.compile(r"\b(?:then|later|afterwards|in pursuit|pursu(?:ed|ing)|fleeing|retreating)\b", re.I)
_EARLIER_TOLL = re.compile(r"\b(?:killed|killing|massacred|slaughtered|dead|died)\b", re.I)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence's clause before and after a match (to a comma, a semicolon or a stop)."""
    head = re.split(r"[,;.]\s", text[:start])[-1]
    tail = re.split(r"[,;.](?:\s|$)", text[end:])[0]
    return head, tail


def _aircraft_fired(text: str) -> bool:
    if CRAFT_STRUCK.search(text):
        return False
    for match in AIRCRAFT_FIRE.finditer(text):
        head, tail = _clause(text, match.start(), match.end())
        if _PAST.search(head) or _PAST.search(tail):
            continue
        before = text[: match.start() - len(head)]
        if _EARLIER_TOLL.search(before) and _RESPONSE.search(f"{head} {match.group()} {tail}"):
            continue
        return True
    return False


# Event words that say what the event was whatever flew over: a suicide bomber, a taking, an arrest.
NOT_FROM_THE_AIR = ("suicide_bombing", "abduction", "arrest_or_raid")

# A named officeholder told shot, killed or the target of an attempt on their life: "Khar Mayor X Y died following an
# armed attack", "Gov. X Y and five other people were killed", "X Y, a candidate for president, was shot", "X Y, the
# president, survived an assassination attempt" (not "Governor X Y said gunmen killed nine": the official speaks; not
# "bodyguards of Mayor X were killed", "the home district of Senator X": the officeholder only names others; "were"
# only when others are named with them: "Senator X were shot" is someone else's).
_OFFICE = (
    r"(?:[Mm]ayor|[Gg]overnor|Gov\.|[Pp]resident(?:-for-life)?|[Ss]enator|Sen\.|[Mm]inister|[Cc]andidate|"
    r"[Ll]awmaker|[Ll]egislator|[Cc]ongress(?:man|woman)|MP|MLA|[Cc]ouncill?or|[Jj]udge|[Pp]rosecutor)"
)
_NOT_OF = r"(?<!\bof\s)(?<!'s\s)(?<!’s\s)"
_NAME = r"(?:[A-Z][\w\-\.]*\s+){1,3}?[A-Z][\w\-]*"  # (no "'s": "President X's guards" are not X)
_HARM = r"(?:\w+ly\s+)?(?:shot|killed|gunned down|assassinated|murdered)"
_STRUCK_ONE = (
    rf"(?:(?:was|has been|had been)\s+{_HARM}|"
    r"died\b[^.;]{0,60}?\b(?<!heart\s)(?:attack|shooting|gunshots?|gunfire|shot)|"
    r"survived\s+(?:an?\s+)?(?:[\w\-]+\s+)?(?:assassination|attempt on (?:his|her) life))\b"
)
_STRUCK_MANY = rf"(?:(?:were|have been|had been)\s+{_HARM}|{_STRUCK_ONE})"
OFFICIAL_STRUCK = re.compile(
    rf"{_NOT_OF}\b{_OFFICE}\s+{_NAME}\s+(?:and\s+(?P<others>(?:[\w\-]+\s+){{1,3}}?){_STRUCK_MANY}|{_STRUCK_ONE})|"
    rf"\b{_NAME},\s+(?:an?|the)\s+[^,;.]{{0,40}}?{_NOT_OF}\b{_OFFICE}\b[^,;]{{0,60}},\s+{_STRUCK_ONE}"
)
# Those killed beside the official, when they are many civilians: "Councillor X and 24 other villagers were killed" is
# a massacre the councillor died in.
_MANY_CIVILIANS = re.compile(
    r"^(?P<count>\S+(?:\s+dozen)?)\s+(?:other\s+|more\s+)?(?:villagers|civilians|residents|farmers|worshippers|"
    r"passengers|people|others)\b",
    re.I,
)


# Not aimed at the official: "killed by a stray bullet during clashes between police and protesters"; a combatant
# killed "in clashes with Afghan forces" (not "in a firefight between his bodyguards and rebels who attacked him").
_NOT_AIMED = re.compile(
    r"\bstray\s+bullets?\b|\b(?:in|during)\s+(?:the\s+)?(?:clash(?:es)?\s+(?:with|between)|(?:heavy\s+)?fighting\s+"
    r"with|an?\s+(?:battle|gunfight)\s+with)\b",
    re.I,
)
# A shooting told only to be denied: "reports that Mayor X was shot were false", "denied that", "rumours".
_DENIED = re.compile(r"\breports?\s+that\b|\bden(?:y|ies|ied)\s+that\b|\b(?:was|were)\s+false\b|\brumou?rs?\b", re.I)
# An accident is no attack: "killed when his car collided with a lorry".
_ACCIDENT = re.compile(r"\b(?:collid\w*|collision|crash\w*|accident\w*)\b", re.I)
# A bare "was killed" is a targeted killing only with an attack told in the same sentence.
_ATTACK_TOLD = re.compile(
    r"\b(?:attack\w*|gunm[ae]n|assassin\w*|shot|shooting|gunfire|gunshots?|fired|ambush\w*|bomb\w*|blast|explosion|"
    r"grenade|stabb\w*|militants|rebels|insurgents|bandits|assailants|attackers|kill(?:ed|ing)\s+by)\b",
    re.I,
)


def _official_struck(text: str) -> bool:
    for match in OFFICIAL_STRUCK.finditer(text):
        head, tail = _clause(text, match.start(), match.end())
        sentence_head = re.split(r"[.;]\s", text[: match.start()])[-1]
        sentence_tail = re.split(r"[.;](?:\s|$)", text[match.end() :])[0]
        if _BACKGROUND_BEFORE.search(sentence_head) or _PAST.search(head) or _PAST.search(tail):
            continue
        sentence = f"{sentence_head} {match.group()} {sentence_tail}"
        if _NOT_AIMED.search(tail) or _DENIED.search(sentence) or _ACCIDENT.search(sentence):
            continue
        if match.group().rstrip().endswith("killed") and not _ATTACK_TOLD.search(f"{sentence_head} {sentence_tail}"):
            continue
        others = _MANY_CIVILIANS.match(match.group("others") or "")
        if others and (number_value(others.group("count")) or 0) >= 10:
            continue
        return True
    return False


def incident_type(incident: Incident, facts: dict[int, SentenceFacts], doc=None, bounds=None) -> str:
    """The type from the event words and the victims; then who attacked and whom: an aircraft or a drone firing in the
    first lines makes a strike from the air, a named officeholder struck a targeted killing."""
    label = _incident_type(incident, facts, doc, bounds)
    lead = facts[incident.sentences[0]]
    first = [facts[i] for i in incident.sentences[:3] if not facts[i].claim]
    lead_strong = [e for e in lead.events if e[1] >= 4]
    # (the lead, or the two lines after it when the lead names no event of its own: "Friday's violence at a school
    # left 14 dead ... two helicopters swooped in and opened fire")
    aircraft = [lead] if lead_strong else first
    if (
        label not in NOT_FROM_THE_AIR
        and not any(e[0] in NOT_FROM_THE_AIR for e in lead.events)
        and any(_aircraft_fired(line.text) for line in aircraft)
    ):
        return "air_or_drone_strike"
    if label in ("attack_on_civilians", "armed_clash", "other_violence") and any(
        _official_struck(line.text) for line in first
    ):
        # (whoever else died beside them, or the attackers shot by the guards: the official was the one aimed at)
        return "targeted_killing"
    return label


def _incident_type(incident: Incident, facts: dict[int, SentenceFacts], doc=None, bounds=None) -> str:
    """The type from the event words and the victims (`doc` and `bounds`, each sentence's first and last token,
    let the parse tell who raided)."""
    lead = facts[incident.sentences[0]]
    if incident.location is not None:
        # (segmentation set the place: one of a list of places of separate events, told in the lead's last part)
        lead = _listed_clause(lead, incident.location)
        facts = facts | {lead.index: lead}
    likened = LIKENED_TO.search(lead.text)
    if likened and any(c.start < lead.start + likened.start() for c in lead.kills):
        # (a lead that only tells the earlier event, "the deadliest since the 2005 bombings which killed 52",
        # is that event's)
        lead = lead.within(lead.start, lead.start + likened.start(), True)

    # (an incident's sentences without the suicide bombers they tell with doubt, nor the bombs men only carried)
    def next_text(i: int) -> str:
        return facts[i + 1].text if i + 1 in facts else ""

    facts = {
        i: _with_dead_told_apart(_without_carried_bombs(_without_hedged_suicide(facts[i], next_text(i))))
        for i in incident.sentences
    } | {
        lead.index: _with_dead_told_apart(_without_carried_bombs(_without_hedged_suicide(lead, next_text(lead.index))))
    }
    lead = facts[lead.index]
    text = " ".join(facts[i].text for i in incident.sentences)
    parsed = doc is not None and bounds and lead.index in bounds
    target = lead_target(doc, bounds, incident, facts) if parsed and not FIGHT.search(lead.text) else None
    # (the lead, or the next sentence when the lead tells no deaths: "Officers found weapons in the
    # compound. Two suspects detonated their vests once troops had surrounded it.")
    told = incident.sentences[:1] if lead.kills else incident.sentences[:2]
    if doc is not None and bounds and any(i in bounds and force_raid(doc, *bounds[i]) for i in told):
        # "three gunmen died when police raided the house", "a blast during a troops' search": a security-force
        # raid, whatever dies or blows up in it
        return "arrest_or_raid"
    if CAPTURE_PURPOSE.search(lead.text) and not any(e[0] == "suicide_bombing" for e in lead.events):
        return "arrest_or_raid"  # an operation to arrest, whoever died in it
    if EXECUTION.search(lead.text) and not [e for e in lead.events if e[1] >= 5]:
        return "targeted_killing"  # chosen captives put to death, however many
    raid_killing = KILLED_IN_RAID.search(lead.text)
    if raid_killing and not CIVILIAN_WORDS.search(
        " ".join(c.victims for c in lead.kills) + " " + lead.text[: raid_killing.start()]
    ):
        return "arrest_or_raid"  # ("X was shot dead in a raid": the dead, named before the verb, were no bystanders)
    if FOILED_ATTACKERS_KILLED.search(lead.text):
        return "armed_clash"  # the dead were attackers a force stopped, whatever they meant to do to whom
    if _riot_casualties(incident, facts):
        return "other_violence"  # "a guard was killed in the riots": unrest, not an attack or a fight
    if RAMPAGE.search(lead.text) and not [e for e in lead.events if e[1] >= 4]:
        # "drove a hired lorry into shoppers", "a stabbing spree that left a guard dead": a rampage
        # on the public, whatever a later line says of a suicide attack he meant to carry out
        return "attack_on_civilians"
    if (
        doc is not None
        and bounds
        and not any(e[0] in ("suicide_bombing", "abduction", "arrest_or_raid", "armed_clash") for e in lead.events)
        and bare_strike(doc, *bounds[lead.index])
        and not _shelled(incident, facts)
    ):
        return "air_or_drone_strike"  # "an Israeli strike on a house killed 12": the force struck from the air
    strong = [e for e in lead.events if e[1] >= 4]
    link = EARLIER_EVENT_LINK.search(lead.text)
    if link and any(e[2] >= lead.start + link.end() for e in strong):
        # "The shelling came two days after rebels struck the garrison, setting off fighting": the event told
        # is the earlier one, after the link; the one before it was told already
        strong = [e for e in strong if e[2] >= lead.start + link.end()]
    lead_victims = GENERIC_DEAD.sub("", " ".join(c.victims for c in lead.kills))
    if not strong and (
        ATTACK_ON_FORCES.search(lead.text)
        or (target == "force" and (not CIVILIAN_WORDS.search(lead_victims) or _armed_first(lead_victims)))
    ):
        return "armed_clash"  # the lead's attack on a force decides, not a bomb a later line mentions
    fight_told = any(SHOOTOUT.search(facts[i].text) for i in incident.sentences[:2])
    if strong and max(e[1] for e in strong) <= 4 and fight_told:
        # "30 died in a massacre ... gunned down from the bush, the worst clan fighting in years": the killing words
        # say nothing of who the dead were; the fight of two armed sides does
        return "armed_clash"
    if not strong:
        strong = [e for i in incident.sentences for e in facts[i].events if e[1] >= 4 and not facts[i].claim]
        near = [e for i in incident.sentences[:2] for e in facts[i].events if e[1] >= 4 and not facts[i].claim]
        strong = near or strong
        # (the first two lines, and the first two that tell a toll or an event, past a headline or a caption)
        first = incident.sentences[:2] + [i for i in incident.sentences if facts[i].kills or facts[i].strength >= 4][:2]
        if any(SHOOTOUT.search(facts[i].text) for i in first):
            # "116 dead ... the latest confrontation between rival gangs": armed men on both sides, whatever blasts
            # or "massacre" the lines after it tell
            return "armed_clash"
        if any(GUNFIRE.search(facts[i].text) or SIEGE.search(facts[i].text) for i in first):
            # "Gunmen raided the market, killing traders ... a grenade was found in a stall later", "militants
            # stormed the hotel ... the attack began with a suicide blast at the gate": the event the lead tells was
            # done with guns; a bomb (or an air strike) a later line mentions does not make it a bombing
            strong = [e for e in strong if e[0] not in ("bombing", "suicide_bombing", "air_or_drone_strike")]
            if (
                # (a later "two assailants were shot dead" is the attackers' end, not a targeted killing)
                not [e for e in strong if e[0] != "targeted_killing"]
                and lead.kills
                and all(SECURITY_WORDS.search(c.victims) and not CIVILIAN_WORDS.search(c.victims) for c in lead.kills)
                and target != "civilian"  # ("opened fire at the home of X, killing a guard": no fight)
            ):
                return "armed_clash"  # "three policemen died when gunmen hit their post": a fight
        if lead.kills:
            # "gunmen attacked the market, killing nine ... some were also reportedly kidnapped": the killing
            # the lead counts is the event, not a taking told later; "bodies were found in the bars" later are
            # the dead the lead counted, not killings known only by their bodies
            strong = [e for e in strong if e[0] not in ("abduction", "other_violence")]
            # ("a barn was set alight first": the fire is part of the attack the toll counts, not its kind)
            strong = [e for e in strong if not _arson_at(facts, e)]
    label = max(strong, key=lambda e: (e[1], -e[2]))[0] if strong else None
    first_kill = min((c.start for c in lead.kills if c.value and c.value >= MANY_KILLED), default=None)
    taking_secondary = (
        label == "abduction"
        and first_kill is not None
        # a hostage siege stays an abduction, whatever its toll ("killed after being taken hostage"), also when the
        # killing turned into it ("stormed a college, killing 15, in an attack that turned into a hostage siege")
        and not HOSTAGE.search(lead.text)
        and all(e[2] > first_kill for e in lead.events if e[0] == "abduction")
    )
    if (
        label == "arrest_or_raid"
        and first_kill is not None
        and (any(c.total for c in lead.kills) or KILLED_AND_TAKEN.search(lead.text))
        and all(e[2] > first_kill for e in lead.events if e[0] == "arrest_or_raid")
    ):
        # "the toll from the attack reached 40 as officials said four suspects had been detained": the attack the
        # toll counts is the event; the arrests come after it (and the lines after it may say what it was)
        strong = [e for i in incident.sentences for e in facts[i].events if e[1] >= 4 and not facts[i].claim]
        strong = [e for e in strong if e[0] != "arrest_or_raid"]
        label = max(strong, key=lambda e: (e[1], -e[2]))[0] if strong else None
    if taking_secondary:
        # "raiders hit the farm, killing 14 labourers and taking several with them": the killing the lead
        # tells first is the event; the taking comes with it
        strong = [e for e in strong if e[0] != "abduction"]
        label = max(strong, key=lambda e: (e[1], -e[2]))[0] if strong else None
    if label in (None, "armed_clash", "arrest_or_raid", "targeted_killing", "attack_on_civilians") and _hostages_held(
        incident, facts
    ):
        # "gunmen stormed the cafe ... a siege followed, with diners held hostage", "stormed a college, killing 15 ...
        # in an attack that turned into a hostage siege": a hostage siege, also when the attack began as shooting
        # (README "Types"); a storming or a siege that tells no hostages stays what it was
        label = "abduction"
    if label == "armed_clash" and AMBUSH.search(lead.text) and not any(e[0] == "bombing" for e in lead.events):
        later = [e for i in incident.sentences[1:3] for e in facts[i].events if not facts[i].claim]
        if any(e[0] == "bombing" for e in later):
            label = "bombing"  # the ambush was a bomb
        if any(SUICIDE_VEHICLE.search(facts[i].text) for i in incident.sentences[1:3]):
            label = "suicide_bombing"  # "a second attacker rammed a suicide truck": the ambush was a suicide bomb
    if label == "bombing" and (
        any(
            e[0] == "suicide_bombing"
            for n, i in enumerate(incident.sentences[1:], 1)
            if not facts[i].claim and (n < 4 or not (facts[i].kills or facts[i].dates))
            for e in facts[i].events
        )
        or any(SUICIDE_VEHICLE.search(facts[i].text) for i in incident.sentences[:3] if not facts[i].claim)
    ):
        # "the device exploded at the rally ... 'a suicide attacker did this'"; further on, a line that tells no
        # toll or date of its own still speaks of this blast ("he wore a suicide vest", a nurse said); "a local
        # youth drove the suicide car": the bomber died in his blast
        label = "suicide_bombing"
    if (
        label == "bombing"
        and not DEVICE.search(lead.text)
        and any(ACCIDENT.search(facts[i].text) for i in incident.sentences[:3])
    ):
        return "other_violence"  # "stored shells went off by accident": a blast no one set off as an attack
    if label is None and SHOOTOUT.search(lead.text):
        return "armed_clash"  # armed men on both sides: the dead were fighters, whatever words count them
    if raid_sentence(lead):
        label = "arrest_or_raid"  # "hours after the blast, police stormed a house, arresting two": the raid
    if label == "arrest_or_raid" and not CAPTURE_WORDS.search(lead.text):
        # "a night raid on a village killed 20 villagers": a raid with no one taken is no arrest
        rest = [e for e in strong if e[0] != "arrest_or_raid"]
        label = max(rest, key=lambda e: (e[1], -e[2]))[0] if rest else None
    kill_victims = " ".join(c.victims for i in incident.sentences[:3] for c in facts[i].kills)
    victims = kill_victims or lead.text
    forces_dead = bool(lead.kills) and all(
        SECURITY_WORDS.search(c.victims) and not CIVILIAN_WORDS.search(c.victims) for c in lead.kills
    )
    if label == "bombing" and forces_dead:
        told = [(e, i) for i in incident.sentences[:3] for e in facts[i].events if not facts[i].claim]
        blasts = [facts[i].text[e[2] - facts[i].start :] for e, i in told if e[0] == "bombing"]
        if GUN_AND_BOMB.search(lead.text) or (blasts and all(GRENADE.match(b) for b in blasts)):
            # "rebels launched gun and bomb attacks, killing two policemen", "attacked the patrol with rifles and
            # grenades": a fight with the force, not a bomb set for it
            return "armed_clash"
    if (
        label in (None, "armed_clash", "targeted_killing")
        and doc is not None
        and bounds
        and any(i in bounds and _civilians_attacked(doc, *bounds[i]) for i in incident.sentences[:3])
        and not _forces_first(kill_victims)
        and not (SECURITY_WORDS.search(kill_victims) or MILITANT_WORDS.search(kill_victims))
    ):
        return "attack_on_civilians"  # "rebels attacked a convoy of displaced families"
    if (
        label in (None, "armed_clash")
        and not [
            e
            for e in lead.events
            if e[1] >= 5 and (label or e[0] != "arrest_or_raid") and not (taking_secondary and e[0] == "abduction")
        ]
        and CIVILIAN_WORDS.search(victims)
        and (not MILITANT_WORDS.search(victims) or _attackers_last(kill_victims))
        and not _forces_first(kill_victims)
    ):
        return "attack_on_civilians"
    if label in (None, "armed_clash"):
        armed_dead = SECURITY_WORDS.search(kill_victims) or MILITANT_WORDS.search(kill_victims)
        if not kill_victims.strip():
            # a toll that names no one ("raising the toll to nine"): the armed men the lead tells dead
            armed_dead = ARMED_MEN_DEAD.search(lead.text)
        if (
            target == "civilian" and not (MILITANT_WORDS.search(kill_victims) and not _attackers_last(kill_victims))
        ) or (target == "vehicle" and not armed_dead):
            # "gunmen opened fire on the synagogue, killing a priest and a policeman", "an armed assault on an
            # exhibit left two attackers dead": one side attacked a place of unarmed people; no fight is told
            return "attack_on_civilians"
        if target == "person" and label is None and lead.kills and all(c.value == 1 for c in lead.kills):
            return "targeted_killing"  # "X was killed when gunmen opened fire on him": one man singled out
        if target == "force" and not CIVILIAN_WORDS.search(GENERIC_DEAD.sub("", kill_victims)):
            return "armed_clash"  # "armed groups attacked police stations, and 17 people died": an attack on a force
    if (
        label == "armed_clash"
        and ASSAULT_WORDS.search(lead.text)
        and not ATTACK_ON_FORCES.search(lead.text)  # "left five dead in an assault on a police post": its men
        and CIVILIAN_WORDS.search(kill_victims)
        and not (MILITANT_WORDS.search(kill_victims) or SECURITY_WORDS.search(kill_victims))
    ):
        return "attack_on_civilians"  # "gunmen stormed a village, killing 21 civilians": no fight, a massacre
    if (
        label == "armed_clash"
        and STORMED_CIVILIAN_PLACE.search(lead.text)
        and not (MILITANT_WORDS.search(kill_victims) or SECURITY_WORDS.search(kill_victims))
    ):
        return "attack_on_civilians"  # "gunmen stormed a wedding hall and shot guests": no fight is told
    if (
        label in (None, "armed_clash")
        and ATTACK_ON_PLACE.search(lead.text)
        and not any(MILITANT_WORDS.search(c.victims) or SECURITY_WORDS.search(c.victims) for c in lead.kills)
    ):
        return "attack_on_civilians"  # "the toll from an attack by X rebels on a village has risen to 27"
    if label == "air_or_drone_strike" and _shelled(incident, facts):
        label = "shelling"  # "strikes hit the city ... killed after shelling": fired from the ground
    if label == "shelling":
        # (the dead, where counted, say who was hit: "one soldier was killed when rebels fired rockets"; else a town
        # shelled is its people: "forces shelled the region's capital")
        hit = kill_victims if SECURITY_WORDS.search(kill_victims) else text
        town = not SECURITY_WORDS.search(kill_victims) and SHELLED_TOWN.search(lead.text)
        return "attack_on_civilians" if CIVILIAN_WORDS.search(hit) or town else "armed_clash"
    if (
        label == "targeted_killing"
        and lead.kills
        and all(ARMED_MEN.search(c.victims) and not CIVILIAN_WORDS.search(c.victims) for c in lead.kills)
        and any(FORCE_FOUGHT.search(facts[i].text) for i in incident.sentences[:3] if not facts[i].claim)
    ):
        return "armed_clash"  # "two rangers were shot dead ... in an ambush on their vehicle": the force was fought
    if label == "targeted_killing" and len([c for c in lead.kills if c.value > 1]) and CIVILIAN_WORDS.search(victims):
        return "attack_on_civilians"
    if label == "targeted_killing" and not any(c.value for c in lead.kills) and UNCOUNTED_CIVILIANS.search(lead.text):
        return "attack_on_civilians"  # "dozens of construction workers shot dead": many unarmed people, uncounted
    if label == "targeted_killing" and any(
        c.value == 1 and ANONYMOUS_CIVILIAN.match(c.victims.strip()) and not SINGLED_OUT.search(lead.text)
        for c in lead.kills
    ):
        return "attack_on_civilians"
    if (
        label == "targeted_killing"
        and any(c.value >= 3 for c in lead.kills)
        and not (MILITANT_WORDS.search(victims) or SECURITY_WORDS.search(victims))
    ):
        return "attack_on_civilians"  # "shot dead nine of them": a killing of many unarmed people is no targeting
    if label:
        return label
    if MILITANT_WORDS.search(victims) or SECURITY_WORDS.search(victims) or ATTACKERS_KILLED.search(victims):
        return "armed_clash"  # (only the attackers counted dead: "guards returned fire and shot dead one gunman")
    if lead.kills and all(c.value == 1 for c in lead.kills):
        if any(ANONYMOUS_CIVILIAN.match(c.victims.strip()) for c in lead.kills) and not SINGLED_OUT.search(lead.text):
            return "attack_on_civilians"  # "an attacker killed one person at a school": no one was singled out
        return "targeted_killing"
    if any(c.value >= MASS_TOLL for c in lead.kills):
        return "attack_on_civilians"
    # (a story that opens with a scene tells what it was in the first line that counts its dead)
    toll_line = next((facts[i] for i in incident.sentences[:8] if facts[i].kills), lead)
    if TERROR_ATTACK.search(lead.text) or TERROR_ATTACK.search(toll_line.text):
        return "attack_on_civilians"  # "terrorist attacks in four cities": on the public, as far as the text says
    return "other_violence"


ARMED_VICTIMS = re.compile(
    r"\b(?:militants?|rebels?|insurgents?|jihadists?|terrorists?|gunmen|guerrillas?|fighters?)\b|"
    r"\b(?:alleged|suspected) (?:\w+ )?members?\b",  # "an alleged member of X": the forces' word for a fighter
    re.I,
)


# "during a raid on the camp", "raided the town": what forces do to take people, even when some die.
FORCE_RAID = re.compile(r"\braid(?:s|ed|ing)?\b", re.I)


def type_given_perpetrators(incident: Incident, facts: dict[int, SentenceFacts]) -> str:
    """The type once the perpetrators are known: state forces killing in a fight is an armed clash, and
    in a raid an arrest or raid."""
    if (
        incident.type in ("other_violence", "armed_clash", "attack_on_civilians", "targeted_killing")
        and incident.perpetrators
        and all(g.kind == "state_force" for g in incident.perpetrators)
        and FORCE_RAID.search(facts[incident.sentences[0]].text)
    ):
        return "arrest_or_raid"  # "forces killed nine during a raid on the camp": a security-force raid
    if (
        incident.type == "other_violence"
        and any(g.kind == "state_force" for g in incident.perpetrators)
        and any(label == "armed_clash" for i in incident.sentences[:2] for label, _, _ in facts[i].events)
    ):
        return "armed_clash"  # "security forces killed 11 in an operation": a fight they led
    if (
        incident.type in ("targeted_killing", "bombing")
        and incident.perpetrators
        and all(g.kind == "state_force" for g in incident.perpetrators)
        and any(ARMED_VICTIMS.search(c.victims) for i in incident.sentences[:2] for c in facts[i].kills)
    ):
        # "soldiers shot dead two militants", "police killed a militant as he tried to plant a bomb": a fight
        return "armed_clash"
    return incident.type
