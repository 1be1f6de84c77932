"""Running test code in another thread, with its own database connection."""

import threading

from django.db import connections


def in_thread(func, timeout: float = 120):
    """Run `func` in a thread; return its result or raise its error here."""
    box = {}

    def target():
        try:
            box["value"] = func()
        except BaseException as exc:  # handed back to the caller
            box["error"] = exc
        finally:
            connections.close_all()

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(timeout)
    if "error" in box:
        raise box["error"]
    return box.get("value")
