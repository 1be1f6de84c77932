"""python manage.py jobs_schedule : the periodic schedule (feed polls, lost-job recovery). Run exactly one."""

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from incidents.tasks import feeds_poll_due


class Command(BaseCommand):
    help = (
        "Every --every seconds, queue a task that polls the feeds that are due and puts jobs "
        "whose worker was lost back on the queue. One scheduler per installation is enough."
    )

    def add_arguments(self, parser):
        parser.add_argument("--every", type=float, default=60.0, help="seconds between ticks (default 60)")
        parser.add_argument("--once", action="store_true", help="one tick, then exit")

    def handle(self, *args, **options):
        while True:
            close_old_connections()
            result = feeds_poll_due.enqueue()
            if options["verbosity"] > 1:
                self.stdout.write(f"queued the schedule tick as task {result.id}")
            if options["once"]:
                return
            time.sleep(options["every"])
