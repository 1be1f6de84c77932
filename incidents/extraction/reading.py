"""Read articles: bytes, files, folders or stdin in, `Article` out, or a clear typed error.

Pure (no Django). The ingest command passes the size limit in. The text kept is
exactly what the extraction's offsets point into and what `sha256` digests, so
it is only decoded (and, for HTML, extracted), never otherwise rewritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from incidents.extraction.article import Article, ArticleMeta
from incidents.extraction.page_dates import page_publication, url_month

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
# Companion files that sit beside articles and are not articles themselves.
COMPANION_SUFFIXES = (".meta.json", ".gold.json")
META_FIELDS = ("title", "publisher", "url", "published", "author")
# Below this many letters the language guess is noise: accept the text.
MIN_LETTERS_FOR_LANGUAGE = 60
MIN_HTML_WORDS = 5


class ReadError(Exception):
    """An input the pipeline refuses; the message says why, for the analyst."""

    code = "unreadable"

    def __init__(self, message: str, origin: str = ""):
        self.origin = origin
        super().__init__(f"{origin}: {message}" if origin else message)


class MissingPath(ReadError):
    code = "missing"


class UnsupportedFile(ReadError):
    code = "unsupported"


class EmptyText(ReadError):
    code = "empty"


class BinaryContent(ReadError):
    code = "binary"


class UndecodableText(ReadError):
    code = "undecodable"


class TooLarge(ReadError):
    code = "too_large"


class NotEnglish(ReadError):
    code = "not_english"


class BadMetadata(ReadError):
    code = "bad_metadata"


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- finding files


def is_article_file(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith(".") or name.endswith(COMPANION_SUFFIXES):
        return False
    return name.endswith(ARTICLE_SUFFIXES)


def find_articles(paths: Iterable[str | Path]) -> list[Path | str]:
    """Expand folders (recursively, sorted) into article files; keep files and "-" as given.

    A path that does not exist is kept: reading it raises `MissingPath`, so a
    folder run names it among the failures instead of stopping.
    """
    found: list[Path | str] = []
    for raw in paths:
        if str(raw) == "-":
            found.append("-")
            continue
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    # Hidden folders (.git, .cache) hold no articles.
                    if p.is_file()
                    and is_article_file(p)
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            found.append(path)
    return found


# ---------------------------------------------------------------- metadata


def parse_date(value, origin: str = "") -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not match:
        raise BadMetadata(f"published date {value!r} is not YYYY-MM-DD", origin)
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError as exc:
        raise BadMetadata(f"published date {value!r} is not a real date", origin) from exc


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")


def read_sidecar(path: Path) -> dict:
    """The NAME.meta.json beside an article, or {} when there is none."""
    meta_path = sidecar_path(path)
    if not meta_path.is_file():
        return {}
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadMetadata(f"{meta_path.name} is not valid JSON ({exc})", str(path)) from exc
    if not isinstance(data, dict):
        raise BadMetadata(f"{meta_path.name} must hold a JSON object", str(path))
    return {key: data[key] for key in META_FIELDS if data.get(key) not in (None, "")}


def merge_meta(*layers: Mapping, origin: str = "") -> ArticleMeta:
    """Later layers win; empty values never override."""
    merged: dict = {}
    for layer in layers:
        merged.update({k: v for k, v in layer.items() if k in META_FIELDS and v not in (None, "")})
    merged["published"] = parse_date(merged.get("published"), origin)
    for key in ("title", "publisher", "url", "author"):
        if key in merged:
            merged[key] = " ".join(str(merged[key]).split()) or None
    return ArticleMeta(**merged)


def page_dated(meta: ArticleMeta, text: str) -> ArticleMeta:
    """The metadata, with the publication day (else month) the page tells of itself when no metadata gave one."""
    if meta.published is not None:
        return meta
    day, where = page_publication(text, meta.url)
    if day is not None:
        return replace(meta, published=day, published_from=where)
    month = url_month(meta.url)
    return replace(meta, published_month=month) if month else meta


# ---------------------------------------------------------------- decoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def declared_encoding(data: bytes, is_html: bool) -> str | None:
    if is_html:
        match = _HTML_CHARSET.search(data[:4096])
        if match:
            return match.group(1).decode("ascii", "ignore")
    return None


def decode(data: bytes, *, is_html: bool = False, origin: str = "") -> str:
    """Bytes to text: BOM, then declared charset, then UTF-8, then a detected encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableText(f"bytes are not valid {encoding} despite the BOM", origin) from exc
    if b"\x00" in data[:8192]:
        raise BinaryContent("this looks like a binary file (NUL bytes), not text", origin)

    candidates = []
    declared = declared_encoding(data, is_html)
    if declared:
        candidates.append(declared)
    candidates.append("utf-8")
    for encoding in candidates:
        try:
            return _checked(data.decode(encoding), origin)
        except (UnicodeDecodeError, LookupError):
            continue

    from charset_normalizer import from_bytes  # only for the rare non-UTF-8 file

    best = from_bytes(data).best()
    # A guess with no recognisable language in it is a decoding of noise, not text.
    if best is None or (best.coherence == 0 and not _mostly_ascii(str(best))) or _no_word_breaks(str(best)):
        raise UndecodableText("the bytes are not valid UTF-8 and no other encoding makes text of them", origin)
    return _checked(str(best), origin)


def _no_word_breaks(text: str) -> bool:
    # Decoded noise comes out as one long "word"; prose in a legacy 8-bit encoding has spaces.
    sample = text[:5000]
    return len(sample) >= 200 and sum(c.isspace() for c in sample) < 0.03 * len(sample)


def _mostly_ascii(text: str) -> bool:
    visible = [c for c in text[:5000] if not c.isspace()]
    return bool(visible) and sum(c.isascii() for c in visible) >= 0.8 * len(visible)


def _checked(text: str, origin: str) -> str:
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise BinaryContent("this looks like a binary file (control characters), not text", origin)
    return text


# ---------------------------------------------------------------- HTML


def html_to_text(markup: str, origin: str = "") -> tuple[str, dict]:
    """Main text and page metadata (title, date, author, site name) of an HTML page."""
    import trafilatura  # heavy-ish import, only HTML needs it

    doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, favor_recall=True)
    # A menu item or a cookie notice is not an article.
    if doc is None or len((doc.text or "").split()) < MIN_HTML_WORDS:
        raise EmptyText("no article text could be found in this HTML", origin)
    text = doc.text.strip()
    title = (doc.title or "").strip()
    # trafilatura repeats the headline as the first line; dropping it puts the dateline first again.
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest.strip()
    meta = {
        "title": title or None,
        "publisher": (doc.sitename or "").strip() or None,
        "author": (doc.author or "").strip() or None,
        "url": (doc.url or "").strip() or None,
        "published": doc.date or None,
    }
    return text, meta


def looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in data[:4096].lower()


# ---------------------------------------------------------------- language


# Function words that make up a quarter or more of any English prose.
_ENGLISH_WORDS = frozenset((
    "the", "of", "and", "to", "in", "a", "is", "was", "were", "for", "on", "that", "with", "by", "said", "as",
    "at", "from", "has", "have", "had", "it", "its", "be", "been", "are", "an", "or", "which", "who", "this",
    "after", "their", "they", "he", "his", "she", "her", "not", "but",
))  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def looks_english(text: str) -> bool:
    """A cheap first test: plenty of English function words, "the" among them."""
    words = [w.casefold() for w in _WORD.findall(text[:5000])]
    hits = [w for w in words if w in _ENGLISH_WORDS]
    return len(words) >= 10 and len(hits) >= 0.15 * len(words) and "the" in hits


def detect_language(text: str) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability), or None when the text is too short to tell."""
    letters = sum(c.isalpha() for c in text[:5000])
    if letters < MIN_LETTERS_FOR_LANGUAGE:
        return None
    if looks_english(text):
        # The statistical model takes a second to load: spared for plainly English text.
        return "en", 1.0
    lang, prob = _identifier().classify(text[:5000])
    return lang, float(prob)


_IDENTIFIER = None


def _identifier():
    # Loading the model takes most of a second: once per process, and only when asked.
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


# ---------------------------------------------------------------- the readers


def read_bytes(
    data: bytes,
    *,
    origin: str = "",
    html: bool | None = None,
    meta: Mapping | None = None,
    overrides: Mapping | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
) -> Article:
    """Validate and decode one article's bytes. `html=None` sniffs the content.

    `meta` is the sidecar's metadata; `overrides` (command options) win over it,
    and both win over what an HTML page says of itself.
    """
    if len(data) > max_bytes:
        raise TooLarge(f"{len(data):,} bytes is over the {max_bytes:,}-byte limit", origin)
    if not data.strip():
        raise EmptyText("the article is empty or whitespace only", origin)
    is_html = looks_like_html(data) if html is None else html
    text = decode(data, is_html=is_html, origin=origin)
    page_meta: dict = {}
    if is_html:
        text, page_meta = html_to_text(text, origin)
    # A BOM or stray NULs aside, the text is kept as read.
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise EmptyText("the article is empty or whitespace only", origin)
    language = "en"
    detected = detect_language(text)
    if detected and detected[0] != "en":
        if not force:
            raise NotEnglish(
                f"the text looks like language {detected[0]!r} (p={detected[1]:.2f}), not English; "
                "use --force to ingest it anyway",
                origin,
            )
        language = detected[0]
    article_meta = page_dated(merge_meta(page_meta, meta or {}, overrides or {}, origin=origin), text)
    return Article(text=text, meta=replace(article_meta, language=language), origin=origin)


def read_path(
    path: str | Path,
    *,
    overrides: Mapping | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
) -> Article:
    path = Path(path)
    origin = str(path)
    if not path.exists():
        raise MissingPath("no such file or folder", origin)
    if path.is_dir():
        raise UnsupportedFile("is a folder (folders are expanded by find_articles)", origin)
    if not is_article_file(path):
        raise UnsupportedFile("not an article file (expected .txt, .html or .htm)", origin)
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(f"{size:,} bytes is over the {max_bytes:,}-byte limit", origin)
    data = path.read_bytes()
    return read_bytes(
        data,
        origin=origin,
        html=path.suffix.lower() in HTML_SUFFIXES,
        meta=read_sidecar(path),
        overrides=overrides,
        max_bytes=max_bytes,
        force=force,
    )


def read_stream(
    stream: BinaryIO | None = None,
    *,
    overrides: Mapping | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
) -> Article:
    """Read stdin (or any binary stream); reads one byte past the limit to tell if it is over."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    return read_bytes(data, origin="-", overrides=overrides, max_bytes=max_bytes, force=force)


def read_any(
    item: str | Path,
    *,
    stdin: BinaryIO | None = None,
    overrides: Mapping | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False,
) -> Article:
    """One entry of `find_articles`: "-" reads `stdin`, anything else is a path."""
    if str(item) == "-":
        return read_stream(stdin, overrides=overrides, max_bytes=max_bytes, force=force)
    return read_path(item, overrides=overrides, max_bytes=max_bytes, force=force)
