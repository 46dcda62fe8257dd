from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from gazette.editions.editions import default_language, edition_choice_widget
from gazette.news.blocks import (
    RICH_TEXT_FEATURES,
    BodyImageBlock,
    EmbedWithCaptionBlock,
    QuoteBlock,
)


class FeedOp(models.TextChoices):
    PUBLISHED = "published", _("Published")
    UPDATED = "updated", _("Updated")
    REMOVED = "removed", _("Removed")


class FeedItemQuerySet(models.QuerySet):
    def listed(self) -> "FeedItemQuerySet":
        """What the Newsfeed shows: stories published and still live, newest first."""
        return self.filter(op=FeedOp.PUBLISHED, is_listed=True).order_by("-id")

    def in_edition(self, language: str) -> "FeedItemQuerySet":
        return self.filter(language=language)

    def in_section(self, section_id: int) -> "FeedItemQuerySet":
        return self.filter(section_pk=section_id)


class FeedItem(models.Model):
    """One position in the Newsfeed stream: a story published, updated or removed.

    The id orders the stream (clients resume from it). A "published" row is the
    story's entry in the listing; its headline follows later updates, and it leaves
    the listing (is_listed=False) when the story is unpublished.
    """

    op = models.CharField(max_length=12, choices=FeedOp.choices)
    language = models.CharField(_("edition"), max_length=12, default=default_language)
    article_pk = models.PositiveIntegerField(_("article id"), db_index=True)
    section_pk = models.PositiveIntegerField(null=True, blank=True)
    section_title = models.CharField(max_length=255, blank=True)
    headline = models.CharField(max_length=255)
    standfirst = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    published_at = models.DateTimeField()
    is_breaking = models.BooleanField(default=False)
    is_listed = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    objects = FeedItemQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(
                fields=["language", "is_listed", "op", "-id"], name="feed_listed_idx"
            ),
            models.Index(
                fields=["section_pk", "is_listed", "op", "-id"],
                name="feed_section_listed_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_op_display()}: {self.headline}"

    def as_event(self) -> dict:
        return {
            "type": "newsfeed",
            "op": self.op,
            "id": self.pk,
            "article_id": self.article_pk,
            "item": {
                "headline": self.headline,
                "standfirst": self.standfirst,
                "url": self.url,
                "section_id": self.section_pk,
                "section": self.section_title,
                "published_at": self.published_at.isoformat(),
                "is_breaking": self.is_breaking,
            },
        }


class BreakingAlertQuerySet(models.QuerySet):
    def active(self, now=None) -> "BreakingAlertQuerySet":
        now = now or timezone.now()
        return self.filter(cleared_at__isnull=True, expires_at__gt=now).order_by("-id")

    def in_edition(self, language: str) -> "BreakingAlertQuerySet":
        return self.filter(language=language)


class BreakingAlert(models.Model):
    """An edition's banner: shown until it expires or an editor clears it."""

    headline = models.CharField(_("headline"), max_length=200)
    language = models.CharField(
        _("edition"),
        max_length=12,
        default=default_language,
        help_text=_("Language code of the edition that shows the banner."),
    )
    url = models.CharField(_("link"), max_length=500, blank=True)
    article_pk = models.PositiveIntegerField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("show until"))
    cleared_at = models.DateTimeField(_("cleared at"), null=True, blank=True)

    objects = BreakingAlertQuerySet.as_manager()

    panels = [
        FieldPanel("headline"),
        FieldPanel("language", widget=edition_choice_widget()),
        FieldPanel("url"),
        FieldPanel("expires_at"),
        FieldPanel("cleared_at", heading=_("Cleared (set a time to take it down now)")),
    ]

    class Meta:
        verbose_name = _("breaking news alert")
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.headline

    @property
    def is_active(self) -> bool:
        return self.cleared_at is None and self.expires_at > timezone.now()

    def as_dict(self) -> dict:
        return {
            "id": self.pk,
            "headline": self.headline,
            "url": self.url,
            "expires_at": self.expires_at.isoformat(),
        }


def _entry_blocks():
    from wagtail import blocks

    return [
        (
            "text",
            blocks.RichTextBlock(
                features=RICH_TEXT_FEATURES,
                icon="pilcrow",
                template="feed/blocks/entry_text.html",
            ),
        ),
        ("quote", QuoteBlock()),
        ("image", BodyImageBlock()),
        ("embed", EmbedWithCaptionBlock()),
    ]


class LiveBlogPage(Page):
    """A story told as it happens: timestamped entries, newest first, updated live.

    Entries are LiveBlogEntry rows edited in the admin on their own (Live blog
    entries menu), so adding one never republishes the page.
    """

    standfirst = models.TextField(_("standfirst"), max_length=400)
    summary = RichTextField(
        _("key events summary"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("The main points so far, shown above the entries."),
    )
    is_closed = models.BooleanField(
        _("coverage has ended"),
        default=False,
        help_text=_("Readers see that the live coverage is over."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        FieldPanel("summary"),
        FieldPanel("is_closed"),
    ]
    search_fields = Page.search_fields + [index.SearchField("standfirst")]
    parent_page_types = ["news.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("live blog")

    def get_context(self, request, *args, **kwargs):
        from gazette.feed import queries

        context = super().get_context(request, *args, **kwargs)
        context.update(
            queries.live_blog_context(self, page_number=request.GET.get("page"))
        )
        return context


class LiveBlogEntry(models.Model):
    """One timestamped entry of a live blog."""

    page = models.ForeignKey(
        LiveBlogPage, on_delete=models.CASCADE, related_name="entries"
    )
    headline = models.CharField(_("headline"), max_length=200, blank=True)
    body = StreamField(_entry_blocks(), use_json_field=True)
    posted_at = models.DateTimeField(_("time"), default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    is_pinned = models.BooleanField(
        _("pinned"), default=False, help_text=_("Keep this entry at the top.")
    )
    is_key_event = models.BooleanField(
        _("key event"), default=False, help_text=_("List it in the key events summary.")
    )

    panels = [
        FieldPanel("page"),
        FieldPanel("headline"),
        FieldPanel("body"),
        FieldPanel("posted_at"),
        FieldPanel("is_pinned"),
        FieldPanel("is_key_event"),
    ]

    class Meta:
        verbose_name = _("live blog entry")
        verbose_name_plural = _("live blog entries")
        ordering = ["-posted_at", "-id"]
        indexes = [models.Index(fields=["page", "-posted_at", "-id"])]

    def __str__(self) -> str:
        return self.headline or timezone.localtime(self.posted_at).strftime("%H:%M")

    @property
    def anchor(self) -> str:
        return f"entry-{self.pk}"


class LiveBlogEvent(models.Model):
    """The live blog's event stream: one row per entry added, edited or deleted."""

    class Op(models.TextChoices):
        ADDED = "added", _("Added")
        EDITED = "edited", _("Edited")
        DELETED = "deleted", _("Deleted")

    page = models.ForeignKey(LiveBlogPage, on_delete=models.CASCADE, related_name="+")
    entry_pk = models.PositiveIntegerField()
    op = models.CharField(max_length=10, choices=Op.choices)
    html = models.TextField(blank=True)
    is_pinned = models.BooleanField(default=False)
    posted_at = models.DateTimeField(null=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["page", "id"])]

    def __str__(self) -> str:
        return f"{self.op} entry {self.entry_pk}"

    def as_event(self) -> dict:
        return {
            "type": "liveblog",
            "op": self.op,
            "id": self.pk,
            "entry_id": self.entry_pk,
            "html": self.html,
            "is_pinned": self.is_pinned,
            "posted_at": self.posted_at.isoformat() if self.posted_at else None,
        }
