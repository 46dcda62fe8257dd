"""Builders for newsletter tests; they go through the real actions."""

from django.core.cache import cache
from django.utils import timezone

from gazette.newsletters import actions
from gazette.newsletters.models import Newsletter, Subscriber
from gazette.testing import BaseTestCase


def daily() -> Newsletter:
    return Newsletter.objects.get(slug="daily")


def breaking() -> Newsletter:
    return Newsletter.objects.get(slug="breaking")


def make_subscriber(
    email: str, *, newsletters=(), time_zone: str = "UTC", confirmed: bool = True
) -> Subscriber:
    subscriber = Subscriber.objects.create(email=email, time_zone=time_zone)
    if confirmed:
        actions.confirm_subscription(
            subscriber, newsletter_ids=[n.pk for n in newsletters]
        )
    return subscriber


def bulk_subscribers(count: int, *, newsletter: Newsletter, prefix: str = "reader"):
    """Many confirmed subscribers at once (bench and crash tests)."""
    from gazette.newsletters.models import Subscription

    now = timezone.now()
    Subscriber.objects.bulk_create(
        [
            Subscriber(email=f"{prefix}{i}@example.net", confirmed_at=now)
            for i in range(count)
        ],
        batch_size=2000,
    )
    ids = Subscriber.objects.filter(email__startswith=prefix).values_list(
        "pk", flat=True
    )
    Subscription.objects.bulk_create(
        [
            Subscription(subscriber_id=pk, newsletter=newsletter)
            for pk in ids.iterator()
        ],
        batch_size=2000,
        ignore_conflicts=True,
    )


def due_now(newsletter: Newsletter, time_zone: str = "UTC") -> Newsletter:
    """Set the send hour to the current local hour, so the digest is due now."""
    import zoneinfo

    newsletter.send_hour = timezone.now().astimezone(zoneinfo.ZoneInfo(time_zone)).hour
    newsletter.save(update_fields=["send_hour"])
    return newsletter


class NewsletterTestCase(BaseTestCase):
    """Clears the shared cache around each test: rate-limit counters and cached site
    roots must not leak from one test (or class) into the next."""

    def setUp(self):
        super().setUp()
        cache.clear()
        self.addCleanup(cache.clear)
