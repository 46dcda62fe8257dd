import logging
import threading
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

logger = logging.getLogger("gazette.worker")


class Command(BaseCommand):
    help = (
        "Run the background worker: queued jobs (django-tasks db_worker) and the "
        "periodic commands of settings.WORKER_PERIODIC_COMMANDS (scheduled publishing "
        "and expiry, due newsletters)."
    )

    def handle(self, *args, **options):
        stop = threading.Event()
        scheduler = threading.Thread(
            target=self.run_periodic_commands, args=(stop,), daemon=True
        )
        scheduler.start()
        try:
            call_command(
                "db_worker", queue_name="*", interval=1, verbosity=options["verbosity"]
            )
        finally:
            stop.set()

    def run_periodic_commands(self, stop: threading.Event) -> None:
        next_run = {name: 0.0 for name, _ in settings.WORKER_PERIODIC_COMMANDS}
        while not stop.wait(1):
            for name, every in settings.WORKER_PERIODIC_COMMANDS:
                if time.monotonic() < next_run[name]:
                    continue
                next_run[name] = time.monotonic() + every
                try:
                    call_command(name, verbosity=0)
                except Exception:
                    logger.exception("%s failed; it runs again in %ss", name, every)
                finally:
                    close_old_connections()
