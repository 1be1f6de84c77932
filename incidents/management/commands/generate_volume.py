"""Fill the database with generated benchmark data (see incidents.services.volume)."""

import time
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from incidents.services.volume import (
    RealRecordsPresent,
    VolumeSpec,
    generate_volume,
    generated_counts,
    real_record_counts,
)


class Command(BaseCommand):
    help = (
        "Generate realistic, internally consistent incidents, sources, groups and persons at scale "
        "(100,000 incidents by default) over the gazetteer. Refuses to run over real records unless --force."
    )

    def add_arguments(self, parser):
        defaults = VolumeSpec()
        parser.add_argument("--incidents", type=int, default=defaults.incidents)
        parser.add_argument("--groups", type=int, default=defaults.groups, help="Generated groups (aliases added)")
        parser.add_argument("--persons", type=int, default=defaults.persons)
        parser.add_argument("--sources", type=int, default=defaults.sources)
        parser.add_argument("--seed", type=int, default=defaults.seed, help="Same seed, same data")
        parser.add_argument("--start", type=date.fromisoformat, default=defaults.start, help="First date (ISO)")
        parser.add_argument("--end", type=date.fromisoformat, default=defaults.end, help="Last date (ISO)")
        parser.add_argument("--batch-size", type=int, default=defaults.batch_size)
        parser.add_argument("--force", action="store_true", help="Run even though real records are present")
        parser.add_argument("--clear", action="store_true", help="Delete earlier generated rows first")
        parser.add_argument("--dry-run", action="store_true", help="Report what is there and what would be made")

    def handle(self, *args, **options):
        spec = VolumeSpec(
            incidents=options["incidents"],
            groups=options["groups"],
            persons=options["persons"],
            sources=options["sources"],
            seed=options["seed"],
            start=options["start"],
            end=options["end"],
            batch_size=options["batch_size"],
        )
        for name in ("incidents", "groups", "persons", "sources", "batch_size"):
            if getattr(spec, name) < (1 if name in ("sources", "batch_size") else 0):
                raise CommandError(f"--{name.replace('_', '-')} is too small")
        if spec.start > spec.end:
            raise CommandError("--start is after --end")
        if options["dry_run"]:
            self.stdout.write(f"real records: {real_record_counts()}")
            self.stdout.write(f"generated records already there: {generated_counts()}")
            self.stdout.write(f"would generate: {spec}")
            return
        started = time.monotonic()

        def log(message):
            self.stdout.write(f"[{time.monotonic() - started:7.1f}s] {message}")

        try:
            result = generate_volume(spec, force=options["force"], clear=options["clear"], log=log)
        except RealRecordsPresent as exc:
            raise CommandError(f"{exc}. Use a separate database, or --force to add generated data anyway.") from exc
        summary = ", ".join(f"{key} {value:,}" for key, value in result.items())
        self.stdout.write(self.style.SUCCESS(f"generated in {time.monotonic() - started:.1f}s: {summary}"))
