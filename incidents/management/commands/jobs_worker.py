"""python manage.py jobs_worker : run the worker of the configured job queue (settings.JOBS_BACKEND)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Take ingest and feed jobs off the queue and run them: the database queue's worker "
        "(JOBS_BACKEND=database) or an RQ worker with its scheduler (JOBS_BACKEND=rq). Start one per core."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="run what is queued, then exit (database queue)")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between looks at an empty queue")

    def handle(self, *args, **options):
        backend = settings.JOBS_BACKEND
        if backend == "database":
            extra = ["--batch"] if options["batch"] else []
            call_command("db_worker", "--no-reload", f"--interval={options['interval']}", *extra,
                         verbosity=options["verbosity"])  # fmt: skip
        elif backend == "rq":
            # --with-scheduler: RQ moves deferred jobs (retries after a delay) to the queue when due.
            # SimpleWorker runs jobs in this process, so the language model stays loaded between
            # jobs; RQ's default worker forks a fresh process per job, which would load it every time.
            extra = ["--burst"] if options["batch"] else []
            call_command("rqworker", "default", "--with-scheduler", "--job-class=django_tasks_rq.backend.Job",
                         "--worker-class=rq.worker.SimpleWorker", *extra, verbosity=options["verbosity"])  # fmt: skip
        else:
            raise CommandError(f"JOBS_BACKEND={backend!r} runs jobs where they are queued; there is no worker to start")
