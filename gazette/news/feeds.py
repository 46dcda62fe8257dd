"""Syndication: RSS 2.0 and Atom (with Media RSS for lead images) and JSON Feed 1.1.

Every URL in a feed is absolute and built from SITE_URL, so the same bytes can be
cached and served to every reader whatever Host header reached the app.
"""

from urllib.parse import urlparse

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from gazette.editions.editions import current_edition, current_locale_id
from gazette.lib.urls import absolute
from gazette.news.models import (
    FEED_RENDITION,
    ArticlePage,
    Author,
    SectionPage,
    Topic,
)
from gazette.news.queries import nav_sections

FEED_SIZE = 30
CORRECTIONS_FEED_SIZE = 50
MEDIA_NS = "http://search.yahoo.com/mrss/"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def tag_uri(kind: str, pk: int) -> str:
    """A stable id (RFC 4151) that survives a change of headline or slug."""
    host = urlparse(settings.SITE_URL).hostname or "localhost"
    return f"tag:{host},2025:{kind}:{pk}"


def feed_articles(queryset):
    """Published articles with what a feed item shows, in a fixed number of queries."""
    return (
        queryset.published()
        .for_listing(renditions=(FEED_RENDITION,))
        .prefetch_related("topics")[:FEED_SIZE]
    )


def lead_media(article: ArticlePage) -> dict | None:
    """The lead image as a feed enclosure: absolute URL, size, type, credit, caption."""
    image = article.lead_image
    if image is None:
        return None
    rendition = image.get_rendition(FEED_RENDITION)
    try:
        length = rendition.file.size
    except OSError:
        length = 0
    return {
        "url": absolute(rendition.url),
        "type": "image/jpeg",
        "length": length,
        "width": rendition.width,
        "height": rendition.height,
        "credit": image.credit_line,
        "caption": article.caption,
        "alt": image.alt_text,
    }


def write_media_content(handler, media: dict | None) -> None:
    if not media:
        return
    handler.startElement(
        "media:content",
        {
            "url": media["url"],
            "type": media["type"],
            "medium": "image",
            "width": str(media["width"]),
            "height": str(media["height"]),
            "fileSize": str(media["length"]),
        },
    )
    handler.addQuickElement("media:credit", media["credit"])
    if media["caption"]:
        handler.addQuickElement(
            "media:description", media["caption"], {"type": "plain"}
        )
    handler.addQuickElement("media:text", media["alt"], {"type": "plain"})
    handler.endElement("media:content")


class MediaRssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        write_media_content(handler, item.get("media"))


class MediaAtomFeed(Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        write_media_content(handler, item.get("media"))


class LatestStoriesFeed(Feed):
    """The latest stories of the whole site; subclasses narrow it down.

    Feed instances are shared between requests: keep no request state on self.
    """

    feed_type = MediaRssFeed
    kind = "latest"

    def title(self, obj):
        site = settings.WAGTAIL_SITE_NAME
        return site if obj is None else f"{obj} — {site}"

    def description(self, obj):
        if obj is None:
            return _("The latest stories from %(site)s.") % {
                "site": settings.WAGTAIL_SITE_NAME
            }
        return _("The latest stories about %(name)s.") % {"name": obj}

    def subtitle(self, obj):
        return self.description(obj)

    def link(self, obj):
        return absolute(edition_root() if obj is None else page_or_object_url(obj))

    def feed_url(self, obj):
        return absolute(self.feed_path(obj))

    def feed_path(self, obj) -> str:
        return f"{edition_root()}feeds/{self.kind}.{self.extension}"

    @property
    def extension(self) -> str:
        return "atom" if issubclass(self.feed_type, Atom1Feed) else "rss"

    def feed_guid(self, obj):
        return self.feed_url(obj)

    def feed_copyright(self, obj):
        return f"© {settings.WAGTAIL_SITE_NAME}"

    def articles(self, obj):
        return ArticlePage.objects.in_edition(current_locale_id())

    def items(self, obj):
        return feed_articles(self.articles(obj))

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst

    def item_link(self, item):
        return absolute(item.url)

    def item_guid(self, item):
        return tag_uri("article", item.pk)

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_categories(self, item):
        names = [item.section.title] if item.section else []
        return names + [topic.name for topic in item.topics.all()]

    def item_enclosures(self, item):
        from django.utils.feedgenerator import Enclosure

        media = self.media_for(item)
        if media is None:
            return []
        return [Enclosure(media["url"], str(media["length"]), media["type"])]

    def item_extra_kwargs(self, item):
        return {"media": self.media_for(item)}

    def media_for(self, item) -> dict | None:
        """lead_media once per item: both the enclosure and Media RSS need it."""
        if not hasattr(item, "_feed_media"):
            item._feed_media = lead_media(item)
        return item._feed_media


class SectionFeed(LatestStoriesFeed):
    kind = "sections"

    def get_object(self, request, slug):
        return get_object_or_404(edition_sections(), slug=slug)

    def articles(self, obj):
        return ArticlePage.objects.filter(section=obj)

    def feed_path(self, obj):
        return f"{edition_root()}feeds/sections/{obj.slug}.{self.extension}"


class TopicFeed(LatestStoriesFeed):
    kind = "topics"

    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug, locale_id=current_locale_id())

    def articles(self, obj):
        return ArticlePage.objects.filter(topics=obj)

    def feed_path(self, obj):
        return f"{edition_root()}feeds/topics/{obj.slug}.{self.extension}"


class AuthorFeed(LatestStoriesFeed):
    kind = "authors"

    def get_object(self, request, slug):
        return get_object_or_404(Author, slug=slug)

    def articles(self, obj):
        return ArticlePage.objects.in_edition(current_locale_id()).filter(authors=obj)

    def feed_path(self, obj):
        return f"{edition_root()}feeds/authors/{obj.slug}.{self.extension}"


class CorrectionsFeed(Feed):
    """Corrections, clarifications and updates across the site, newest first."""

    feed_type = MediaRssFeed

    def title(self):
        return _("Corrections and updates — %(site)s") % {
            "site": settings.WAGTAIL_SITE_NAME
        }

    def description(self):
        return _("Every correction, clarification and update we publish.")

    subtitle = description

    def link(self):
        return absolute(f"{edition_root()}corrections/")

    def feed_url(self):
        extension = "atom" if issubclass(self.feed_type, Atom1Feed) else "rss"
        return absolute(f"{edition_root()}feeds/corrections.{extension}")

    def feed_guid(self):
        return self.feed_url()

    def items(self):
        from gazette.news.queries import public_corrections

        return public_corrections(current_locale_id())[:CORRECTIONS_FEED_SIZE]

    def item_title(self, item):
        return f"{item.get_kind_display()}: {item.page.title}"

    def item_description(self, item):
        return item.text

    def item_link(self, item):
        return absolute(item.public_url)

    def item_guid(self, item):
        return tag_uri("correction", item.pk)

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.created_at

    def item_categories(self, item):
        return [item.get_kind_display()]


def atom(feed_class):
    """The Atom twin of an RSS feed class."""
    return type(
        f"Atom{feed_class.__name__}", (feed_class,), {"feed_type": MediaAtomFeed}
    )


def edition_root() -> str:
    return current_edition().root


def edition_sections():
    return nav_sections(current_edition().code)


def page_or_object_url(obj) -> str:
    return obj.url if isinstance(obj, SectionPage) else obj.get_absolute_url()


def json_feed(
    request, *, title: str, home: str, feed_path: str, articles
) -> JsonResponse:
    """A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1)."""
    items = []
    for article in feed_articles(articles):
        item = {
            "id": tag_uri("article", article.pk),
            "url": absolute(article.url),
            "title": article.title,
            "summary": article.standfirst,
            "content_text": article.standfirst,
            "date_published": article.first_published_at.isoformat(),
            "date_modified": (
                article.last_published_at or article.first_published_at
            ).isoformat(),
            "authors": [
                {"name": a.name, "url": absolute(a.get_absolute_url())}
                for a in article.authors.all()
            ],
            "tags": [t.name for t in article.topics.all()],
        }
        media = lead_media(article)
        if media:
            item["image"] = media["url"]
            item["attachments"] = [
                {
                    "url": media["url"],
                    "mime_type": media["type"],
                    "size_in_bytes": media["length"],
                    "title": media["caption"] or media["alt"],
                }
            ]
        items.append(item)
    document = {
        "version": JSON_FEED_VERSION,
        "title": title,
        "home_page_url": absolute(home),
        "feed_url": absolute(feed_path),
        "description": _("The latest stories from %(site)s.")
        % {"site": settings.WAGTAIL_SITE_NAME},
        "language": get_language() or settings.LANGUAGE_CODE,
        "items": items,
    }
    return JsonResponse(
        document,
        content_type="application/feed+json; charset=utf-8",
        json_dumps_params={"ensure_ascii": False},
    )


def latest_json_feed(request):
    return json_feed(
        request,
        title=settings.WAGTAIL_SITE_NAME,
        home=edition_root(),
        feed_path=f"{edition_root()}feeds/latest.json",
        articles=ArticlePage.objects.in_edition(current_locale_id()),
    )


def section_json_feed(request, slug):
    section = get_object_or_404(edition_sections(), slug=slug)
    return json_feed(
        request,
        title=f"{section.title} — {settings.WAGTAIL_SITE_NAME}",
        home=section.url,
        feed_path=f"{edition_root()}feeds/sections/{section.slug}.json",
        articles=ArticlePage.objects.filter(section=section),
    )
