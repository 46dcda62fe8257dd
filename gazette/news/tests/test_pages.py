import json
import re

from gazette.testing import (
    BaseTestCase,
    hours_ago,
    make_article,
    make_author,
    make_image,
    make_section,
    make_topic,
)


class ArticlePageTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")
        cls.author = make_author("Mara Quill")
        cls.topic = make_topic("Harbour")
        cls.article = make_article(
            cls.world,
            "Harbour council agrees repairs",
            dateline="Marlow Bay",
            lead_image=make_image(),
            authors=[cls.author],
            topics=[cls.topic],
        )

    def test_shows_headline_photo_caption_and_credit(self):
        response = self.client.get(self.article.url)
        self.assertContains(
            response,
            '<h1 class="article__headline">Harbour council agrees repairs</h1>',
            html=False,
        )
        self.assertContains(response, "Fishing boats leave the harbour at first light.")
        self.assertContains(response, "© Northlight Press 2025 / Ada Lind")
        self.assertContains(response, 'alt="Boats on calm water under an orange sky"')
        self.assertContains(response, "Marlow Bay")
        self.assertContains(response, 'href="/en/authors/mara-quill/"')

    def test_json_ld_names_headline_author_dates_and_image_credit(self):
        response = self.client.get(self.article.url)
        blocks = re.findall(
            r'<script type="application/ld\+json">(.*?)</script>',
            response.content.decode(),
            re.S,
        )
        article, breadcrumbs = json.loads(blocks[0])
        self.assertEqual(article["@type"], "NewsArticle")
        self.assertEqual(article["headline"], "Harbour council agrees repairs")
        self.assertEqual(article["author"][0]["name"], "Mara Quill")
        self.assertIn("datePublished", article)
        self.assertEqual(
            article["image"]["creditText"], "© Northlight Press 2025 / Ada Lind"
        )
        self.assertEqual(breadcrumbs["@type"], "BreadcrumbList")

    def test_front_page_lists_the_story(self):
        response = self.client.get("/en/")
        self.assertContains(response, "Harbour council agrees repairs")

    def test_section_topic_and_author_pages_list_the_story(self):
        for url in (self.world.url, "/en/topics/harbour/", "/en/authors/mara-quill/"):
            with self.subTest(url=url):
                self.assertContains(
                    self.client.get(url), "Harbour council agrees repairs"
                )

    def test_unknown_paths_and_bad_page_numbers_are_404(self):
        draft = make_article(self.world, "Draft about the ferry", publish=False)
        for url in (
            "/en/no-such-page/",
            f"{self.world.url}no-such-story/",
            f"{self.world.url}{draft.slug}/",
            f"{self.world.url}{self.article.slug}/no-such-part/",
            "/en/topics/nothing/",
            f"{self.world.url}?page=abc",
            f"{self.world.url}?page=99",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_updated_time_shown_only_when_it_differs(self):
        response = self.client.get(self.article.url)
        self.assertNotContains(response, "Updated")
        article = make_article(self.world, "Old story", published_at=hours_ago(5))
        article.save_revision().publish()
        self.assertContains(self.client.get(article.url), "Updated")


class ArticleMoveTests(BaseTestCase):
    def test_moving_an_article_changes_the_section_that_lists_it(self):
        world, sport = make_section("World"), make_section("Sport")
        article = make_article(world, "Rowing crew crosses the strait")
        article.move(sport, pos="last-child")
        article.refresh_from_db()
        self.assertEqual(article.section_id, sport.pk)
        self.assertNotContains(self.client.get(world.url), "Rowing crew crosses")
        self.assertContains(self.client.get(sport.url), "Rowing crew crosses")
