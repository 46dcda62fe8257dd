import logging
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

logger = logging.getLogger("gazette.worker")


class Command(BaseCommand):
    help = (
        "Run the background worker: queued jobs (django-tasks db_worker) and, every "
        "--schedule-interval seconds, scheduled publishing and expiry of pages."
    )

    def add_arguments(self, parser):
        parser.add_argument("--schedule-interval", type=int, default=30)

    def handle(self, *args, schedule_interval: int, **options):
        stop = threading.Event()
        scheduler = threading.Thread(
            target=self.publish_scheduled_pages,
            args=(stop, schedule_interval),
            daemon=True,
        )
        scheduler.start()
        try:
            call_command(
                "db_worker", queue_name="*", interval=1, verbosity=options["verbosity"]
            )
        finally:
            stop.set()

    def publish_scheduled_pages(self, stop: threading.Event, interval: int) -> None:
        while not stop.wait(interval):
            try:
                call_command("publish_scheduled", verbosity=0)
            except Exception:
                logger.exception("Scheduled publishing failed; retrying next round")
            finally:
                close_old_connections()
