"""Scheduled publishing inside the web process, for the embedded default.

Without Redis each process has its own channel layer: a story the worker publishes
on schedule would reach readers' open pages only after they reload. With
PUBLISH_SCHEDULED_IN_WEB (the default when REDIS_URL is unset) the web process runs
`publish_scheduled` itself, so its live events go to the sockets it holds.
"""

import logging
import threading

from django.conf import settings
from django.core.management import call_command
from django.db import close_old_connections

logger = logging.getLogger(__name__)
_started = threading.Event()


def publish_due_pages() -> None:
    try:
        call_command("publish_scheduled", verbosity=0)
    except Exception:
        logger.exception("Scheduled publishing failed; it runs again shortly")


def start_once(every: float = 30) -> None:
    """Run publish_scheduled every `every` seconds in a daemon thread (once)."""
    if not settings.PUBLISH_SCHEDULED_IN_WEB or _started.is_set():
        return
    _started.set()

    def loop() -> None:
        stop = threading.Event()
        while not stop.wait(every):
            publish_due_pages()
            close_old_connections()

    threading.Thread(target=loop, name="publish-scheduled", daemon=True).start()
