"""gunicorn settings: `gunicorn -c config/gunicorn.conf.py config.wsgi:application`.

Workers default to two per CPU (GUNICORN_WORKERS overrides). The app is loaded once in
the master and forked; everything it allocated at start-up (Django, the URL and
template caches) is then frozen out of the garbage collector's way, so each worker's
collections walk only what its requests allocate.
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count()))
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None  # "-" for stdout
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))  # exports stream for a while


def pre_fork(server, worker):
    gc.freeze()
