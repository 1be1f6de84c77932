"""Groups: one entity per group however many names it goes by, with its parent.

Gazetteer matches merge by record; acronym definitions and alias patterns add
names; a branch's parent (GroupRecord.parent_id) is added as a group; generic
force nouns ("the army", "police", "Pakistani forces") become the national
force of the country they point to, asked of the groups list by name.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, GroupRecord
from .model import AliasLink, Group, Mention
from .normalize import fold
from .vocabulary import DEMONYMS

ARMED_WORDS = re.compile(
    r"\b(liberation|front|jihad|mujahideen|taliban|brigades?|militias?|armed groups?|factions?|rebels?|movement|"
    r"lashkar|jaish|islamic state|"
    r"guerrilla|insurgents?|resistance|ansar|harakat|tehreek|tehrik|junta|"
    # "the Lakeside People's Defence Forces": a local militia of the people, unlisted, not a state's army
    r"people['’]s\s+(?:defen[cs]e|protection|self-defen[cs]e)\s+(?:forces?|units?|army))\b",
    re.I,
)
STATE_WORDS = re.compile(
    r"\b(army|police|forces?|guard|corps|command|rifles|battalion|regiment|navy|air force|gendarmerie|task force|"
    r"commandos?|defen[cs]e force|military|constabulary|rangers|department|counter terrorism)\b",
    re.I,
)
GOVERNMENT_WORDS = re.compile(r"\b(ministry|government|office|court|council|administration|cabinet|parliament)\b", re.I)


# What a country's body is named with before its own name: its demonym, or the country's short form ("U.S.").
COUNTRY_QUALIFIERS = frozenset(DEMONYMS) | {"u s", "us", "u k", "uk"}


# The key of the one group that "separatists", "the insurgents", "rebel groups" name in a story that names none.
UNNAMED_MOVEMENT = fold("unnamed armed movement")


def guess_kind(name: str) -> str:
    """Kind of a group the list does not know, from the words of its name."""
    if ARMED_WORDS.search(name):
        return "armed_group"
    if GOVERNMENT_WORDS.search(name):
        return "government"
    if STATE_WORDS.search(name):
        return "state_force"
    return "organization"


def _pick_record(records: list[GroupRecord], country: str | None) -> GroupRecord:
    for record in records:
        if country and record.country_code == country:
            return record
    return records[0]


class GroupBuilder:
    def __init__(self, gazetteer: Gazetteer, main_country: str | None):
        self.gazetteer = gazetteer
        self.main_country = main_country
        self.by_record: dict[int, Group] = {}
        self.by_name: dict[str, Group] = {}
        self.groups: list[Group] = []
        self._bodies: dict[str, tuple[str, str] | None] = {}  # name -> (country, body), read once

    def _new(self, name: str, kind: str, record: GroupRecord | None = None) -> Group:
        group = Group("", name, kind, record, country=record.country_code if record else "")
        self.groups.append(group)
        if record:
            self.by_record[record.id] = group
        self.by_name[fold(name)] = group
        return group

    def new_group(self, name: str) -> Group:
        return self.by_name.get(fold(name)) or self._qualified(name) or self._new(name, guess_kind(name))

    def _qualified(self, name: str) -> Group | None:
        """An unlisted body named before with its country: "the Justice Department" after "the U.S. Justice
        Department" or "the Ruritania Justice Department", "the Interior Ministry" after "the Ruritanian Interior
        Ministry"; "Ruritania’s defence ministry" after "the Ruritanian defence ministry" (one country, told two
        ways); "the Ministry of Health" after "Ruritania's health ministry" (one portfolio, told two ways)."""
        folded = fold(name)
        own = self._country_and_body(name)
        same_body = []
        for group in self.groups:
            if group.record is not None or not group.mentions:
                continue
            qualified = fold(group.name)
            owner = qualified[: -len(folded)].strip()
            if qualified.endswith(" " + folded) and (owner in COUNTRY_QUALIFIERS or self._country_code(owner)):
                return group  # "the Doctors Network" after "the Ruritania Doctors Network"
            if MINISTRY_WORDS.search(folded) and _body_key(qualified) == _body_key(folded):
                return group  # "the education ministry" after "the Ministry of Education": one portfolio
            theirs = self._country_and_body(group.name)
            if theirs is None:
                continue
            if own is not None and own[0] == theirs[0] and _body_key(own[1]) == _body_key(theirs[1]):
                return group
            if own is None and OWNED_BODY_WORDS.search(folded) and _body_key(folded) == _body_key(theirs[1]):
                same_body.append((theirs[0], group))
        # "the Ministry of Health" after "Ruritania's health ministry": that body, when one country's is named.
        return same_body[0][1] if len({country for country, _ in same_body}) == 1 else None

    def _country_and_body(self, name: str) -> tuple[str, str] | None:
        """("AM", "defence ministry") for "the Armenian defence ministry" and "Armenia’s defence ministry"; None
        for a name that does not start with its country."""
        if name in self._bodies:
            return self._bodies[name]
        self._bodies[name] = found = self._read_country_and_body(name)
        return found

    def _read_country_and_body(self, name: str) -> tuple[str, str] | None:
        possessive = re.match(r"(?P<owner>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)['’]s\s+(?P<body>.+)$", name)
        if possessive:
            owner = fold(possessive.group("owner"))
            records = self.gazetteer.places_named([owner]).get(owner, [])
            codes = {r.country_code for r in records if r.kind == "country"}
            if len(codes) == 1:
                return codes.pop(), fold(possessive.group("body"))
            return None
        first, _, body = name.partition(" ")
        code = DEMONYMS.get(first.lower())
        if not code and MINISTRY_WORDS.search(body):
            code = self._country_code(first)  # "the China Foreign Ministry"
        return (code, fold(body)) if code and body else None

    def _country_code(self, word: str) -> str | None:
        key = fold(word)
        codes = {r.country_code for r in self.gazetteer.places_named([key]).get(key, []) if r.kind == "country"}
        return codes.pop() if len(codes) == 1 else None

    def for_record(self, record: GroupRecord) -> Group:
        return self.by_record.get(record.id) or self._new(record.name, record.kind, record)

    def add_mention(self, group: Group, mention: Mention) -> None:
        group.mentions.append(mention)
        self.by_name.setdefault(mention.folded, group)
        if fold(mention.text) != fold(group.name):
            group.aliases.add(mention.text)
        owned = OWNED_BODY.match(mention.text)
        if owned and OWNED_BODY_WORDS.search(owned.group("body")):
            # "Ruritania's health ministry" is also "the health ministry", "Ruritania's investigative committee"
            # "the investigative committee"
            group.aliases.add(owned.group("body"))
        words = mention.text.split()
        if group.record and len(words) >= 2:
            # "M23 rebels", "the Amaq news agency": the name used is "M23", "Amaq"; the nouns after it only say
            # what the group is, when the list knows the shorter name too.
            names = {fold(n) for n in (group.record.name, *group.record.aliases)}
            for cut in range(len(words) - 1, 0, -1):
                short = " ".join(words[:cut])
                if fold(short) in names and fold(short) != fold(group.name):
                    group.aliases.add(short)
                    break

    def add_gazetteer_mention(self, mention: Mention) -> Group:
        group = self.for_record(_pick_record(mention.groups, self.main_country))
        self.add_mention(group, mention)
        return group

    def add_acronym(self, link: AliasLink) -> Group:
        """'Long Name (ACR)': both names go to one group, known or new."""
        group = link.main.group or link.alias.group
        if group is None:
            group = self.by_name.get(link.main.folded) or self.by_name.get(link.alias.folded)
        if group is None:
            group = self._new(link.main.text, guess_kind(link.main.text))
        for mention in (link.main, link.alias):
            if mention.group is None:
                self.add_mention(group, mention)
                mention.group = group
        return group

    def add_parents(self) -> None:
        """A branch's parent (ISKP -> Islamic State) is linked when the article names it too; otherwise the
        document carries only its id (`parent_gazetteer_id`), as an unnamed group is not a finding."""
        for group in self.groups:
            if group.record and group.record.parent_id in self.by_record:
                group.parent = self.by_record[group.record.parent_id]

    # ---------------------------------------------------------------- generic forces
    def add_forces(
        self,
        mentions: list[Mention],
        country_names: dict[str, str],
        provinces: list[tuple[str, str]] = (),
        local_places: dict[str, list[tuple[str, str]]] | None = None,
    ) -> None:
        """'the army' / 'police' / 'Pakistani forces' -> the national force of the country meant; 'police' in a
        story set in a province whose own police the list holds (`provinces`: (name, country), most named first)
        -> that province's police, as provinces, not the nation, run the police in federal states. 'the state
        government' / 'the city authorities' -> the government of the province or town the story names most
        (`local_places`: (name, country) by kind of government)."""
        wanted: dict[tuple[str | None, str], list[Mention]] = {}
        codes = {fold(name): code for code, name in country_names.items()}
        named = self._named_armies(mentions)
        for mention in mentions:
            # "the military" after "the Israeli military ...": the army named last; else the story's country's.
            before = [country for start, country in named if start < mention.start]
            default = before[-1] if before and mention.force == "army" else self.main_country
            country = mention.country_hint or _owner_country(mention.place_hint, codes) or default
            if mention.force == "government":
                country = mention.country_hint or codes.get(fold(mention.place_hint or ""))
                if country is None and mention.place_hint == "":
                    country = self.main_country  # "the government" of the story's country
                if country is None:
                    continue  # "Smith's government": not a country's
                if mention.abroad_only and country == self.main_country:
                    continue  # "Ruritanian officials said" in a story set in Ruritania: its sources, no body
            wanted.setdefault((country, mention.force or "army"), []).append(mention)
        names_to_ask: dict[str, tuple[str | None, str]] = {}
        for country, force in wanted:
            for name in _province_force_names(country, force, provinces) + _force_names(country, force, country_names):
                names_to_ask.setdefault(fold(name), (country, force))
        found = self.gazetteer.groups_named(list(names_to_ask)) if names_to_ask else {}
        # "Security forces" last: the collective of the forces the article names, once those are known.
        for (country, force), group_mentions in sorted(
            wanted.items(), key=lambda item: item[0][1] == "security forces"
        ):
            group = self._mentioned_force(country, force, country_names)
            if group is None and force == "prosecutors" and all(fold(m.text) == "prosecutors" for m in group_mentions):
                continue  # "prosecutors said" at a trial: the court's other side, no body of the story unless named
            if group is None:
                for name in _province_force_names(country, force, provinces) + _force_names(
                    country, force, country_names
                ):
                    kind = "government" if force in GOVERNMENT_FORCES else "state_force"
                    records = [r for r in found.get(fold(name), []) if r.kind == kind]
                    if records:
                        group = self.for_record(records[0])
                        break
            if group is None and force in OTHER_FORCE_NAME_ENDINGS:
                # "the Lakeland Constabulary" in a country whose police the list lacks: that force is its police
                group = self._named_ending(country, "state_force", OTHER_FORCE_NAME_ENDINGS[force])
            if group is None and force in LOCAL_GOVERNMENTS:
                places = [(m.place_hint, country) for m in group_mentions if m.place_hint]
                places += (local_places or {}).get(force, [])
                if force == "regional government":
                    places += list(provinces)  # a region above the places named
                label = _local_government_label(force, group_mentions[0].text, country, places)
                group = self.by_name.get(fold(label)) or self._new(label, "government")
                group.country = country or ""
            if group is None:
                label = _force_label(country, force, country_names)
                group = self.by_name.get(fold(label)) or self._new(
                    label, "government" if force in GOVERNMENT_FORCES else "state_force"
                )
                group.country = country or ""
            group.force = force
            for mention in group_mentions:
                self.add_mention(group, mention)
                mention.group = group
                short = MEMBERS_AFTER.sub("", mention.text)
                if short != mention.text and fold(short) != fold(group.name):
                    group.aliases.add(short)  # "police officers": the force is "police"
                if mention.force != "government" and _owner_country(mention.place_hint, codes):
                    group.aliases.add(f"{mention.place_hint} {mention.text}")  # "Cameroon’s military"

    def merge_collective_forces(self) -> None:
        """ "Security forces" in a story that names the country's army, and no police of it, are that army: the
        corpus codes "the army ... security forces" as one force (one more group would be a false finding). Beside
        the country's police too, they stay the collective of both, unless the army is named by its own name."""
        for group in list(self.groups):
            if group.kind != "state_force" or not group.country or not group.mentions:
                continue
            if not all(COLLECTIVE_FORCE.search(m.text) for m in group.mentions):
                continue
            armies = [
                g
                for g in self.groups
                if g is not group
                and g.kind == "state_force"
                and g.country == group.country
                and g.mentions
                and ARMY_NAME.search(g.name)
                and not COLLECTIVE_FORCE.search(g.name)
            ]
            if len(armies) != 1:
                continue
            target = armies[0]
            if all(m.source == "generic" and MEMBERS.search(m.text) for m in target.mentions):
                continue  # "two soldiers were killed": the army only by its members, beside the force at work
            has_police = any(
                g.kind == "state_force" and g.country == group.country and g.mentions and POLICE_NAME.search(g.name)
                for g in self.groups
            )
            if has_police and all(m.source == "generic" for m in target.mentions):
                continue
            for mention in group.mentions:
                self.add_mention(target, mention)
                mention.group = target
            target.mentions.sort(key=lambda m: m.start)
            group.mentions = []

    def _named_armies(self, mentions: list[Mention]) -> list[tuple[int, str]]:
        """(offset, country) of each army named with its nation: 'Nigerian Army', 'Israeli military'."""
        named = [(m.start, m.country_hint) for m in mentions if m.force == "army" and m.country_hint]
        for group in self.groups:
            if group.kind == "state_force" and group.country and NAMED_ARMY.search(group.name):
                named += [(m.start, group.country) for m in group.mentions]
        return sorted(named)

    def _named_ending(self, country: str | None, kind: str, ending: str) -> Group | None:
        """The first group of that kind and country whose name ends in `ending`."""
        word = re.compile(rf"\b(?:{ending})$", re.I)
        for group in self.groups:
            if group.kind != kind or not word.search(group.name):
                continue
            if not country or group.country in ("", country) or _names_country(group.name, country):
                return group
        return None

    def _mentioned_force(self, country: str | None, force: str, country_names=None) -> Group | None:
        """A force of that country the article names already ('Nigerian Army', 'Jammu and Kashmir Police')."""
        if force in LOCAL_GOVERNMENTS:
            return None  # a province's or a town's government is named after its place (add_forces)
        if force == "government":
            # "the government" after "the Federal Government of Somalia": that government, never its army, nor
            # another administration of the country (a rebel "Salvation Government").
            names = {fold(n) for n in _force_names(country, force, country_names or {})}
            return next(
                (
                    g
                    for g in self.groups
                    if g.kind == "government"
                    and g.record
                    and g.country == country
                    and {fold(n) for n in (g.record.name, *g.record.aliases)} & names
                ),
                None,
            )
        # The name ends with the force noun: "Jammu and Kashmir Police", not "Central Reserve Police Force".
        ending = FORCE_NAME_ENDINGS.get(force, FORCE_NAME_ENDINGS["army"])
        kind = "government" if force in GOVERNMENT_FORCES else "state_force"
        found = self._named_ending(country, kind, ending)
        if found is not None:
            return found
        if force == "security forces":
            # "Security forces cordoned off the house" in a story that names the Haitian National Police by name:
            # that force, not one more group; the one the story names most. Beside a generic "the army" they stay a
            # group of their own, and so beside a unit or a province's police ("the District Reserve Guard", "the
            # Lakeland Police"): the corpus codes the country's forces taken together apart from such a part of them.
            own = [
                g
                for g in self.groups
                if g.kind == "state_force"
                and country
                and g.country == country
                and any(m.source != "generic" for m in g.mentions)
                and not self._mission_abroad(g)
                and _national(g.name, country, country_names or {})
            ]
            if own:
                return max(own, key=lambda g: len(g.mentions))
        return None

    def _mission_abroad(self, group: Group) -> bool:
        """A force the list files under an international body (an AU or UN mission in the country): foreign troops,
        never the country's own 'security forces'."""
        parent_id = group.record.parent_id if group.record else None
        if parent_id is None:
            return False
        parent = self.gazetteer.groups_by_id([parent_id]).get(parent_id)
        return parent is not None and parent.kind == "organization"


# A body named after its owner's possessive: "Ruritania's health ministry".
OWNED_BODY = re.compile(r"[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?['’]s\s+(?P<body>.+)$")
# The owner told right before an unlisted state body's name, which the name was cut from: a level word ("the federal
# Ministry of X", "the Local Health Department"), a nation's adjective ("a Ruritanian Interior Ministry"), or a
# country's or region's possessive of one or two words ("Ruritania's Ministry of X", "North Varsk's Ministry of X"),
# on the same line (a space, not a line break: a headline's last word is no owner).
OWNER_BEFORE = re.compile(
    r"(?:\b(?P<level>(?i:federal|local|provincial|regional|national|municipal))|"
    r"(?<![\w'’\-])(?P<nation>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?P<possessive>['’]s)?) $"
)


def owned_name(doc, text: str, mention: Mention) -> str | None:
    """The body's name with the owner told before it ("Ruritania's Ministry of X", "the federal Ministry of X"),
    when the name is a state body's and the words before it are its owner; None otherwise."""
    if not GOVERNMENT_WORDS.search(mention.text) and not OWNED_BODY_WORDS.search(mention.text):
        return None
    owner = OWNER_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if owner is None:
        return None
    if owner.group("nation") and not _owner_names_a_state(doc, owner):
        nation = owner.group("nation")
        if " " not in nation:
            return None
        # "Tarik Ruritania's": the last word alone may still be the owner
        owner = OWNER_BEFORE.search(text, owner.start("nation") + nation.index(" ") + 1, mention.start)
        if owner is None or not owner.group("nation") or not _owner_names_a_state(doc, owner):
            return None
    return text[owner.start() : mention.end]


def _owner_names_a_state(doc, owner: re.Match) -> bool:
    """A nation's adjective (listed, or the model's nationality) or a country's or region's name before 's."""
    nation = owner.group("nation")
    if owner.group("possessive"):
        key = fold(nation)
        return any(r.kind in ("country", "admin1") for r in doc._.gazetteer.places_named([key]).get(key, []))
    if nation.lower() in DEMONYMS:
        return True
    span = doc.char_span(owner.start("nation"), owner.end("nation"))
    return span is not None and len(span) == 1 and span[0].ent_type_ == "NORP"


# A state body a story names with and without its country: a ministry, a department, an office.
MINISTRY_WORDS = re.compile(r"\b(?:ministry|department|office)\b", re.I)
# The head nouns of the bodies a story names after their country's possessive (group_mentions.POSSESSED_MINISTRY).
OWNED_BODY_WORDS = re.compile(r"\b(?:ministry|department|office|committee|service|directorate|agency|bureau)\b", re.I)
# One portfolio however it is told: "Ministry of Internal Affairs", "interior ministry", "Defense Ministry".
PORTFOLIO_SYNONYMS = {"internal affairs": "interior", "home affairs": "interior", "defense": "defence"}


def _body_key(folded: str) -> str:
    """'ministry of health' and 'health ministry' -> 'health ministry'; 'ministry of internal affairs' -> 'interior
    ministry'."""
    of = re.fullmatch(r"(ministry|department|office) of (?:the )?(.+)", folded)
    if of:
        folded = f"{of.group(2)} {of.group(1)}"
    for word, same in PORTFOLIO_SYNONYMS.items():
        folded = re.sub(rf"\b{word}\b", same, folded)
    return folded


# Members named after the force's word: "police officers", "gendarmerie sergeants".
MEMBERS_AFTER = re.compile(r"\s+(?:officers?|personnel|sergeants?|constables?)$", re.I)
# A force named only by its members: "soldiers", "a policeman", "police officers".
MEMBERS = re.compile(
    r"\b(?:soldiers?|policem[ae]n|policewom[ae]n|cops|gendarmes?|officers?|personnel|sergeants?|constables?)$", re.I
)


# "security forces", "Indonesia's security forces", "security personnel": the state's forces taken together.
COLLECTIVE_FORCE = re.compile(r"\bsecurity\s+(?:forces|personnel|services|agencies|officials|officers)\b", re.I)


# A province's or a town's own government (forces.LOCAL_GOVERNMENT): named after its place, never the nation's.
LOCAL_GOVERNMENTS = ("regional government", "city government")
# Generic mentions that name an office of the state, not an armed force.
GOVERNMENT_FORCES = ("government", "prosecutors", *LOCAL_GOVERNMENTS)


FORCE_NAME_ENDINGS = {
    "prosecutors": r"prosecutors?|prosecutor['’]s office",
    "army": r"army|armed forces|military|defen[cs]e forces?|security forces",
    "security forces": "security forces",
    "intelligence services": r"intelligence services?|intelligence agency|intelligence agencies",
    "police": "police",
    "gendarmerie": r"gendarmerie|jandarma",
    "navy": "navy",
    "marines": "marines|marine corps",
    "air force": "air force",
    "coast guard": "coast guard",
    "border guards": r"border guards?|border troops|border service|border guard service",
    "rangers": "rangers",
    "commandos": "commandos",
}

# A force's name in another word, taken when the story names none and the list knows none in the usual one: "the
# Lakeland Constabulary" is that country's police.
OTHER_FORCE_NAME_ENDINGS = {"police": "constabulary"}

# A state force's name ending in its army's or its police's word (merge_collective_forces, _named_armies).
ARMY_NAME = re.compile(r"\b(?:army|armed forces|military|defen[cs]e forces?)$", re.I)
NAMED_ARMY = re.compile(rf"\b(?:{FORCE_NAME_ENDINGS['army']})$", re.I)
POLICE_NAME = re.compile(rf"\b(?:{FORCE_NAME_ENDINGS['police']})$", re.I)
FORCE_NAME_PATTERNS = {
    "security forces": ["{} security forces", "{} Security Forces", "{} security personnel"],
    "intelligence services": ["{} intelligence services", "{} Intelligence Service", "{} intelligence"],
    "police": ["{} Police", "{} National Police", "National Police of {}", "{} Police Force", "{} police"],
    "gendarmerie": ["{} Gendarmerie", "{} National Gendarmerie", "National Gendarmerie of {}", "{} gendarmerie"],
    "navy": ["{} Navy", "{} Naval Forces", "{} navy"],
    "marines": ["{} Marine Corps", "{} Marines", "{} Navy"],
    "air force": ["{} Air Force", "{} air force"],
    "coast guard": ["{} Coast Guard"],
    "rangers": ["{} Rangers"],
    "commandos": ["{} Commandos"],
    "border guards": [
        "{} Border Guard",
        "{} Border Guards",
        "{} border guards",
        "{} Border Troops",
        "{} Border Service",
    ],
    "prosecutors": ["{} federal prosecutors", "{} anti-terror prosecutors", "{} prosecutors", "{} Prosecutor's Office"],
    "government": ["Government of {}", "Government of the {}", "{} government", "Federal Government of {}"],
    "regional government": [],
    "city government": [],
    "army": [
        "{} Army",
        "{} Armed Forces",
        "Armed Forces of {}",
        "Armed Forces of the {}",
        "{} National Army",
        "{} Defence Forces",
        "{} Defence Force",
        "{} military",
        "{} security forces",
    ],
}


def _owner_country(owner: str | None, codes: dict[str, str]) -> str | None:
    """The country a possessive before a force names ("Cameroon’s", "Burkina Faso’s"), if the article names it."""
    if not owner:
        return None
    name = re.sub(r"['’]s$", "", owner)
    return codes.get(fold(name)) or codes.get(fold(name.split()[-1]))


def _names_country(name: str, country: str) -> bool:
    return any(code == country and re.search(rf"\b{re.escape(d)}\b", name, re.I) for d, code in DEMONYMS.items())


def _national(name: str, country: str, country_names: dict[str, str]) -> bool:
    """A force named after its whole country ("Haitian National Police", "Armed Forces of the Philippines"), not
    after a province or a unit of it. The country's name may start a demonym the list lacks ("Ruritanian")."""
    country_name = country_names.get(country)
    return _names_country(name, country) or bool(country_name and re.search(rf"\b{re.escape(country_name)}", name))


def _demonyms(country: str | None) -> list[str]:
    return [d for d, code in DEMONYMS.items() if code and code == country]


def _force_names(country: str | None, force: str, country_names: dict[str, str]) -> list[str]:
    """Names a national force is listed under, most usual first."""
    if not country:
        return []
    nations = [n for n in (country_names.get(country),) if n] + [d.title() for d in _demonyms(country)]
    patterns = FORCE_NAME_PATTERNS.get(force, FORCE_NAME_PATTERNS["army"])
    return [p.format(n) for n in nations for p in patterns]


def _province_force_names(country: str | None, force: str, provinces) -> list[str]:
    """'Balochistan Police': the names a province's own police would be listed under."""
    if force != "police" or not country:
        return []
    return [f"{name} Police" for name, code in provinces if code == country]


def _local_government_label(force: str, surface: str, country, places) -> str:
    """'Government of Lakeland' for a state's government, 'Riverton city authorities' for a town's: the place the
    story is set in (the first of `places` in the story's country), or the words of the text when it names none."""
    place = next((name for name, code in places if not country or code == country), None)
    if force == "regional government":
        return f"Government of {place}" if place else "State government"
    words = re.sub(r"^(?:the|its|a)\s+", "", surface, flags=re.I).lower()
    return f"{place} {words}" if place else words.capitalize()


def _force_label(country: str | None, force: str, country_names: dict[str, str]) -> str:
    demonyms = _demonyms(country)
    nation = demonyms[0].title() if demonyms else country_names.get(country or "", "")
    if force == "government":
        name = country_names.get(country or "")
        if not name and demonyms:
            return f"{demonyms[0].title()} government"  # the country is not named in the article
        return f"Government of {name}" if name else "Government"
    noun = force if force not in ("army",) else "security forces"
    return f"{nation} {noun}".strip() if nation else noun.capitalize()
