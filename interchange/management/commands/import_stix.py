"""python manage.py import_stix FILE.json: a STIX 2.1 bundle in (idempotent by STIX id)."""

from django.core.management.base import BaseCommand, CommandError

from interchange import stix
from interchange.commands import user_named


class Command(BaseCommand):
    help = "Import a STIX 2.1 bundle (at least what export_stix writes). Re-importing updates by STIX id."

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="FILE.json")
        parser.add_argument("--user", metavar="USERNAME", help="record this user in the incidents' history")

    def handle(self, path, user, **options):
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error.strerror}") from None
        try:
            counts = stix.import_bundle(text, user=user_named(user))
        except stix.BundleError as error:
            raise CommandError(f"{path}: {error}; nothing was imported") from None
        for kind, numbers in sorted(counts.items()):
            self.stdout.write(f"{kind}: {numbers['created']} created, {numbers['updated']} updated")
