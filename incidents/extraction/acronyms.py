"""Acronym definitions: "Long Name (ACR)" links the two names as one, and every later "ACR" names it too.
Also what a long form is not (an office, a region) so that its acronym is not made a group."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .group_mentions import FUNCTION_OFFICE_WORDS, NEWS_OUTLET
from .model import Mention
from .name_context import is_capitalised
from .normalize import fold
from .vocabulary import BARE_TITLES, CONNECTORS, NOT_NAMES, OFFICE_ENDINGS, ORGANISATION_WORDS

# ----------------------------------------------------------------- acronyms
ACRONYM = re.compile(r"\(\s*(?:[^()]{3,80},\s*)?(?P<acr>[A-Z][A-Za-z0-9&\-]{1,9}|[A-Z]+ \d+)\s*\)")


def _initials_match(acronym: str, words: list[str]) -> bool:
    """Each capital of the acronym appears, in order, at the start of a word or inside one ('CoBRA', 'Westmincom')."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    if not letters or not words:
        return False
    if words[0][0].lower() != letters[0]:
        return False
    joined = " ".join(words).lower()
    position = 0
    for letter in letters:
        position = joined.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _initials(words: list[str]) -> str:
    return "".join(w[0].lower() for w in words if is_capitalised(w) and w.lower() not in CONNECTORS)


def _spelt_out(run: list[str], acronym: str) -> list[str]:
    """The longest end of the run whose capitalised words' initials spell the acronym exactly: "Upper Varno"
    (UV), not "Doe of Upper Varno" where a person's name ends just before. The whole run when none does."""
    letters = "".join(c.lower() for c in acronym if c.isalpha())
    if _initials(run) == letters:
        return run
    for start in range(1, len(run)):
        if is_capitalised(run[start]) and _initials(run[start:]) == letters:
            return run[start:]
    return run


def acronym_definitions(text: str, doc, sentence_of) -> list[tuple[Mention, Mention]]:
    """'Inter-Services Public Relations (ISPR)' -> (long form, acronym)."""
    out = []
    for match in ACRONYM.finditer(text):
        acronym = match.group("acr")
        if sum(c.isupper() for c in acronym) < 2:
            continue
        before = text[max(0, match.start() - 120) : match.start()].rstrip()
        inner = text[match.start() + 1 : match.start("acr")].strip().rstrip(",").strip()
        if inner and any(c.isupper() for c in inner[:1]):
            long_end = match.start() + 1 + text[match.start() + 1 :].find(inner) + len(inner)
            long_start = long_end - len(inner)
            candidates = [(long_start, inner)]
        else:
            candidates = []
        # The long form does not run back across a comma or a bracket: "... with Kalashnikovs, Regional ...".
        words = re.findall(r"[\w'’\-.]+", re.split(r"[,;:()\"“”—–]", before)[-1])
        # Longest capitalised run ending right before the parenthesis, trimmed to the acronym's first letter.
        run: list[str] = []
        for word in reversed(words):
            if word.endswith(("'s", "’s")) or re.search(r"-(?:based|led|backed|linked|aligned|run)$", word):
                break  # "the CRPF's Commando Battalion", "the Islamabad-based Institute": the name starts after
            if is_capitalised(word) or word.lower() in CONNECTORS or any(is_capitalised(p) for p in word.split("-")):
                run.insert(0, word)
            else:
                break
        while run and (not is_capitalised(run[0]) or run[0][0].lower() != acronym[0].lower()):
            run.pop(0)
        run = _spelt_out(run, acronym)
        if run and run[0].lower() not in NOT_NAMES:
            long_text = " ".join(run)
            end = len(before)
            start = before.rfind(run[0], 0, end - len(run[-1]) + 1)
            if start >= 0 and re.sub(r"\s+", " ", before[start:end]) == long_text:
                candidates.insert(0, (max(0, match.start() - 120) + start, before[start:end]))
        for start, long_text in candidates:
            if _initials_match(acronym, re.findall(r"[\w'’]+", long_text.replace("-", " "))):
                end = start + len(long_text)
                sentence = sentence_of(start)
                long_mention = Mention(start, end, long_text, "group", sentence, fold(long_text), source="acronym")
                acr_start = match.start("acr")
                short = Mention(
                    acr_start, acr_start + len(acronym), acronym, "group", sentence, fold(acronym), source="acronym"
                )
                out.append((long_mention, short))
                break
    return out


def exact_occurrences(text: str, words: str) -> Iterable[tuple[int, int]]:
    for match in re.finditer(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text):
        yield match.start(), match.end()


# A weapon's long form: "Improvised Explosive Device (IED)", "Rocket-Propelled Grenade (RPG)".
WEAPON_NAME = re.compile(r"\b(?:explosive\s+devices?|grenades?|missiles?|launchers?|drones?|vehicles?)$", re.I)

REGION_NAME = re.compile(r"\b(region|province|district|territory|governorate|state)\b", re.I)


def is_office(long_form: str) -> bool:
    """An office ('Senior Superintendent of Police'), a desk named by its task ('Public Information Office'), a news
    outlet quoted as a source, or a weapon: no group acts by it."""
    if NEWS_OUTLET.search(long_form) or WEAPON_NAME.search(long_form):
        return True
    desk = long_form.lower().split()
    if len(desk) >= 2 and desk[-1] in ("office", "unit", "desk", "section") and set(desk[:-1]) <= FUNCTION_OFFICE_WORDS:
        return True  # "Public Information Office (PIO)": a desk of some body, named by its task
    words = [w.lower().rstrip(".") for w in long_form.split()[:2]]
    last = long_form.split()[-1].lower().rstrip(".") if long_form.split() else ""
    return any(w in BARE_TITLES and w not in ("general",) for w in words) or last in OFFICE_ENDINGS


def is_region_name(long_form: str) -> bool:
    words = {w.lower() for w in re.findall(r"[\w']+", long_form)}
    return bool(REGION_NAME.search(long_form)) and not words & ORGANISATION_WORDS


def defined_here(long_form: Mention, short_form: Mention, candidates: list[Mention]) -> list[Mention]:
    """The text says what its acronym means: a listed group of that acronym but another name does not apply."""
    listed = [m for m in candidates if m.kind == "group" and m.text == short_form.text and m.groups]
    if not listed:
        return candidates
    long_matches = [
        m for m in candidates if m.kind == "group" and m.start == long_form.start and m.end == long_form.end
    ]
    records = {r.id for m in long_matches for r in m.groups}
    names = {fold(n) for m in listed for r in m.groups for n in (r.name, *r.aliases)}
    if records & {r.id for m in listed for r in m.groups} or long_form.folded in names:
        return candidates
    return [m for m in candidates if m not in listed]


def listed_place(long_form: Mention, candidates: list[Mention]) -> Mention | None:
    """The gazetteer's mention of a country, province or town written out as the long form ("Upper Varno (UV)"):
    a place's short form, no group's."""
    return next(
        (
            m
            for m in candidates
            if m.kind == "place"
            and m.source == "gazetteer"
            and m.places
            and (m.start, m.end) == (long_form.start, long_form.end)
        ),
        None,
    )
