"""Chat rooms, their messages and the per-room event log readers resume from.

Every change a reader must see (a message posted, a message deleted, the room
closed or slowed) is a RoomEvent with a `seq` that counts up from 1 within its room,
without gaps. That `seq` is the "id" of the live event, so a reader who reconnects
with the last id it saw gets exactly what it missed. A message's own `seq` is the
position of the event that posted it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from gazette.editions.editions import default_language, edition_choice_widget


class RoomStatus(models.TextChoices):
    OPEN = "open", _("Open: readers can post")
    CLOSED = "closed", _("Closed: read-only")
    ARCHIVED = "archived", _("Archived: history only, not listed")


class RoomQuerySet(models.QuerySet):
    def listed(self) -> "RoomQuerySet":
        return self.filter(status=RoomStatus.OPEN)


class Room(models.Model):
    title = models.CharField(_("title"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    language = models.CharField(
        _("edition"),
        max_length=12,
        default=default_language,
        help_text=_("Language code of the edition whose readers meet here."),
    )
    topic = models.CharField(
        _("topic"),
        max_length=300,
        blank=True,
        help_text=_("One sentence readers see in the list of chats."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("section or story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: the section or article this room is about."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=RoomStatus.choices, default=RoomStatus.OPEN
    )
    anonymous_can_read = models.BooleanField(
        _("readers who are not logged in can read"), default=True
    )
    slow_mode_seconds = models.PositiveIntegerField(
        _("slow mode (seconds between messages, 0 for off)"), default=0
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    # The last RoomEvent.seq handed out; bumped under a row lock.
    last_seq = models.PositiveBigIntegerField(default=0, editable=False)

    objects = RoomQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("language", widget=edition_choice_widget()),
        FieldPanel("topic"),
        FieldPanel("page"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("anonymous_can_read"),
                FieldPanel("slow_mode_seconds"),
            ],
            heading=_("Rules"),
        ),
    ]

    class Meta:
        ordering = ["-last_activity_at", "-created_at"]
        verbose_name = _("chat room")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        with translation.override(self.language):
            return reverse("chats:room", args=[self.slug])

    @property
    def topic_name(self) -> str:
        return f"chat.{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status == RoomStatus.OPEN

    @property
    def is_archived(self) -> bool:
        return self.status == RoomStatus.ARCHIVED


class Message(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="messages")
    seq = models.PositiveBigIntegerField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    text = models.TextField()
    reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A snapshot of the Gazette article the message links to: headline, url, image.
    card = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    deleted_at = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["seq"]
        constraints = [
            models.UniqueConstraint(fields=["room", "seq"], name="chat_message_seq")
        ]

    def __str__(self) -> str:
        return f"{self.room_id}#{self.seq}"

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class EventKind(models.TextChoices):
    POSTED = "posted"
    DELETED = "deleted"
    ROOM = "room"


class RoomEvent(models.Model):
    """One position in a room's stream; replayed to readers who resume."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="events")
    seq = models.PositiveBigIntegerField()
    kind = models.CharField(max_length=10, choices=EventKind.choices)
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["room", "seq"], name="chat_event_seq")
        ]

    def __str__(self) -> str:
        return f"{self.room_id}@{self.seq} {self.kind}"


class Membership(models.Model):
    """A reader who has posted in a room; remembers when, for slow mode."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    joined_at = models.DateTimeField(default=timezone.now)
    last_posted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["room", "user"], name="chat_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.room_id}"


class SanctionKind(models.TextChoices):
    MUTE = "mute", _("Muted")
    BAN = "ban", _("Banned")


class SanctionQuerySet(models.QuerySet):
    def in_force(self, now=None) -> "SanctionQuerySet":
        now = now or timezone.now()
        return self.filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now), lifted_at__isnull=True
        )


class Sanction(models.Model):
    """A mute (for a period) or a ban (until lifted or expired) in one room."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="sanctions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=4, choices=SanctionKind.choices)
    reason = models.CharField(max_length=200, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    lifted_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = SanctionQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["room", "user"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.user_id} in {self.room_id}"
