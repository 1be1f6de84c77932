"""python manage.py import_acled FILE.csv: ACLED-format rows in as incidents (idempotent by event_id_cnty)."""

from django.core.management.base import BaseCommand, CommandError

from interchange import acled
from interchange.commands import user_named


class Command(BaseCommand):
    help = (
        "Import an ACLED-format CSV. Rows update the incident imported before under the same event_id_cnty. "
        "Any bad row (listed with its line number) means nothing is written, unless --skip-bad."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="FILE.csv")
        parser.add_argument("--skip-bad", action="store_true", help="write the good rows even if some are bad")
        parser.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
        parser.add_argument("--user", metavar="USERNAME", help="record this user in the incidents' history")

    def handle(self, path, skip_bad, dry_run, user, **options):
        try:
            with open(path, encoding="utf-8-sig", newline="") as lines:
                report = acled.import_rows(lines, skip_bad=skip_bad, dry_run=dry_run, user=user_named(user))
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error.strerror}") from None
        except UnicodeDecodeError:
            raise CommandError(f"{path} is not UTF-8 text") from None
        for line in report.lines():
            self.stdout.write(line)
        if report.errors and not (skip_bad or dry_run):
            raise CommandError(f"{len(report.errors)} bad row(s); nothing was imported (see above, or use --skip-bad)")
