from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class CommentStatus(models.TextChoices):
    VISIBLE = "visible", _("Visible")
    PENDING = "pending", _("Waiting for approval")
    HIDDEN = "hidden", _("Hidden by a moderator")
    DELETED = "deleted", _("Deleted by its author")


class DiscussionMode(models.TextChoices):
    OPEN = "open", _("Open")
    PREMODERATED = "premoderated", _("Pre-moderated: comments wait for approval")
    CLOSED = "closed", _("Closed")


class DiscussionStats(models.Model):
    """One row per article with comments: the visible count, kept by the actions.

    Also the row every action on the article locks first, so that its event ids
    commit in order.
    """

    article = models.OneToOneField(
        "news.ArticlePage",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="discussion_stats",
    )
    comment_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("discussion statistics")
        verbose_name_plural = _("discussion statistics")

    def __str__(self) -> str:
        return f"{self.article_id}: {self.comment_count}"


class CommentQuerySet(models.QuerySet):
    def visible(self) -> "CommentQuerySet":
        return self.filter(status=CommentStatus.VISIBLE)

    def shown(self) -> "CommentQuerySet":
        """What a thread shows: visible comments and tombstones that replies hang on."""
        return self.filter(status__in=[CommentStatus.VISIBLE, CommentStatus.DELETED])


class Comment(models.Model):
    """A reader's comment on an article; the body is plain text, escaped on output."""

    article = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    # The top-level comment a reply belongs to: threads show one level deep.
    thread = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    body = models.TextField(_("comment"))
    status = models.CharField(
        max_length=10, choices=CommentStatus.choices, default=CommentStatus.VISIBLE
    )
    moderation_reason = models.CharField(max_length=200, blank=True)
    is_featured = models.BooleanField(_("editors' pick"), default=False)
    like_count = models.PositiveIntegerField(default=0)
    report_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-pk"]
        indexes = [
            models.Index(fields=["article", "status", "thread"]),
            models.Index(fields=["status", "report_count"]),
        ]
        permissions = [("moderate_comment", "Can moderate reader comments")]

    def __str__(self) -> str:
        return f"#{self.pk} on {self.article_id}: {self.body[:40]}"

    def get_absolute_url(self) -> str:
        return f"/discussions/comment/{self.pk}/"

    @property
    def author_name(self) -> str:
        if self.author_id is None:
            return str(_("Deleted user"))
        return self.author.public_name

    @property
    def is_visible(self) -> bool:
        return self.status == CommentStatus.VISIBLE

    @property
    def is_tombstone(self) -> bool:
        return self.status == CommentStatus.DELETED


class CommentLike(models.Model):
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="likes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "user"], name="one_like_per_reader"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} likes {self.comment_id}"


class ReportReason(models.TextChoices):
    ABUSE = "abuse", _("Abusive or hateful")
    SPAM = "spam", _("Spam or advertising")
    OFF_TOPIC = "off_topic", _("Off topic")
    PERSONAL = "personal", _("Shares personal information")
    OTHER = "other", _("Something else")


class CommentReport(models.Model):
    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="reports"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(max_length=20, choices=ReportReason.choices)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    is_resolved = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "user"], name="one_report_per_reader"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} reports {self.comment_id}: {self.reason}"


class CommentEvent(models.Model):
    """The stream behind topic "comments.<article id>": its pk is the event id."""

    article = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="+"
    )
    payload = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["article", "id"])]

    def __str__(self) -> str:
        return f"{self.pk} on {self.article_id}: {self.payload.get('op')}"


class DiscussionBan(models.Model):
    """A reader who may not comment, for good (no end) or until a time."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="discussion_bans",
    )
    until = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    lifted_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Ban of {self.user_id} until {self.until or 'for good'}"


class ModerationAction(models.TextChoices):
    APPROVE = "approve", _("Approved")
    HIDE = "hide", _("Hidden")
    RESTORE = "restore", _("Restored")
    FEATURE = "feature", _("Featured")
    UNFEATURE = "unfeature", _("Unfeatured")
    BAN = "ban", _("Banned")
    DISMISS = "dismiss", _("Reports dismissed")


class ModerationLogEntry(models.Model):
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, choices=ModerationAction.choices)
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.SET_NULL, related_name="log"
    )
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderation_history",
    )
    reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-pk"]

    def __str__(self) -> str:
        return f"{self.action} by {self.moderator_id}"


class DiscussionPolicy(models.Model):
    """How discussions run for the whole site (no page), an edition (its front
    page), a section or one article.

    The most specific row wins for the mode; quiet hours come from the section row,
    else the edition's, else the site row.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="discussion_policy",
        help_text=_(
            "An edition's front page, a section or an article. "
            "Leave empty for the whole site."
        ),
    )
    mode = models.CharField(
        max_length=20, choices=DiscussionMode.choices, default=DiscussionMode.OPEN
    )
    quiet_from = models.TimeField(
        _("quiet hours from"),
        null=True,
        blank=True,
        help_text=_("In the site's time zone."),
    )
    quiet_until = models.TimeField(_("quiet hours until"), null=True, blank=True)
    quiet_mode = models.CharField(
        _("during quiet hours"),
        max_length=20,
        choices=[
            (DiscussionMode.PREMODERATED, DiscussionMode.PREMODERATED.label),
            (DiscussionMode.CLOSED, DiscussionMode.CLOSED.label),
        ],
        default=DiscussionMode.PREMODERATED,
    )

    class Meta:
        verbose_name = _("discussion policy")
        verbose_name_plural = _("discussion policies")

    def __str__(self) -> str:
        where = self.page.title if self.page_id else _("Whole site")
        return f"{where}: {self.get_mode_display()}"

    def clean(self) -> None:
        if (self.quiet_from is None) != (self.quiet_until is None):
            raise ValidationError(_("Give quiet hours both a start and an end."))
        others = DiscussionPolicy.objects.exclude(pk=self.pk)
        if self.page_id is None and others.filter(page__isnull=True).exists():
            raise ValidationError(_("There is already a policy for the whole site."))
