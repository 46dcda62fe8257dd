"""Newsletters, subscribers, rendered issues and the per-subscriber delivery record."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gazette.news.models import Author, SectionPage, Topic


def new_token_secret() -> str:
    return secrets.token_urlsafe(12)


class NewsletterKind(models.TextChoices):
    DAILY = "daily", _("Daily digest")
    BREAKING = "breaking", _("Breaking-news alerts")
    SECTION = "section", _("Section digest")
    TOPIC = "topic", _("Topic digest")
    WEEKLY = "weekly", _("Weekly best-of")


class NewsletterQuerySet(models.QuerySet):
    def for_edition(self, language: str) -> "NewsletterQuerySet":
        """An edition's newsletters; those with no language belong to the default."""
        if language == settings.LANGUAGE_CODE:
            return self.filter(Q(language=language) | Q(language=""))
        return self.filter(language=language)


class Newsletter(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=NewsletterKind.choices)
    description = models.CharField(_("description"), max_length=300, blank=True)
    section = models.ForeignKey(
        SectionPage, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    send_hour = models.PositiveSmallIntegerField(
        _("send hour"),
        default=7,
        help_text=_("Local hour (0–23) in each subscriber's time zone."),
    )
    send_weekday = models.PositiveSmallIntegerField(
        _("send weekday"),
        default=6,
        help_text=_("For weekly newsletters: 0 is Monday, 6 is Sunday."),
    )
    language = models.CharField(
        _("edition language"),
        max_length=12,
        blank=True,
        help_text=_("Language code of the edition; empty means the site default."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    position = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = NewsletterQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(send_hour__lte=23) & Q(send_weekday__lte=6),
                name="newsletter_valid_schedule",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_scheduled(self) -> bool:
        return self.kind != NewsletterKind.BREAKING


class SuppressionReason(models.TextChoices):
    BOUNCE = "bounce", _("Bounced")
    COMPLAINT = "complaint", _("Complained")
    ADMIN = "admin", _("Suppressed by an editor")


class Subscriber(models.Model):
    email = models.EmailField(_("email address"), max_length=254, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="newsletter_subscribers",
    )
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    suppressed_at = models.DateTimeField(null=True, blank=True)
    suppression_reason = models.CharField(
        max_length=16, choices=SuppressionReason.choices, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Part of every signed link: changing it revokes all earlier links.
    token_secret = models.CharField(max_length=32, default=new_token_secret)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["time_zone"])]

    def __str__(self) -> str:
        return self.email

    def save(self, *args, **kwargs) -> None:
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    @property
    def can_receive(self) -> bool:
        return self.confirmed_at is not None and self.suppressed_at is None


class Subscription(models.Model):
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="subscriptions"
    )
    newsletter = models.ForeignKey(
        Newsletter, on_delete=models.CASCADE, related_name="subscriptions"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "newsletter"], name="one_subscription_per_list"
            )
        ]

    def __str__(self) -> str:
        return f"{self.subscriber_id} → {self.newsletter_id}"


class IssueStatus(models.TextChoices):
    PLANNING = "planning", _("Planning recipients")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    EMPTY = "empty", _("Nothing to send")


class Issue(models.Model):
    """One rendered send of a newsletter: the same content for every recipient."""

    newsletter = models.ForeignKey(
        Newsletter, on_delete=models.CASCADE, related_name="issues"
    )
    subject = models.CharField(max_length=200)
    html = models.TextField()
    text = models.TextField()
    # A digest's slot: the instant it is due; one issue per newsletter and slot.
    slot = models.DateTimeField(null=True, blank=True)
    article = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    story_count = models.PositiveIntegerField(default=0)
    status = models.CharField(
        max_length=16, choices=IssueStatus.choices, default=IssueStatus.PLANNING
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["newsletter", "slot"],
                condition=Q(slot__isnull=False),
                name="one_issue_per_slot",
            ),
            models.UniqueConstraint(
                fields=["newsletter", "article"],
                condition=Q(article__isnull=False),
                name="one_alert_per_article",
            ),
        ]

    def __str__(self) -> str:
        return self.subject


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class Delivery(models.Model):
    """The record of one issue to one subscriber: what makes a resumed send exact."""

    issue = models.ForeignKey(
        Issue, on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="deliveries"
    )
    status = models.CharField(
        max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscriber"], name="one_delivery_per_issue"
            )
        ]
        indexes = [models.Index(fields=["issue", "status", "id"])]

    def __str__(self) -> str:
        return f"{self.issue_id} → {self.subscriber_id}: {self.status}"


class Follow(models.Model):
    """A reader following a topic or an author, for the "My news" page."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        Author, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(topic__isnull=False) & Q(author__isnull=True))
                | (Q(topic__isnull=True) & Q(author__isnull=False)),
                name="follow_one_thing",
            ),
            models.UniqueConstraint(fields=["user", "topic"], name="follow_topic_once"),
            models.UniqueConstraint(
                fields=["user", "author"], name="follow_author_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} follows {self.topic_id or self.author_id}"
