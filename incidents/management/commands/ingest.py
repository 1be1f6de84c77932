"""python manage.py ingest PATH... : articles in, incidents, groups, persons, locations and sources out."""

from __future__ import annotations

import json
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from incidents.extraction import reading
from incidents.services import embedded_setup
from incidents.services import ingest as ingest_service
from incidents.services.persist import KINDS
from incidents.web_urls import is_web_url


class Command(BaseCommand):
    help = (
        "Ingest news articles (.txt, .html/.htm, folders of them, or - for stdin): extract incidents, "
        "groups, persons and locations and store them with their source."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="article file, folder (recursive) or -")
        parser.add_argument("--dry-run", action="store_true", help="extract and report, write nothing")
        parser.add_argument(
            "--format",
            choices=["text", "json"],
            default="text",
            help="json: with --dry-run the extraction document (one per line for several articles), else the result",
        )
        parser.add_argument("--reingest", action="store_true", help="re-extract sources already ingested")
        parser.add_argument("--force", action="store_true", help="ingest text even if it is not English")
        parser.add_argument("--user", metavar="USERNAME", help="record this user as the one who ingested")
        parser.add_argument(
            "--jobs", type=int, default=1, metavar="N", help="worker processes for a folder (PostgreSQL only)"
        )
        for name, words in (("title", "title"), ("publisher", "publisher"), ("url", "URL")):
            parser.add_argument(f"--{name}", help=f"article {words} (overrides the sidecar NAME.meta.json)")
        parser.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (overrides the sidecar)")
        parser.add_argument(
            "--queue", action="store_true", help="read each article now and queue its ingest as a job (Jobs page)"
        )

    def handle(self, *args, **options):
        started = time.perf_counter()
        user = self._user(options["user"])
        overrides = {k: options[k] for k in ("title", "publisher", "url", "published") if options[k]}
        if options["url"] and not is_web_url(options["url"]):
            raise CommandError(f"--url must be an http or https address, not {options['url'][:200]!r}")
        items = reading.find_articles(options["paths"])
        if not items:
            raise CommandError("no article files (.txt, .html, .htm) found in " + ", ".join(options["paths"]))

        if options["queue"]:
            return self._queue(items, overrides, options, user)
        if embedded_setup.embedded_database() and embedded_setup.needs_setup():
            embedded_setup.prepare(self.stderr._out)
        gazetteer = ingest_service.database_gazetteer()
        try:
            ingest_service.gazetteer_check(gazetteer)
        except ingest_service.GazetteerNotLoaded as exc:
            raise CommandError(str(exc)) from exc

        progress = Progress(len(items), self.stderr._out) if len(items) > 1 and self._tty() else None
        failures, counts = [], {}
        as_json = options["format"] == "json"
        batch = ingest_service.BatchOptions(
            overrides=overrides,
            max_bytes=settings.INGEST_MAX_BYTES,
            force=options["force"],
            dry_run=options["dry_run"],
            reingest=options["reingest"],
            user_id=user.pk if user else None,
        )
        outcomes = ingest_service.articles_ingest(items, batch, jobs=options["jobs"], gazetteer=gazetteer)
        for item, outcome in outcomes:
            if progress:
                progress.clear()
            if isinstance(outcome, Exception):
                if len(items) == 1:
                    if isinstance(outcome, reading.ReadError):
                        raise CommandError(str(outcome)) from outcome
                    raise outcome
                # A folder run carries on past any one article and names it at the end.
                message = str(outcome) if isinstance(outcome, reading.ReadError) else f"{item}: {outcome!r}"
                failures.append(message)
                self.stderr.write(f"error: {message}")
            else:
                counts[outcome.status] = counts.get(outcome.status, 0) + 1
                self._report(outcome, as_json, options["dry_run"], several=len(items) > 1)
            if progress:
                progress.step()
        if progress:
            progress.done()

        if len(items) > 1 and not as_json:
            done = ", ".join(f"{n} {status.replace('_', ' ')}" for status, n in sorted(counts.items()))
            self.stdout.write(
                f"{len(items)} articles in {time.perf_counter() - started:.1f} s: {done or 'none done'}"
                + (f", {len(failures)} failed" if failures else "")
            )
        if failures:
            names = "\n  ".join(failures)
            raise CommandError(f"{len(failures)} of {len(items)} articles failed:\n  {names}")

    def _queue(self, items, overrides, options, user):
        """Read each article (the same checks as an ingest) and queue it; the workers ingest it."""
        from incidents.services.live_queue import articles_queue

        queued, failures = articles_queue(items, overrides=overrides, force=options["force"], user=user)
        for job in queued:
            self.stdout.write(f"{job.origin}: queued as job {job.pk}")
        for message in failures:
            self.stderr.write(f"error: {message}")
        if failures:
            raise CommandError(f"{len(failures)} of {len(items)} articles could not be queued")

    def _user(self, username):
        if not username:
            return None
        try:
            return get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"no user named {username!r}") from exc

    def _tty(self) -> bool:
        return self.stderr.isatty()

    def _report(self, result, as_json: bool, dry_run: bool, several: bool):
        if as_json:
            # One article: the document itself (what the scorer reads); several: one JSON object per line.
            payload = result.document if dry_run else result.as_dict()
            indent = None if several else 2
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=indent, default=str))
            return
        self.stdout.write(summary_lines(result))


def summary_lines(result) -> str:
    """A readable account of one article's ingest."""
    name = result.origin or "article"
    if result.status == ingest_service.ALREADY:
        return f"{name}: already ingested (source {result.source.pk}); nothing changed"
    if result.status == ingest_service.DRY_RUN:
        doc = result.document or {}
        found = ", ".join(f"{len(doc.get(k) or [])} {k}" for k in KINDS)
        lines = [f"{name}: dry run, nothing written; found {found}"]
        if not doc.get("incidents"):
            lines.append("  no incident found")
        for incident in doc.get("incidents") or []:
            lines.append(f"  - {incident.get('type')}: {incident.get('summary') or ''}")
        return "\n".join(lines)
    report = result.report
    verb = "re-ingested" if result.status == ingest_service.REINGESTED else "ingested"
    lines = [f"{name}: {verb} as source {result.source.pk} ({result.seconds:.2f} s)"]
    for kind in KINDS:
        created, matched = report.created[kind], report.matched[kind]
        line = f"  {kind}: {len(created)} new"
        if kind != "incidents":
            line += f", {len(matched)} matched to existing records"
        names = [*created, *(f"{n} (existing)" for n in matched)]
        if names:
            line += ": " + "; ".join(names[:12]) + (" ..." if len(names) > 12 else "")
        lines.append(line)
    if report.kept:
        lines.append(f"  incidents already on record, kept: {'; '.join(report.kept)}")
    for merged in report.merged:
        lines.append(f"  same event as one on record, merged: {merged}")
    for flagged in report.flagged:
        lines.append(f"  possible duplicate, for an analyst to decide: {flagged}")
    if not report.created["incidents"] and not report.kept and not report.merged:
        lines.append("  no incident found (the source is stored with zero incidents)")
    if report.skipped_mentions:
        lines.append(f"  warning: {report.skipped_mentions} mentions with offsets outside the text were skipped")
    return "\n".join(lines)


class Progress:
    """done/total, rate and time left, redrawn on one terminal line."""

    def __init__(self, total: int, stream):
        self.total, self.stream, self.count, self.started = total, stream, 0, time.perf_counter()

    def step(self):
        self.count += 1
        elapsed = time.perf_counter() - self.started
        rate = self.count / elapsed if elapsed else 0.0
        left = (self.total - self.count) / rate if rate else 0.0
        self.stream.write(f"\r{self.count}/{self.total}  {rate:.1f} articles/s  {left:.0f} s left ")
        self.stream.flush()

    def clear(self):
        # Blank the progress line so a report printed now does not run into it.
        self.stream.write("\r\033[K")
        self.stream.flush()

    def done(self):
        self.stream.write("\n")
        self.stream.flush()
