"""Page furniture: the parts of a stored web page that are not the story.

A page copied from the web keeps its share buttons, bylines ("By NAME"), photo credits ("NAME / Agency"),
source lines ("Source: Outlet") and the store's own leading
` date YYYY-MM-DD` header. Read as prose they become persons, places, counts and incidents. `blank_furniture`
replaces them with spaces (line breaks kept), so every offset into the text stays the same and the story's
own sentences are read as before.
"""

from __future__ import annotations

import re

# The store's header " date 2019-05-31", matched only at the very start of the text (see furniture_spans).
_STORE_DATE = re.compile(r"\s*date \d{4}-\d{2}-\d{2}\b")
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
_CREDIT_WORD = re.compile(r"[A-Z][\w'’.\-]*|\([A-Z][\w.]*\)|of|de|the|and|file|photo|[/|&,.)]|(?i:photo credit)\s?:")
# An embedded post's signature: "— Author Name (@handle)". The post's words stay, and so does the date after the
# handle: it dates those words, and a page may give no other.
_POST_SIGNATURE = re.compile(r"(?:—|--)[ \t]*[^\n—()@]{1,60}?[ \t]*\(@\w{1,30}\)")
# A list of the site's popular stories under its heading ("Most Read Stories", "- Team wins ..."): other pages'
# headlines, chosen by clicks, not by the story (unlike "Read more" links, whose headlines can tell of other attacks).
_POPULAR_LIST = re.compile(
    r"^[ \t]*(?i:most (?:read|popular|viewed|shared)|trending(?: now)?|popular now)(?: [A-Za-z]+)?[ \t]*\n"
    r"(?:[ \t]*[-–•*][ \t]+[^\n]*(?:\n|$))+",
    re.MULTILINE,
)
# A furniture line is never longer than this: a sentence that happens to begin "By ..." is prose.
MAX_FURNITURE_LINE = 80


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the text that are page furniture, in order."""
    spans: list[tuple[int, int]] = []
    position = 0
    for pattern in (_STORE_DATE, _AGGREGATOR_SLUG):
        match = pattern.match(text, position)
        if match:
            spans.append((match.start(), match.end()))
            position = match.end()
    for line in re.finditer(r"[^\n]+", text):
        stripped = line.group(0).strip()
        if not stripped or len(stripped) > MAX_FURNITURE_LINE:
            continue
        offset = line.start() + line.group(0).index(stripped)
        if any(pattern.fullmatch(stripped) for pattern in _FURNITURE_LINES):
            spans.append((offset, offset + len(stripped)))
    for match in _CREDIT.finditer(text):
        if _is_credit(match.group("source")):
            spans.append((match.start(), match.end()))
    spans.extend((match.start(), match.end()) for match in _POST_SIGNATURE.finditer(text))
    spans.extend((match.start(), match.end()) for match in _POPULAR_LIST.finditer(text))
    return sorted(spans)


def _is_credit(source: str) -> bool:
    """'IRNA News', 'AFP/File', 'Voice of America (VOA)': names only; 'A view of the harbour' is a caption."""
    words = re.findall(r"\(?[\w'’.\-]+\)?|[/|&,.)]|\S", source)
    return bool(words) and all(_CREDIT_WORD.fullmatch(word) for word in words) and source[0].isupper()


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
