"""Pages run a fixed number of SQL queries, however many stories, authors, topics."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from gazette.news.models import ArticleCorrection
from gazette.testing import (
    BaseTestCase,
    make_article,
    make_author,
    make_image,
    make_section,
    make_topic,
)


class QueryCountTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.sections = [make_section(name) for name in ("World", "Sport", "Science")]
        cls.image = make_image(size=(1600, 900))
        cls.made = 0

    def add_stories(self, count):
        for _ in range(count):
            n = self.made = self.made + 1
            section = self.sections[n % len(self.sections)]
            make_article(
                section,
                f"Story number {n}",
                lead_image=self.image if n % 2 else make_image(f"Picture {n}"),
                authors=[make_author(f"Writer {n}a"), make_author(f"Writer {n}b")],
                topics=[make_topic(f"Theme {n}a"), make_topic(f"Theme {n}b")],
            )

    def queries_for(self, url):
        self.client.get(url)  # renditions are made on first view
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(context.captured_queries)

    def assert_same_count(self, url_for, *, small=3, large=15):
        self.add_stories(small)
        few = self.queries_for(url_for())
        self.add_stories(large - small)
        many = self.queries_for(url_for())
        self.assertEqual(
            few, many, f"{url_for()}: {few} queries with {small}, {many} with {large}"
        )
        return many

    def test_front_page(self):
        count = self.assert_same_count(lambda: "/en/")
        self.assertLessEqual(count, 25)

    def test_section_page(self):
        count = self.assert_same_count(lambda: self.sections[0].url)
        self.assertLessEqual(count, 25)

    def test_topic_and_author_pages(self):
        self.add_stories(1)
        topic, author = "/en/topics/theme-1a/", "/en/authors/writer-1a/"
        self.assertEqual(self.queries_for(topic), self.queries_for(topic))
        self.assertEqual(self.queries_for(author), self.queries_for(author))

    def test_article_page_with_few_or_many_authors_topics_and_corrections(self):
        def article_with(count, title):
            article = make_article(
                self.sections[0],
                title,
                lead_image=self.image,
                authors=[make_author(f"{title} writer {i}") for i in range(count)],
                topics=[make_topic(f"{title} theme {i}") for i in range(count)],
                body=[("paragraph", f"<p>Paragraph {i}.</p>") for i in range(count)],
            )
            for i in range(count):
                ArticleCorrection.objects.create(
                    page=article,
                    kind="update",
                    text=f"Update {i}.",
                    revision=article.live_revision,
                )
            return article

        self.add_stories(15)  # related stories to show
        few = self.queries_for(article_with(3, "Small").url)
        many = self.queries_for(article_with(15, "Large").url)
        self.assertEqual(few, many)
        # Sections and articles are found in one query each (DirectChildRoute), view
        # restrictions are read once, and a story without comments skips their list.
        self.assertLessEqual(many, 21)

    def test_feeds_and_sitemaps(self):
        urls = [
            "/en/feeds/latest.rss",
            "/en/feeds/latest.atom",
            "/en/feeds/latest.json",
            "/en/feeds/corrections.rss",
            "/en/sitemap.xml",
            "/en/sitemap-articles.xml",
            "/en/news-sitemap.xml",
            "/en/feeds/",
        ]
        self.add_stories(3)
        few = [self.queries_for(url) for url in urls]
        self.add_stories(12)
        many = [self.queries_for(url) for url in urls]
        self.assertEqual(
            dict(zip(urls, few, strict=True)), dict(zip(urls, many, strict=True))
        )
