"""sitemap.xml (an index of per-kind sitemaps) and the Google News sitemap.

Locations are built from SITE_URL, not the request's Host, so the cached bytes are
right for every reader.
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
from django.utils.translation import get_language

from gazette.news.models import ArticlePage, Author, HomePage, SectionPage, Topic

NEWS_SITEMAP_HOURS = 48
NEWS_SITEMAP_LIMIT = 1000  # Google's cap per news sitemap


class SiteSitemap(Sitemap):
    def get_protocol(self, protocol=None):
        return urlparse(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        parsed = urlparse(settings.SITE_URL)
        return parsed.netloc + parsed.path.rstrip("/")


class PageSitemap(SiteSitemap):
    """The front page and the section fronts."""

    changefreq = "hourly"

    def items(self):
        homes = list(HomePage.objects.live().public().order_by("path"))
        sections = list(SectionPage.objects.live().public().order_by("path"))
        return homes + sections

    def location(self, item):
        return item.url

    def lastmod(self, item):
        return item.last_published_at


class ArticleSitemap(SiteSitemap):
    limit = 5000

    def items(self):
        return ArticlePage.objects.published().only(
            "url_path", "last_published_at", "first_published_at"
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
            .aggregate(latest=Max("last_published_at"))["latest"]
        )


class TopicSitemap(SiteSitemap):
    def items(self):
        return Topic.objects.order_by("name")

    def location(self, item):
        return item.get_absolute_url()


class AuthorSitemap(SiteSitemap):
    def items(self):
        return Author.objects.order_by("name")

    def location(self, item):
        return item.get_absolute_url()


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
        location = settings.SITE_URL + reverse("news:sitemap", args=[name])
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
        .filter(first_published_at__gte=cutoff)
        .only("title", "url_path", "first_published_at")[:NEWS_SITEMAP_LIMIT]
    )


@x_robots_tag
def news_sitemap(request):
    """/news-sitemap.xml in Google News' format."""
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
        "language": (get_language() or settings.LANGUAGE_CODE).split("-")[0],
    }
    return TemplateResponse(
        request, "news/news_sitemap.xml", context, content_type="application/xml"
    )
