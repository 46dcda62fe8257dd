"""Start the digests that are due and resume stalled sends; run it every few minutes."""

import logging
import time

from django.core.management.base import BaseCommand
from django.utils import timezone

from gazette.newsletters import actions, queries

log = logging.getLogger("gazette.newsletters.sending")


class Command(BaseCommand):
    help = (
        "Prepare the newsletter issues due now (each subscriber's local send hour) "
        "and hand them to the worker; resume sends that stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=int,
            default=0,
            metavar="SECONDS",
            help="Keep running, checking every SECONDS (0: run once).",
        )

    def handle(self, *args, every: int = 0, **options):
        while True:
            self.run_once()
            if not every:
                return
            time.sleep(every)

    def run_once(self) -> None:
        now = timezone.now()
        for due in queries.due_slots(now):
            issue = actions.prepare_digest(due)
            self.stdout.write(
                f"{due.newsletter.slug} {due.slot:%Y-%m-%d %H:%M}Z: issue {issue.pk} "
                f"({issue.status}, {issue.story_count} stories)"
            )
        for issue_id in actions.resume_stalled_issues():
            self.stdout.write(f"resumed issue {issue_id}")
