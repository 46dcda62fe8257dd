from django.db import connection
from wagtail.search.backends import get_search_backend

from gazette.testing import BaseTestCase, make_article, make_section

ODD_QUERIES = [
    '"unterminated',
    'a"b',
    "a AND OR NOT",
    "NEAR(",
    "'; DROP TABLE news_articlepage; --",
    "x & y | !z <-> w",
    "col:val ^ * - ()",
    "%_\\",
    "😀 ünïcödé 北京",
    "<script>alert(1)</script>",
]


class SearchTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        world = make_section("World")
        cls.harbour = make_article(
            world,
            "Harbour council agrees repairs",
            standfirst="The quay wall will be rebuilt before winter storms.",
            body=[
                (
                    "paragraph",
                    "<p>Engineers found cracks in the lighthouse foundations.</p>",
                )
            ],
        )
        cls.zurich = make_article(
            world,
            "Zürich bankers meet in Lyon",
            standfirst="Cafés near the lake stay open late.",
            body=[("paragraph", "<p>Interest rates were the main subject.</p>")],
        )
        make_article(world, "Secret draft about harbours", publish=False, live=False)
        for n in range(25):
            make_article(
                world,
                f"Weather bulletin {n}",
                standfirst="Rain over the moors.",
                body=[("paragraph", "<p>Showers clear by noon.</p>")],
            )

    def search(self, query, **params):
        return self.client.get("/en/search/", {"q": query, **params})

    def test_uses_full_text_search_of_the_database(self):
        backend = type(get_search_backend()).__name__
        expected = {
            "postgresql": "PostgresSearchBackend",
            "sqlite": "SQLiteSearchBackend",
        }[connection.vendor]
        self.assertEqual(backend, expected)

    def test_finds_words_in_headline_standfirst_and_body(self):
        for query in ("council", "quay wall", "lighthouse foundations"):
            with self.subTest(query=query):
                response = self.search(query)
                self.assertContains(response, "Harbour council agrees repairs")
                self.assertNotContains(response, "Zürich bankers")

    def test_never_finds_drafts(self):
        self.assertNotContains(self.search("secret draft"), "Secret draft")

    def test_never_finds_stories_behind_a_password(self):
        from wagtail.models import PageViewRestriction

        hidden = make_article(self.harbour.section, "Embargoed lighthouse report")
        PageViewRestriction.objects.create(
            page=hidden, restriction_type="password", password="press-only"
        )
        self.assertNotContains(self.search("embargoed"), "Embargoed lighthouse")

    def test_unicode_words_are_found(self):
        self.assertContains(self.search("Zürich"), "Zürich bankers meet in Lyon")
        self.assertContains(self.search("cafés"), "Zürich bankers meet in Lyon")

    def test_matches_whole_words_and_stems_on_postgresql(self):
        # PostgreSQL's English configuration stems ("repair" finds "repairs");
        # SQLite's FTS5 tokenizer matches whole words only.
        response = self.search("repair")
        if connection.vendor == "postgresql":
            self.assertContains(response, "Harbour council agrees repairs")
        else:
            self.assertNotContains(response, "Harbour council agrees repairs")
        self.assertNotContains(self.search("harb"), "Harbour council agrees repairs")

    def test_a_word_in_the_headline_ranks_above_one_in_the_text(self):
        world = self.harbour.section
        headline = make_article(world, "Lantern festival lights the old town")
        make_article(  # newer, so it would come first if the ranks tied
            world,
            "Council meets on Tuesday",
            body=[("paragraph", "<p>A lantern was left on the steps.</p>")],
        )
        results = self.search("lantern").context["page_obj"].object_list
        self.assertEqual(len(results), 2)
        self.assertEqual(results[0].pk, headline.pk)

    def test_results_are_paginated(self):
        first = self.search("weather bulletin")
        self.assertContains(first, "25 results")
        self.assertEqual(len(first.context["page_obj"].object_list), 20)
        self.assertContains(first, 'href="?q=weather%20bulletin&amp;page=2"')
        second = self.search("weather bulletin", page=2)
        self.assertEqual(len(second.context["page_obj"].object_list), 5)
        self.assertEqual(self.search("weather bulletin", page=3).status_code, 404)
        self.assertEqual(self.search("weather bulletin", page="x").status_code, 404)

    def test_empty_query_shows_the_form(self):
        response = self.client.get("/en/search/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'name="q"')
        self.assertEqual(self.search("   ").status_code, 200)

    def test_odd_queries_answer_200_and_never_fail(self):
        for query in ODD_QUERIES:
            with self.subTest(query=query):
                response = self.search(query)
                self.assertEqual(response.status_code, 200)
        self.assertNotContains(
            self.search("<script>alert(1)</script>"), "<script>alert(1)"
        )

    def test_quotes_and_operators_do_not_stop_a_match(self):
        self.assertContains(self.search('"council'), "Harbour council agrees repairs")
        self.assertContains(
            self.search("council AND"), "Harbour council agrees repairs"
        )

    def test_too_long_query_is_a_clear_400(self):
        response = self.search("harbour " * 40)
        self.assertEqual(response.status_code, 400)
        self.assertContains(
            response, "Search for at most 200 characters.", status_code=400
        )
        self.assertContains(response, '<main id="main"', status_code=400)

    def test_control_characters_are_a_clear_400(self):
        response = self.search("harbour\x00")
        self.assertContains(response, "cannot be searched for", status_code=400)

    def test_query_count_is_fixed_per_results_page(self):
        self.search("weather")  # renditions and caches warm
        with self.assertNumQueries(self.count_queries("weather")):
            self.search("bulletin")

    def count_queries(self, query):
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            self.search(query)
        return len(queries.captured_queries)
