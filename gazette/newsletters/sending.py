"""The send loop the worker runs: batches, one SMTP connection each, exact resume.

Each delivery row is claimed (pending → sending) by a conditional UPDATE before its
mail goes out and marked sent as soon as SMTP accepts it. A resumed or concurrent
run only ever takes pending rows, so nobody gets an issue twice. A row a crashed
worker left in "sending" may or may not have reached SMTP; after
NEWSLETTER_STALE_CLAIM_SECONDS it is marked failed rather than sent again.
"""

import logging
import smtplib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import F
from django.utils import timezone

from gazette.newsletters import tokens
from gazette.newsletters.mail import Links, build_message
from gazette.newsletters.models import Delivery, DeliveryStatus, Issue, IssueStatus

log = logging.getLogger("gazette.newsletters.sending")

INTERRUPTED = "Interrupted while sending; not resent so nobody gets it twice."


def _setting(name: str, default):
    return getattr(settings, name, default)


@dataclass
class SendReport:
    issue_id: int
    sent: int = 0
    failed: int = 0
    pending: int = 0
    gave_up: bool = False


class TransientFailure(Exception):
    """SMTP said try later, or the connection broke: retry after a pause."""


def _is_permanent(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _msg in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500 and not isinstance(
            error, smtplib.SMTPServerDisconnected
        )
    return False


def release_stale_claims(issue: Issue) -> int:
    """Mark rows left "sending" by a dead worker as failed; they are not resent."""
    cutoff = timezone.now() - timezone.timedelta(
        seconds=_setting("NEWSLETTER_STALE_CLAIM_SECONDS", 600)
    )
    return Delivery.objects.filter(
        issue=issue, status=DeliveryStatus.SENDING, claimed_at__lte=cutoff
    ).update(status=DeliveryStatus.FAILED, last_error=INTERRUPTED)


def send_issue(issue_id: int) -> SendReport:
    """Send every pending delivery of an issue; safe to run again at any point.

    Returns counts for the log. Stops early (gave_up) when SMTP keeps failing after
    the retry delays; the remaining rows stay pending for the next run.
    """
    issue = Issue.objects.select_related("newsletter").get(pk=issue_id)
    report = SendReport(issue.pk)
    release_stale_claims(issue)
    batch_size = _setting("NEWSLETTER_BATCH_SIZE", 500)
    after = 0
    while True:
        # Keyset pagination: memory holds one batch, however many subscribers.
        batch = list(
            Delivery.objects.filter(
                issue=issue, status=DeliveryStatus.PENDING, pk__gt=after
            )
            .order_by("pk")
            .values_list(
                "pk", "subscriber_id", "subscriber__email", "subscriber__token_secret"
            )[:batch_size]
        )
        if not batch:
            break
        after = batch[-1][0]
        if not _send_batch(issue, batch, report):
            report.gave_up = True
            break
        log.info(
            "newsletters: issue %s progress: %s sent, %s failed this run",
            issue.pk,
            report.sent,
            report.failed,
        )
    _finish(issue, report)
    return report


def _send_batch(issue: Issue, batch: list, report: SendReport) -> bool:
    delays = list(_setting("NEWSLETTER_RETRY_DELAYS", (2, 10, 60)))
    max_attempts = _setting("NEWSLETTER_MAX_ATTEMPTS", len(delays) + 1)
    connection = get_connection(fail_silently=False)
    list_slug = issue.newsletter.slug
    failures_in_a_row = 0
    try:
        index = 0
        while index < len(batch):
            pk, _subscriber_id, email, secret = batch[index]
            if not _claim(pk):
                index += 1
                continue
            message = build_message(
                to=email,
                subject=issue.subject,
                text=issue.text,
                html=issue.html,
                links=Links(tokens.manage_token_for(_subscriber_id, secret), list_slug),
                list_id=list_slug,
                message_id=f"<issue-{issue.pk}.delivery-{pk}@{_domain()}>",
                connection=connection,
            )
            try:
                # Opened here, not lazily by send_messages, so it stays open.
                connection.open()
                connection.send_messages([message])
            except (smtplib.SMTPException, OSError) as error:
                if _is_permanent(error):
                    _mark_failed(pk, error)
                    report.failed += 1
                    index += 1
                    continue
                # A broken connection is not the message's fault: it stays pending
                # however often it is retried; a 4xx answer counts against it.
                limit = None if _is_connection_error(error) else max_attempts
                attempts = _release(pk, error, max_attempts=limit)
                if limit is not None and attempts >= limit:
                    report.failed += 1
                    index += 1
                failures_in_a_row += 1
                if failures_in_a_row > len(delays):
                    log.warning(
                        "newsletters: issue %s: SMTP still failing (%s), stopping",
                        issue.pk,
                        error,
                    )
                    return False
                pause = delays[failures_in_a_row - 1]
                log.warning(
                    "newsletters: issue %s: SMTP failure (%s), retry in %ss",
                    issue.pk,
                    error,
                    pause,
                )
                _close_quietly(connection)
                time.sleep(pause)
                continue
            Delivery.objects.filter(pk=pk).update(
                status=DeliveryStatus.SENT, sent_at=timezone.now(), last_error=""
            )
            report.sent += 1
            failures_in_a_row = 0
            index += 1
    finally:
        _close_quietly(connection)
    return True


def _close_quietly(connection) -> None:
    try:
        connection.close()
    except (smtplib.SMTPException, OSError):
        log.debug("newsletters: closing a broken SMTP connection failed")


def _claim(pk: int) -> bool:
    return bool(
        Delivery.objects.filter(pk=pk, status=DeliveryStatus.PENDING).update(
            status=DeliveryStatus.SENDING,
            attempts=F("attempts") + 1,
            claimed_at=timezone.now(),
        )
    )


def _is_connection_error(error: Exception) -> bool:
    return isinstance(
        error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError)
    )


def _release(pk: int, error: Exception, *, max_attempts: int | None) -> int:
    """Back to pending after a transient failure, or failed once attempts run out."""
    attempts = Delivery.objects.values_list("attempts", flat=True).get(pk=pk)
    used_up = max_attempts is not None and attempts >= max_attempts
    status = DeliveryStatus.FAILED if used_up else DeliveryStatus.PENDING
    Delivery.objects.filter(pk=pk).update(status=status, last_error=str(error)[:300])
    return attempts


def _mark_failed(pk: int, error: Exception) -> None:
    Delivery.objects.filter(pk=pk).update(
        status=DeliveryStatus.FAILED, last_error=str(error)[:300]
    )


def _domain() -> str:
    from urllib.parse import urlparse

    return urlparse(settings.SITE_URL).hostname or "localhost"


def _finish(issue: Issue, report: SendReport) -> None:
    open_rows = Delivery.objects.filter(
        issue=issue, status__in=[DeliveryStatus.PENDING, DeliveryStatus.SENDING]
    ).count()
    report.pending = open_rows
    if open_rows == 0 and issue.status == IssueStatus.SENDING:
        Issue.objects.filter(pk=issue.pk).update(
            status=IssueStatus.SENT, finished_at=timezone.now()
        )
    log.info(
        "newsletters: issue %s run done: %s sent, %s failed, %s still open",
        issue.pk,
        report.sent,
        report.failed,
        open_rows,
    )
