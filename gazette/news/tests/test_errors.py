from gazette.testing import (
    BaseTestCase,
    make_article,
    make_author,
    make_section,
    make_topic,
)

NOT_FOUND_TEXT = "We can’t find that page"
BAD_PAGE_NUMBERS = ["abc", "0", "-1", "99999", "1.5", "", "9" * 40, "1e3", "%00"]


class BadInputTests(BaseTestCase):
    """Unknown paths, bad page numbers and bad query strings: 404/400, never 500."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")
        cls.article = make_article(
            cls.world,
            "Harbour council agrees repairs",
            authors=[make_author("Mara Quill")],
            topics=[make_topic("Harbour")],
        )

    def assert_site_page(self, response, status):
        self.assertEqual(response.status_code, status)
        self.assertContains(response, '<main id="main"', status_code=status)
        self.assertContains(response, 'class="site-header"', status_code=status)

    def test_unknown_paths_get_the_site_404_page(self):
        for url in (
            "/en/no-such-page/",
            "/en/world/no-such-story/",
            "/en/topics/nothing/",
            "/en/authors/nobody/",
            "/en/feeds/nothing.rss",
            "/en/feeds/sections/nowhere.atom",
            f"{self.article.url}changes/12345/",
            f"{self.article.url}changes/abc/",
            f"{self.article.url}nonsense/",
            "/media/images/missing.jpg",
            "/en/sitemap-nothing.xml",
            "/en/%E2%82%AC/",
            "/en/" + "a" * 300 + "/",
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assert_site_page(response, 404)
                self.assertContains(response, NOT_FOUND_TEXT, status_code=404)

    def test_bad_page_numbers_are_404_on_every_listing(self):
        for listing in (
            self.world.url,
            "/en/topics/harbour/",
            "/en/authors/mara-quill/",
            "/en/corrections/",
        ):
            for number in BAD_PAGE_NUMBERS:
                with self.subTest(url=listing, page=number):
                    response = self.client.get(listing, {"page": number})
                    self.assert_site_page(response, 404)

    def test_good_page_number_still_works(self):
        self.assertEqual(
            self.client.get(self.world.url, {"page": "1"}).status_code, 200
        )

    def test_repeated_or_odd_query_parameters_do_not_fail(self):
        cases = {
            f"{self.world.url}?page=1&page=x": 404,
            f"{self.world.url}?page[]=1": 200,
            f"{self.world.url}?utm_source=%FF%FE": 200,
            "/en/search/?q=%FF%FE": 200,
            "/en/search/?q=harbour&q=": 200,
            "/en/search/?q[]=x": 200,
            "/en/search/?q=harbour&page=abc": 404,
            "/en/sitemap-articles.xml?p=abc": 404,
            "/en/sitemap-articles.xml?p=0": 404,
        }
        for url, status in cases.items():
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, status)

    def test_unsearchable_query_is_a_400_site_page(self):
        response = self.client.get("/en/search/", {"q": "harbour\x00"})
        self.assert_site_page(response, 400)
        response = self.client.get("/en/search/", {"q": "x" * 500})
        self.assert_site_page(response, 400)

    def test_bad_host_header_gets_the_site_400_page(self):
        response = self.client.get("/en/", headers={"host": "evil.example"})
        self.assert_site_page(response, 400)
        self.assertContains(
            response, "We couldn’t understand that request", status_code=400
        )

    def test_500_page_stands_alone(self):
        from django.template.loader import render_to_string

        html = render_to_string("500.html")
        self.assertIn("Something went wrong on our side", html)
        self.assertNotIn("{%", html)
