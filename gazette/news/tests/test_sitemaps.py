import xml.etree.ElementTree as ET
from datetime import datetime

from gazette.testing import (
    BaseTestCase,
    hours_ago,
    make_article,
    make_author,
    make_section,
    make_topic,
)

SITE = "http://127.0.0.1:8000"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def xml(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own output


class SitemapTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")
        cls.fresh = make_article(cls.world, "Fresh story", published_at=hours_ago(3))
        cls.edge = make_article(
            cls.world, "Yesterday's story", published_at=hours_ago(47)
        )
        cls.old = make_article(cls.world, "Old story", published_at=hours_ago(49))
        cls.draft = make_article(cls.world, "Draft story", publish=False, live=False)
        make_topic("Harbour")
        make_author("Mara Quill")

    def urlset(self, url):
        root = xml(self.client.get(url))
        self.assertEqual(root.tag, f"{{{NS['sm']}}}urlset")
        return root

    def test_sitemap_xml_is_an_index_of_sitemaps_that_all_resolve(self):
        root = xml(self.client.get("/en/sitemap.xml"))
        self.assertEqual(root.tag, f"{{{NS['sm']}}}sitemapindex")
        locations = [e.text for e in root.findall("sm:sitemap/sm:loc", NS)]
        self.assertEqual(
            locations,
            [
                f"{SITE}/en/sitemap-{name}.xml"
                for name in ("pages", "articles", "topics", "authors")
            ],
        )
        article_entry = root.findall("sm:sitemap", NS)[1]
        self.assertIsNotNone(article_entry.find("sm:lastmod", NS))
        for location in locations:
            self.urlset(location.removeprefix(SITE))

    def test_article_sitemap_lists_published_articles_with_lastmod(self):
        root = self.urlset("/en/sitemap-articles.xml")
        entries = {
            url.find("sm:loc", NS).text: url.find("sm:lastmod", NS).text
            for url in root.findall("sm:url", NS)
        }
        self.assertEqual(
            set(entries),
            {SITE + a.url for a in (self.fresh, self.edge, self.old)},
        )
        self.assertEqual(
            entries[SITE + self.old.url],
            self.old.last_published_at.strftime("%Y-%m-%d"),
        )

    def test_pages_topics_and_authors_sitemaps(self):
        pages = [
            e.text
            for e in self.urlset("/en/sitemap-pages.xml").findall("sm:url/sm:loc", NS)
        ]
        self.assertEqual(pages, [f"{SITE}/en/", SITE + self.world.url])
        topics = [
            e.text
            for e in self.urlset("/en/sitemap-topics.xml").findall("sm:url/sm:loc", NS)
        ]
        self.assertEqual(topics, [f"{SITE}/en/topics/harbour/"])
        authors = self.urlset("/en/sitemap-authors.xml").findall("sm:url/sm:loc", NS)
        self.assertEqual([e.text for e in authors], [f"{SITE}/en/authors/mara-quill/"])

    def test_unknown_sitemap_or_page_is_404(self):
        for url in (
            "/en/sitemap-nothing.xml",
            "/en/sitemap-articles.xml?p=9",
            "/en/sitemap-articles.xml?p=x",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_news_sitemap_lists_only_stories_of_the_last_48_hours(self):
        root = self.urlset("/en/news-sitemap.xml")
        urls = root.findall("sm:url", NS)
        self.assertEqual(
            [u.find("sm:loc", NS).text for u in urls],
            [SITE + self.fresh.url, SITE + self.edge.url],
        )
        news = urls[0].find("news:news", NS)
        self.assertEqual(news.find("news:publication/news:name", NS).text, "Gazette")
        self.assertEqual(news.find("news:publication/news:language", NS).text, "en")
        self.assertEqual(news.find("news:title", NS).text, "Fresh story")
        published = datetime.fromisoformat(news.find("news:publication_date", NS).text)
        self.assertEqual(
            published, self.fresh.first_published_at.replace(microsecond=0)
        )

    def test_news_sitemap_escapes_titles(self):
        make_article(
            self.world, "Fish & chips <prices> rise", published_at=hours_ago(1)
        )
        root = self.urlset("/en/news-sitemap.xml")
        titles = [t.text for t in root.findall("sm:url/news:news/news:title", NS)]
        self.assertIn("Fish & chips <prices> rise", titles)

    def test_robots_txt_lists_both_sitemaps(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain")
        body = response.content.decode()
        self.assertIn(f"Sitemap: {SITE}/en/sitemap.xml", body)
        self.assertIn(f"Sitemap: {SITE}/en/news-sitemap.xml", body)
