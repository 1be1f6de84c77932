"""A job worker that stops for a long time inside the ingest's transaction (for the SIGKILL test).

Right after the Source row is written, and before the transaction commits, it writes
the file named by STALL_MARKER and sleeps: the test kills it there.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db.models.signals import post_save  # noqa: E402

from incidents.models import Source  # noqa: E402


def stall(sender, instance, created, **kwargs):
    Path(os.environ["STALL_MARKER"]).write_text(str(os.getpid()))
    time.sleep(120)


post_save.connect(stall, sender=Source)
call_command("jobs_worker", "--interval=0.2")
