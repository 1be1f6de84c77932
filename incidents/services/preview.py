"""Preview an article before it is ingested: what the dry run finds, and what saving it would do.

The preview runs the real ingest (`ingest.source_ingest`) inside a transaction that
is always rolled back, so the matched / created / merged verdicts are exactly the
ones a confirmed ingest would reach now, and nothing is left behind.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString

from incidents.extraction.article import Article
from incidents.extraction.reading import text_sha256
from incidents.models import Source
from incidents.services import ingest as ingest_service
from incidents.services.persist import KINDS, PersistReport

KIND_LABELS = {"groups": "Group", "persons": "Person", "locations": "Place"}


class AlreadyIngested(Exception):
    def __init__(self, source: Source):
        self.source = source
        super().__init__(f"this text is already ingested as source {source.pk}")


@dataclass
class Preview:
    article: Article
    document: dict
    report: PersistReport

    def records(self) -> list[dict]:
        """Per kind: the names a confirmed ingest would create and those it would match to existing records."""
        return [
            {"kind": kind, "created": self.report.created[kind], "matched": self.report.matched[kind]} for kind in KINDS
        ]

    def incidents(self) -> list[dict]:
        return [
            {"type": incident.get("type") or "", "summary": incident.get("summary") or "",
             "date": incident.get("date") or ""}
            for incident in self.document.get("incidents") or []
        ]  # fmt: skip

    def highlighted_text(self) -> SafeString:
        return highlight(self.article.text, self.document)


class _TrialOver(Exception):
    def __init__(self, result):
        self.result = result


def article_preview(article: Article, *, user=None, force: bool = False) -> Preview:
    """Raise `AlreadyIngested` for a known text, else ingest on trial and roll it back."""
    existing = Source.objects.filter(sha256=text_sha256(article.text)).first()
    if existing is not None:
        raise AlreadyIngested(existing)
    try:
        with transaction.atomic():
            result = ingest_service.source_ingest(article, user=user, force=force)
            raise _TrialOver(result)
    except _TrialOver as over:
        result = over.result
    if result.status == ingest_service.ALREADY:  # stored by someone else a moment ago
        raise AlreadyIngested(result.source)
    return Preview(article=article, document=result.document or {}, report=result.report or PersistReport())


def highlight(text: str, document: dict) -> SafeString:
    """The text, escaped, with each group, person and place mention marked."""
    spans = []
    for kind, label in KIND_LABELS.items():
        for entity in document.get(kind) or []:
            name = entity.get("name") or ""
            for mention in entity.get("mentions") or []:
                start, end = mention.get("start"), mention.get("end")
                if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
                    spans.append((start, end, kind, f"{label}: {name}"))
    spans.sort(key=lambda span: (span[0], -span[1]))
    out, at = [], 0
    for start, end, kind, title in spans:
        if start < at:
            continue  # overlapping mentions: the first, longest one is marked
        out.append(escape(text[at:start]))
        out.append(format_html('<mark class="mention m-{}" title="{}">{}</mark>', kind[:-1], title, text[start:end]))
        at = end
    out.append(escape(text[at:]))
    return SafeString("".join(out))
