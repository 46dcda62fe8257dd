"""Writes of the newsletters app: sign-ups, confirmations, unsubscribes, follows."""

import enum
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

from gazette.editions.editions import locale_language
from gazette.lib.urls import absolute
from gazette.moderation.rules import hit_rate_limit
from gazette.news.models import Author, Topic
from gazette.newsletters import tokens
from gazette.newsletters.mail import (
    MANAGE_MARK,
    UNSUBSCRIBE_MARK,
    Links,
    build_message,
)
from gazette.newsletters.models import (
    Follow,
    Newsletter,
    Subscriber,
    Subscription,
    SuppressionReason,
)

log = logging.getLogger(__name__)

SIGNUPS_PER_ADDRESS = 3
SIGNUPS_PER_IP = 20
SIGNUP_PERIOD = 3600


class SignupOutcome(enum.Enum):
    MAIL_SENT = "mail_sent"
    RATE_LIMITED = "rate_limited"
    # Suppressed after a complaint: answer as if mailed, but mail nothing.
    QUIETLY_SKIPPED = "quietly_skipped"


def request_subscription(
    email: str,
    *,
    newsletters: list[Newsletter],
    time_zone: str,
    ip: str,
    user=None,
) -> SignupOutcome:
    """Record a sign-up and mail a confirmation link; nothing else is sent before it.

    `email` must already be cleaned (addresses.clean_address). Limits: a few
    confirmation mails per address and more per IP per hour, so repeated sign-ups
    cannot flood an inbox. Subscriptions are created only when the link is followed.
    """
    if hit_rate_limit(
        f"newsletters:signup:ip:{ip}", limit=SIGNUPS_PER_IP, period=SIGNUP_PERIOD
    ) or hit_rate_limit(
        f"newsletters:signup:email:{email}",
        limit=SIGNUPS_PER_ADDRESS,
        period=SIGNUP_PERIOD,
    ):
        return SignupOutcome.RATE_LIMITED
    subscriber = _subscriber_for_email(email, time_zone=time_zone, user=user)
    if subscriber.suppression_reason == SuppressionReason.COMPLAINT:
        return SignupOutcome.QUIETLY_SKIPPED
    send_confirmation(subscriber, newsletter_ids=[n.pk for n in newsletters])
    return SignupOutcome.MAIL_SENT


def _subscriber_for_email(email: str, *, time_zone: str, user) -> Subscriber:
    try:
        with transaction.atomic():
            return Subscriber.objects.create(
                email=email, time_zone=time_zone, user=user
            )
    except IntegrityError:
        subscriber = Subscriber.objects.get(email=email)
    if subscriber.confirmed_at is None and subscriber.time_zone != time_zone:
        subscriber.time_zone = time_zone
        subscriber.save(update_fields=["time_zone"])
    return subscriber


def send_confirmation(subscriber: Subscriber, *, newsletter_ids: list[int]) -> None:
    """Mail the double opt-in link; its token carries the chosen newsletters."""
    token = tokens.confirm_token(subscriber, newsletter_ids)
    names = list(
        Newsletter.objects.filter(pk__in=newsletter_ids).values_list("name", flat=True)
    )
    context = {
        "confirm_url": absolute(reverse("newsletters:confirm", args=[token])),
        "newsletter_names": names,
        "valid_days": max(
            1, getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE", 3 * 86400) // 86400
        ),
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "unsubscribe_url": UNSUBSCRIBE_MARK,
        "manage_url": MANAGE_MARK,
        "language": get_language(),
    }
    message = build_message(
        to=subscriber.email,
        subject=_("Confirm your subscription to %(site)s")
        % {"site": settings.WAGTAIL_SITE_NAME},
        text=render_to_string("newsletters/email/confirm.txt", context),
        html=render_to_string("newsletters/email/confirm.html", context),
        links=Links.for_subscriber(subscriber),
    )
    message.send()
    log.info("newsletters: confirmation mailed to subscriber %s", subscriber.pk)


@transaction.atomic
def confirm_subscription(subscriber: Subscriber, *, newsletter_ids: list[int]) -> None:
    """Mark the address confirmed and subscribe it to what the link names.

    Idempotent: following the link twice changes nothing more. Confirming clears a
    bounce suppression (the reader shows the address works again).
    """
    fields = []
    if subscriber.confirmed_at is None:
        subscriber.confirmed_at = timezone.now()
        fields.append("confirmed_at")
    if subscriber.suppressed_at is not None:
        subscriber.suppressed_at = None
        subscriber.suppression_reason = ""
        fields += ["suppressed_at", "suppression_reason"]
    if fields:
        subscriber.save(update_fields=fields)
    active = Newsletter.objects.filter(pk__in=newsletter_ids, is_active=True)
    Subscription.objects.bulk_create(
        [Subscription(subscriber=subscriber, newsletter=n) for n in active],
        ignore_conflicts=True,
    )


@transaction.atomic
def update_subscriptions(
    subscriber: Subscriber, *, newsletters: list[Newsletter], time_zone: str
) -> None:
    """Replace the subscriber's newsletters and time zone with the given choice."""
    wanted = {n.pk for n in newsletters}
    subscriber.subscriptions.exclude(newsletter_id__in=wanted).delete()
    Subscription.objects.bulk_create(
        [Subscription(subscriber=subscriber, newsletter_id=pk) for pk in wanted],
        ignore_conflicts=True,
    )
    if subscriber.time_zone != time_zone:
        subscriber.time_zone = time_zone
        subscriber.save(update_fields=["time_zone"])


def manage_account_subscriptions(
    user, *, newsletters: list[Newsletter], time_zone: str
) -> Subscriber:
    """Subscriptions of a logged-in reader, whose address allauth has verified.

    The verified login address stands in for the confirmation link.
    """
    email = user.email.strip().lower()
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(
            email=email, defaults={"user": user, "time_zone": time_zone}
        )
        fields = []
        if subscriber.user_id is None:
            subscriber.user = user
            fields.append("user")
        if subscriber.confirmed_at is None:
            subscriber.confirmed_at = timezone.now()
            fields.append("confirmed_at")
        if fields:
            subscriber.save(update_fields=fields)
        update_subscriptions(subscriber, newsletters=newsletters, time_zone=time_zone)
    return subscriber


def unsubscribe(subscriber: Subscriber, *, newsletter: Newsletter | None = None) -> int:
    """End one subscription, or all of them; immediate and idempotent.

    Pending deliveries of issues not yet sent to this subscriber are dropped too,
    so a send already under way does not reach them.
    """
    from gazette.newsletters.models import Delivery, DeliveryStatus

    with transaction.atomic():
        subscriptions = subscriber.subscriptions.all()
        pending = Delivery.objects.filter(
            subscriber=subscriber, status=DeliveryStatus.PENDING
        )
        if newsletter is not None:
            subscriptions = subscriptions.filter(newsletter=newsletter)
            pending = pending.filter(issue__newsletter=newsletter)
        removed, _details = subscriptions.delete()
        pending.delete()
    log.info("newsletters: subscriber %s unsubscribed (%s)", subscriber.pk, removed)
    return removed


class UnknownAddress(Exception):
    pass


def suppress_address(email: str, *, reason: str) -> Subscriber:
    """Stop all mail to an address after a bounce or complaint.

    Raises UnknownAddress when no subscriber has it. Pending deliveries are dropped.
    """
    from gazette.newsletters.models import Delivery, DeliveryStatus

    with transaction.atomic():
        subscriber = (
            Subscriber.objects.select_for_update()
            .filter(email=email.strip().lower())
            .first()
        )
        if subscriber is None:
            raise UnknownAddress(email)
        if subscriber.suppressed_at is None or subscriber.suppression_reason != reason:
            subscriber.suppressed_at = subscriber.suppressed_at or timezone.now()
            subscriber.suppression_reason = reason
            subscriber.save(update_fields=["suppressed_at", "suppression_reason"])
        Delivery.objects.filter(
            subscriber=subscriber, status=DeliveryStatus.PENDING
        ).delete()
    log.info("newsletters: subscriber %s suppressed (%s)", subscriber.pk, reason)
    return subscriber


def follow(user, *, topic: Topic | None = None, author: Author | None = None) -> Follow:
    """Follow a topic or an author (exactly one); following twice is harmless."""
    if (topic is None) == (author is None):
        raise ValueError("Follow exactly one topic or author.")
    follow_row, _created = Follow.objects.get_or_create(
        user=user, topic=topic, author=author
    )
    return follow_row


def unfollow(user, *, topic: Topic | None = None, author: Author | None = None) -> None:
    """Stop following; unfollowing what is not followed is harmless."""
    if (topic is None) == (author is None):
        raise ValueError("Unfollow exactly one topic or author.")
    Follow.objects.filter(user=user, topic=topic, author=author).delete()


PLAN_CHUNK = 2000


def prepare_digest(due):
    """Render a digest for one due slot and record who gets it, then start sending.

    `due` is a queries.DueSlot. Safe to call again for the same slot: the issue is
    unique per newsletter and slot, planning inserts ignore rows already there, and
    an issue already planned is left to its send task. A digest with no stories is
    recorded as empty and sends nothing. Stories are those of the period before the
    slot (a day, or a week for weekly), which for every recipient is the time since
    their previous issue.
    """
    from gazette.newsletters import queries, rendering
    from gazette.newsletters.models import Issue, IssueStatus

    newsletter, slot = due.newsletter, due.slot
    issue = Issue.objects.filter(newsletter=newsletter, slot=slot).first()
    if issue is None:
        stories = queries.digest_stories(
            newsletter, since=slot - queries.period_of(newsletter), until=slot
        )
        rendered = rendering.render_digest(newsletter, stories, slot=slot)
        try:
            with transaction.atomic():
                issue = Issue.objects.create(
                    newsletter=newsletter,
                    slot=slot,
                    story_count=len(stories),
                    status=IssueStatus.PLANNING if stories else IssueStatus.EMPTY,
                    **rendered,
                )
        except IntegrityError:
            issue = Issue.objects.get(newsletter=newsletter, slot=slot)
    if issue.status == IssueStatus.PLANNING:
        recipients = queries.receiving_subscribers(newsletter).filter(
            time_zone__in=due.time_zones
        )
        plan_deliveries(issue, recipients)
    return issue


def plan_deliveries(issue, recipients) -> int:
    """Create one pending delivery per recipient, in chunks, then enqueue the send.

    Memory stays bounded: subscriber ids are streamed with .iterator(). Rows that
    exist already are skipped, so a crash while planning is repaired by running again.
    """
    from gazette.newsletters.models import Delivery, IssueStatus
    from gazette.newsletters.tasks import enqueue_send

    planned = 0
    chunk: list[Delivery] = []
    ids = recipients.order_by().values_list("pk", flat=True).distinct()
    for subscriber_id in ids.iterator(chunk_size=PLAN_CHUNK):
        chunk.append(Delivery(issue_id=issue.pk, subscriber_id=subscriber_id))
        if len(chunk) >= PLAN_CHUNK:
            Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
            planned += len(chunk)
            chunk = []
    if chunk:
        Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
        planned += len(chunk)
    issue.status = IssueStatus.SENDING
    issue.save(update_fields=["status"])
    log.info("newsletters: issue %s planned for %s subscribers", issue.pk, planned)
    enqueue_send(issue.pk)
    return planned


class AlertRefused(Exception):
    """The story cannot be alerted: not live, not breaking, private, or alerted
    already."""


RESTRICTED = gettext_noop(
    "The story is behind a password or a login: an alert would show it to everyone."
)


def send_breaking_alert(article, *, user) -> list:
    """Send a breaking-news alert for a live story flagged breaking, once per story.

    An editor's explicit choice (the admin action) calls this. One issue per active
    breaking-news newsletter; raises AlertRefused when there is nothing to do.
    """
    from gazette.newsletters import queries, rendering
    from gazette.newsletters.models import Issue, NewsletterKind

    if not article.live or not article.is_breaking:
        raise AlertRefused(
            _("Only a live story marked as breaking news can be alerted.")
        )
    if article.get_view_restrictions().exists():
        raise AlertRefused(_(RESTRICTED))
    newsletters = Newsletter.objects.for_edition(
        locale_language(article.locale_id)
    ).filter(kind=NewsletterKind.BREAKING, is_active=True)
    issues = []
    for newsletter in newsletters:
        rendered = rendering.render_alert(newsletter, article)
        try:
            with transaction.atomic():
                issue = Issue.objects.create(
                    newsletter=newsletter,
                    article=article,
                    story_count=1,
                    created_by=user,
                    **rendered,
                )
        except IntegrityError:
            continue
        plan_deliveries(issue, queries.receiving_subscribers(newsletter))
        issues.append(issue)
    if not issues:
        raise AlertRefused(_("An alert for this story has been sent already."))
    return issues


def send_test_issue(newsletter: Newsletter, *, email: str) -> None:
    """Mail a preview of the newsletter's next issue to one address, now.

    The address must be cleaned. Nothing is recorded; links in it are personal only
    when the address belongs to a subscriber.
    """
    from gazette.news.models import ArticlePage
    from gazette.newsletters import queries, rendering

    now = timezone.now()
    if newsletter.kind == "breaking":
        story = ArticlePage.objects.published().for_listing().first()
        if story is None:
            raise AlertRefused(_("There is no published story to preview."))
        rendered = rendering.render_alert(newsletter, story)
    else:
        stories = queries.digest_stories(
            newsletter, since=now - queries.period_of(newsletter), until=now
        )
        rendered = rendering.render_digest(newsletter, stories, slot=now)
    subscriber = Subscriber.objects.filter(email=email).first()
    links = (
        Links.for_subscriber(subscriber, newsletter.slug)
        if subscriber
        else Links("preview", newsletter.slug)
    )
    build_message(
        to=email,
        subject=_("[Test] %(subject)s") % {"subject": rendered["subject"]},
        text=rendered["text"],
        html=rendered["html"],
        links=links,
        list_id=newsletter.slug,
    ).send()


def resume_stalled_issues(*, quiet_for: int = 600) -> list[int]:
    """Re-enqueue issues whose send stopped (crashed worker, SMTP down).

    An issue is stalled when it still has pending rows and none of its rows was
    claimed in the last `quiet_for` seconds. Breaking alerts stuck while planning are
    planned again. Sending twice at once is safe: rows are claimed one by one.
    """
    from gazette.newsletters import queries
    from gazette.newsletters.models import (
        DeliveryStatus,
        Issue,
        IssueStatus,
    )
    from gazette.newsletters.tasks import enqueue_send

    recent = timezone.now() - timezone.timedelta(seconds=quiet_for)
    resumed = []
    for issue in Issue.objects.filter(
        status=IssueStatus.PLANNING, article__isnull=False
    ).select_related("newsletter"):
        plan_deliveries(issue, queries.receiving_subscribers(issue.newsletter))
        resumed.append(issue.pk)
    stalled = (
        Issue.objects.filter(
            status=IssueStatus.SENDING,
            deliveries__status__in=[DeliveryStatus.PENDING, DeliveryStatus.SENDING],
            created_at__lt=recent,
        )
        .exclude(deliveries__claimed_at__gte=recent)
        .exclude(pk__in=resumed)
        .values_list("pk", flat=True)
        .distinct()
    )
    for issue_id in stalled:
        enqueue_send(issue_id)
        resumed.append(issue_id)
    return resumed
