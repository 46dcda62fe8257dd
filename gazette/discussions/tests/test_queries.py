from django.db import connection
from django.test.utils import CaptureQueriesContext

from gazette.discussions.tests.builders import DiscussionTestCase, post


class ArticlePageQueryTests(DiscussionTestCase):
    def page_queries(self, count: int, *, logged_in: bool) -> int:
        existing = self.article.comments.count()
        for n in range(existing, count):
            parent = None
            if n % 3 == 2:
                parent = self.article.comments.filter(parent=None).first().pk
            post(self.article, self.stranger, f"Comment {n}", parent_id=parent)
        if logged_in:
            self.client.force_login(self.reader)
        self.client.get(self.article.url)  # warm caches that are not per request
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(self.article.url)
        self.assertContains(response, f"Comment {count - 1}")
        return len(queries)

    def test_query_count_is_the_same_for_2_and_20_comments(self):
        with self.settings(DISCUSSION_RATE_LIMITS={"post": (999, 60)}):
            few = self.page_queries(2, logged_in=False)
            many = self.page_queries(20, logged_in=False)
        self.assertEqual(few, many)

    def test_logged_in_query_count_is_the_same_for_2_and_20_comments(self):
        with self.settings(DISCUSSION_RATE_LIMITS={"post": (999, 60)}):
            few = self.page_queries(2, logged_in=True)
            many = self.page_queries(20, logged_in=True)
        self.assertEqual(few, many)

    def test_500_comments_show_a_page_in_the_same_queries(self):
        with self.settings(DISCUSSION_RATE_LIMITS={"post": (999, 60)}):
            few = self.page_queries(2, logged_in=False)
            with self.captureOnCommitCallbacks():
                for n in range(2, 500):
                    post(self.article, self.stranger, f"Bulk {n}")
            self.client.get(self.article.url)
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(self.article.url + "?shown=60")
        self.assertContains(response, "Bulk 499")
        self.assertEqual(len(queries), few)
