"""Each edition's sitemap.xml (an index of per-kind sitemaps) and Google News sitemap.

Locations are built from SITE_URL, not the request's Host, so the cached bytes are
right for every reader. Every entry lists its versions in the other editions
(xhtml:link hreflang alternates).
"""

from datetime import timedelta
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.db.models import Max
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from gazette.editions.editions import (
    all_editions,
    current_edition,
    current_locale_id,
    locale_language,
)
from gazette.lib.urls import absolute
from gazette.news.models import ArticlePage, Author, HomePage, SectionPage, Topic

NEWS_SITEMAP_HOURS = 48
NEWS_SITEMAP_LIMIT = 1000  # Google's cap per news sitemap


class SiteSitemap(Sitemap):
    def get_protocol(self, protocol=None):
        return urlparse(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        parsed = urlparse(settings.SITE_URL)
        return parsed.netloc + parsed.path.rstrip("/")


class EditionSitemap(SiteSitemap):
    """Items of the edition being read, each with its versions in the others."""

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        versions = self.versions([url["item"] for url in urls])
        for url in urls:
            found = versions.get(url["item"].translation_key, {})
            if len(found) > 1:
                url["alternates"] = [
                    {"lang_code": code, "location": absolute(location)}
                    for code, location in sorted(found.items())
                ]
        return urls

    def versions(self, items) -> dict:
        """{translation_key: {language code: path}} for the items' translations."""
        keys = {item.translation_key for item in items}
        translations = (
            Page.objects.filter(translation_key__in=keys)
            .live()
            .public()
            .select_related("locale")
        )
        found = {}
        for translation in translations:
            found.setdefault(translation.translation_key, {})[
                translation.locale.language_code
            ] = translation.url
        return found


class PageSitemap(EditionSitemap):
    """The front page and the section fronts."""

    changefreq = "hourly"

    def items(self):
        locale_id = current_locale_id()
        homes = HomePage.objects.live().public().filter(locale_id=locale_id)
        sections = SectionPage.objects.live().public().filter(locale_id=locale_id)
        return list(homes.order_by("path")) + list(sections.order_by("path"))

    def location(self, item):
        return item.url

    def lastmod(self, item):
        return item.last_published_at


class ArticleSitemap(EditionSitemap):
    limit = 5000

    def items(self):
        stories = ArticlePage.objects.published().in_edition(current_locale_id())
        return stories.only(
            "url_path",
            "last_published_at",
            "first_published_at",
            "translation_key",
            "locale_id",
        )

    def location(self, item):
        return item.url

    def lastmod(self, item):
        return item.last_published_at or item.first_published_at

    def get_latest_lastmod(self):
        # One aggregate instead of Django's default walk over every article.
        return (
            ArticlePage.objects.live()
            .public()
            .in_edition(current_locale_id())
            .aggregate(latest=Max("last_published_at"))["latest"]
        )


class TopicSitemap(EditionSitemap):
    def items(self):
        return Topic.objects.filter(locale_id=current_locale_id()).order_by("name")

    def location(self, item):
        return item.get_absolute_url()

    def versions(self, items) -> dict:
        keys = {item.translation_key for item in items}
        found = {}
        for topic in Topic.objects.filter(translation_key__in=keys):
            code = locale_language(topic.locale_id)
            found.setdefault(topic.translation_key, {})[code] = topic.get_absolute_url()
        return found


class AuthorSitemap(SiteSitemap):
    """Staff pages: every author has one in each edition."""

    def items(self):
        return Author.objects.order_by("name")

    def location(self, item):
        return item.get_absolute_url()

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            slug = url["item"].slug
            url["alternates"] = [
                {
                    "lang_code": edition.code,
                    "location": absolute(f"{edition.root}authors/{slug}/"),
                }
                for edition in all_editions()
            ]
        return urls


SITEMAPS = {
    "pages": PageSitemap,
    "articles": ArticleSitemap,
    "topics": TopicSitemap,
    "authors": AuthorSitemap,
}


@x_robots_tag
def sitemap_index(request):
    """/sitemap.xml: one entry per sitemap page (articles come 5,000 to a page)."""
    entries = []
    for name, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        location = absolute(reverse("news:sitemap", args=[name]))
        lastmod = sitemap.get_latest_lastmod()
        pages = sitemap.paginator.num_pages
        entries.append(SitemapIndexItem(location, lastmod))
        entries.extend(
            SitemapIndexItem(f"{location}?p={n}", lastmod) for n in range(2, pages + 1)
        )
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": entries},
        content_type="application/xml",
    )


def news_articles():
    """Stories first published in the last 48 hours, newest first."""
    cutoff = timezone.now() - timedelta(hours=NEWS_SITEMAP_HOURS)
    return (
        ArticlePage.objects.published()
        .in_edition(current_locale_id())
        .filter(first_published_at__gte=cutoff)
        .only("title", "url_path", "first_published_at")[:NEWS_SITEMAP_LIMIT]
    )


@x_robots_tag
def news_sitemap(request):
    """An edition's news-sitemap.xml in Google News' format."""
    base = settings.SITE_URL
    urls = [
        {
            "location": article.url
            if article.url.startswith("http")
            else base + article.url,
            "title": article.title,
            "published": article.first_published_at.replace(microsecond=0),
        }
        for article in news_articles()
    ]
    context = {
        "urls": urls,
        "publication_name": settings.WAGTAIL_SITE_NAME,
        "language": current_edition().code,
    }
    return TemplateResponse(
        request, "news/news_sitemap.xml", context, content_type="application/xml"
    )
