"""What the export and import commands share: filter options, the output file, the acting user."""

import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from interchange.selection import SelectionError, add_filter_options, filtered_incidents, filters_from_options


def user_named(username: str | None):
    if not username:
        return None
    try:
        return get_user_model().objects.get(username=username)
    except get_user_model().DoesNotExist:
        raise CommandError(f"no user {username!r}") from None


class ExportCommand(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
        add_filter_options(parser)

    def chunks(self, incidents):
        raise NotImplementedError

    def handle(self, output, **options):
        try:
            incidents = filtered_incidents(filters_from_options(options))
        except SelectionError as error:
            raise CommandError(str(error)) from None
        handle = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
        try:
            for chunk in self.chunks(incidents):
                handle.write(chunk)
        finally:
            if output:
                handle.close()
