from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from gazette.news import queries
from gazette.news.models import Author, SectionPage, Topic

FEED_SIZE = 30


class LatestStoriesFeed(Feed):
    """The latest stories of the whole site; subclasses narrow it down."""

    feed_type = Rss201rev2Feed
    description = "The latest stories."

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def title(self, obj):
        from django.conf import settings

        return settings.WAGTAIL_SITE_NAME if obj is None else f"{obj} — {settings.WAGTAIL_SITE_NAME}"

    def link(self, obj):
        return "/" if obj is None else obj_url(obj)

    def articles(self, obj):
        return queries.published_articles()

    def items(self, obj):
        return self.articles(obj)[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_categories(self, item):
        return [item.section.title] if item.section else []

    def item_enclosure_url(self, item):
        if not item.lead_image:
            return None
        rendition = item.lead_image.get_rendition(queries_listing_rendition())
        return self.request.build_absolute_uri(rendition.url)

    def item_enclosure_length(self, item):
        if not item.lead_image:
            return None
        return item.lead_image.get_rendition(queries_listing_rendition()).file.size

    item_enclosure_mime_type = "image/webp"


def queries_listing_rendition() -> str:
    from gazette.news.models import LISTING_RENDITIONS

    return LISTING_RENDITIONS[0]


def obj_url(obj) -> str:
    if isinstance(obj, SectionPage):
        return obj.url
    return obj.get_absolute_url()


class SectionFeed(LatestStoriesFeed):
    def get_object(self, request, slug):
        self.request = request
        return get_object_or_404(SectionPage.objects.live(), slug=slug)

    def articles(self, obj):
        return queries.section_articles(obj)


class TopicFeed(LatestStoriesFeed):
    def get_object(self, request, slug):
        self.request = request
        return get_object_or_404(Topic, slug=slug)

    def articles(self, obj):
        return queries.topic_articles(obj)


class AuthorFeed(LatestStoriesFeed):
    def get_object(self, request, slug):
        self.request = request
        return get_object_or_404(Author, slug=slug)

    def articles(self, obj):
        return queries.author_articles(obj)


def atom(feed_class):
    return type(f"Atom{feed_class.__name__}", (feed_class,), {"feed_type": Atom1Feed, "subtitle": feed_class.description})
