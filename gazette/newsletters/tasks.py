"""Worker jobs (django-tasks): sending an issue, resumable and idempotent."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from gazette.newsletters import sending

log = logging.getLogger("gazette.newsletters.sending")


@task()
def send_issue_task(issue_id: int) -> dict:
    """Send what is pending of an issue; when SMTP gives up, try again later."""
    report = sending.send_issue(issue_id)
    if report.gave_up:
        schedule_retry(issue_id)
    return {
        "issue": report.issue_id,
        "sent": report.sent,
        "failed": report.failed,
        "open": report.pending,
    }


def enqueue_send(issue_id: int) -> None:
    send_issue_task.enqueue(issue_id)


def schedule_retry(issue_id: int) -> None:
    """Enqueue a later run when the backend can defer; otherwise the next
    `send_due_newsletters` run picks the issue up again."""
    if not send_issue_task.get_backend().supports_defer:
        log.warning("newsletters: issue %s left for the next scheduler run", issue_id)
        return
    delay = getattr(settings, "NEWSLETTER_RESUME_DELAY_SECONDS", 300)
    run_after = timezone.now() + timedelta(seconds=delay)
    send_issue_task.using(run_after=run_after).enqueue(issue_id)
    log.warning("newsletters: issue %s retries after %s", issue_id, run_after)
