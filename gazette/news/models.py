import math

from django.apps import apps
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import (
    Orderable,
    Page,
    PageManager,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from gazette.editions.editions import current_edition, edition_root
from gazette.news import search
from gazette.news.blocks import ArticleBodyBlock
from gazette.news.restrictions import PublicOnceQuerySet, RestrictionsReadOnce

WORDS_PER_MINUTE = 230
LISTING_RENDITIONS = ("fill-640x360|format-webp", "fill-320x180|format-webp")
# What a page needs to be named and linked to (its url comes from the tree).
LINKED_PAGE_FIELDS = ("title", "slug", "url_path", "path", "depth", "locale")
# Feed readers and structured data get a JPEG: WebP support there is patchy.
FEED_RENDITION = "fill-1200x675|format-jpeg"


class UsageRights(models.TextChoices):
    STAFF = "staff", _("Staff photograph")
    AGENCY = "agency", _("Agency, licensed")
    HANDOUT = "handout", _("Handout, editorial use only")
    CREATIVE_COMMONS = "cc", _("Creative Commons")
    GENERATED = "generated", _("Generated illustration")


class NewsImage(AbstractImage):
    """A library image, carrying everything a newsroom must print with it."""

    caption = models.CharField(_("caption"), max_length=400)
    agency = models.CharField(
        _("agency or source"),
        max_length=100,
        blank=True,
        help_text=_("E.g. Northlight Press. Leave empty for staff photographs."),
    )
    photographer = models.CharField(_("photographer"), max_length=100, blank=True)
    copyright_year = models.PositiveSmallIntegerField(_("copyright year"))
    alt_text = models.CharField(
        _("alt text"),
        max_length=300,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    usage_rights = models.CharField(
        _("usage rights"),
        max_length=20,
        choices=UsageRights.choices,
        default=UsageRights.AGENCY,
    )

    admin_form_fields = (
        "title",
        "file",
        "caption",
        "alt_text",
        "agency",
        "photographer",
        "copyright_year",
        "usage_rights",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    search_fields = AbstractImage.search_fields + [
        index.SearchField("caption"),
        index.SearchField("agency"),
        index.SearchField("photographer"),
    ]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]

    def clean(self) -> None:
        super().clean()
        if not (self.agency.strip() or self.photographer.strip()):
            raise ValidationError(
                _("Give the agency or the photographer: every image needs a credit.")
            )

    @property
    def credit_line(self) -> str:
        """The printed credit, e.g. "© Northlight Press 2025 / Jane Doe"."""
        owner = self.agency or self.photographer
        credit = f"© {owner} {self.copyright_year}"
        if self.agency and self.photographer:
            credit += f" / {self.photographer}"
        return credit

    @property
    def default_alt_text(self) -> str:
        return self.alt_text or self.title


class NewsRendition(AbstractRendition):
    image = models.ForeignKey(
        NewsImage, related_name="renditions", on_delete=models.CASCADE
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_snippet
class Author(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(unique=True, max_length=100)
    role = models.CharField(_("role"), max_length=100, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        NewsImage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        """The author's page in the edition being read (staff write for all)."""
        return f"{current_edition().root}authors/{self.slug}/"


@register_snippet
class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject stories are tagged with; each edition has its own, linked."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return f"{edition_root(self.locale_id)}topics/{self.slug}/"


class ArticleQuerySet(PublicOnceQuerySet):
    def published(self) -> "ArticleQuerySet":
        return self.live().public().order_by("-first_published_at", "-pk")

    def in_section(self, section: "SectionPage") -> "ArticleQuerySet":
        return self.filter(section=section)

    def in_edition(self, locale_id: int) -> "ArticleQuerySet":
        return self.filter(locale=locale_id)

    def for_listing(self, renditions=LISTING_RENDITIONS) -> "ArticleQuerySet":
        """Everything a story card shows, in a fixed number of queries."""
        images = NewsImage.objects.prefetch_renditions(*renditions)
        return self.select_related("section").prefetch_related(
            Prefetch("lead_image", queryset=images),
            Prefetch("authors", queryset=Author.objects.order_by("name")),
        )

    def cards_only(self) -> "ArticleQuerySet":
        """Only the columns a story card reads: a page row has some forty, and each
        costs Django time to select and convert (a third of the related stories)."""
        return self.only(
            *LINKED_PAGE_FIELDS,
            "live",
            "content_type",
            "first_published_at",
            "standfirst",
            "is_breaking",
            "lead_image",
            *(f"section__{name}" for name in LINKED_PAGE_FIELDS),
        )


ArticleManager = PageManager.from_queryset(ArticleQuerySet)


class DirectChildRoute:
    """Route to a child of the usual type in one query.

    Wagtail finds a child as a plain Page, then loads its specific row: two queries
    a level, four for every article read. Children of other types take that way.
    """

    usual_child_type = ""  # "app_label.ModelName"

    def route(self, request, path_components):
        if path_components:
            model = apps.get_model(self.usual_child_type)
            child = model.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                self.adopt(child)
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def adopt(self, child) -> None:
        """Give the child what it would otherwise load again: its parent."""
        child._cached_parent_obj = self


class HomePage(RoutablePageMixin, DirectChildRoute, RestrictionsReadOnce, Page):
    """The front page, and the home of topic, author, search and corrections pages."""

    strapline = models.CharField(max_length=200, blank=True)

    content_panels = Page.content_panels + [FieldPanel("strapline")]
    subpage_types = ["news.SectionPage"]
    parent_page_types = ["wagtailcore.Page"]
    usual_child_type = "news.SectionPage"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("front page")

    def get_context(self, request, *args, **kwargs):
        from gazette.news import queries

        context = super().get_context(request, *args, **kwargs)
        context.update(queries.front_page(self))
        return context

    @path("topics/<slug:slug>/", name="topic")
    def topic_page(self, request, slug):
        from gazette.news import views

        return views.topic_page(request, self, slug)

    @path("authors/<slug:slug>/", name="author")
    def author_page(self, request, slug):
        from gazette.news import views

        return views.author_page(request, self, slug)

    @path("search/", name="search")
    def search_page(self, request):
        from gazette.news import views

        return views.search_page(request, self)

    @path("corrections/", name="corrections")
    def corrections_page(self, request):
        from gazette.news import views

        return views.corrections_page(request, self)


class SectionPage(DirectChildRoute, RestrictionsReadOnce, Page):
    description = models.TextField(_("description"), blank=True)

    objects = PageManager.from_queryset(PublicOnceQuerySet)()

    content_panels = Page.content_panels + [FieldPanel("description")]
    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.ArticlePage", "feed.LiveBlogPage"]
    usual_child_type = "news.ArticlePage"

    class Meta:
        verbose_name = _("section")

    def adopt(self, child) -> None:
        super().adopt(child)
        if getattr(child, "section_id", None) == self.pk:
            child.section = self

    def get_context(self, request, *args, **kwargs):
        from gazette.news import queries

        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = queries.paginate(
            request, queries.section_articles(self), per_page=20
        )
        return context


class ArticlePage(RoutablePageMixin, RestrictionsReadOnce, Page):
    standfirst = models.TextField(
        _("standfirst"), max_length=400, help_text=_("The summary under the headline.")
    )
    dateline = models.CharField(
        _("dateline"),
        max_length=80,
        blank=True,
        help_text=_("Where it was reported from."),
    )
    section = models.ForeignKey(
        SectionPage,
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    lead_image = models.ForeignKey(
        NewsImage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lead_image_caption = models.CharField(
        _("lead image caption"),
        max_length=400,
        blank=True,
        help_text=_("Leave empty to use the caption stored with the image."),
    )
    body = StreamField(ArticleBodyBlock(), use_json_field=True)
    authors = ParentalManyToManyField(Author, blank=True, related_name="articles")
    topics = ParentalManyToManyField(Topic, blank=True, related_name="articles")
    is_breaking = models.BooleanField(
        _("breaking news"), default=False, help_text=_("Flag the story as breaking.")
    )
    # PostgreSQL only: the live text in the edition's language (gazette.news.search).
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleManager()

    content_panels = [
        TitleFieldPanel("title", heading=_("Headline")),
        FieldPanel("standfirst"),
        FieldPanel("dateline"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption")],
            heading=_("Lead photo"),
        ),
        FieldPanel("body"),
        FieldPanel("authors"),
        FieldPanel("topics"),
        FieldPanel("is_breaking"),
        InlinePanel(
            "corrections", heading=_("Corrections and updates"), label=_("entry")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.SearchField("dateline"),
        index.FilterField("section"),
        index.FilterField("first_published_at"),
    ]
    parent_page_types = ["news.SectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.path else None
        if parent is not None:
            self.section_id = (
                parent.pk if parent.specific_class is SectionPage else None
            )
        result = super().save(*args, **kwargs)
        # A full save holds the live text (publishing); partial saves carry drafts.
        if kwargs.get("update_fields") is None and search.uses_postgres():
            search.index_article(self)
        return result

    @property
    def headline(self) -> str:
        return self.title

    @property
    def caption(self) -> str:
        if self.lead_image_caption:
            return self.lead_image_caption
        return self.lead_image.caption if self.lead_image else ""

    @cached_property
    def word_count(self) -> int:
        """Words of the body's text, without rendering it (images, embeds) again."""
        words = 0
        for block in self.body:
            for part in block.block.get_searchable_content(block.value):
                words += len(strip_tags(str(part)).split())
        return words

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    @property
    def updated_at(self):
        """The last-published time when it says more than the first one."""
        first, last = self.first_published_at, self.last_published_at
        if first and last and (last - first).total_seconds() > 60:
            return last
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.pk is None or getattr(request, "is_preview", False):
            return context  # a preview shows the editor's unsaved relations
        # Byline, JSON-LD, topics and related stories all read these: fetch once.
        prefetch_related_objects(
            [self],
            Prefetch("authors", queryset=Author.objects.order_by("name")),
            Prefetch("topics", queryset=Topic.objects.order_by("name")),
            "corrections",
        )
        return context

    @path("changes/<int:entry_id>/", name="changes")
    def changes_page(self, request, entry_id):
        from gazette.news import views

        return views.article_changes_page(request, self, entry_id)

    def clean(self) -> None:
        super().clean()
        if self.lead_image and not self.lead_image.alt_text:
            raise ValidationError(
                {"lead_image": _("This image has no alt text: add it in the library.")}
            )


class CorrectionKind(models.TextChoices):
    CORRECTION = "correction", _("Correction")
    CLARIFICATION = "clarification", _("Clarification")
    UPDATE = "update", _("Update")


class ArticleCorrection(Orderable):
    """A public entry in an article's corrections and updates log."""

    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="corrections"
    )
    kind = models.CharField(max_length=20, choices=CorrectionKind.choices)
    text = models.TextField(help_text=_("What was wrong or what changed, and why."))
    created_at = models.DateTimeField(default=timezone.now)
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The published revision this entry explains."),
    )

    panels = [FieldPanel("kind"), FieldPanel("text"), FieldPanel("created_at")]

    class Meta(Orderable.Meta):
        verbose_name = _("correction or update")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"

    @property
    def changes_url(self) -> str | None:
        """Where readers see the text changes this entry explains, once published."""
        if not self.revision_id:
            return None
        return f"{self.page.url}changes/{self.pk}/"

    @property
    def public_url(self) -> str:
        return self.changes_url or f"{self.page.url}#correction-{self.pk}"
