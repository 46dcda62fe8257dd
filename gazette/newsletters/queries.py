"""Reads of the newsletters app: what is due, digest stories, progress, My news."""

import zoneinfo
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, Q

from gazette.news.models import ArticlePage, Author, Topic
from gazette.newsletters.models import (
    Delivery,
    DeliveryStatus,
    Follow,
    Newsletter,
    NewsletterKind,
    Subscriber,
)

DIGEST_RENDITION = "fill-600x338|format-jpeg"
DIGEST_SIZE = 12
WEEKLY_SIZE = 8


def receiving_subscribers(newsletter: Newsletter):
    """Confirmed, unsuppressed subscribers of a newsletter."""
    return Subscriber.objects.filter(
        subscriptions__newsletter=newsletter,
        confirmed_at__isnull=False,
        suppressed_at__isnull=True,
    )


def period_of(newsletter: Newsletter) -> timedelta:
    return timedelta(days=7 if newsletter.kind == NewsletterKind.WEEKLY else 1)


def last_slot(newsletter: Newsletter, zone_name: str, now: datetime) -> datetime:
    """The latest local send time at or before `now` in a zone, as an aware datetime."""
    try:
        zone = zoneinfo.ZoneInfo(zone_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    local_now = now.astimezone(zone)
    slot = datetime(
        local_now.year,
        local_now.month,
        local_now.day,
        newsletter.send_hour,
        tzinfo=zone,
    )
    if slot > local_now:
        slot -= timedelta(days=1)
    if newsletter.kind == NewsletterKind.WEEKLY:
        slot -= timedelta(days=(slot.weekday() - newsletter.send_weekday) % 7)
    return slot


@dataclass
class DueSlot:
    newsletter: Newsletter
    slot: datetime
    time_zones: list[str] = field(default_factory=list)


def due_slots(now: datetime) -> list[DueSlot]:
    """Digest sends due now: per newsletter, the slots whose local hour has come.

    Subscribers' zones that share a UTC send instant share one issue. A slot older
    than NEWSLETTER_SEND_GRACE_HOURS is skipped: a stale digest helps nobody.
    """
    grace = timedelta(hours=getattr(settings, "NEWSLETTER_SEND_GRACE_HOURS", 3))
    due: list[DueSlot] = []
    scheduled = Newsletter.objects.filter(is_active=True).exclude(
        kind=NewsletterKind.BREAKING
    )
    for newsletter in scheduled:
        zones = (
            receiving_subscribers(newsletter)
            .order_by()
            .values_list("time_zone", flat=True)
            .distinct()
        )
        by_slot: dict[datetime, DueSlot] = {}
        for zone_name in zones:
            slot = last_slot(newsletter, zone_name, now)
            if now - slot > grace:
                continue
            utc_slot = slot.astimezone(zoneinfo.ZoneInfo("UTC"))
            by_slot.setdefault(
                utc_slot, DueSlot(newsletter, utc_slot)
            ).time_zones.append(zone_name)
        due.extend(by_slot.values())
    return due


def digest_stories(newsletter: Newsletter, *, since: datetime, until: datetime) -> list:
    """Stories published in [since, until), filtered by the section or topic."""
    stories = (
        ArticlePage.objects.published()
        .for_listing(renditions=(DIGEST_RENDITION,))
        .filter(first_published_at__gte=since, first_published_at__lt=until)
        .filter(locale__language_code=newsletter.language or settings.LANGUAGE_CODE)
    )
    if newsletter.kind == NewsletterKind.SECTION and newsletter.section_id:
        stories = stories.filter(section_id=newsletter.section_id)
    if newsletter.kind == NewsletterKind.TOPIC and newsletter.topic_id:
        stories = stories.filter(topics=newsletter.topic_id)
    if newsletter.kind == NewsletterKind.WEEKLY:
        # The week's best: stories with a photo and the longest standfirst read first.
        stories = stories.order_by("-lead_image", "-first_published_at")
        return list(stories[:WEEKLY_SIZE])
    return list(stories[:DIGEST_SIZE])


def issue_progress(issue_ids) -> dict[int, dict[str, int]]:
    """Sent, failed, pending (and in flight) counts per issue, in one query."""
    progress: dict[int, dict[str, int]] = {
        pk: {s.value: 0 for s in DeliveryStatus} for pk in issue_ids
    }
    rows = (
        Delivery.objects.filter(issue_id__in=issue_ids)
        .values("issue_id", "status")
        .annotate(count=Count("pk"))
        .order_by()
    )
    for row in rows:
        progress[row["issue_id"]][row["status"]] = row["count"]
    return progress


def subscriber_counts() -> dict:
    """Totals for the admin: all, confirmed, unconfirmed, suppressed, per newsletter."""
    totals = Subscriber.objects.aggregate(
        total=Count("pk"),
        confirmed=Count(
            "pk", filter=Q(confirmed_at__isnull=False, suppressed_at__isnull=True)
        ),
        unconfirmed=Count("pk", filter=Q(confirmed_at__isnull=True)),
        suppressed=Count("pk", filter=Q(suppressed_at__isnull=False)),
    )
    per_newsletter = Newsletter.objects.annotate(
        receiving=Count(
            "subscriptions",
            filter=Q(
                subscriptions__subscriber__confirmed_at__isnull=False,
                subscriptions__subscriber__suppressed_at__isnull=True,
            ),
        )
    )
    return {"totals": totals, "newsletters": list(per_newsletter)}


def followed(user) -> dict:
    """What a reader follows: topics and authors, in two queries."""
    follows = Follow.objects.filter(user=user)
    return {
        "topics": list(
            Topic.objects.filter(pk__in=follows.values("topic_id")).order_by("name")
        ),
        "authors": list(
            Author.objects.filter(pk__in=follows.values("author_id")).order_by("name")
        ),
    }


def my_news_stories(user):
    """Published stories on followed topics or by followed authors, newest first."""
    follows = Follow.objects.filter(user=user)
    matching = ArticlePage.objects.filter(
        Q(topics__in=follows.exclude(topic=None).values("topic_id"))
        | Q(authors__in=follows.exclude(author=None).values("author_id"))
    ).values("pk")
    return ArticlePage.objects.published().for_listing().filter(pk__in=matching)


def is_following(user, *, topic=None, author=None) -> bool:
    return Follow.objects.filter(user=user, topic=topic, author=author).exists()


def account_subscriber(user) -> Subscriber | None:
    """The subscriber row of a logged-in reader's account address, if any."""
    return Subscriber.objects.filter(email=user.email.strip().lower()).first()
