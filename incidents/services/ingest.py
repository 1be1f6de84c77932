"""Ingest one article: extract it, then persist the records in one transaction.

`source_ingest` is the one entry point; the management command (and any future
upload view) calls it once per article. Extraction runs outside the
transaction, so the database is held only for the writes.
"""

from __future__ import annotations

import pickle  # noqa: S403 - only to check that our own results can cross to the parent
import time
from dataclasses import dataclass, field

from django.db import IntegrityError, connection, connections, transaction

from incidents.extraction.article import Article
from incidents.extraction.reading import NotEnglish, ReadError, text_sha256
from incidents.models import Source
from incidents.services.persist import KINDS, PersistReport, extraction_persist, source_records_clear
from incidents.web_urls import is_web_url

INGESTED, REINGESTED, ALREADY, DRY_RUN = "ingested", "reingested", "already_ingested", "dry_run"


class GazetteerNotLoaded(Exception):
    """Places or groups are missing: extraction would quietly find nothing."""


class UnsafeURL(ReadError):
    """The article's URL is not an http(s) address: it would become a link on the pages."""

    code = "unsafe_url"


def article_url_check(article: Article, provenance: str = "") -> None:
    """Raise `UnsafeURL` when the article's URL is anything but http(s) (javascript:, data:, file:...)."""
    url = article.meta.url
    if url and not is_web_url(url):
        where = f" (from {provenance})" if provenance else ""
        raise UnsafeURL(
            f"the URL {url[:200]!r}{where} is not an http or https address; fix it or leave it out",
            article.origin,
        )


def url_provenance(item, overrides: dict) -> str:
    """Where an article's URL came from, for the refusal: --url, the sidecar, or the page itself."""
    from pathlib import Path

    from incidents.extraction import reading

    if overrides.get("url"):
        return "--url"
    if str(item) != "-":
        try:
            if reading.read_sidecar(Path(item)).get("url"):
                return reading.sidecar_path(Path(item)).name
        except ReadError:
            pass
    return "the HTML page's metadata"


@dataclass
class IngestResult:
    status: str
    origin: str
    sha256: str
    document: dict | None = None
    source: Source | None = None
    report: PersistReport | None = None
    seconds: float = 0.0

    def as_dict(self) -> dict:
        out = {"status": self.status, "origin": self.origin, "sha256": self.sha256, "seconds": round(self.seconds, 3)}
        if self.source is not None:
            out["source_id"] = self.source.pk
        if self.report is not None:
            out["created"] = {kind: self.report.created[kind] for kind in KINDS}
            out["matched"] = {kind: self.report.matched[kind] for kind in KINDS}
            out["kept"] = self.report.kept
            out["merged"], out["flagged"] = self.report.merged, self.report.flagged
        if self.document is not None:
            out["incidents_found"] = len(self.document.get("incidents") or [])
        if self.report is not None and self.report.skipped_mentions:
            out["skipped_mentions"] = self.report.skipped_mentions
        return out


def database_gazetteer():
    from incidents.services.gazetteer import DatabaseGazetteer

    return DatabaseGazetteer()


def gazetteer_check(gazetteer) -> None:
    """Raise `GazetteerNotLoaded`, naming the command to run, when places or groups are missing."""
    places, groups = gazetteer.is_loaded()
    missing = []
    if not places:
        missing.append("the gazetteer (places) is not loaded: run `python manage.py load_gazetteer`")
    if not groups:
        missing.append("the groups list is not loaded: run `python manage.py load_groups`")
    if missing:
        raise GazetteerNotLoaded("; ".join(missing))


def extract_document(article: Article, gazetteer) -> dict:
    # spaCy loads here, on first use, not when the command module is imported.
    from incidents.extraction.pipeline import extract

    return extract(article.text, article.meta, gazetteer)


def extractor_version() -> str:
    from incidents.extraction import pipeline

    return str(getattr(pipeline, "VERSION", ""))[:40]


def source_ingest(
    article: Article,
    *,
    user=None,
    dry_run: bool = False,
    reingest: bool = False,
    force: bool = False,
    gazetteer=None,
) -> IngestResult:
    """Extract `article` and, unless `dry_run`, persist it as a Source with its records.

    The same text (by sha256) is stored once: a second ingest returns
    `already_ingested` and changes nothing, also when two processes race
    (the unique sha256 decides). `reingest` re-extracts an ingested source and
    replaces what came only from it, keeping what analysts reviewed or edited.
    """
    started = time.perf_counter()
    article_url_check(article)
    sha = text_sha256(article.text)
    if article.meta.language != "en" and not force:
        raise NotEnglish(f"language is {article.meta.language!r}, not English; use --force", article.origin)
    existing = Source.objects.filter(sha256=sha).only("pk").first()
    if existing is not None and not reingest and not dry_run:
        return IngestResult(ALREADY, article.origin, sha, source=existing, seconds=time.perf_counter() - started)

    gazetteer = gazetteer if gazetteer is not None else database_gazetteer()
    gazetteer_check(gazetteer)
    document = extract_document(article, gazetteer)
    document.setdefault("source", {}).update(sha256=sha, language=article.meta.language)

    if dry_run:
        return IngestResult(DRY_RUN, article.origin, sha, document=document, seconds=time.perf_counter() - started)

    try:
        with transaction.atomic():
            if existing is not None:
                source = Source.objects.select_for_update().get(pk=existing.pk)
                kept = source_records_clear(source)
                _source_fill(source, article, document, user)
                source.save()
                status = REINGESTED
            else:
                # The Source row goes in first: a concurrent ingest of the same text
                # waits on its unique sha256 here, before doing any other write.
                source = _source_fill(Source(sha256=sha, text=article.text), article, document, user)
                source.save()
                kept, status = [], INGESTED
            report = extraction_persist(source=source, document=document, user=user, kept_incidents=kept)
    except IntegrityError:
        # Only a lost race for the same text is "already ingested"; anything else is a real error.
        winner = Source.objects.filter(sha256=sha).first() if existing is None else None
        if winner is None:
            raise
        return IngestResult(ALREADY, article.origin, sha, source=winner, seconds=time.perf_counter() - started)
    return IngestResult(
        status, article.origin, sha, document=document, source=source, report=report,
        seconds=time.perf_counter() - started,
    )  # fmt: skip


def _source_fill(source: Source, article: Article, document: dict, user) -> Source:
    meta = article.meta
    source.title = (meta.title or "")[:500]
    source.publisher = (meta.publisher or "")[:200]
    source.author = (meta.author or "")[:200]
    source.url = (meta.url or "")[:2000]
    source.published = meta.published
    source.dateline = str((document.get("source") or {}).get("dateline") or "")[:200]
    source.language = (meta.language or "en")[:8]
    source.original_name = (article.origin or "")[-500:]
    source.extraction = document
    source.extractor_version = extractor_version()
    if user is not None:
        source.ingested_by = user
        source._history_user = user
    return source


# ---------------------------------------------------------------- many articles


@dataclass(frozen=True)
class BatchOptions:
    """How a batch reads and ingests its articles (picklable: worker processes get a copy)."""

    overrides: dict = field(default_factory=dict)
    max_bytes: int = 2 * 1024 * 1024
    force: bool = False
    dry_run: bool = False
    reingest: bool = False
    user_id: int | None = None


def articles_ingest(items: list, options: BatchOptions, *, jobs: int = 1, gazetteer=None):
    """Read and ingest each item of `reading.find_articles`; yield (item, IngestResult or the exception).

    One article's failure never stops the rest. With `jobs` > 1 (PostgreSQL only:
    SQLite takes one writer at a time) articles go to that many worker processes,
    results still come back in order; each worker loads its own language model.
    """
    if jobs > 1 and len(items) > 1 and connection.vendor == "postgresql":
        import multiprocessing

        connections.close_all()  # a forked worker must open its own connection
        context = multiprocessing.get_context("fork")
        with context.Pool(min(jobs, len(items)), initializer=_worker_start, initargs=(options,)) as pool:
            yield from zip(items, pool.imap(_worker_ingest, items), strict=True)
        return
    state = _BatchState(options, gazetteer)
    for item in items:
        yield item, state.ingest(item)


class _BatchState:
    def __init__(self, options: BatchOptions, gazetteer=None):
        from django.contrib.auth import get_user_model

        self.options = options
        self.gazetteer = gazetteer if gazetteer is not None else database_gazetteer()
        self.user = get_user_model().objects.get(pk=options.user_id) if options.user_id else None

    def ingest(self, item):
        from incidents.extraction import reading

        o = self.options
        try:
            article = reading.read_any(item, overrides=o.overrides, max_bytes=o.max_bytes, force=o.force)
            if article.meta.url and not is_web_url(article.meta.url):
                article_url_check(article, url_provenance(item, o.overrides))
            return source_ingest(
                article, user=self.user, dry_run=o.dry_run, reingest=o.reingest, force=o.force,
                gazetteer=self.gazetteer,
            )  # fmt: skip
        except Exception as exc:  # handed to the caller, who names the article
            return exc


_WORKER: _BatchState | None = None


def _worker_start(options: BatchOptions) -> None:
    global _WORKER
    _WORKER = _BatchState(options)


def _worker_ingest(item):
    outcome = _WORKER.ingest(item)
    if isinstance(outcome, Exception):
        try:
            pickle.dumps(outcome)
        except Exception:
            # Not every exception survives the trip back to the parent: its words do.
            return RuntimeError(f"{type(outcome).__name__}: {outcome}")
    return outcome
