from django.core.management.base import BaseCommand

from incidents.services.gazetteer_loading import load_gazetteer


class Command(BaseCommand):
    help = "Load (or refresh) the gazetteer of countries, divisions and populated places. Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument(
            "--countries",
            default="",
            help="Comma-separated ISO alpha-2 codes to load (default: the whole world), e.g. AF,PK",
        )
        parser.add_argument(
            "--min-population",
            type=int,
            default=1000,
            help="Smallest populated place to load (default 1000)",
        )

    def handle(self, *args, countries, min_population, **options):
        codes = [c.strip().upper() for c in countries.split(",") if c.strip()] or None
        stats = load_gazetteer(countries=codes, min_population=min_population, stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"Gazetteer loaded in {stats['seconds']}s: {stats['locations_created']} places created, "
                f"{stats['locations_updated']} updated, {stats['locations_kept']} unchanged, "
                f"{stats['names_created']} alternate names added."
            )
        )
