from django.contrib.sitemaps import Sitemap

from gazette.news.models import ArticlePage, SectionPage


class ArticleSitemap(Sitemap):
    limit = 5000

    def items(self):
        return ArticlePage.objects.published().only("url_path", "last_published_at")

    def location(self, item):
        return item.get_url()

    def lastmod(self, item):
        return item.last_published_at


class SectionSitemap(Sitemap):
    def items(self):
        return SectionPage.objects.live().public().order_by("path")

    def location(self, item):
        return item.get_url()

    def lastmod(self, item):
        return item.last_published_at


SITEMAPS = {"sections": SectionSitemap, "articles": ArticleSitemap}
