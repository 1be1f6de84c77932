"""Persons: one entity per person, with aliases, back-references, origin, fate and whether they are a source.

"Ihsani" after "Muhammad Ihsani" and "Anwaar" after "also known as Anwaar" are
the same person. A person quoted as the teller of the story (the subject of
"said", an appositive spokesman) is a source, not a party to the incident.
"""

from __future__ import annotations

import re

from .model import Mention, Person
from .normalize import fold
from .person_mentions import NAME_HONORIFICS, split_nickname
from .text_spans import name_spans
from .vocabulary import BARE_TITLES, PLACE_KIND_WORDS, SAY_WORDS

SOURCE_ROLES = re.compile(
    r"^,?\s*(?:the\s+|a\s+|an\s+)?(?:[\w'’\-]+\s+){0,4}?(spokesman|spokeswoman|spokesperson|official|commissioner|"
    r"director|superintendent|chief|minister|head|volunteer|officer|administrator|governor|mayor|analyst|"
    r"researcher|doctor|leader)\b",
    re.I,
)
# Not in a relative clause about something else: "the bombing that killed 18 people".
KILLED = re.compile(
    r"(?<!that )(?<!which )\b(killed|dead|deceased|died|martyred|shot dead|beheaded|bodies|"
    r"lost (?:their|his|her) lives?)\b",
    re.I,
)
# Not "visited the wounded": the others hurt, named as a group.
INJURED = re.compile(r"(?<!\bthe )\b(wounded|injured|hurt|injury)\b", re.I)
ARRESTED = re.compile(r"\b(arrested|detained|held in (?:pre-trial )?detention|in custody)\b", re.I)
ABDUCTED = re.compile(
    r"\b(abducted|kidnapped|taken hostage|(?:those|people|men|women|villagers) taken|"
    # not "the junta that seized power", "seized weapons and vehicles"
    # nor "the areas once seized by the group": land, not people
    r"(?<!once )(?<!areas )(?<!territory )(?<!territories )(?<!towns )(?<!land )"
    r"seized(?!\s+(?:power|control|weapons|arms|ammunition|territory|vehicles|the\s+(?:town|city|village|base|area|"
    r"capital|district|province)))|"
    r"(?:was|were) taken(?! to\b))\b",
    re.I,
)
ORIGIN = re.compile(r"\b(?:(?i:of)\s+(?P<a>[A-Z][a-z]+)\s+origin|an?\s+(?P<b>[A-Z][a-z]+)\s+national)\b")


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name.strip()) if t]


def build_persons(mentions: list[Mention]) -> list[Person]:
    """Persons from person mentions, longest names first so that shorter ones can join them."""
    persons: list[Person] = []
    ordered = sorted((m for m in mentions if m.kind == "person"), key=lambda m: (-len(_tokens(m.text)), m.start))
    for mention in ordered:
        name, nickname = split_nickname(mention.text)
        person = _same_person(name, persons)
        if person is None:
            person = Person("", name)
            persons.append(person)
        if nickname and nickname not in person.aliases:
            person.aliases.append(nickname)
        person.mentions.append(mention)
        mention.person = person
    persons.sort(key=lambda p: min(m.start for m in p.mentions))
    return persons


def _same_person(text: str, persons: list[Person]) -> Person | None:
    folded = fold(text)
    words = fold(text).split()
    matches = []
    for person in persons:
        names = [person.name, *person.aliases]
        if any(fold(n) == folded for n in names):
            return person
        full = fold(person.name).split()
        # A surname or other later part of a longer name ("Ihsani", "Orvello"), or a given name alone ("Dilip"
        # after "Dilip Varna"; his son "Kiran Varna" has another).
        if (
            later_part(words, full)
            or first_part(words, full)
            or any(len(fold(a).split()) >= 2 and folded.startswith(fold(a) + " ") for a in person.aliases)
            or nickname_and_surname(words, full, person.aliases)
            or spelling_variant(words, full)
        ):
            matches.append(person)
    return matches[0] if len(matches) == 1 else None


def later_part(words: list[str], full: list[str]) -> bool:
    """A surname or other later part of a longer name: 'Ihsani', 'al-Hanashi' of 'Saleh Abdullah al-Hanashi'."""
    n = len(words)
    if not words or n >= len(full) or len(words[-1]) <= 2:
        return False
    return any(full[k : k + n] == words for k in range(1, len(full) - n + 1))


def nickname_and_surname(words: list[str], full: list[str], aliases: list[str]) -> bool:
    """'Tiko Doe' for 'Varen "Tiko" Doe Jr.': the person's one-word nickname, then a later part of the name."""
    return (
        len(words) >= 2
        and any(fold(a).split() == words[:1] for a in aliases)
        and (later_part(words[1:], full) or words[1:] == full[-len(words) + 1 :])
    )


def _close(a: str, b: str) -> bool:
    """One spelling of a name word and another ('Karelian', 'Karelyan'; 'Dostmara', 'Dostamra'): same first
    letter, five letters or more, at most one edit in four letters (a swap of two letters counts one)."""
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    return _edits(a, b) <= max(1, min(len(a), len(b)) // 4)


def _edits(a: str, b: str) -> int:
    """Edit distance with adjacent swaps (optimal string alignment)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def spelling_variant(words: list[str], full: list[str]) -> bool:
    """The same name spelt another way, as a text may do twice ('Harut Karelian' after 'Harout Karelyan'), or a
    surname alone spelt another way ('Dostamra' after 'Ilan Dostmara')."""
    if len(words) == len(full) >= 2:
        return words != full and all(_close(a, b) for a, b in zip(words, full, strict=True))
    # A lone word needs six letters: 'Ahmad' alone may be another man than 'Ahmadi'.
    return len(words) == 1 and len(words[0]) >= 6 and len(full) >= 2 and any(_close(words[0], b) for b in full[1:])


def first_part(words: list[str], full: list[str]) -> bool:
    """A given name alone, the first word of a longer name: 'Dilip' of 'Dilip Kumar Varna'."""
    return len(words) == 1 and len(full) >= 2 and len(words[0]) > 2 and full[0] == words[0]


def back_references(
    text: str, persons: list[Person], taken: list[Mention], sentence_of
) -> list[tuple[Person, Mention]]:
    """Bare surnames and aliases elsewhere in the text: 'Ihsani was responsible ...'."""
    owners: dict[str, list[Person]] = {}
    for person in persons:
        parts = fold(person.name).split()
        for surname in _tokens(person.name)[1:]:
            if len(surname) > 2 and fold(surname) in parts[1:]:
                owners.setdefault(surname, []).append(person)
        for alias in person.aliases:
            owners.setdefault(alias, []).append(person)
        if len(_tokens(person.name)) > 1:
            owners.setdefault(person.name, []).append(person)  # the full name again, where NER missed it
    found = []
    for words, people in owners.items():
        if len({id(p) for p in people}) != 1:
            continue
        # "al-Hanashi" is written "Al-Hanashi" at the start of a sentence.
        firsts = set(words[0] + words[0].upper()) if words[0].islower() else {words[0]}
        for start, end in name_spans(text, [first + words[1:] for first in sorted(firsts)], ALONE_AFTER):
            # Not part of a longer capitalised name ("Ali Goni" when looking for "Ali").
            if re.search(r"[A-Z][\w\-]*\s+$", text[max(0, start - 30) : start]) and not re.search(
                r"(?:^|[.!?\"“]\s*|\b(?:[Ss]aid|[Tt]old))\s*[A-Z][\w\-]*\s+$", text[max(0, start - 30) : start]
            ):
                continue
            if any(m.start < end and start < m.end and (m.end - m.start) > (end - start) for m in taken):
                continue
            if any(m.start == start and m.end == end and m.kind == "person" for m in taken):
                continue
            if PLACE_AFTER.match(text, end):
                continue  # "Doe state", "Doe district": a place of the same name
            found.append(
                (
                    people[0],
                    Mention(start, end, text[start:end], "person", sentence_of(start), fold(words), source="pattern"),
                )
            )
    return found


# The name's end: no word character or hyphen goes on, and no capitalised word follows ("Ali" is not "Ali Goni").
ALONE_AFTER = re.compile(r"(?![\w\-])(?!\s+[A-Z])")
# A place-kind word after a name ("Doe state", "Doe district"): the vocabulary's kinds, and "area".
PLACE_AFTER = re.compile(r"\s+(?i:" + "|".join(sorted({*PLACE_KIND_WORDS, "area"})) + r")\b")
TITLE_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+\.?)[ \t]+$")


def _titled_alias(person: Person, text: str) -> None:
    """'Judge Doe': a person the text names only by a title and one name goes by both words too; 'Qari Jane Doe':
    a full name goes by its honorific too, as such names are known."""
    one_word = len(person.name.split()) == 1
    for mention in person.mentions:
        title = TITLE_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        word = title.group(1).lower().rstrip(".") if title else ""
        full_name = fold(mention.text) == fold(person.name)
        if word in BARE_TITLES and (one_word or word in NAME_HONORIFICS and full_name):
            alias = f"{title.group(1)} {person.name}"
            if alias not in person.aliases:
                person.aliases.append(alias)
            return


def describe(person: Person, doc, text: str, sentences) -> None:
    """Origin, fate and whether the person is a source, from the sentences that name them; a title-and-name
    alias."""
    _titled_alias(person, text)
    for mention in person.mentions:
        sentence = sentences[mention.sentence]
        words = text[sentence.start : sentence.end]
        if _is_source(mention, doc, text):
            person.is_source = True
        origin = ORIGIN.search(words)
        if origin and person.origin is None:
            person.origin = origin.group("a") or origin.group("b")
        if (
            person.fate is None
            and not _is_source(mention, doc, text)
            and not _fate_not_theirs(mention, text, sentence.end)
        ):
            if KILLED.search(words):
                person.fate = "killed"
            elif ABDUCTED.search(words):
                person.fate = "abducted"
            elif ARRESTED.search(words):
                person.fate = "arrested"
            elif INJURED.search(words):
                person.fate = "injured"


# "the nephew of the district head, X": the name only says whose relative the one the sentence tells of is.
KIN_OF_BEFORE = re.compile(
    r"\b(?:sons?|daughters?|brothers?|sisters?|nephews?|nieces?|cousins?|wives|wife|husband|father|mother|uncle|aunt|"
    r"children|grandsons?|granddaughters?|bodyguards?|guards?|aides?|driver)\s+of\s+"
    r"(?:(?:the|a|an|his|her)\s+)?[^,.;:]{0,60}?,?\s*$",
    re.I,
)
# ... and the relatives are what the predicate after the name is about: "..., X, were killed", not "the brother of X,
# who was killed on Monday, said".
KIN_PREDICATE_AFTER = re.compile(r"(?:,[^,.;]{0,60})?,?\s*(?:were|was|had|have|has|are|is)\b")
# "X and Y, who were on the stage, escaped unhurt": the sentence's harm words are about others.
UNHURT = re.compile(
    r"\b(?:escaped|survived|was|were|remained|left)\s+(?:\w+\s+){0,2}?(?:unhurt|unharmed|unscathed|uninjured|"
    r"without\s+(?:a\s+)?(?:scratch|injury|injuries))\b",
    re.I,
)


def _fate_not_theirs(mention: Mention, text: str, sentence_end: int) -> bool:
    """Are the harm words of the mention's sentence about someone else: the name is whose relative the victim is
    ("two sons of the district head, X, were killed"), or the name's own clause says they escaped unhurt?"""
    if KIN_OF_BEFORE.search(text[max(0, mention.start - 100) : mention.start]) and KIN_PREDICATE_AFTER.match(
        text, mention.end, sentence_end
    ):
        return True
    return escaped_unhurt(text[mention.end : sentence_end])


def escaped_unhurt(after: str) -> bool:
    """Do the words after a name say the named one escaped unhurt, with no harm told of them before that?"""
    escaped = UNHURT.search(after)
    return bool(escaped) and not (KILLED.search(after[: escaped.start()]) or INJURED.search(after[: escaped.start()]))


# "according to the Kelmar justice minister, X": an office, a comma, then the name.
ACCORDING_TO_OFFICE = re.compile(
    r"\baccording to\s+(?:[\w.'’\-]+\s+){0,5}?(?:minister|spokesman|spokeswoman|spokesperson|official|chief|"
    r"commander|governor|head|director|officer|secretary),\s*$"
)
# The name, perhaps an aside set off by dashes or commas, then a verb giving or revising the toll: "X revised an
# earlier death toll", "X tallied 17 dead".
TOLL_GIVEN = re.compile(
    r"^(?:\s*(?:--|—|–|,)[^.;]{0,80}?(?:--|—|–|,))?\s*(?:tallied|revised|put|gave|raised|updated)\b[^.;]{0,40}?"
    r"\b(?:toll|dead|deaths|casualties)\b"
)


def _is_source(mention: Mention, doc, text: str) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root
    for _ in range(5):
        if head.dep_ in ("nsubj",) and head.head.text.lower() in SAY_WORDS:
            return True
        if head.dep_ in ("appos", "compound", "pobj", "prep") and head.head is not head:
            head = head.head
            continue
        break
    before = text[max(0, mention.start - 35) : mention.start].lower()
    # "said Brig. X", not "told reporters. X" (a new sentence), nor "said prosecutors showed that X" (X in what was
    # said).
    if (
        # "said X", "told reporters X"; not "told X" (whom they told) nor "said X's orders ..." (X's, in what was said)
        re.search(rf"\b(?:(?:said|says)\s+{SPEAKER_GAP}{{0,3}}|told\s+{SPEAKER_GAP}{{1,3}})$", before)
        and not re.match(
            r"\s+(?:was|were|is|are|had|has|have|would|will|could|did)\b|['’]s\b", text[mention.end : mention.end + 12]
        )
        and not (root.dep_ in ("nsubj", "nsubjpass") and root.head.text.lower() not in SAY_WORDS)
    ):
        return True  # "said Brig. X", not "police said X was wanted", "the judge said X showed no remorse"
    if re.search(r"\baccording to\s+(?:[\w.'’\-]+\s+){0,5}$", text[max(0, mention.start - 60) : mention.start].lower()):
        return True  # "According to Kalat Deputy Commissioner X", "according to Attorney-General X"
    if re.search(
        r"\b(?:quoting|quoted|citing)\s+(?:(?:\w+|[a-z]{1,5}\.)\s+){0,3}$",
        text[max(0, mention.start - 50) : mention.start],
    ):
        return True  # "the agency reported, quoting hospital director X"
    if ACCORDING_TO_OFFICE.search(text[max(0, mention.start - 80) : mention.start].lower()):
        return True  # "according to the Kelmar justice minister, X": the office, then its holder set off
    if re.search(r"\bfirst name,?\s*$|\bgave (?:his|her) name as\s*$", before):
        return True  # a witness who gave only a first name
    wider = text[max(0, mention.start - 50) : mention.start]
    if re.search(r"\b(?:spokesman|spokeswoman|spokesperson|official)\b,?\s+(?:[A-Z][\w.\-]*\s+){0,3}$", wider):
        return True  # "A junta spokesman, Major General Zaw Min Tun, did not answer calls"
    after = text[mention.end : mention.end + 120]
    after = re.sub(r"^,\s*\d+\s*,", ",", after)
    if TOLL_GIVEN.match(after):
        return True  # "X -- a council member -- put the death toll at nine": who gives the toll tells the story
    if re.match(r"^,?\s*(?:said|says|told|added|confirmed|as\s+saying)\b", after):
        return True  # "..., a local councillor, Tarno Vesk, told reporters"; "quoted a witness, X, as saying"
    if ASIDE_THEN_SAID.match(after):
        return True  # "X, the embassy's press attaché, said"; "X, one of the relatives, posted that ..."
    role = SOURCE_ROLES.match(after)
    # "X, the officer in charge, was among the dead": a party the role only describes, not a teller
    return bool(role) and not PARTY_AFTER_ROLE.match(after, role.end())


# Words between a verb of saying and its speaker ("said Brig.", "told reporters on Monday"), not a clause the
# speaker's words open ("said prosecutors showed that", "said identified as").
SPEAKER_GAP = r"(?:(?!(?:that|as|how|whether|if)\s)(?:\w+|[a-z]{1,5}\.)\s+)"
# An aside set off by commas, then a verb of telling: "X, the embassy's press attaché, said".
ASIDE_THEN_SAID = re.compile(
    r"^,\s*(?:the|a|an|one|who)\b[^,.;]{0,80},\s*(?:said|says|told|added|confirmed|reported|stated|posted|wrote|"
    r"tweeted)\b",
    re.I,
)
# What an appositive role is followed by when its holder was harmed or did the deed: "X, the officer in charge, was
# among the dead", "X, the gang's leader, took responsibility".
PARTY_AFTER_ROLE = re.compile(
    r"[^,.;]{0,60},\s*(?:(?:was|were)\s+(?:among\s+(?:the|those)\s+\w+|(?:also\s+)?(?:killed|shot|wounded|injured|"
    r"kidnapped|abducted|martyred))|(?:took|claimed|has\s+claimed)\s+responsibility)\b",
    re.I,
)
