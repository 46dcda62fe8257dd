from django.db import connection
from django.template import Context, Template
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from gazette.discussions import actions
from gazette.discussions.models import DiscussionStats
from gazette.discussions.tests.builders import DiscussionTestCase, post
from gazette.news.models import ArticlePage


class CounterTests(DiscussionTestCase):
    def count_on_page(self) -> str:
        html = self.client.get(self.article.url).content.decode()
        start = html.index(f'data-comment-count-for="{self.article.pk}"')
        return html[start : html.index("</a>", start)].rsplit(">", 1)[-1]

    def test_counter_follows_post_hide_delete_restore(self):
        self.assertEqual(self.count_on_page(), "0 comments")
        first = post(self.article, self.reader, "One")
        second = post(self.article, self.stranger, "Two")
        self.assertEqual(self.count_on_page(), "2 comments")
        actions.hide_comment(first, moderator=self.moderator, reason="rude")
        self.assertEqual(self.count_on_page(), "1 comment")
        actions.restore_comment(first, moderator=self.moderator)
        self.assertEqual(self.count_on_page(), "2 comments")
        actions.delete_comment(second, by=self.stranger)
        self.assertEqual(self.count_on_page(), "1 comment")
        reply = post(self.article, self.stranger, "Three", parent_id=first.pk)
        self.assertEqual(self.count_on_page(), "2 comments")
        actions.hide_comment(reply, moderator=self.moderator)
        actions.hide_comment(first, moderator=self.moderator)
        self.assertEqual(self.count_on_page(), "0 comments")

    def test_pending_comments_are_not_counted_until_approved(self):
        with self.settings(DISCUSSION_PREMODERATE_FIRST=1):
            comment = post(self.article, self.reader)
        self.assertEqual(self.count_on_page(), "0 comments")
        actions.approve_comment(comment, moderator=self.moderator)
        self.assertEqual(self.count_on_page(), "1 comment")

    def test_counts_json_for_cards_is_one_query(self):
        post(self.article, self.reader)
        ids = f"{self.article.pk},{self.other_article.pk},abc,999999"
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(f"/en/discussions/counts.json?ids={ids}")
        counts = response.json()["counts"]
        self.assertEqual(counts[str(self.article.pk)], 1)
        self.assertEqual(counts[str(self.other_article.pk)], 0)
        self.assertEqual(counts["999999"], 0)
        ours = [q for q in queries if "discussions_" in q["sql"]]
        self.assertEqual(len(ours), 1)

    def test_card_counter_costs_no_query_when_listing_joins_stats(self):
        post(self.article, self.reader)
        post(self.article, self.stranger)
        template = Template(
            "{% for story in stories %}"
            '{% include "discussions/includes/card_counter.html" %}|'
            "{% endfor %}"
        )
        stories = list(
            ArticlePage.objects.live().select_related("discussion_stats").order_by("pk")
        )
        template.render(Context({"stories": stories}))  # Wagtail caches site roots
        with self.assertNumQueries(0):
            html = template.render(Context({"stories": stories}))
        self.assertIn("2 comments", html)
        self.assertIn(f"{self.article.url}#comments", html)

    def test_card_counter_never_queries_per_story_without_the_join(self):
        post(self.article, self.reader)
        template = Template(
            "{% for story in stories %}"
            '{% include "discussions/includes/card_counter.html" %}'
            "{% endfor %}"
        )
        stories = list(ArticlePage.objects.live().order_by("pk"))
        template.render(Context({"stories": stories}))  # Wagtail caches site roots
        with self.assertNumQueries(0):
            html = template.render(Context({"stories": stories}))
        self.assertIn(f'data-card-comments="{self.article.pk}"', html)

    @override_settings(DISCUSSION_RATE_LIMITS={"post": (99, 60)})
    def test_section_page_query_count_does_not_grow_with_comments(self):
        self.client.get(self.section.url)
        with CaptureQueriesContext(connection) as before:
            self.client.get(self.section.url)
        for article in (self.article, self.other_article):
            for n in range(3):
                post(article, self.reader, f"Comment {n}")
        with CaptureQueriesContext(connection) as after:
            response = self.client.get(self.section.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(after), len(before))
        self.assertTrue(DiscussionStats.objects.filter(comment_count=3).exists())
