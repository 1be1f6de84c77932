"""first_char_gate: a look-ahead for a pattern's first characters changes no match, only the speed of the scan."""

from __future__ import annotations

import re

import pytest

from incidents.extraction.regex_speed import first_char_gate

SAMPLES = [
    "Since March, raiders have burned three granaries; so far this year 12 herders died.",
    "The toll rose to 14 on Sunday, a 30% rise nationwide, officials said.",
    "ON Friday the Ferry guards met Ona and Onward at the harbour.",
    "killing seven, the bandits fled; _Twelve farmers were killed_ at dawn",
    "x9 y 42nd Avenue, the 2019 floods; tax-free (revised) 5 per cent",
    "Friday raids killed two; Sunday was calm.",
    "",
]

PATTERNS = [
    re.compile(r"\bsince (?:March|last)|\bso far this year|\d\s?%|\bper ?cent\b", re.I),
    re.compile(r"\b(?:(?i:on|late)\s+)?(?P<day>Friday|Sunday)\b"),  # case-insensitive only in part
    re.compile(r"(?:\b|(?<=_))(?P<n>\d+|[a-z]+)\s+(?:farmers|herders)\s+(?:were|have)\s+(?:killed|died)", re.I),
    re.compile(r"(?-i:F)erry|\bon\w*", re.I),  # case-sensitive only in part
    re.compile(r"(?<![\w\-])(?:killing|killed)\s+(\w+)"),
    re.compile(r"[A-Z][a-z]+\s+(?=Avenue)|\(\w+\)"),
    re.compile(r"(?:the\s+)?\d{4}\s+\w+", re.X),
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=range(len(PATTERNS)))
def test_a_gated_pattern_finds_the_same_matches(pattern):
    gated = first_char_gate(pattern)
    assert gated is not pattern and gated.flags == pattern.flags
    for text in SAMPLES:
        expected = [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups(), m.groupdict()) for m in gated.finditer(text)] == expected
        for at in range(len(text)):
            assert bool(gated.match(text, at)) == bool(pattern.match(text, at))


def test_the_gate_holds_only_the_characters_a_match_can_begin_with():
    gated = first_char_gate(re.compile(r"\b(?:since|so far)|\d%", re.I))
    assert gated.match("since")
    assert gated.search("Officials: 7% more") and gated.search("Officials: 7% more").group() == "7%"
    # the look-ahead refuses a position inside a word before the alternatives are tried
    assert gated.pattern.startswith("(?=")


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"(?:\bx)?"),  # may match the empty string
        re.compile(r".ed\b"),  # may begin with any character
        re.compile(r"[^a-z]+ed"),  # a negated set
        re.compile(r"(?i)\bsince\b"),  # a leading global flag
        re.compile(rb"\bsince\b"),  # bytes
    ],
)
def test_a_pattern_the_gate_cannot_describe_is_left_as_it_is(pattern):
    assert first_char_gate(pattern) is pattern


# Invented sentences that the extraction modules' gated patterns match (forces, persons, tolls, places, ...).
MODULE_SAMPLE = (
    "Ruritania's army and Kenyan police officers met U.S. troops. A Ruritanian government spokesman said South "
    "Sudanese officials agreed. Most attacks in the region are attributed to the Red Fern. Jane Doe, a spokesperson "
    "for the ministry, said two died.\nJohn Roe, from the health ministry, told reporters that Ana Diaz, who lived in "
    "Tarvo, fled. At Lakeville gunmen killed five, while in Tarvo two soldiers died; a bomb went off, and an attack "
    "on a market killed three. Mourners gathered at the funerals. Suspected Islamist insurgents and separatist rebels "
    "struck. The gunman was later shot dead by a guard; one attacker blew himself up, and she blew herself up.\n"
    "ANNA's Police, state police commandos, the Federal police; LAKELAND ARMY Soldiers\n"
    "Two more fatalities were confirmed later. Police found 19 bodies, and the bodies of 15 men were found; 20 bodies "
    "were recovered. Gunmen killed former minister Abel Koroma and six others. The death toll rose to 23, and "
    "officials put the toll at 25. It comes three days after militants raided a camp; the raid followed another attack."
)


def _gated_module_patterns():
    import importlib
    import pkgutil

    import incidents.extraction as package

    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and value.pattern.startswith("(?=(?:"):
                yield f"{info.name}.{name}", value


@pytest.mark.parametrize("name, gated", list(_gated_module_patterns()))
def test_each_gated_module_pattern_finds_what_its_own_pattern_finds(name, gated):
    # the gate's character classes hold no ")", so the pattern itself follows the first "))(?:"
    pattern = re.compile(gated.pattern.split("))(?:", 1)[1][:-1].rstrip("\n"), gated.flags)
    for text in (MODULE_SAMPLE, MODULE_SAMPLE.lower(), MODULE_SAMPLE.upper()):
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in gated.finditer(text)] == expected


def test_the_force_pattern_takes_whole_words_with_the_same_matches():
    from incidents.extraction.forces import FORCE

    assert "[a-z]++" in FORCE.pattern
    ungated = FORCE.pattern.split("))(?:", 1)[1][:-1]
    backtracking = re.compile(ungated.replace("[a-z]++", "[a-z]+"), FORCE.flags)
    found = [(m.span(), m.groupdict()) for m in backtracking.finditer(MODULE_SAMPLE)]
    assert len(found) >= 6
    assert [(m.span(), m.groupdict()) for m in FORCE.finditer(MODULE_SAMPLE)] == found
