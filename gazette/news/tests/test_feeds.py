import json
from datetime import UTC, datetime

import feedparser

from gazette.testing import (
    BaseTestCase,
    hours_ago,
    make_article,
    make_author,
    make_image,
    make_section,
    make_topic,
)

SITE = "http://127.0.0.1:8000"


def parse(response):
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return parsed


def as_utc(struct) -> datetime:
    return datetime(*struct[:6], tzinfo=UTC)


class FeedTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")
        cls.sport = make_section("Sport")
        cls.author = make_author("Mara Quill")
        cls.topic = make_topic("Harbour")
        cls.pictured = make_article(
            cls.world,
            "Harbour council agrees repairs",
            lead_image=make_image(size=(1600, 900)),
            authors=[cls.author],
            topics=[cls.topic],
            published_at=hours_ago(2),
        )
        cls.plain = make_article(
            cls.sport, "Rowing club wins the cup", published_at=hours_ago(1)
        )

    def test_site_rss_lists_stories_newest_first_with_absolute_links_and_dates(self):
        response = self.client.get("/en/feeds/latest.rss")
        self.assertEqual(response.status_code, 200)
        self.assertIn("application/rss+xml", response["Content-Type"])
        feed = parse(response)
        self.assertEqual(feed.version, "rss20")
        self.assertEqual(feed.feed.title, "Gazette")
        self.assertEqual(feed.feed.link, f"{SITE}/en/")
        titles = [entry.title for entry in feed.entries]
        self.assertEqual(
            titles, ["Rowing club wins the cup", "Harbour council agrees repairs"]
        )
        first = feed.entries[1]
        self.assertEqual(first.link, f"{SITE}{self.pictured.url}")
        self.assertEqual(first.summary, self.pictured.standfirst)
        self.assertEqual(first.author, "Mara Quill")
        self.assertEqual(
            as_utc(first.published_parsed),
            self.pictured.first_published_at.replace(microsecond=0),
        )
        self.assertEqual({t.term for t in first.tags}, {"World", "Harbour"})

    def test_rss_item_carries_lead_image_as_enclosure_and_media_content(self):
        feed = parse(self.client.get("/en/feeds/latest.rss"))
        pictured, plain = feed.entries[1], feed.entries[0]
        enclosure = pictured.enclosures[0]
        self.assertTrue(enclosure.href.startswith(f"{SITE}/media/images/"))
        self.assertEqual(enclosure.type, "image/jpeg")
        self.assertGreater(int(enclosure.length), 0)
        media = pictured.media_content[0]
        self.assertEqual(media["url"], enclosure.href)
        self.assertEqual((media["width"], media["height"]), ("1200", "675"))
        self.assertEqual(
            pictured.media_credit[0]["content"], "© Northlight Press 2025 / Ada Lind"
        )
        self.assertEqual(plain.enclosures, [])
        # The enclosure URL serves the image.
        image = self.client.get(enclosure.href.removeprefix(SITE))
        self.assertEqual(image.status_code, 200)

    def test_site_atom_has_entries_with_published_updated_and_enclosure_link(self):
        response = self.client.get("/en/feeds/latest.atom")
        self.assertIn("application/atom+xml", response["Content-Type"])
        feed = parse(response)
        self.assertEqual(feed.version, "atom10")
        entry = feed.entries[1]
        self.assertEqual(entry.title, "Harbour council agrees repairs")
        self.assertEqual(entry.link, f"{SITE}{self.pictured.url}")
        self.assertEqual(
            as_utc(entry.updated_parsed),
            self.pictured.last_published_at.replace(microsecond=0),
        )
        self.assertIn("published_parsed", entry)
        enclosures = [link for link in entry.links if link.rel == "enclosure"]
        self.assertEqual(enclosures[0].type, "image/jpeg")
        self.assertEqual(entry.media_content[0]["width"], "1200")
        self.assertTrue(entry.id.startswith("tag:127.0.0.1,2025:article:"))
        self.assertTrue(feed.feed.updated_parsed)

    def test_section_topic_and_author_feeds_list_only_their_stories(self):
        cases = {
            "/en/feeds/sections/world": ("World — Gazette", SITE + self.world.url),
            "/en/feeds/topics/harbour": (
                "Harbour — Gazette",
                f"{SITE}/en/topics/harbour/",
            ),
            "/en/feeds/authors/mara-quill": (
                "Mara Quill — Gazette",
                f"{SITE}/en/authors/mara-quill/",
            ),
        }
        for base, (title, link) in cases.items():
            for extension in ("rss", "atom"):
                with self.subTest(feed=f"{base}.{extension}"):
                    feed = parse(self.client.get(f"{base}.{extension}"))
                    self.assertEqual(feed.feed.title, title)
                    self.assertEqual(feed.feed.link, link)
                    self.assertEqual(
                        [e.title for e in feed.entries],
                        ["Harbour council agrees repairs"],
                    )
        sport = parse(self.client.get("/en/feeds/sections/sport.rss"))
        self.assertEqual([e.title for e in sport.entries], ["Rowing club wins the cup"])

    def test_unknown_feed_objects_are_404(self):
        for url in (
            "/en/feeds/sections/nowhere.rss",
            "/en/feeds/topics/nothing.atom",
            "/en/feeds/authors/nobody.rss",
            "/en/feeds/sections/nowhere.json",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_drafts_are_not_in_feeds(self):
        make_article(self.world, "Unpublished draft story", publish=False, live=False)
        feed = parse(self.client.get("/en/feeds/latest.rss"))
        self.assertNotIn("Unpublished draft story", [e.title for e in feed.entries])

    def test_json_feed_follows_version_1_1(self):
        response = self.client.get("/en/feeds/latest.json")
        self.assertEqual(
            response["Content-Type"], "application/feed+json; charset=utf-8"
        )
        feed = json.loads(response.content)
        self.assertEqual(feed["version"], "https://jsonfeed.org/version/1.1")
        self.assertEqual(feed["feed_url"], f"{SITE}/en/feeds/latest.json")
        self.assertEqual(feed["home_page_url"], f"{SITE}/en/")
        item = feed["items"][1]
        self.assertEqual(item["title"], "Harbour council agrees repairs")
        self.assertEqual(item["url"], f"{SITE}{self.pictured.url}")
        self.assertEqual(
            datetime.fromisoformat(item["date_published"]),
            self.pictured.first_published_at,
        )
        self.assertEqual(
            item["authors"],
            [{"name": "Mara Quill", "url": f"{SITE}/en/authors/mara-quill/"}],
        )
        self.assertTrue(item["image"].startswith(f"{SITE}/media/"))
        self.assertEqual(item["attachments"][0]["mime_type"], "image/jpeg")
        for each in feed["items"]:
            self.assertTrue({"id", "url", "title", "content_text"} <= each.keys())
        section = json.loads(self.client.get("/en/feeds/sections/sport.json").content)
        self.assertEqual(
            [i["title"] for i in section["items"]], ["Rowing club wins the cup"]
        )

    def test_feed_query_count_does_not_grow_with_stories(self):
        self.client.get("/en/feeds/latest.rss")  # renditions made once
        # Restrictions, articles with sections, images, renditions, authors, topics.
        with self.assertNumQueries(6):
            self.client.get("/en/feeds/latest.rss")
        for n in range(6):
            make_article(
                self.world,
                f"Story {n}",
                lead_image=make_image(f"Picture {n}"),
                authors=[make_author(f"Writer {n}")],
                topics=[make_topic(f"Theme {n}")],
            )
        self.client.get("/en/feeds/latest.rss")
        with self.assertNumQueries(6):
            response = self.client.get("/en/feeds/latest.rss")
        self.assertEqual(len(parse(response).entries), 8)


class CorrectionsFeedTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        from gazette.news.models import ArticleCorrection

        world = make_section("World")
        cls.article = make_article(world, "Bridge reopens after repairs")
        cls.article.corrections.add(
            ArticleCorrection(
                kind="correction", text="The bridge is 40 m long, not 400 m."
            )
        )
        cls.article.save_revision().publish()
        cls.entry = ArticleCorrection.objects.get(page=cls.article)

    def test_corrections_feeds_list_entries_with_kind_text_and_changes_link(self):
        for url in ("/en/feeds/corrections.rss", "/en/feeds/corrections.atom"):
            with self.subTest(url=url):
                feed = parse(self.client.get(url))
                entry = feed.entries[0]
                self.assertEqual(
                    entry.title, "Correction: Bridge reopens after repairs"
                )
                self.assertEqual(entry.summary, "The bridge is 40 m long, not 400 m.")
                self.assertEqual(
                    entry.link, f"{SITE}{self.article.url}changes/{self.entry.pk}/"
                )
                self.assertEqual(
                    as_utc(entry.published_parsed),
                    self.entry.created_at.replace(microsecond=0),
                )

    def test_feeds_page_lists_every_feed(self):
        make_topic("Harbour")
        make_author("Mara Quill")
        response = self.client.get("/en/feeds/")
        for href in (
            "/en/feeds/latest.rss",
            "/en/feeds/latest.atom",
            "/en/feeds/latest.json",
            "/en/feeds/corrections.rss",
            "/en/feeds/corrections.atom",
            "/en/feeds/sections/world.rss",
            "/en/feeds/sections/world.atom",
            "/en/feeds/sections/world.json",
            "/en/feeds/topics/harbour.rss",
            "/en/feeds/topics/harbour.atom",
            "/en/feeds/authors/mara-quill.rss",
            "/en/feeds/authors/mara-quill.atom",
        ):
            self.assertContains(response, f'href="{href}"')
            self.assertEqual(self.client.get(href).status_code, 200, href)
