"""Page furniture: the parts of a stored web page that are not the story.

A page copied from the web keeps its share buttons, bylines ("By NAME"), photo credits ("NAME / Agency"),
source lines ("Source: Outlet") and the store's own leading
` date YYYY-MM-DD` header. Read as prose they become persons, places, counts and incidents. `blank_furniture`
replaces them with spaces (line breaks kept), so every offset into the text stays the same and the story's
own sentences are read as before. A credit inside a line that keeps other words (a wire's "(Reporting by NAME in
CITY; ...)", a caption closed by "AGENCY/NAME") is not blanked: `credited_name` tells the person reader its names,
and `credit_after_name` tells the non-entity pass a person's name credited by what follows it ("Jane Doe / Reuters",
"Jane Doe (@jdoe)"), and `slash_credit_before` the force reader a force's name in a credit ("AFP/Lakeland Police").
"""

from __future__ import annotations

import re

from .vocabulary import WEEKDAY_NAMES

# The store's header " date 2019-05-31", matched only at the very start of the text (see furniture_spans).
STORE_DATE = re.compile(r"\s*date (\d{4}-\d{2}-\d{2})\b")
# The page's date stamp run into the story's first words, "Friday, 7 March 2025 _Gunmen shot dead ...": a full
# date with no word or mark joining it to the sentence (an event's date there would read "On ..." or take a colon),
# matched only at the very start of the text. Read as prose it dates the lead with the day of the page.
_DATE_STAMP = re.compile(
    rf"\s*(?:{WEEKDAY_NAMES},?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
    r"(?=[ \t_]+_?[A-Z])"
)
# An aggregator's slug before the dateline, "(AGGREGATOR- Some Agency)": a short name and a hyphen in
# parentheses, matched only at the very start of the text.
_AGGREGATOR_SLUG = re.compile(r"\s*\([A-Z][A-Za-z]{2,11}- [^)\n]{0,60}\)")
_NAME_WORD = r"[A-Z][\w'’.\-]*"
_NAME = rf"{_NAME_WORD}(?: (?:{_NAME_WORD}|de|van|von|al|bin|el)){{0,4}}"
# Whole lines that are furniture. Each is short and made of a label and names, never a clause.
_FURNITURE_LINES = (
    # A byline: "By NAME", "By NAME, Agency", "By AGENCY", also as a list item ("- By NAME and NAME").
    re.compile(rf"(?:[-–•*]\s*)?By {_NAME}(?:,? (?:and|&) {_NAME})*(?:, {_NAME})?\.?"),
    # A credit: "NAME / Agency".
    re.compile(rf"{_NAME} ?/ ?{_NAME}"),
    # The source credit: "Source: Outlet (sp)". ("Read more: ..." links stay: their headlines can tell of
    # other attacks, which are coded as incidents.)
    re.compile(r"Sources?\s*:.*", re.IGNORECASE),
    re.compile(r"The content originally appeared on\s*:.*", re.IGNORECASE),
    # "Subscribe to Outlet's channel": the outlet's own advert.
    re.compile(r"Subscribe to\b.*", re.IGNORECASE),
    # "Follow Outlet" and the share buttons.
    re.compile(rf"Follow {_NAME}"),
    re.compile(
        r"(?:(?:Share|Twitter|Facebook|WhatsApp|Email|E-mail|Print|Copy|Copy link|LinkedIn|Reddit|Telegram|close)"
        r"\s*)+",
        re.IGNORECASE,
    ),
)
# A photo credit closing its line, alone or after the caption: "Photo: Agency", "... of Kabul. Photo: Outlet Times",
# "Credit: NAME", "Photo: AGENCY/File". Its words name who took the picture, never the story's actors or places.
_CREDIT = re.compile(
    r"(?:^|(?<=[.!?”\"]\s)|(?<=\())[ \t]*"
    r"(?i:photo(?:graph)?s?(?: credit)?|pictures?|images?|file photo|credits?|courtesy)"
    r"[ \t]?:[ \t]*(?P<source>[^\n]{1,60})$",
    re.MULTILINE,
)
# A caption's credit in parentheses, the outlet and the photographer: "... at the scene.(Outlet News: Jane Roe)"
# (a label's, "(Photo: Agency)", "(Source: Agency)", is left to the label rules).
_PAREN_CREDIT = re.compile(
    r"\((?!(?i:photo|video|image|picture|file|credit|source))(?=[A-Z])(?P<outlet>[^()\n:]{2,40}):[ \t]?"
    r"(?P<author>[^()\n:]{2,40})\)[ \t]*$",
    re.MULTILINE,
)
# A credit line of names and labels, the writer's first: "Jane Roe – JR Photo: John Doe – Agency Source: Outlet".
_CREDIT_LABEL = re.compile(r"\b(?:Photos?|Sources?|Credits?|Images?|Video)[ \t]?:")
_CREDIT_LINE_WORD = re.compile(r"[A-Z][\w'’.\-/]*:?|of|de|the|and|via|[–—|/&,.\-]+")
_CREDIT_WORD = re.compile(r"[A-Z][\w'’.\-]*|\([A-Z][\w.]*\)|of|de|the|and|file|photo|[/|&,.)]|(?i:photo credit)\s?:")
# An embedded post's signature: "— Author Name (@handle)". The post's words stay, and so does the date after the
# handle: it dates those words, and a page may give no other.
_POST_SIGNATURE = re.compile(r"(?:—|--)[ \t]*[^\n—()@]{1,60}?[ \t]*\(@\w{1,30}\)")
# A furniture line is never longer than this: a sentence that happens to begin "By ..." is prose.
MAX_FURNITURE_LINE = 80
# A byline of several writers may run longer, as it is names only ("By NAME, NAME, NAME & NAME, CITY"): no clause
# is made of capitalised words, commas and "and" alone.
_BYLINE_LIST = re.compile(rf"(?:[-–•*]\s*)?By {_NAME}(?:(?:,|,? and| &|,? &) {_NAME}){{2,}}\.?")
MAX_BYLINE_LIST = 200

# Page widgets: other stories' headlines under a heading such as "Most Read Stories" or beside an advert, and a
# reader poll. Their names (sportsmen, celebrities) are no part of the story.
_WIDGET_HEADING = re.compile(
    r"(?:Most (?:Read|Popular|Viewed|Shared|Commented)|Trending|Related|Recommended|More|Top|Popular|Latest|Editor'?s)"
    r"(?: (?:Stories|Articles|News|Posts|Reads|Now|Picks|Videos|Headlines))*",
    re.IGNORECASE,
)
_ADVERT = re.compile(r"[-–•*\s]*(?:Sponsored(?: Advert| Content)?|Advert|Advertisement)[-–•*\s]*", re.IGNORECASE)
_LIST_ITEM = re.compile(r"[-–•*]\s+\S.*")
# A headline of another story: one capitalised line of some words, with no full stop or colon at its end.
_HEADLINE = re.compile(r"[A-Z0-9‘'\"“][^\n]{15,120}(?<![.:;,!])")
# A poll's answers: "Yes", "No", "Can't Say".
_POLL_ANSWER = re.compile(r"Yes|No|Maybe|Not sure|Don[’']t know|Can[’']t say|Undecided", re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of the text's non-blank lines."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        stripped = line.group(0).strip()
        if stripped:
            start = line.start() + line.group(0).index(stripped)
            out.append((start, start + len(stripped), stripped))
    return out


def widget_spans(text: str) -> list[tuple[int, int]]:
    """Spans of page widgets: a widget heading and the list items after it; the headlines of other stories next to
    an advert or a widget heading; a poll's question and its answers."""
    lines = _lines(text)
    spans = []
    for k, (_, _, line) in enumerate(lines):
        heading = _WIDGET_HEADING.fullmatch(line)
        if heading or _ADVERT.fullmatch(line):
            after = k + 1
            while heading and after < len(lines) and _LIST_ITEM.fullmatch(lines[after][2]):
                after += 1  # "- Other story's headline" under "Most Read Stories"
            before = k - 1
            while before >= 0 and _HEADLINE.fullmatch(lines[before][2]) and not _LIST_ITEM.fullmatch(lines[before][2]):
                before -= 1
            if k - 1 - before < 2:
                before = k - 1  # one line before it may be the story's own headline or last words
            # A heading alone ("Top", "Latest News" over the story's headline) is left: blanked, it would make the
            # headline below it the page's first line, which is read as the title.
            if after > k + 1 or before < k - 1:
                spans += [lines[j][:2] for j in range(before + 1, after)]
        answers = 0
        while k + 1 + answers < len(lines) and _POLL_ANSWER.fullmatch(lines[k + 1 + answers][2]):
            answers += 1
        if line.endswith("?") and answers >= 2:
            spans += [lines[j][:2] for j in range(k, k + 1 + answers)]
    return spans


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the text that are page furniture, in order."""
    spans: list[tuple[int, int]] = []
    position = 0
    for pattern in (STORE_DATE, _DATE_STAMP, _AGGREGATOR_SLUG):
        match = pattern.match(text, position)
        if match:
            spans.append((match.start(), match.end()))
            position = match.end()
    for line in re.finditer(r"[^\n]+", text):
        stripped = line.group(0).strip()
        if not stripped or len(stripped) > MAX_BYLINE_LIST:
            continue
        offset = line.start() + line.group(0).index(stripped)
        if (
            _BYLINE_LIST.fullmatch(stripped)
            or (len(stripped) <= MAX_FURNITURE_LINE and any(p.fullmatch(stripped) for p in _FURNITURE_LINES))
            or _is_credit_line(stripped)
        ):
            spans.append((offset, offset + len(stripped)))
    for match in _PAREN_CREDIT.finditer(text):
        if _is_credit(match.group("outlet").strip()) and _is_credit(match.group("author").strip()):
            spans.append((match.start(), match.end()))
    for match in _CREDIT.finditer(text):
        if _is_credit(match.group("source")):
            spans.append((match.start(), match.end()))
    spans.extend((match.start(), match.end()) for match in _POST_SIGNATURE.finditer(text))
    return sorted(spans + widget_spans(text))


def _is_credit(source: str) -> bool:
    """'IRNA News', 'AFP/File', 'Voice of America (VOA)': names only; 'A view of the harbour' is a caption."""
    words = re.findall(r"\(?[\w'’.\-]+\)?|[/|&,.)]|\S", source)
    return bool(words) and all(_CREDIT_WORD.fullmatch(word) for word in words) and source[0].isupper()


def _is_credit_line(line: str) -> bool:
    """A short line of names around a credit label; a caption or a sentence has words in lower case."""
    return (
        len(line) <= MAX_FURNITURE_LINE
        and bool(_CREDIT_LABEL.search(line))
        and all(_CREDIT_LINE_WORD.fullmatch(word) for word in line.split())
    )


def blank_furniture(text: str) -> str:
    """The text with its furniture replaced by spaces: same length, same line breaks, same offsets."""
    pieces, last = [], 0
    for start, end in furniture_spans(text):
        if start < last:
            start = last
        if start >= end:
            continue
        pieces.append(text[last:start])
        pieces.append(re.sub(r"[^\n]", " ", text[start:end]))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


# ---------------------------------------------------------------- credits inside lines that stay
# A credit the line rules above cannot take whole, as its line or bracket holds more than names and labels: a caption
# closed by "REUTERS/Jane Doe", a deck line closed by "..., writes Jane Doe", a wire's "(Reporting by Jane Doe in
# Tarvel; Editing by John Roe)", a byline run into its dateline ("by Staff Writers Tarvel, Kelmar (AFP) March 2"). Such
# a line keeps its other words (the place a reporter files from, the dateline), so nothing is blanked: the person
# reader asks `credited_name` of each name it finds, as only it knows where the name ends.
# "AGENCY/Jane Doe" under a photo; "..., writes Jane Doe" closing a deck line; "Credit: Jane Doe" closing a caption:
# who took the picture or wrote the piece.
_CREDIT_BEFORE_NAME = re.compile(
    r"(?:\b[A-Z][\w.]*[ \t]*/[ \t]*|\b(?:[Ww]rites|[Rr]eports|[Ww]ords by)[ \t]+"
    r"|\b(?i:photo|picture|photograph|image|credit|courtesy)(?i:[ \t]+credit)?[ \t]*:[ \t]*"
    # "(Reporting by Jane Doe; Editing by John Roe and Joan Poe)", "Pictures by Jane Doe", "Author: Jane Doe": a
    # credit opens its line, its bracket or its item ("the names were compiled by Jane Doe" is a sentence)
    r"|(?<=[(;\n])[ \t]*"
    r"(?i:reporting|writing|editing|pictures|photos|compiled|edited|written|additional[ \t]+reporting)[ \t]+by[ \t]+"
    r"(?:[A-Z][\w.\-]*[ \t]+){0,3}?(?:(?:and|&)[ \t]+)?|\b(?i:author|writer|reporter)[ \t]*:[ \t]*)$"
)
# A byline opening its line that the byline lines above do not take whole: "By Jane Doe,  Staff Writer" (two
# spaces), "by Jane Doe" (lower case), "![]() by Staff Writers Tarvel, Kelmar (AFP)".
_BYLINE_OPENING = re.compile(r"[\W_]*(?i:by)[ \t]+")
# "Jane Doe and John Roe": the next credited name after a credited one.
_NEXT_CREDITED = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z]")


def credited_name(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a credit's, the writer's or the photographer's, not the story's? It follows a
    credit cue or opens a byline, and it is either right after an agency's slash or closes its credit (a mark, the
    line's end or "and NAME" after it)."""
    before = text[max(0, start - 60) : start]
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if not (_CREDIT_BEFORE_NAME.search(before) or _BYLINE_OPENING.fullmatch(line)):
        return False
    return (
        "/" in before[-4:]
        or not text[end : end + 2].strip(" \t")[:1].isalnum()
        or bool(_NEXT_CREDITED.match(text, end))
    )


# A photo credit ("Jane Doe / Reuters", "Jane Doe/AFP") or an embedded post's author ("Jane Doe (@jdoe)"): the
# person who took the picture or wrote the post, not a party to the story.
_CREDIT_AFTER = re.compile(r"[ \t]*(?:/[ \t]*[A-Z]|\(@\w)")
_CREDIT_INSIDE = re.compile(r"\S\s*/\s*[A-Z]")  # the model's PERSON took in the agency: "Jane Doe / Reuters"


def credit_after_name(text: str, start: int, end: int) -> bool:
    """Is the person's name at text[start:end] a credit's by what follows it: an agency after a slash ("Jane Doe /
    Reuters", also when the model's name took the agency in) or a post's handle ("Jane Doe (@jdoe)")?"""
    return bool(_CREDIT_AFTER.match(text, end) or _CREDIT_INSIDE.search(text, start, end))


# A credit's slash, then up to four capitalised words: "Photo: AFP/Lakeland Police".
_SLASH_CREDIT_BEFORE = re.compile(r"/[ \t]*(?:[A-Z][\w\-]*[ \t]+){0,4}$")


def slash_credit_before(text: str, start: int) -> bool:
    """Does a credit's slash stand a few capitalised words before text[start] ("AFP/Lakeland Police": a force's
    name in a photo credit, not the force at work)?"""
    return bool(_SLASH_CREDIT_BEFORE.search(text, max(0, start - 60), start))
