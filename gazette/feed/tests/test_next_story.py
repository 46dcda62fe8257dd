from gazette.testing import BaseTestCase, hours_ago, make_article, make_section


class NextStoryTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World", home=cls.home)
        cls.sport = make_section("Sport", home=cls.home)
        cls.oldest = make_article(
            cls.world, "Oldest world story", published_at=hours_ago(5)
        )
        cls.sport_story = make_article(
            cls.sport, "Sport story", published_at=hours_ago(4)
        )
        cls.older = make_article(
            cls.world, "Older world story", published_at=hours_ago(3)
        )
        cls.current = make_article(
            cls.world, "Current world story", published_at=hours_ago(1)
        )

    def test_article_page_has_a_plain_next_story_link(self):
        html = self.client.get(self.current.url).content.decode()
        self.assertIn(f'href="/en/newsfeed/next/{self.current.pk}/"', html)
        self.assertIn(
            f'data-fragment-url="/en/newsfeed/next/{self.current.pk}/fragment/?depth=1"',
            html,
        )

    def test_link_goes_to_next_older_story_in_the_same_section(self):
        response = self.client.get(f"/en/newsfeed/next/{self.current.pk}/")
        self.assertRedirects(response, self.older.url, fetch_redirect_response=False)
        response = self.client.get(f"/en/newsfeed/next/{self.older.pk}/")
        self.assertRedirects(response, self.oldest.url, fetch_redirect_response=False)

    def test_end_of_section_falls_back_to_any_older_story_then_front_page(self):
        response = self.client.get(f"/en/newsfeed/next/{self.sport_story.pk}/")
        self.assertRedirects(response, self.oldest.url, fetch_redirect_response=False)
        response = self.client.get(f"/en/newsfeed/next/{self.oldest.pk}/")
        self.assertRedirects(response, "/en/", fetch_redirect_response=False)

    def test_fragment_renders_the_real_next_article(self):
        response = self.client.get(
            f"/en/newsfeed/next/{self.current.pk}/fragment/?depth=1"
        )
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertNotIn("<html", html)
        self.assertIn(f'data-story-url="{self.older.url}"', html)
        self.assertIn(
            f'<a href="{self.older.url}" rel="bookmark">Older world story</a>', html
        )
        self.assertIn("The council met on Tuesday", html)
        self.assertIn("— Gazette", html)  # the title the address bar shows
        self.assertIn(f"/en/newsfeed/next/{self.older.pk}/fragment/?depth=2", html)
        self.assertIn("public", response["Cache-Control"])

    def test_fragment_chain_stops_with_a_link_to_the_front_page(self):
        response = self.client.get(
            f"/en/newsfeed/next/{self.current.pk}/fragment/?depth=4"
        )
        html = response.content.decode()
        self.assertIn("More stories on the front page", html)
        self.assertNotIn("data-next-story", html)

    def test_fragment_bad_input_and_end_of_stream(self):
        for depth in ("0", "5", "x"):
            response = self.client.get(
                f"/en/newsfeed/next/{self.current.pk}/fragment/?depth={depth}"
            )
            self.assertEqual(response.status_code, 400, depth)
        response = self.client.get(
            f"/en/newsfeed/next/{self.oldest.pk}/fragment/?depth=1"
        )
        self.assertEqual(response.status_code, 404)

    def test_unpublished_story_is_never_next(self):
        self.older.unpublish()
        response = self.client.get(f"/en/newsfeed/next/{self.current.pk}/")
        self.assertRedirects(response, self.oldest.url, fetch_redirect_response=False)

    def test_fragment_queries_do_not_grow_with_authors_or_topics(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from gazette.testing import make_author, make_topic

        url = f"/en/newsfeed/next/{self.current.pk}/fragment/?depth=1"
        self.client.get(url)
        with CaptureQueriesContext(connection) as before:
            self.client.get(url)
        self.older.authors.set([make_author(f"Writer {n}") for n in range(3)])
        self.older.topics.set([make_topic(f"Topic {n}") for n in range(3)])
        self.older.save_revision().publish()
        self.client.get(url)
        with CaptureQueriesContext(connection) as after:
            self.client.get(url)
        self.assertEqual(len(after.captured_queries), len(before.captured_queries))
