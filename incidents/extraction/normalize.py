"""Name normalisation shared by the extractor and the database.

`fold` is the key under which names and aliases are stored and looked up:
accents dropped, case folded, apostrophes removed, and hyphens, dots and other
punctuation turned into single spaces. "Mazar-i-Sharif" and "mazar i sharif"
fold alike; "Mazar-e-Sharif" does not (that is an alias, stored as one).
"""

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "", "\u2018": "", "'": "", "`": "", "\u02bc": ""})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The lookup key of a name: 'Lashkar-e-Taiba' -> 'lashkar e taiba'."""
    text = strip_accents(text or "").casefold().translate(_APOSTROPHES)
    return _NON_WORD.sub(" ", text).strip()
