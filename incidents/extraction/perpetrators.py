"""Perpetrators: who did it. The dependency parse finds the doer of the event (the subject of "killed", the "by"
agent of "a drone launched by ..."); claims and blame name groups; where the sentences name nobody, the story's
context does (the planner's group, the air power striking, the story's armed group)."""

from __future__ import annotations

import re

from .model import Group, Incident, Mention
from .regex_speed import first_char_gate
from .sentence_facts import CLAIM_VERB, NO_CLAIM, UNKNOWN_ATTACKERS, SentenceFacts, event_parts
from .vocabulary import (
    ARMED_DOERS,
    ARREST_VERBS,
    CAPTURE_FORMS,
    CLAIM_VERBS,
    EVENT_NOUNS,
    EVENT_VERBS,
    GENERIC_ACTORS,
    GENERIC_DOERS,
    LINKED_DOERS,
    OWN_CLAIM,
    STATE_DOERS,
    VIOLENT_EVENT_NOUNS,
    alternation,
    noun_alternation,
)

# "a massacre that the government blamed on X": X is the perpetrator named by others.
# (the name may follow words that describe it: "blamed on Anglophone separatist fighters")
BLAMED_ON = re.compile(
    r"\b(?:blamed|pinned)\s+(?:it\s+|them\s+|the\s+(?:attacks?|killings?|bombings?|blasts?|violence)\s+)?on\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,2}$|"
    # "attributed to X", "an assault attributed by the capital to X"
    r"\battributed\s+(?:it\s+)?(?:by\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+)?to\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$|"
    # "the raids may have been carried out by X": a stated suspicion names the doer
    r"\b(?:have|has|had|was|were)\s+been\s+(?:carried\s+out|perpetrated|committed|staged)\s+by\s+(?:the\s+)?$|"
    # "police think it was a bombing carried out by X": the doer named in a later line
    r"\b(?:attacks?|bombings?|assaults?|massacre|killings?)\W?\s+(?:carried\s+out|perpetrated|committed|staged)\s+by\s+"
    r"(?:the\s+)?$|"
    # "..., the ministry said, blaming the paramilitary Rapid Support Forces"
    r",\s+(?:and\s+)?blaming\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$|"
    r"\b(?:army|military|police|government|authorities|officials|ministry|governor|forces)\s+(?:\w+\s+)?blamed\s+"
    r"(?:the\s+)?$|"  # "The army blamed the X Front": the doer named by others
    r"\bpointed\s+(?:the\s+finger\s+)?(?:at|to)\s+(?:the\s+)?$",  # "the prime minister pointed to X"
    re.I,
)
# "Most attacks in the region are attributed to X", "Several raids have also been claimed by Y": a claim or a blame
# of attacks in general, not of the event told.
ATTACKS_IN_GENERAL = re.compile(
    r"\b(?:several|many|some|most|numerous|other|previous|past|earlier|dozens\s+of|scores\s+of|hundreds\s+of|"
    r"a\s+(?:number|series|string|spate|wave)\s+of)\s+(?:[\w\-]+\s+){0,3}?(?:attacks|raids|bombings|killings|"
    r"assaults|massacres|ambushes|abductions|kidnappings)\s+(?:[^.;]{0,40}?\s)?(?:are|were|have|has|had)\s+"
    r"(?:(?:also|been|\w+ly)\s+){0,3}(?:claimed|attributed|blamed)\b",
    re.I,
)
# (speed: read per sentence, gated: 15.8 ms -> 10.3 ms of CPU per 100 articles, the same matches)
ATTACKS_IN_GENERAL = first_char_gate(ATTACKS_IN_GENERAL)
# "The bombers, a couple and their sons, were linked to the X network": a stated suspicion names the doers' group.
DOERS_LINKED_TO = re.compile(
    r"\b(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?|killers?|shooters?|family)\b[^.;]{0,120}?"
    r"\b(?:was|were|is|are)\s+(?:not\s+only\s+|allegedly\s+|reportedly\s+|believed\s+to\s+be\s+)?"
    r"(?:linked|affiliated|connected|tied)\s+(?:to|with)\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}$",
    re.I,
)
# "a Houthi drone strike", "an ISIS attack": the group's name as the event noun's modifier is its doer.
EVENT_AFTER_NAME = re.compile(
    r"^['’]?s?\s+(?:(?:drone|air|suicide|car|truck|missile|rocket|mortar|artillery|roadside|gun|grenade|knife)\s+)?"
    r"(?:strikes?|airstrikes?|air-strikes?|attacks?|assaults?|ambush(?:es)?|bombings?|offensives?|raids?|shelling|"
    r"massacre|onslaught)\b|"
    # "a Jaish terrorist rammed a car into the bus": the group's member as the doer
    r"^\s+(?:suicide\s+)?(?:terrorists?|militants?|gunm[ae]n|fighters?|bombers?|insurgents?|rebels?|attackers?)\s+"
    r"(?:\w+\s+)?(?:rammed|attacked|stormed|opened\s+fire|detonated|blew|killed|shot|ambushed|raided|struck)\b",
    re.I,
)


# "a police raid", "an army operation": the force named as the raid's modifier carried it out.
FORCE_RAID_AFTER = re.compile(
    r"^['’]?s?\s+(?:(?:search|security|counter-?terror(?:ism)?|joint)\s+)?(?:raids?|operations?)\b", re.I
)


# What a force or group says of its own deed, right after its name: "The army reported killing six
# fighters", "the army said its troops had shot dead two gunmen", "the Y Front says it was behind the attack",
# "X fighters who were behind the attack".
OWN_DEED_AFTER = re.compile(
    # (the speaker may be named between commas: "the X spokesman, A B, said its men had ...")
    r"(?:['’]s)?\s+(?:[\w\-]+\s+){0,3}?(?:[\w\-]+,\s+[^,.;]{1,40},\s+)?"
    r"(?:said|says|reported|announced|confirmed|claimed|admitted)\s+(?:that\s+)?"
    r"(?:(?:it|they|its\s+(?:troops|forces|men|fighters|soldiers|units)|their\s+(?:troops|men|fighters)|"
    r"the\s+(?:group|insurgents|militants|rebels|fighters|jihadists|guerrillas|movement))\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:killed|shot\s+dead|neutrali[sz]ed|eliminated|ambushed|carried\s+out|"
    r"(?:was|were|had\s+been)\s+behind)|(?:killing|having\s+killed))\b|"
    r"\s+(?:[\w\-]+\s+)?(?:who|which|that)\s+(?:was|were|had\s+been|are|is)\s+behind\b",
    re.I,
)
# A force telling its men's deed: "the Harbour Guard (HG) said today its commandos shot the driver".
OWN_MEN_AFTER = re.compile(
    r"\)?\s+(?:said|says|reported|announced|confirmed)\s+(?:(?:on\s+)?[A-Z]\w+day\s+|today\s+|yesterday\s+)?"
    r"(?:that\s+)?(?:its\s+)?(?:officers|troops|soldiers|policemen|personnel|agents|commandos)\s+(?:had\s+)?"
    r"(?:killed|shot\s+dead|shot|opened\s+fire|neutrali[sz]ed|arrested|detained)\b"
)
# "The governor blamed the separatist X for the killings": the doer named by whoever blames it.
BLAMED_BEFORE = re.compile(r"\bblam(?:ed|es|ing)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
FOR_AFTER = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?for\b", re.I)


# A force answering the attack a sentence before told: "Guards returned fire and shot dead one gunman",
# "officers shot dead two of the gunmen", "police launched a search operation". It did not do the attack.
ANSWERING = re.compile(
    r"\b(?:fired back|returned fire|returning fire|return(?:ed)? the fire)\b|"
    # "The army sent reinforcements in response to the blasts and killed 31 fighters": the answer to the attack
    r"\bin\s+response\s+to\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:attacks?|assaults?|ambush(?:es)?|bombings?|blasts?|"
    r"explosions?|raids?)\b|\b(?:deployed|sent|dispatched|rushed)\s+reinforcements\b|"
    r"\b(?:killed|killing|shot dead|shooting dead|shot|shooting|neutrali[sz]ed|neutrali[sz]ing)\s+(?:\w+\s+)?"
    r"(?:of\s+)?the\s+(?:attackers|assailants|gunmen|raiders|bombers?|attacker|assailant|gunman)\b|"
    # the hunt for them: "troops began a manhunt to track down the gunmen"
    r"\b(?:search operation|search and cordon|cordon and search|manhunt|combing operation|to track down|"
    r"to hunt down|cordoned off the area)\b|"
    # the end of a siege, told by the hostages left or freed: "no hostages remained after troops took the
    # building", "the last hostages were led out", "rescued the hostages"
    r"\b(?:no|none of the)\s+(?:more\s+|remaining\s+|other\s+)?hostages\b|"
    r"\b(?:the last|all (?:the )?remaining)\s+hostages\b|"
    r"\b(?:rescued|freed|liberated|released)\s+(?:\w+\s+){0,3}?hostages\b",
    re.I,
)
# The attacker killed by the force that ended the attack: "the lone gunman, who was fatally shot by officers", "the
# bomber was shot and killed by guards".
ATTACKER_KILLED_BY = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|killers?|bombers?|shooters?|hostage-takers?|suspects?)\b[^.;]{0,80}?"
    r"\b(?:was|were|had been)\s+(?:\w+ly\s+)?(?:shot dead|shot and killed|shot|killed|neutrali[sz]ed|gunned down|"
    r"overpowered|arrested)\s+by\b",
    re.I,
)
# A force that ends a siege or an assault the sentence tells: "Special forces stormed the hotel after gunmen
# seized guests", "troops freed the hostages after militants took over the school". The force answered it.
ENDED_AFTER = re.compile(
    r"\b(?:stormed|raided|freed|rescued|retook|recaptured|ended|broke)\b[^.;]{0,100}?\bafter\s+(?:the\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:gunm[ae]n|militants|attackers|assailants|jihadists|insurgents|hostage-takers|rebels|"
    r"fighters|terrorists)\s+(?:had\s+)?(?:seized|stormed|took|attacked|besieged|opened fire|captured|overran)\b",
    re.I,
)
# Events one side does to another: no force answering it is among their doers.
ONE_SIDED = frozenset(("attack_on_civilians", "bombing", "suicide_bombing"))
PLANTING_VERBS = frozenset(("planted", "placed", "laid", "hid"))
QUOTE_MARKS = frozenset("\"“‘'")


def named_perpetrators(incident: Incident, facts: dict[int, SentenceFacts], doc, bounds) -> None:
    """The perpetrators the event's sentences name; `bounds`: each sentence's token range in the parse."""
    """Who did it: a group that claimed it, else the doer of the event in the lead sentences."""
    found: list[Group] = []
    claimed: list[Group] = []
    by_name: set[int] = set()  # forces written out by name in a doer sentence ("the Manipur Police")
    # The lead sentence is the event's own even when its verb is weak ("X also attacked the base"): its doer counts.
    lead_index = incident.sentences[0]
    # The sentence right after the lead goes on with its event even in weak words ("officials said X carried out
    # the attack"): its doer counts too, unless it is a quote (a witness's own scene, not the narration's).
    follow_up = lead_index + 1
    if follow_up in facts and facts[follow_up].text.lstrip()[:1] in QUOTE_MARKS:
        follow_up = lead_index
    eventful = [
        i for i in incident.sentences if i in (lead_index, follow_up) or facts[i].strength >= 2 or facts[i].counts
    ]
    # An attack's doer is not the force that arrested its attacker afterwards.
    doer_verbs = EVENT_VERBS if incident.type == "arrest_or_raid" else EVENT_VERBS - ARREST_VERBS
    if incident.type in ("bombing", "suicide_bombing"):
        doer_verbs = doer_verbs | PLANTING_VERBS  # "an IED planted by X": who planted the bomb set it off
    for index in incident.sentences:
        sentence = facts[index]
        # "..., claimed by X and Y, respectively" in a later line that dates its attacks to another year: their claims
        claims_here = (
            index == lead_index or not _of_another_year(incident, sentence)
        ) and not ATTACKS_IN_GENERAL.search(sentence.text)
        claimer = _anaphoric_claimer(facts, sentence) if claims_here else None
        if claimer is not None and claimer not in claimed:
            claimed.append(claimer)  # "The terror group has claimed responsibility": the group named before
        claimed += [
            group
            for mention, group in sentence.groups
            if group.kind == "armed_group"
            and claims_here
            and CLAIMS_AFTER_NAME.match(sentence.text, mention.end - sentence.start)
            and group not in claimed
        ]
        claimed += [
            group
            for mention, group in sentence.groups
            if group.kind in ("armed_group", "state_force")
            and claims_here
            and (
                OWN_DEED_AFTER.match(sentence.text, mention.end - sentence.start)
                or (group.kind == "state_force" and OWN_MEN_AFTER.match(sentence.text, mention.end - sentence.start))
            )
            and not NO_CLAIM.search(sentence.text)
            and group not in claimed
        ]
        if not sentence.groups:
            continue
        claim_cue = CLAIM_VERB.search(sentence.text)
        if claim_cue and claims_here and not NO_CLAIM.search(sentence.text):
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
                (mention, _affiliate_named_after(mention, sentence) or group)
                for mention, group in sentence.groups
                if not _owner_of_another_group(mention, sentence)  # "the CRPF's CoBRA": the unit acted
                and not _modifier(mention, sentence)
                and _subject_of(doc, mention, doer_verbs, bounds)
            ]
            # "An X Parks patrol hit a mine": a listed company's, charity's or sports body's men are no doers (an
            # unlisted name is "organization" whenever its words say nothing of its kind: it may be an armed band)
            doers = [
                group
                for mention, group in _first_clause(doer_mentions, sentence)
                if not (group.kind == "organization" and group.record is not None)
            ]
            if incident.type != "arrest_or_raid" and (
                (index != lead_index and (ANSWERING.search(sentence.text) or ATTACKER_KILLED_BY.search(sentence.text)))
                or ENDED_AFTER.search(sentence.text)
            ):
                doers = [g for g in doers if g.kind != "state_force"]  # the force answered the attack
            if found and not all(g.kind == "state_force" for g in doers):
                doers = []
            found += [g for g in doers if g not in found]
    blamed = [
        group
        for index in incident.sentences[:6]
        if not ATTACKS_IN_GENERAL.search(facts[index].text)
        for mention, group in facts[index].groups
        if BLAMED_ON.search(
            facts[index].text[max(0, mention.start - facts[index].start - 80) : mention.start - facts[index].start]
        )
        and not DESCRIBING.match(facts[index].text, mention.end - facts[index].start)  # "on X linked Y": Y
    ]
    blamed += [
        group
        for index in incident.sentences[:6]
        for mention, group in facts[index].groups
        if BLAMED_BEFORE.search(facts[index].text[: mention.start - facts[index].start])
        and FOR_AFTER.match(facts[index].text, mention.end - facts[index].start)
        and group not in blamed
    ]
    # a suspicion that links the doers to a group; kept beside the group that claimed it (a network and the
    # movement it pledged to are both coded)
    linked = [
        group
        for index in incident.sentences
        for mention, group in facts[index].groups
        if group.kind == "armed_group"
        and DOERS_LINKED_TO.search(facts[index].text[: mention.start - facts[index].start])
    ]
    modifiers = [
        group
        for index in incident.sentences[:2]
        for mention, group in facts[index].groups
        # a government's strikes are made by its forces: "junta airstrikes" names the forces, not the council
        if group.kind in ("armed_group", "state_force")
        and EVENT_AFTER_NAME.match(facts[index].text[mention.end - facts[index].start :])
        and not facts[index].text[: mention.start - facts[index].start].endswith("-")  # "an anti-IS raid"
    ]
    # "killed in a police raid on their hideout": a state force's raid is that force's act; a claim by armed groups
    # told later in the story ("attacks claimed by X") is about other attacks.
    raiders = [
        group
        for index in incident.sentences[:1]
        if incident.type not in ONE_SIDED  # "a bombing in X, where the army's operations ...": not the bombing's
        for mention, group in facts[index].groups
        if group.kind == "state_force"
        and FORCE_RAID_AFTER.match(facts[index].text[mention.end - facts[index].start :])
        and not facts[index].text[: mention.start - facts[index].start].endswith("-")
    ]
    if raiders and not any(g.kind == "state_force" for g in found):
        claimed = [g for g in claimed if g.kind == "state_force"]
        found = raiders + [g for g in found if g not in raiders]
    perpetrators = []
    for group in claimed + found + blamed + ([] if found or claimed or blamed else modifiers):
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
    perpetrators += [g for g in linked if g not in perpetrators]
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
    # "a blast in X, which has seen heavy fighting between A and B": a fight's two sides are no bombing's doers
    sides = _sides(lead) if incident.type not in ONE_SIDED else []
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
        incident.perpetrators = _named_before(facts, facts[incident.sentences[0]]) or _they_before(
            facts, lead, doc, bounds
        )
        perpetrators = incident.perpetrators
    if incident.type in ONE_SIDED and any(g.kind == "armed_group" for g in incident.perpetrators):
        # "Gunmen hit the market ... troops then began a search": the force answering an armed
        # group's attack on civilians or its bomb did not do it
        incident.perpetrators = [g for g in incident.perpetrators if g.kind != "state_force"]
        perpetrators = incident.perpetrators
    incident.perpetrators = _local_branches(incident, facts, claimed)
    incident.perpetrator_unknown = not perpetrators and bool(
        UNKNOWN_ATTACKERS.search(text) or NO_CLAIM.search(text) or UNCLEAR_WHO.search(text)
    )


# "It was not clear who had operated the drone", "it is unclear who was behind the blast": the doer is unknown.
UNCLEAR_WHO = re.compile(r"\b(?:not (?:yet )?(?:clear|known)|unclear|unknown)\s+who\b", re.I)


# "fighting between X and Y", "clashes pitting X against Y": both sides are the actors of the fight.
BETWEEN = re.compile(
    r"\b(?:fighting|clash(?:es)?|battles?|gun ?battles?|gunfights?|firefights?|shoot-?outs?|encounters?|"
    r"confrontations?|hostilities),?\s+(?:(?:broke\s+out|erupted|raged|flared(?:\s+up)?)\s+)?(?:between|pitting)\s+",
    re.I,
)
# The other side written as a common noun: "a shootout between the police and the militants".
UNNAMED_SIDE = (
    r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:militants|gunmen|rebels|insurgents|jihadists|fighters|bandits|attackers)\b"
)
UNNAMED_AFTER = re.compile(rf"^\s+(?:and|against)\s+{UNNAMED_SIDE}", re.I)
UNNAMED_BEFORE = re.compile(rf"^{UNNAMED_SIDE}\s+(?:and|against)\s+(?:the\s+)?$", re.I)


# "Police fought a long gun battle with X men": the subject named before, X after.
FIGHT_WITH = re.compile(
    r"\b(?:fighting|clash(?:es|ed)?|battles?|battled|gun ?battles?|gunfights?|firefights?|fought|exchanged fire|"
    r"encounters?)\s+with\s+",
    re.I,
)
# "Two gunmen were shot dead during a firefight with police": the dead, told before the fight, lost it to the force.
DEAD_BEFORE_FIGHT = re.compile(
    r"\b(?:was|were|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed|"
    r"eliminated)\b[^.;]{0,60}$",
    re.I,
)


def _sides_with(lead: SentenceFacts) -> list[Group]:
    """'X fought Y': the side named just before the fight word and the one named just after 'with'."""
    cue = FIGHT_WITH.search(lead.text)
    if cue is None:
        return []
    start, end = lead.start + cue.start(), lead.start + cue.end()
    fighters = [(m, g) for m, g in lead.groups if g.kind in ("armed_group", "state_force")]
    before = [g for m, g in fighters if 0 <= start - m.end <= 60]
    after = [g for m, g in fighters if 0 <= m.start - end <= 20]
    if (
        after
        and after[0].kind == "state_force"
        and not any(g.kind == "state_force" for g in before)  # a border guard killed in a clash with another's
        and DEAD_BEFORE_FIGHT.search(lead.text[: cue.start()])
    ):
        return [after[0]]  # the force the dead fought: the side that killed them
    if before and after and before[-1] is not after[0]:
        return [before[-1], after[0]]
    return []


def _sides(lead: SentenceFacts) -> list[Group]:
    """The two groups a fight is said to be between, when the lead sentence names both."""
    cue = BETWEEN.search(lead.text)
    if cue is None:
        return _sides_with(lead)
    at = lead.start + cue.end()
    sides: list[Group] = []
    for mention, group in sorted(lead.groups, key=lambda pair: pair[0].start):
        if 0 <= mention.start - at <= 120 and group.kind in ("armed_group", "state_force") and group not in sides:
            sides.append(group)
        if len(sides) == 2:
            return sides
    if len(sides) == 1:
        # one side named, the other a common noun ("between Egyptian forces and the militants"): the one named
        mention = next(m for m, g in sorted(lead.groups, key=lambda pair: pair[0].start) if g is sides[0])
        if UNNAMED_AFTER.match(lead.text[mention.end - lead.start :]) or UNNAMED_BEFORE.match(
            lead.text[cue.end() : mention.start - lead.start]
        ):
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


SOUGHT_BEFORE = re.compile(
    rf"\b(?:{alternation(CAPTURE_FORMS)}|hunt(?:ing|ed|s)?|track(?:ing|ed|s)? down|target(?:ing|ed|s)?)\s+"
    r"(?:an?|the|two|three|several)\s+"
    r"(?:[\w\-“”\"']+\s+){0,4}$",
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
        if SOUGHT_BEFORE.search(lead.text[max(0, cue.start() - 80) : cue.start()]):
            continue  # "forces operated to apprehend a cell belonging to X": X's men were the ones sought
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


def _speaks_of_its_own(group: Group, doer: str) -> bool:
    return (doer in STATE_DOERS) == (group.kind == "state_force")


# "The group", "the insurgents", "its fighters" as the doer: the armed group named just before.
ANAPHORIC_ACTOR = re.compile(
    r"\b(?:(?:the|this) (?:group|insurgents|militants|rebels|jihadists|outfit|militia|organi[sz]ation)|"
    r"(?:its|their|the group['’]s|the movement['’]s) (?:fighters|militants|members|gunmen|cadres))\b",
    re.I,
)


# "The terror group has claimed responsibility", "the outfit later claimed the attack", "the militant group is
# blamed for a series of attacks": the group said before.
ANAPHORIC_CLAIM = re.compile(
    r"\b(?:the|this)\s+(?:[\w\-]+\s+)?(?:group|outfit|organi[sz]ation|militia|movement)\s+(?:\w+\s+)?"
    r"(?:(?:has\s+|had\s+|have\s+)?(?:later\s+)?(?:claimed|accepted|took|admitted)|"
    r"(?:is|was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:blamed|held\s+responsible)\s+for)\b",
    re.I,
)
# "Rebel front claims responsibility for ...", a headline's present tense: the group named right before claims it.
CLAIMS_AFTER_NAME = re.compile(
    # "X also claimed responsibility", "X later claimed credit"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|later\s+|\w+ly\s+)?(?:claims|claimed|claim|taken|took|accepted|assumed)\s+"
    r"(?:the\s+)?(?:responsibility|credit)\b|"
    # "X carried out the attacks", "X was behind the bombing": the story's event, said of X by anyone
    r"\s+(?:(?:was|were|is|are|had\s+been)\s+behind|carried\s+out|perpetrated)\s+(?:all\s+)?(?:the|these|this|both)\s+"
    r"(?:[\w\-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|assaults?|ambush(?:es)?|killings?|massacre)\b|"
    # "X is blamed for several bombings, including the one at ...": the attacks it lists are X's
    r"\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:widely\s+|often\s+|also\s+)?blamed\s+for\b|"
    # "IS-claimed bombing kills 52", a headline or a link's
    r"[-‐–]claimed\s+(?:[\w\-]+\s+)?"
    + noun_alternation(
        VIOLENT_EVENT_NOUNS
        + (("assault", "assaults"), ("massacre", "massacres"), ("killing", "killings"), ("strike", "strikes"))
    )
    + r"\b",
    re.I,
)


def _anaphoric_claimer(facts: dict[int, SentenceFacts], sentence: SentenceFacts) -> Group | None:
    """The armed group a claim by 'the group' points back to, when the claim sentence names no armed group."""
    if not ANAPHORIC_CLAIM.search(sentence.text) or NO_CLAIM.search(sentence.text):
        return None
    if any(g.kind == "armed_group" for _, g in sentence.groups):
        return None  # the claimer is named: the claim rules read it
    for index in sorted((i for i in facts if i < sentence.index), reverse=True)[:4]:
        armed = _branches_first([g for _, g in sorted(facts[index].groups, key=lambda p: p[0].start)])
        if armed:
            return armed[-1]
    return None


def _branches_first(groups: list[Group]) -> list[Group]:
    """The armed groups of a sentence, less the parent of a branch it names too ("X, a breakaway faction of Y,
    claimed it": 'the group' said next is X)."""
    armed = [g for g in groups if g.kind == "armed_group"]
    return [g for g in armed if not any(other.parent is g for other in armed)]


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
            last = _branches_first([g for _, g in facts[index].groups])[-1]
            return [last]  # the group named last
    return []


def _they_before(facts: dict[int, SentenceFacts], lead: SentenceFacts, doc, bounds) -> list[Group]:
    """'The rebels have stepped up attacks. On Monday, they ambushed a patrol': a 'they' that did the lead's
    event is the armed side named last before it, when no force was named after that side."""
    first, last = bounds.get(lead.index, (0, 0))
    if not any(
        t.lower_ == "they" and t.dep_ == "nsubj" and _is_event_verb(t.head, EVENT_VERBS) for t in doc[first:last]
    ):
        return []
    for index in sorted((i for i in facts if i < lead.index), reverse=True)[:3]:
        named = sorted(facts[index].groups, key=lambda pair: pair[0].start)
        sides = [g for _, g in named if g.kind in ("armed_group", "state_force")]
        if sides:
            return sides[-1:] if sides[-1].kind == "armed_group" else []
    return []


LINKED = re.compile(
    r"[-‐–]\s?(?:linked|affiliated|backed|allied|aligned|inspired|led|based|run|supported|held|controlled|"
    r"occupied|dominated)\b",
    re.I,
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


# "the al-Qaeda affiliate group X", "IS's local branch, X": the first name only says whose ally the doer is.
AFFILIATE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w\-]+\s+)?(?:affiliate|affiliated\s+group|branch|offshoot|franchise)\b", re.I
)


def _affiliate_named_after(mention: Mention, sentence: SentenceFacts) -> Group | None:
    """The group named right after '<mention> affiliate (group)': the doer the phrase describes."""
    cue = AFFILIATE_AFTER.match(sentence.text, mention.end - sentence.start)
    if cue is None:
        return None
    at = sentence.start + cue.end()
    return next((g for m, g in sentence.groups if 0 <= m.start - at <= 80 and g.kind == "armed_group"), None)


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
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in EVENT_NOUNS and head.head.i < head.i:
            return first <= head.head.i < last  # "missile strikes of the X Armed Forces": the X struck
        if token.dep_ == "nsubj" and (_reduced_passive(head) or _counted_passive(token, head)):
            return False  # "with some 50 soldiers killed", "Raid: 17 soldiers killed": the dead, not the doers
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


def _reduced_passive(verb) -> bool:
    """'..., with 50 soldiers killed': a participle with a subject but neither 'have' nor an object is passive."""
    if verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") for c in children) or any(c.dep_ in ("dobj", "dative") for c in children):
        return False
    return verb.dep_ == "pcomp" and verb.head.lower_ == "with"


# What is done to the victims a headline counts: "17 soldiers killed", "three policemen wounded".
HARMED = frozenset(("killed", "wounded", "injured", "hurt", "slain", "shot", "kidnapped", "abducted", "martyred"))


def _counted_passive(subject, verb) -> bool:
    """'Ambush: 17 soldiers killed': a headline's participle with neither 'have' nor 'were' nor an object, after a
    counted subject, is the passive of the dead ("Troops killed 17 fighters" has its object)."""
    if verb.tag_ != "VBN" or verb.lower_ not in HARMED or not any(c.dep_ == "nummod" for c in subject.children):
        return False  # "Three outfits claimed to have ...": a claim, not a harm
    return not any(c.dep_ in ("aux", "auxpass", "dobj", "dative") for c in verb.children)


def _is_event_verb(token, verbs) -> bool:
    word = token.text.lower()
    if not token.tag_.startswith("VB") or word not in verbs:
        return False
    if word == "set":  # "set off an IED", not "set up checkpoints"
        return any(c.dep_ == "prt" and c.text.lower() == "off" for c in token.children)
    if word == "opened":  # "opened fire", not "opened an investigation"
        return any(c.lower_ == "fire" for c in token.children)
    return True


FIGHT_NOUNS = frozenset(
    (
        "clash",
        "clashes",
        "encounter",
        "gunfight",
        "firefight",
        "shootout",
        "gunbattle",
        "battle",
        "fighting",
        "exchange",
    )
)


SAME_DOER = re.compile(
    r"\b(?:by|from) the same (?:faction|group|militants|insurgents|rebels|jihadists|fighters|gang|militia|outfit)\b",
    re.I,
)


def _the_storys_armed_group(incident: Incident, facts: dict[int, SentenceFacts], doc, bounds) -> list[Group]:
    """'In August 2023, rebels ambushed a police vehicle': when the story names one armed group only, its
    'rebels' or 'insurgents' are that group's men."""
    lead = facts[incident.sentences[0]]
    first, last = bounds.get(lead.index, (0, 0))
    # an event told in a clause of the lead ("the worst attack since the 2019 bombing") has only the clause's doers
    a, b, inside = incident.clauses.get(lead.index, (0, 0, False))
    doer = next(
        (
            t
            for t in doc[first:last]
            if t.lower_ in ARMED_DOERS
            and (a <= t.idx < b) == inside
            and (
                (t.dep_ == "nsubj" and _is_event_verb(t.head, EVENT_VERBS))
                # "two farmers were shot by suspected rebels": the passive's agent
                or (t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.tag_ == "VBN")
                # "two soldiers were killed in a clash with the rebels": the other side of the fight
                or (t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lower_ in FIGHT_NOUNS)
            )
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


def _doers_of_the_first_part(incident: Incident, doc, earlier: list[Incident]) -> list[Group]:
    """'Fighters of X shot six men in A, and four in B': the event a later part of the sentence tells
    (sentence_facts.event_parts) has the doers of the incident its first part went to."""
    lead = incident.sentences[0]
    span = incident.clauses.get(lead)
    if span is None or not span[2]:
        return []
    whole = next((f for f in doc._.facts if f.index == lead), None)
    if whole is None or span[:2] not in [(a, b) for a, b, _ in event_parts(whole)[1:]]:
        return []
    first = next((o for o in earlier if lead in o.sentences and not o.clauses.get(lead, (0, 0, True))[2]), None)
    return list(first.perpetrators) if first is not None else []


# The story's event named back by a claim or a blame told apart from it: "the bombing", "the twin blasts", "it".
_THE_EVENT = (
    r"(?:the|these)\s+(?:(?:twin|deadly|latest|two|three|terrorist|suicide|bomb|\w+day['’]s)\s+){0,2}"
    r"(?:attacks?|blasts?|bombings?|explosions?|assaults?|massacre|ambush(?:es)?|killings|acts)\b"
)
# ... and the one event of them: "the attack", "it" (not "the attacks")
ONE_EVENT = re.compile(r"\b(?:it|attack|blast|bombing|explosion|assault|massacre|ambush)\b", re.I)
# "X claimed responsibility for the killings", "X, ..., earlier claimed responsibility for the attack"
CLAIMED_AFTER_NAME = re.compile(
    r"^(?:\s*\([^)]{1,30}\))?,?\s+(?:group\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+|later\s+|earlier\s+|\w+ly\s+)?"
    r"(?:claimed|claims|took|accepted|assumed)\s+(?:the\s+)?(?:responsibility|credit)\s+for\s+" + _THE_EVENT,
    re.I,
)
# "pinned the blame for the blasts on X", "the attacks were blamed on X", "blamed it on X", "the attack would
# have been carried out by guerrilla group X", "suspicion has fallen on X" (the event told, unnamed)
BLAMED_BEFORE_NAME = re.compile(
    r"(?:\b(?:blamed|pinned)\s+(?:it|them|" + _THE_EVENT + r")\s+on|"
    r"\bpinned\s+the\s+blame\s+for\s+" + _THE_EVENT + r"\s+on|"
    r"(?:\bthey|" + _THE_EVENT + r")\s+(?:was|were|have\s+been|has\s+been)\s+(?:\w+ly\s+)?blamed\s+on|"
    r"(?:\bit|" + _THE_EVENT + r")\s+(?:would|may|might|could|must)?\s*(?:have\s+)?been\s+"
    r"(?:carried\s+out|perpetrated|committed)\s+by|"
    r"\bsuspicion\s+(?:has\s+|had\s+|will\s+|would\s+)?(?:fallen|fell|fall|falls)\s+on)\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
    re.I,
)
# "Al-Qaeda linked Shabaab": the first name only describes the group blamed.
# "The ADF allied with the Islamic State", "Hezbollah backed by Iran": the word then describes the first name.
DESCRIBING = re.compile(
    r"\s*[-‐–]?\s*(?:linked|affiliated|backed|allied|aligned|inspired)\b(?!\s+(?:to|with|by|of)\b)", re.I
)
# "When a bomb hit the market two years ago, suspicion fell on X": a past event's background.
PAST_BACKGROUND = re.compile(r"^\W*when\b[^.;]*\bago\b|\b(?:years|decades)\s+ago\b|\blast\s+year\b", re.I)
# "Analysts said suspicion would fall on X": outsiders' guess, no one's word on the event.
OUTSIDERS_GUESS = re.compile(
    r"\b(?:analysts?|experts?|observers?|commentators?|researchers?)\b[^.;]{0,60}?\b(?:would|could|might|may|likely)\b",
    re.I,
)
# "X claimed responsibility for the attacks in Borno": only that place's events.
IN_PLACE = re.compile(r"\s+(?:in|near)\s+([A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)*)")
# "Separately, a bomb hit Y": the event told next is not one of those a later "the attacks" claims.
SEPARATELY = re.compile(r"\bseparately\b", re.I)
THESE = re.compile(r"\bthese\b", re.I)
# A story going on to another event: a claim of "the attack" after it is that event's.
ANOTHER_EVENT = re.compile(
    r"\b(?:in|during)\s+(?:another|a\s+separate|a\s+second|an\s+earlier|a\s+similar)\s+(?:incident|attack)\b|"
    r"\bseparately\b",
    re.I,
)


def _claimed_apart(
    incident: Incident, facts: dict[int, SentenceFacts], earlier: list[Incident], told: list[Incident]
) -> list[Group]:
    """'X claimed responsibility for the bombing', 'the blasts were blamed on X', told paragraphs after the event
    and apart from its sentences: the story's event is X's. 'The attack' is the story's first event only (and not
    when another event is told between); 'the attacks' are all its events of the first one's day; 'the attacks in
    X' only X's."""
    if incident.type == "arrest_or_raid" or incident.told_inside_clause(incident.sentences[0]):
        return []  # a raid is the state's; "the deadliest attack since the 2019 bombing": a past event's clause
    first = not earlier
    if not first and (incident.date or "")[:10] != (earlier[0].date or "")[:10]:
        return []
    start = incident.sentences[0]
    # where each other event of the story is first told (before or after this one in the list)
    day = (incident.date or "")[:10]
    others = [
        (min(o.sentences), (o.date or "")[:10] != day)
        for o in told
        if o is not incident and o.sentences and min(o.sentences) > start
    ]
    own_text = " ".join(facts[i].text for i in incident.sentences if i in facts)
    told_between = separately = past_between = False
    for index in sorted(i for i in facts if i > start):
        sentence = facts[index]
        told_between = told_between or bool(ANOTHER_EVENT.search(sentence.text)) or any(o < index for o, _ in others)
        # an event told "separately" between: "the attacks" claimed next are not the first event's
        separately = separately or bool(SEPARATELY.search(sentence.text))
        # an event of another day told between, in the claim's paragraph: "the attacks" claimed next are about it
        past_here = any(
            o < index and other_day and o in facts and facts[o].paragraph == sentence.paragraph
            for o, other_day in others
        )
        past_between = past_between or any(o < index and other_day for o, other_day in others)
        if (
            ATTACKS_IN_GENERAL.search(sentence.text)
            or _of_another_year(incident, sentence)
            or PAST_BACKGROUND.search(sentence.text)
            or OUTSIDERS_GUESS.search(sentence.text)
        ):
            continue
        for mention, group in sentence.groups:
            if group.kind != "armed_group" or DESCRIBING.match(sentence.text, mention.end - sentence.start):
                continue
            at, end = mention.start - sentence.start, mention.end - sentence.start
            cue = CLAIMED_AFTER_NAME.match(sentence.text[end:]) or BLAMED_BEFORE_NAME.search(
                sentence.text[max(0, at - 120) : at]
            )
            if cue is None:
                continue
            place = IN_PLACE.match(sentence.text, end + cue.end()) if cue.re is CLAIMED_AFTER_NAME else None
            if place and not any(m.start - sentence.start == place.start(1) for m, _ in sentence.places):
                place = None  # "in Telegram posts": no place's name
            if place and place.group(1) not in own_text:
                continue  # "the attacks in Borno": another place's events
            one = bool(ONE_EVENT.search(cue.group(0)))
            # "these attacks" point back to the event told last
            apart = separately or past_here or (past_between and THESE.search(cue.group(0)))
            if (not one and not (first and apart)) or (first and not told_between):
                return [group]
    return []


def perpetrators_from_context(
    incident: Incident,
    facts: dict[int, SentenceFacts],
    doc,
    bounds,
    earlier: list[Incident],
    told: list[Incident] | None = None,
) -> None:
    """Where the sentences name no one (and do not say the attackers are unknown): the story's context."""
    given = bool(incident.perpetrators)
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
    if not incident.perpetrators and not incident.perpetrator_unknown:
        incident.perpetrators = _claimed_apart(incident, facts, earlier, told or earlier)
    if incident.type == "air_or_drone_strike" and not incident.perpetrators and not incident.perpetrator_unknown:
        # An air strike nobody is named for, in a country where the story has a state force striking from
        # the air: that force (armed groups rarely fly; the story names the air power once).
        country = incident.location.country if incident.location else None
        forces = [
            g
            for other in earlier
            if other.type == "air_or_drone_strike" and other.location and other.location.country == country
            for g in other.perpetrators
            if g.kind == "state_force"
        ]
        if country and len({id(g) for g in forces}) == 1:
            incident.perpetrators = forces[:1]
    if (
        not incident.perpetrators
        and not incident.perpetrator_unknown
        and earlier
        and SAME_DOER.search(facts[incident.sentences[0]].text)
    ):
        # "Its base was overrun by the same faction in 2025": the group of the story's main event.
        incident.perpetrators = [g for g in earlier[0].perpetrators if g.kind == "armed_group"]
    if not incident.perpetrators and not incident.perpetrator_unknown:
        incident.perpetrators = _doers_of_the_first_part(incident, doc, earlier)
    if not incident.perpetrators and not incident.perpetrator_unknown:
        incident.perpetrators = _doers_of_the_item_before(incident, facts, earlier)
    if not incident.perpetrators and not incident.perpetrator_unknown:
        incident.perpetrators = _claimer_of_the_list(incident, doc)
    if not incident.perpetrators and not incident.perpetrator_unknown:
        incident.perpetrators = _the_storys_armed_group(incident, facts, doc, bounds)
    # "X died during a police raid in 2011": the raid was the state's, whatever group the story's convicts belong to
    raid = incident.type == "arrest_or_raid" or bool(DIED_IN_A_RAID.search(facts[incident.sentences[0]].text))
    if not incident.perpetrators and not incident.perpetrator_unknown and not raid:
        incident.perpetrators = _the_convicts_group(facts)
    if not incident.perpetrators and not incident.perpetrator_unknown and not raid:
        incident.perpetrators = _the_events_armed_group(incident, facts)
    if not given:
        incident.perpetrators = _local_branches(incident, facts, [])


def _local_branches(incident: Incident, facts: dict[int, SentenceFacts], claimers: list[Group]) -> list[Group]:
    """'Al Qaeda militants' in a story that names al-Qaeda's branch in the event's country (AQAP in Yemen): that
    branch's men. A movement that claimed its branch's attack ("IS claimed the bombing" in a story naming its local
    province) is kept beside the branch: the claim is the movement's, the deed the branch's."""
    country = incident.location.country if incident.location else None
    out: list[Group] = []
    for group in incident.perpetrators:
        branches = {
            id(g): g
            for sentence in facts.values()
            for _, g in sentence.groups
            if g.parent is group and g.kind == "armed_group" and g.country == country
        }
        # a movement of the event's own country is the doer itself: its armed wing there is no local branch
        if group.kind != "armed_group" or not country or group.country == country or len(branches) != 1:
            out.append(group)
            continue
        branch = next(iter(branches.values()))
        out += [g for g in ([group, branch] if group in claimers else [branch]) if g not in out]
    return out


DIED_IN_A_RAID = re.compile(
    r"\b(?:killed|shot dead|died|gunned down|shot)\s+(?:in|during)\s+an?\s+(?:[a-z\-]+\s+){0,2}raid\b", re.I
)


# A roundup's next item told as the sequel of the one before: "Later that evening, a bomb wounded two guards
# at ...", "In a second attack, a shopkeeper was killed in ...".
CONTINUED = re.compile(
    r"^\W*(?:later\s+(?:that|the\s+same|in\s+the)\s+(?:day|night|evening|morning|afternoon)|"
    r"(?:in|during)\s+(?:another|a\s+second|a\s+further|a\s+similar)\s+(?:incident|attack))\b",
    re.I,
)
# Kinds of event a coder tells apart only by detail: the same doer's next item of the same kind.
KIND_CLASS = {
    "bombing": "explosion",
    "suicide_bombing": "explosion",
    "attack_on_civilians": "killing",
    "targeted_killing": "killing",
    "other_violence": "killing",
}


def _doers_of_the_item_before(incident: Incident, facts: dict[int, SentenceFacts], earlier: list[Incident]):
    """The armed group of the item told just before, when this one opens as its sequel and is of its kind."""
    if not earlier or not CONTINUED.match(facts[incident.sentences[0]].text):
        return []
    before = earlier[-1]
    if len(before.perpetrators) != 1 or before.perpetrators[0].kind != "armed_group":
        return []
    kind = KIND_CLASS.get(incident.type or "", incident.type)
    return list(before.perpetrators) if KIND_CLASS.get(before.type or "", before.type) == kind else []


def _claimer_of_the_list(incident: Incident, doc) -> list[Group]:
    """'X is blamed for many assaults, including the hostage-taking at Y': an event told in a clause of a
    sentence whose armed group, named before the clause, claimed or is blamed for the attacks it lists."""
    lead = incident.sentences[0]
    span = incident.clauses.get(lead)
    whole = next((f for f in doc._.facts if f.index == lead), None) if span and span[2] else None
    if whole is None:
        return []
    return [
        group
        for mention, group in sorted(whole.groups, key=lambda pair: pair[0].start)[:1]
        if group.kind == "armed_group"
        and mention.end <= span[0]
        and CLAIMS_AFTER_NAME.match(whole.text, mention.end - whole.start)
    ]


# "members of the X gang", "dissidents from X", "a suspected X member", "two X militants": the group's own men.
MEN_OF_BEFORE = re.compile(
    r"\b(?:members?|fighters?|militants?|gunmen|cadres?|operatives?|dissidents?)\s+(?:of|from)\s+(?:the\s+)?$", re.I
)
# ("the X militant group" describes the group, not its men)
MEN_OF_AFTER = re.compile(
    r"^\s+(?:members?|militants?|fighters?|gunmen|terrorists?|operatives?|cadres?)\b"
    r"(?!\s+(?:group|organi[sz]ation|outfit|network|movement)\b)",
    re.I,
)


def _the_events_armed_group(incident: Incident, facts: dict[int, SentenceFacts]) -> list[Group]:
    """Where no sentence of the event makes anyone its doer, the one armed group whose men its sentences name
    ("members of the X gang shot at ...", "two X militants were killed during the attack")."""
    armed: list[Group] = []
    for index in incident.sentences:
        sentence = facts[index]
        if _of_another_year(incident, sentence):
            continue  # "the first attack here since the 2017 siege that left 900 members of X dead": X's past
        for mention, group in sentence.groups:
            at, end = mention.start - sentence.start, mention.end - sentence.start
            if (
                group.kind == "armed_group"
                and mention.source != "generic"
                and (
                    MEN_OF_BEFORE.search(sentence.text[max(0, at - 30) : at]) or MEN_OF_AFTER.match(sentence.text[end:])
                )
                and group not in armed
            ):
                armed.append(group)
    armed = [g for g in armed if not any(other.parent is g for other in armed)]  # a branch, not its parent
    return armed if len(armed) == 1 else []


def _of_another_year(incident: Incident, sentence: SentenceFacts) -> bool:
    """Does the sentence date something to a year other than the incident's (another event it recalls)?"""
    year = (incident.date or "")[:4]
    return bool(year) and any(d.value and not d.open_range and d.value[:4] != year for d in sentence.dates)


# A court story: "A judge jailed two X commanders for planning the bombing of a bus station".
TRIAL = re.compile(
    r"\b(?:sentenced|convicted|found guilty|jailed for|imprisonment|life in prison|prison sentences?|"
    r"(?:went|go|goes) on trial|stood trial|standing trial)\b",
    re.I,
)


def _the_convicts_group(facts: dict[int, SentenceFacts]) -> list[Group]:
    """In a story of a trial that names one armed group only, the attacks it tells are that group's: the
    convicts' (a past attack told as the background of the sentence)."""
    if not any(TRIAL.search(sentence.text) for sentence in facts.values()):
        return []
    armed: list[Group] = []
    for sentence in facts.values():
        for _, group in sentence.groups:
            if group.kind == "armed_group" and group not in armed:
                armed.append(group)
    armed = [g for g in armed if not any(other.parent is g for other in armed)]  # a branch, not its parent
    return armed if len(armed) == 1 else []
