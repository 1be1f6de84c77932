"""State forces: generic force nouns ("the army", "police", "Pakistani forces", "the government") and country
names used for their state ("Israel struck ..."); which country's force each is is decided in groups.py."""

from __future__ import annotations

import re

from .furniture import slash_credit_before
from .model import Mention
from .normalize import fold
from .regex_speed import first_char_gate
from .vocabulary import (
    COUNTRY_SHORT_FORMS,
    DEMONYMS,
    DETERMINERS,
    FORCE_SPEAKER_NOUNS,
    NUMBER_WORDS,
    SAY_WORDS,
    word_set,
)

FORCE_NOUNS = (
    r"(?:security forces|security services|security agencies|security officials|security officers|"
    r"intelligence services|intelligence agencies|"
    r"government forces|government troops|armed forces|special forces|"
    r"army units|army|military|junta|troops|forces|"
    r"police|navy|marines|marine|air force|coast guard|border guards?|border troops|prosecutors|prosecutor['’]s office|"
    # The force's members, which stories name more often than the force: "two soldiers", "three policemen".
    r"soldiers?|policem[ae]n|policewom[ae]n|cops|gendarmes?|gendarmerie|"
    # A corps the corpus codes on its own beside the army, by its members: "paramilitary rangers", "commandos".
    r"rangers|commandos)"
)
# "police officers", "gendarmerie sergeants", "military personnel": the force named by its members, one mention.
MEMBER_NOUNS = r"(?:officers?|personnel|sergeants?|constables?)"


# Officials who speak without their names: sources of the story, not a body acting in it.
ANONYMOUS_AFTER = re.compile(
    r"[^.;\n]{0,40}?\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|not\s+to\s+be\s+(?:named|identified))\b"
)


# Which national force a generic noun points to.
FORCE_OF_NOUN = {
    "security forces": "security forces",
    # "the security services", "security agencies": the state's forces taken together, as "security forces"
    "security services": "security forces",
    "security agencies": "security forces",
    # "security officials said", "a battle with security officers": the forces by their members, as the corpus
    # codes them ("security sources" stay anonymous sources, no body)
    "security officials": "security forces",
    "security officers": "security forces",
    # "known to intelligence services", "Ruritanian intelligence agencies": the state's intelligence, a body of its own
    "intelligence services": "intelligence services",
    "intelligence agencies": "intelligence services",
    "police": "police",
    "navy": "navy",
    "marines": "marines",
    "marine": "marines",
    "air force": "air force",
    "coast guard": "coast guard",
    # "Ruritanian border guards", "a Syldavian border guard": the state's border force
    "border guards": "border guards",
    "border guard": "border guards",
    "border troops": "border guards",
    # "German prosecutors said", "the federal prosecutor's office said": the state's prosecution office
    "prosecutors": "prosecutors",
    "prosecutor's office": "prosecutors",
    "prosecutor’s office": "prosecutors",
    "soldier": "army",
    "soldiers": "army",
    "policeman": "police",
    "policemen": "police",
    "policewoman": "police",
    "policewomen": "police",
    "cops": "police",
    # "a gendarme", "the gendarmerie": the state's gendarmerie, a force of its own beside the army and the police
    "gendarme": "gendarmerie",
    "gendarmes": "gendarmerie",
    "gendarmerie": "gendarmerie",
    "rangers": "rangers",
    "commandos": "commandos",
}


# Corps named by their members, beside the army and the police (a corps of its own unless a force is named with them).
CORPS_WORDS = ("rangers", "commandos")
# The force's members by a noun of their own ("soldiers", "policemen"), not by the force's word ("police officers").
MEMBER_WORDS = frozenset(
    ("soldier", "soldiers", "policeman", "policemen", "policewoman", "policewomen", "cops", "gendarme", "gendarmes")
    + CORPS_WORDS
)


def _named_before(text: str, position: int) -> bool:
    """A name right before the force word, not a nation's: "KP police officers", "TPNPB soldiers" ("Three
    policemen" and a sentence's first word are no name, unless an acronym)."""
    before = re.search(r"(?:^|(?<=[\s(\"“]))([A-Z][\w&.\-]*)\s+$", text[max(0, position - 40) : position])
    if not before:
        return False
    word = before.group(1)
    if word.endswith(".") and any(c.islower() for c in word):
        return False  # "... on Monday. National police said": the last word of the sentence before, no name
    if word.lower() in DEMONYMS or word.lower() in DETERMINERS or word.lower() in NUMBER_WORDS:
        return False
    if sum(c.isupper() for c in word) >= 2 and word.replace(".", "").replace("&", "").isupper():
        return True  # an acronym is a name wherever it stands
    lead = text[max(0, position - 40) : position][: before.start(1)].rstrip()
    return bool(lead) and lead[-1] not in '.!?:"“”'


# Fighters who are soldiers of no state: "rebel soldiers", "child soldiers", "former soldiers", "jihadist commandos"
# (but "anti-terrorist commandos" are the state's).
NOT_STATE_MEMBERS = re.compile(
    r"\b(?:rebel|insurgent|militia|guerrilla|child|former|retired|ex|off-duty|fellow|toy|(?<!-)terrorist|jihadist|"
    r"islamist|militant|suicide)[\s\-]+$",
    re.I,
)
# Members owned by someone not a state: "the group's elite commandos", "the rebels' soldiers" (not "the country's").
NOT_STATE_OWNER = re.compile(
    r"\b(?!(?:country|nation|state|government|army|military|navy|police|regime|junta)['’])[a-z][\w\-]*(?:['’]s|s['’])"
    r"\s+(?:[a-z][\w\-]*\s+)?$"
)
# A bare "rangers" is a state corps only when the story makes it one: "paramilitary rangers" or the country's rangers
# (FORCE), "a ranger base", "the army and the rangers"; park, anti-poaching or community rangers are no state's.
STATE_RANGERS_CUE = re.compile(
    r"\b(?:paramilitary\s+rangers?|rangers?\s+(?:base|post|camp|outpost|unit|regiment|company|checkpoint)s?)\b", re.I
)
FORCE_AND_BEFORE = re.compile(r"\b(?:army|military|soldiers|troops|police|forces)\s+and\s+(?:the\s+)?$", re.I)


# The level or the task told before the force's noun: "federal police", "state prosecutors", "paramilitary rangers";
# a town's or a district's own police, told by its level ("the city police", "the tribal police").
FORCE_LEVEL = (
    r"(?:federal|national|state|local|provincial|paramilitary|anti-?terror(?:ism|ist)?|counter-?terror(?:ism|ist)?|"
    r"city|municipal|metropolitan|district|tribal)"
)
# (speed: the owner's and the demonym's words are taken whole, `[a-z]++`: what follows them, a space, an apostrophe or
# white space, is no letter, so giving a letter back can never match. With the first-character gate, the scan of
# every text for a force, at every word, 71 ms -> 48 ms of CPU per 100 articles; the same matches.)
FORCE = re.compile(
    r"\b(?:(?P<owner>[A-Z][a-z]++(?: [A-Z][a-z]++)?['’]s)\s+|"
    # (no level word in the nation's place: "State prosecutors said", "Counterterrorism prosecutors", "Varno, federal
    # police": the pattern ignores case, and a level word opening the phrase is the force's own)
    rf"(?P<demonym>(?!(?:security|government|armed|army|special|police|navy|{FORCE_LEVEL})\b)[A-Z][a-z]++|"
    r"(?-i:U\.S\.|US|U\.K\.|UK))\s+)?"
    rf"(?:(?P<adj>{FORCE_LEVEL})\s+)?"
    rf"(?P<noun>{FORCE_NOUNS})(?:\s+{MEMBER_NOUNS})?\b(?!\s+(?:of|from)\s+(?:the\s+)?[A-Z])",
    re.I,
)
FORCE = first_char_gate(FORCE)


# "A Russian drone attack", "Israeli airstrikes": the state behind the strike. Not "Palestinian attacks": a
# people's attacks are not its state's.
STRIKE_WORDS = (
    r"(?:(?:(?:drone|missile|rocket|artillery|air|aerial|naval|military)\s+)?"
    r"(?:strikes?|airstrikes?|air strikes?|shelling|bombardment|raids?|drones?|missiles?|warplanes?|jets?)|"
    r"(?:drone|missile|rocket|artillery|air|aerial|naval|military)\s+attacks?)\b"
)
NATIONAL_ATTACK = re.compile(
    r"\b(?P<demonym>[A-Z][a-z]+|"
    + "|".join(re.escape(form.upper()) for form in COUNTRY_SHORT_FORMS)  # "a U.S. drone strike"
    + r")\s+"
    + STRIKE_WORDS
)
# A country's name (a place to the gazetteer) before the strike, or the strikes told as its: "a U.S. drone strike",
# "airstrikes by the United States". The country's military struck; its name is no location of the story.
STRIKE_AFTER = re.compile(r"\s+" + STRIKE_WORDS)
# "Ruritania strikes back" is a verb: a bare "strikes" or "raids" after the country is a noun only after an article.
QUALIFIED_STRIKE_AFTER = re.compile(r"\s+(?:drone|missile|rocket|artillery|air|aerial|naval|military|airstrike)")
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
STRIKES_BY_BEFORE = re.compile(r"\b(?:air\s*)?strikes?\s+(?:carried\s+out\s+|launched\s+)?by\s+(?:the\s+)?$")


# "Colombia's government", "Yemen's internationally recognised government", "the Somali government".
GOVERNMENT = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['’]s)?\s+(?:(?:internationally\s+)?[a-z][\w\-]+\s+){0,2}?"
    r"(?P<noun>government)\b(?!\s+(?:forces|troops|soldiers|security|officials?|ministers?|spokesm\w+|sources|of|area|areas|house|offices?|"
    r"buildings?|hospital|school)\b)"
)


# "the Syrian regime", "Ruritania's regime": a state's government in a hostile word (not "regime change").
REGIME = re.compile(r"(?<![\w\-])(?P<owner>[A-Z][a-z]+)(?P<possessive>['’]s)?\s+(?P<noun>regime)\b(?!\s+change)")


# "the regime", "its regime", "the authoritarian regime" with no owner named: the government of the story's country,
# as the corpus codes it. Not a junta named on its own ("the coup regime", "the military regime"), nor a regime of
# another place ("the regime in Ruritania", left to metonymies), nor the word as a qualifier ("regime forces"), nor
# a person's ("Smith said his regime would help": any leader's, at home or abroad).
BARE_REGIME = re.compile(
    r"(?<![\w\-])(?i:the|its)\s+"
    r"(?:(?!coup\b|military\b|junta\b|former\b|previous\b|old\b|new\b|rebel\b|operation\b)[a-z][\w\-]*\s+)?"
    r"regime\b(?![\-’']|\s+(?:change|in|of|forces|troops|soldiers|security|officials?|army|militias?)\b)"
)

REGIME_OF_PLACE = re.compile(r"\bregime\s+(?:in|of)\s+(?:the\s+)?[A-Z]")


def _generic_force(text: str, start: int, end: int, sentence_of, force: str, country: str | None) -> Mention:
    """A state body named by a common noun ('the army', 'Kenyan authorities'), not by its own name."""
    surface = text[start:end]
    return Mention(
        start,
        end,
        surface,
        "generic_force",
        sentence_of(start),
        fold(surface),
        force=force,
        country_hint=country,
        source="generic",
    )


def force_mentions(text: str, sentence_of) -> list[Mention]:
    """'the army', 'Troops', 'police', 'Pakistani forces', 'German police', 'federal police'."""
    found = []
    state_rangers = False  # a corps of rangers already named: "the rangers" after it are that corps
    for match in FORCE.finditer(text):
        if slash_credit_before(text, match.start("noun")):
            continue  # "AFP/Lakeland Police": a photo credit, not the force at work
        noun = match.group("noun").lower()
        demonym = match.group("demonym")
        country = None
        start = match.start()
        force_start = match.start("adj") if match.group("adj") else match.start("noun")
        if demonym:
            key = demonym.lower()
            if key in DEMONYMS:
                country = DEMONYMS[key] or None
            elif key in COUNTRY_SHORT_FORMS:
                country = COUNTRY_SHORT_FORMS[key]  # "U.S. prosecutors", "UK police"
            else:
                start = force_start
        owner = match.group("owner")
        if owner:
            # "Cameroon’s military": the force of the country named before it. The mention keeps to the force's
            # words (the country's name is a place of its own); the owner decides the country (groups.add_forces).
            start = force_start
            if not owner[:1].isupper():
                owner = owner.split()[-1] if owner.split()[-1][:1].isupper() else None  # "said Ruritania’s", "army's"
        if noun in ("forces", "border guard", "border guards", "border troops") and not (country or owner):
            continue  # bare "forces" is too vague; "border guard commanders" of both sides are no one side's
        if noun in ("security officials", "security officers") and ANONYMOUS_AFTER.match(text, match.end()):
            continue  # "security officials, speaking on condition of anonymity": unnamed sources, not a body
        end = match.end()
        before = text[max(0, match.start("noun") - 30) : match.start("noun")]
        if noun in CORPS_WORDS and found and found[-1].end == match.start("noun") - 1:
            # "Police commandos", "Army Rangers": the members of the force named right before them, one mention
            found[-1].end, found[-1].text = match.end("noun"), text[found[-1].start : match.end("noun")]
            found[-1].folded = fold(found[-1].text)
            continue
        if not country and (
            NOT_STATE_MEMBERS.search(before)
            or (noun in MEMBER_WORDS and NOT_STATE_OWNER.search(before))
            or _named_before(text, match.start("noun"))
        ):
            if noun in MEMBER_WORDS:
                continue  # "rebel soldiers", "TPNPB soldiers": no state's force, or the named one's members
            end = match.end("noun")  # "KP police officers": the named force's own mention stands
        stated = country or owner or match.group("adj") or state_rangers
        if noun == "rangers" and not (
            stated or STATE_RANGERS_CUE.search(text, 0, match.start()) or FORCE_AND_BEFORE.search(before)
        ):
            continue  # "anti-poaching rangers", "Rangers beat Celtic": no corps of the state
        state_rangers = state_rangers or noun == "rangers"
        force = FORCE_OF_NOUN.get(noun, "army")
        mention = _generic_force(text, start, end, sentence_of, force, country)
        mention.place_hint = owner
        found.append(mention)
    for match in NATIONAL_ATTACK.finditer(text):
        demonym = match.group("demonym").lower()
        country = DEMONYMS.get(demonym) or COUNTRY_SHORT_FORMS.get(demonym)
        if country:
            start, end = match.span("demonym")
            found.append(_generic_force(text, start, end, sentence_of, "army", country))
    for match in GOVERNMENT.finditer(text):
        owner = match.group("owner")
        country = DEMONYMS.get(owner.lower()) or None
        start = match.start("noun") if country is None else match.start()
        mention = _generic_force(text, start, match.end(), sentence_of, "government", country)
        mention.place_hint = None if country else owner  # "Colombia's government": the country, named
        if owner.lower() in DETERMINERS:
            mention.place_hint = ""  # "The federal government said": the government of the story's country
        if not MILITARY_RULE.search(match.group(0)):
            found.append(mention)
    named_regime = False
    for match in REGIME.finditer(text):
        country = DEMONYMS.get(match.group("owner").lower()) or None
        if country is None and not match.group("possessive"):
            # "the Assad regime", "the Sanaa regime": a leader's or a capital's name (see metonymies); "The regime"
            # opening a sentence has no owner
            named_regime = named_regime or match.group("owner").lower() not in DETERMINERS
            continue
        named_regime = True
        start = match.start("noun") if country is None else match.start()
        mention = _generic_force(text, start, match.end(), sentence_of, "government", country)
        mention.place_hint = None if country else match.group("owner")
        found.append(mention)
    # A regime the text names with its owner or seat ("the Ruritanian regime", "the regime in Ruritania") is the one
    # its bare mentions mean ("his regime"), not the story's country's: they are left to that mention.
    named_regime = named_regime or REGIME_OF_PLACE.search(text)
    for match in () if named_regime else BARE_REGIME.finditer(text):
        mention = _generic_force(text, match.start(), match.end(), sentence_of, "government", None)
        mention.place_hint = ""  # the government of the story's country
        found.append(mention)
    for match in NATIONAL_AUTHORITIES.finditer(text):
        owner = match.group("owner")
        country = DEMONYMS.get(owner.lower()) or None
        mention = _generic_force(text, *match.span(), sentence_of, "government", country)
        mention.place_hint = None if country else owner
        found.append(mention)
    for match in LEADERS_GOVERNMENT.finditer(text):
        country = DEMONYMS.get(match.group("demonym").lower())
        if not country:
            continue
        found.append(_generic_force(text, match.start(), match.end("noun"), sentence_of, "government", country))
    for match in LEADERS_OFFICE.finditer(text):
        office = "office" if match.group("office") else "presidency"
        mention = _generic_force(text, *match.span(office), sentence_of, "government", None)
        mention.place_hint = ""  # the office of the story's country's head of government
        found.append(mention)
    for match in GOVERNMENT_VOICE.finditer(text):
        if _just_before(NOT_THE_NATIONS_VOICE, text, match.start("body")) or not _speaks(text, *match.span()):
            continue
        owner = match.group("owner")
        country = DEMONYMS.get((owner or "").lower()) or None
        mention = _generic_force(
            text, *match.span("body" if country is None else 0), sentence_of, "government", country
        )
        mention.place_hint = None if country else _place_of_owner(owner)
        found.append(mention)
    for match in NATIONAL_OFFICIALS.finditer(text):
        nation, head = match.group("nation").lower(), (match.group("head") or "").lower()
        start = match.start("nation")
        if f"{head} {nation}" in DEMONYMS:
            nation, start = f"{head} {nation}", match.start()  # "South Sudanese officials"
        elif head in DEMONYM_HEADS:
            continue  # "Papua New Guinean": not the state its last word alone names
        if _just_before(FORMER_BEFORE, text, start) or not _speaks(text, start, match.end()):
            continue
        country = DEMONYMS.get(nation) or COUNTRY_SHORT_FORMS.get(nation)
        if country:
            mention = _generic_force(text, start, match.end(), sentence_of, "government", country)
            mention.abroad_only = True
            found.append(mention)
    for match in LOCAL_GOVERNMENT.finditer(text):
        level = LOCAL_GOVERNMENT_OF_LEVEL[(match.group("level") or match.group("city")).lower()]
        found.append(_generic_force(text, *match.span("body"), sentence_of, level, None))
    for match in BARE_GOVERNMENT.finditer(text):
        if MILITARY_RULE.search(match.group(0)):
            continue  # "the military government" is a junta, named on its own
        mention = _generic_force(text, match.start(), match.end(), sentence_of, "government", None)
        mention.place_hint = ""
        found.append(mention)
    return found


# The force as what attacks go for, a target, not an actor of the story: "a wave of attacks on security forces",
# "hit-and-run attacks on soldiers, police and ...", "attacks by militants on the police", "attacks across the
# province against the police", "strikes on the security forces", "militants have been targeting (have targeted)
# security forces", "the attack was aimed at the army", "the blast was directed at the police". Between "attacks" and
# "on" only a phrase of who, where or when ("attacks the villagers blamed on the army": the army is the actor); after
# "attacks on" a few words of a list, not "by"/"from" ("attacks on Sunday by the army": the army struck); "directed
# at" only after an attack word or a threat ("threats directed at the army"; but "anger was directed at the police,
# who fired": the police are an actor).
_ATTACKS_ON = r"\s+(?:(?:by|from|across|in|inside|throughout|for|over)\s+[^,.;]{1,40}?\s+)?(?:on|against)\s+(?:the\s+)?"
TARGETED_BEFORE = re.compile(
    r"\b(?:target(?:s|ed|ing)?\s+(?:the\s+)?"
    r"|aimed\s+at\s+(?:the\s+)?"
    r"|(?:attacks?|blasts?|bomb(?:s|ings?)?|strikes?|threat\w*)\b[^.;]*\bdirected\s+at\s+(?:the\s+)?"
    r"|attacks" + _ATTACKS_ON + r"(?:(?!(?:by|from)\b)[\w\-]+,?\s+){0,3}?"
    r"|(?:strikes|assaults)" + _ATTACKS_ON + r")$",
    re.I,
)


FOUGHT_BEFORE = re.compile(
    r"\b(?:fighting|fought|fight|battling|battled|waging\s+war\s+(?:on|against)|at\s+war\s+with|"
    r"rebell(?:ing|ed)\s+against)\s+$",
    re.I,
)


# "the police authorities declined to comment": a force's authorities are the force speaking, as its officials are.
FORCE_VOICE_NOUNS = FORCE_SPEAKER_NOUNS | {"authorities"}


# The noun right after a force word: "police chief", "army spokesman".
SPEAKER_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def names_a_force(doc, text: str, mention: Mention) -> bool:
    """Whether a generic force word names the force as an actor. Not when it only qualifies another noun ("a
    police vehicle", "two police officers", "a military target", "police and army installations"), unless that
    noun is the force's voice ("police spokesman"); nor as what attacks go for (attacks on it, targeting it, an
    attack aimed at it: `TARGETED_BEFORE`)."""
    if mention.force == "government":
        # "the movement has battled the government for decades": the other side of a long insurgency, told as
        # background, is no actor of the story.
        return not FOUGHT_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    before = text[max(0, mention.start - 80) : mention.start]
    if TARGETED_BEFORE.search(before):
        return False
    if mention.country_hint:
        return True
    after = SPEAKER_AFTER.match(text, mention.end)
    if after and after.group(1) in FORCE_VOICE_NOUNS and not _named_before(text, mention.start):
        # "police chief Jane Doe said": the parse may hang "police" on the name; the chief speaks for the force
        # ("Lakeland police chief": a force named by its place, not the nation's)
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return True
    token = span[-1]
    head = token.head
    if token.dep_ == "conj" and head.dep_ in ("compound", "amod", "nmod"):
        token, head = head, head.head  # "police and army installations"
    if token.dep_ not in ("compound", "amod", "nmod") or head is token or not head.tag_.startswith("NN"):
        return True
    if head.i < token.i:
        return True
    steps = 0
    while head.dep_ == "compound" and head.head.i > head.i and head.head.tag_.startswith("NN") and steps < 3:
        head, steps = head.head, steps + 1  # "army air strikes": the force's strikes, through "air"
    return head.lower_ in FORCE_VOICE_NOUNS


# "Ruritania's authorities", "the Syldavian authorities": the country's government, named by its country.
NATIONAL_AUTHORITIES = re.compile(r"\b(?P<owner>[A-Z][a-z]+)(?:['’]s)?\s+authorities\b")


# "the government of Ruritanian Prime Minister Jane Doe": that country's government, named by its leader.
LEADERS_GOVERNMENT = re.compile(
    r"\b(?P<noun>government)\s+of\s+(?P<demonym>[A-Z][a-z]+)\s+(?:Prime\s+Minister|President|Premier|Chancellor)\b"
)


# "the government", "the transitional government", "the French-speaking government", "the U.S.-backed government"
# with no owner named: the story's country's.
BARE_GOVERNMENT = re.compile(
    r"\bthe\s+(?:(?!the\b)(?:[a-z][\w\-]+|[A-Z][\w.]*-[a-z]+)\s+){0,2}?government\b(?!['’]s\s+(?:forces|troops|soldiers))"
    r"(?!\s+(?:forces|troops|soldiers|security|officials?|ministers?|spokesm\w+|sources|of|area|areas|house|offices?|buildings?|"
    r"hospital|school|-)\b)"
)


# The head of government's office, which speaks for the government: "according to the Prime Minister's Office",
# "the presidency told reporters" (not "during his presidency"). "Prime Minister Jane Doe's Office" is left out:
# the leader may be another country's.
LEADERS_OFFICE = re.compile(
    r"\b(?P<office>(?:Prime\s+Minister|President|prime\s+minister|president)['’]s\s+[Oo]ffice)\b|"
    r"\bthe\s+(?P<presidency>[Pp]residency)(?=\s+(?:said|says|told|announced|stated|confirmed|added|condemned)\b)"
)


# Who speaks for the government without a name: "a government spokesman said", "according to government sources",
# "the Ruritanian government spokeswoman". (Not "government officials": civil servants the corpus rarely codes.)
GOVERNMENT_VOICE = re.compile(
    r"(?:\b(?P<owner>[A-Z][a-z]+)\s+)?\b(?P<body>[Gg]overnment\s+(?:spokes(?:man|woman|person)|sources))\b"
)


# "Ruritanian officials said", "U.S. officials": a state's officials, its government. The corpus codes them for
# another country than the story's; the story's own country's officials are its sources (groups.add_forces).
# The word before is read too, for a demonym of two words ("South Sudanese"): its last word alone may be another's.
NATIONAL_OFFICIALS = re.compile(
    r"(?:\b(?P<head>[A-Z][a-z]+)\s+)?\b(?P<nation>[A-Z][a-z]+|(?-i:U\.S\.|US|U\.K\.|UK))\s+officials\b"
)
# (speed: scans of every text; gated, 8.6 + 9.0 ms -> 4.4 + 4.9 ms of CPU per 100 articles, the same matches)
GOVERNMENT_VOICE, NATIONAL_OFFICIALS = map(first_char_gate, (GOVERNMENT_VOICE, NATIONAL_OFFICIALS))
# The first words of demonyms of two or more words, and the compass words that make one ("East Timorese").
DEMONYM_HEADS = frozenset(key.split()[0] for key in DEMONYMS if " " in key) | word_set("east west new papua")

# No longer in office: "a former government spokesman", "ex-government sources", "Former U.S. officials".
FORMER_BEFORE = re.compile(r"\b(?:former|ex)(?:\s+[a-z]+)?[\s-]+$", re.I)
# ... or a state's, a province's or a town's spokesman, not the nation's: "a state government spokesman said".
NOT_THE_NATIONS_VOICE = re.compile(
    rf"{FORMER_BEFORE.pattern}|\b(?:state|city|municipal|local|regional|provincial|county|district)\s+$", re.I
)

# The officials, the spokesman or the sources speak or take a stand in the story ("U.S. officials on Sunday denied",
# "according to government sources"); officials among the wounded or on a visit speak for no one.
ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w.-]+\s+){0,3}$", re.I)
SPEAKING_VERBS = (SAY_WORDS - {"according", "posted"}) | word_set(
    "tell tells deny denies confirm confirms announce announces warn warns insist insists "
    "accuse accused accuses blame blamed blames claim claimed claims"
)
# Where the clause after the speaker ends (text_spans.SENTENCE_END ends sentences; a semicolon ends a clause too).
CLAUSE_END = re.compile(r"[.;!?\n](?:\s|$)")
# A word of that clause, with the comma before it when there is one ("..., residents said").
CLAUSE_WORD = re.compile(r"(?:,\s*)?[A-Za-z]+")


def _place_of_owner(owner: str | None) -> str:
    """Where a government with no demonym before it sits: the story's country ("") for none or a determiner
    ("The government spokesman"), else the word itself, a place name ("Kano government sources")."""
    return "" if owner is None or owner.lower() in DETERMINERS else owner


def _just_before(pattern: re.Pattern, text: str, start: int) -> bool:
    """The pattern (anchored at its end) matches the words just before start."""
    return pattern.search(text, max(0, start - 40), start) is not None


def _speaks(text: str, start: int, end: int) -> bool:
    """The words at start..end are who says or holds what the sentence reports: a speaking verb within the next
    few words of their clause, or 'according to' just before them."""
    if _just_before(ACCORDING_TO_BEFORE, text, start):
        return True
    clause = CLAUSE_END.split(text[end : end + 80], maxsplit=1)[0]
    for word in CLAUSE_WORD.findall(clause)[:5]:
        if word.lstrip(", ").lower() in SPEAKING_VERBS:
            return True
        if word.startswith(",") and word.lstrip(", ")[0].islower():
            return False  # "a plane carrying French officials had landed, residents said": another clause's speaker
    return False


# A federal state's or a city's own government, told by its level: "talks with the state government stalled",
# "the municipal government said", "The city authorities said". Not the nation's. ("The provincial government"
# of a story is not coded: the national government's arm there.)
LOCAL_GOVERNMENT = re.compile(
    r"\b(?:the|its|a)\s+(?P<body>(?P<level>state|municipal|city)\s+government|"
    r"(?P<city>municipal|city)\s+authorities)\b"
    r"(?!\s+(?:forces|troops|soldiers|security|officials?|ministers?|spokesm\w+|sources|of|area|areas|house|offices?|"
    r"buildings?|hospital|school|-)\b)",
    re.I,
)
LOCAL_GOVERNMENT_OF_LEVEL = {
    "state": "regional government",
    "municipal": "city government",
    "city": "city government",
}


# "The authorities in Lakeland state said", "authorities in the country's Upland region": the region's own.
AUTHORITIES_OF_REGION = re.compile(
    r"\b(?P<body>authorities\s+in\s+(?:the\s+country['’]s\s+)?(?P<place>(?:[A-Z][\w\-]+\s+){1,3})"
    r"(?:state|region|province))\b"
)


def regional_authorities(text: str, sentence_of) -> list[Mention]:
    """'The authorities in Lakeland state': the region's government, named after it. Added beside the region's own
    mention (after overlaps are resolved), which stays a place of the story."""
    found = []
    for match in AUTHORITIES_OF_REGION.finditer(text):
        mention = _generic_force(text, *match.span("body"), sentence_of, "regional government", None)
        mention.place_hint = match.group("place").strip()
        found.append(mention)
    return found


# Not the national government: a junta named on its own, a rival one, or a province's or town's.
MILITARY_RULE = re.compile(
    r"\b(?:military|junta|rebel|parallel|shadow|former|previous|provincial|state|regional|local|district|"
    r"municipal|county|city|town|village)\s+government\b",
    re.I,
)


# "the government of Ruritania", "the central authorities of Ruritania": that country's government, named after it.
GOVERNMENT_OF_BEFORE = re.compile(
    r"\b(?:(?:central|federal|national)\s+)?(?:government|authorities)\s+of\s+(?:the\s+)?$", re.I
)
# "the military government of Ruritania", "the former government of Ruritania": no government now in office.
OTHER_GOVERNMENT_OF_BEFORE = re.compile(MILITARY_RULE.pattern + r"\s+of\s+(?:the\s+)?$", re.I)
# "the police in Lakeland", "Police in Ruritania": the force at work there, told by the place after it.
PLACE_AFTER_POLICE = re.compile(r"\s+in\s+(?:the\s+)?$")


def _codes(place: Mention) -> tuple[set[str], set[str]]:
    """The countries the place may be ("Belgium": the country before any town of that name), and the codes of
    the countries it may lie in."""
    countries = {r.country_code for r in place.places if r.kind == "country" and r.country_code}
    return countries, countries or {r.country_code for r in place.places if r.country_code}


def governments_of_places(text: str, chosen: list[Mention]) -> list[Mention]:
    """A country's government told by the country ("the government of Ruritania"), added beside the country's own
    mention (done once mentions are selected)."""
    found = []
    for place in chosen:
        if place.kind != "place" or not place.places:
            continue
        countries, codes = _codes(place)
        before = text[max(0, place.start - 50) : place.start]
        government = GOVERNMENT_OF_BEFORE.search(before)
        if government and countries and len(codes) == 1 and not OTHER_GOVERNMENT_OF_BEFORE.search(before):
            start = place.start - len(before) + government.start()
            sentence = place.sentence
            found.append(_generic_force(text, start, place.end, lambda _, s=sentence: s, "government", codes.pop()))
    return found


def extend_police_over_places(text: str, chosen: list[Mention]) -> None:
    """The police told by the place they work in ("the police in Lakeland"): the police mention reaches over the
    place, whose country it takes; the place keeps its own mention."""
    # a bare "police" only: "the tribal police in Lakeland" is already told by its level
    police = {m.end: m for m in chosen if m.kind == "generic_force" and m.text.lower() == "police"}
    for place in chosen:
        if place.kind != "place" or not place.places:
            continue
        after_police = PLACE_AFTER_POLICE.search(text[max(0, place.start - 50) : place.start])
        force = police.get(place.start - len(after_police.group(0))) if after_police else None
        _, codes = _codes(place)
        if force is not None and len(codes) == 1:
            force.end, force.text = place.end, text[force.start : place.end]
            force.folded = fold(force.text)
            force.country_hint = force.country_hint or codes.pop()


# A country or capital that speaks or acts as its government: "New Delhi rejects", "backed by Rwanda", "Ruritania
# has not commented", "Ruritania will react", "Ruritania has been accusing its neighbour" (a tense, a negation or an
# adverb between the name and its verb).
METONYMY_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+|not\s+|also\s+|repeatedly\s+|strongly\s+|previously\s+|"
    r"already\s+|been\s+(?=[a-z]+ing\b))*"
    r"(?:said|says|denied|denies|rejected|rejects|commented|requested|requests|react|reacted|reacts|accusing|"
    r"accused|accuses|condemned|condemns|blamed|blames|warned|warns|insisted|insists|announced|announces|"
    r"describes|described|responded|responds|retaliated|vowed|vows|urged|urges|dismissed|dismisses|demanded|"
    r"demands|refused|refuses|summoned|summons|expelled|expels|protested|protests|signed|signs|imposed|imposes|"
    r"sanctioned|designated|designates|deployed|deploys|pledged|pledges|carried out|carries out|claimed|claims|"
    r"launched|launches|no\s+reason\s+to|(?:is|was)\s+shocked|"
    # after "been": "has been accusing", "has been demanding"
    r"saying|denying|rejecting|blaming|warning|insisting|demanding|refusing|urging)\b"
)


# "the Sanaa regime", "the regime in Ruritania": a capital or a country named as the seat of a government.
REGIME_AFTER = re.compile(r"^\s+regime\b(?!\s+change)")
REGIME_BEFORE = re.compile(r"\bregime\s+(?:in|of)\s+$")


METONYMY_BEFORE = re.compile(
    r"\b(?:(?:backed|supported|sponsored|funded|armed|financed|attributed|condemned|denied|rejected|ordered|"
    r"designated|imposed)\s+by|accusing|accused|accuses|blaming|blamed|blames|pointed\s+(?:a|the)\s+finger\s+at)\s+$"
)


# The state as the doer of a passive: "blacklisted by Ruritania", "a threat posed by Ruritania", "a corps established by
# Ruritania" (a body the state set up, not "a market created by"), "designated a terrorist group by Ruritania, the EU
# and Syldavia" (each state of the list).
DONE_BY_BEFORE = re.compile(
    r"\b(?i:(?:blacklisted|posed)|"
    r"(?:militias?|groups?|corps|forces?|brigades?|units?|movements?|organi[sz]ations?)\b[^.;]{0,30}?\s"
    r"(?:established|created|founded|formed|set\s+up)|"
    r"(?:considered|regarded|listed|branded|labell?ed|classified|designated)(?:\s+[\w\-]+){0,4}?)\s+by\s+"
    r"(?:(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*(?:,\s+|\s+and\s+)){0,3}(?:the\s+)?$"
)


# "talks between Ruritania and Syldavia", "ties with Riverton", "a dispute between Riverton and Lakeport": two states'
# dealings, where a country or its capital is the state (either side of the "and").
RELATION_BEFORE = re.compile(
    r"\b(?i:talks|ties|relations|dispute|tensions|row|rift|negotiations)\s+(?:between|with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+and\s+(?:the\s+)?)?$"
)


POSSESSIVE = re.compile(r"['’]s\b")
# "Ruritania's actions", "Syldavia's decision": what a country did or said as a state.
STATE_ACTS_AFTER = re.compile(r"^['’]s\s+(?:actions|decision|decisions|policy|response|statement|refusal)\b")


# "Iran-backed militias", "U.S.-led coalition", "U.S. helicopters": the country qualifies a noun, it is no place.
COUNTRY_ADJECTIVE_AFTER = re.compile(
    r"(?:[-‐–](?:backed|led|aligned|allied|funded|supported|sponsored|brokered|made|trained|armed)\b|"
    r"\s+(?:military\s+)?(?:troops|forces|soldiers|helicopters|jets|warplanes|drones|aircraft|diplomats|envoys?|"
    r"officials|commandos|special forces)\b)"
)


def country_adjective(text: str, mention: Mention) -> bool:
    if mention.kind != "place" or not any(r.kind == "country" for r in mention.places):
        return False
    return bool(COUNTRY_ADJECTIVE_AFTER.match(text, mention.end))


def _metropolis(mention: Mention) -> bool:
    """The name is a city of a million people or more under its own name ("Yerevan accused", "Baku said")."""
    return any(
        r.kind == "city" and (r.population or 0) >= 1_000_000 and fold(r.name) == mention.folded for r in mention.places
    )


def _country_strikes(mention: Mention, after: str, before: str) -> bool:
    """'a U.S. drone strike', 'airstrikes by the United States': the country (a country, nothing else by that name)
    as the state whose military struck. Its country code is set on the mention."""
    codes = {r.country_code for r in mention.places if r.kind == "country" and r.country_code}
    strike_after = STRIKE_AFTER.match(after) and (QUALIFIED_STRIKE_AFTER.match(after) or ARTICLE_BEFORE.search(before))
    if len(codes) != 1 or not (strike_after or STRIKES_BY_BEFORE.search(before)):
        return False
    mention.country_hint = codes.pop()
    return True


def metonymies(text: str, chosen: list[Mention]) -> list[Mention]:
    """Government mentions for places used as the state that speaks or acts. A country stays a place too; a city
    in that role ("Washington said") is not a location of the story."""
    found = []
    for mention in chosen:
        if mention.kind != "place" or not mention.places:
            continue
        after = text[mention.end : mention.end + 60]
        before = text[max(0, mention.start - 30) : mention.start]
        if _country_strikes(mention, after, before):
            mention.kind, mention.places, mention.force, mention.source = "generic_force", [], "army", "generic"
            continue
        blamed = (
            METONYMY_BEFORE.search(before)
            or REGIME_BEFORE.search(before)
            or RELATION_BEFORE.search(text, max(0, mention.start - 60), mention.start)
            # "the threat posed by Ruritania's militias": the country owns the doer, it is not the doer
            or (DONE_BY_BEFORE.search(text, max(0, mention.start - 100), mention.start) and not POSSESSIVE.match(after))
        )
        if not (METONYMY_AFTER.match(after) or REGIME_AFTER.match(after) or blamed or STATE_ACTS_AFTER.match(after)):
            continue
        if not blamed and re.search(r"\b(?:in|at|from|of|near|to|with|across|throughout)\s+$", before):
            continue  # "the ministry in Kabul said", "fans across Ruritania have reacted": a place
        if mention.ner not in ("GPE", "LOC") and not _metropolis(mention):
            continue  # "Yakubu dismissed": a person's surname (a city of millions is not one, whatever the tagger says)
        countries = [r for r in mention.places if r.kind == "country"]
        cities = [r for r in mention.places if r.kind == "city" and (r.population or 0) >= 300_000]
        # A city under its own name before one that only has it as an old or alternate name ("Islamabad" is
        # also a historical name of Chattogram).
        own = [r for r in cities if fold(r.name) == mention.folded]
        record = countries[0] if countries else max(own or cities, key=lambda r: r.population or 0, default=None)
        if record is None or not record.country_code:
            continue
        government = Mention(
            mention.start,
            mention.end,
            mention.text,
            "generic_force",
            mention.sentence,
            mention.folded,
            force="government",
            country_hint=record.country_code,
            source="generic",
        )
        if countries:
            found.append(government)
        else:
            mention.kind, mention.places = "generic_force", []
            # "metonymy": the capital that names its state (entities counts that state as a country named)
            mention.force, mention.country_hint, mention.source = "government", record.country_code, "metonymy"
    return found
