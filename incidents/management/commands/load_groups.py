from django.core.management.base import BaseCommand, CommandError

from incidents.services.groups_loading import GroupsFileError, load_groups


class Command(BaseCommand):
    help = "Load (or refresh) the curated groups list from seeds/groups.json. Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="Groups file (default: seeds/groups.json)")

    def handle(self, *args, path=None, **options):
        try:
            stats = load_groups(path, stdout=self.stdout)
        except GroupsFileError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Groups loaded in {stats['seconds']}s."))
