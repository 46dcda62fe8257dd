"""Following topics and authors, and the My news page."""

from django.urls import reverse

from gazette.newsletters.models import Follow
from gazette.newsletters.tests.builders import NewsletterTestCase
from gazette.testing import (
    hours_ago,
    make_article,
    make_author,
    make_section,
    make_topic,
)


class FollowTests(NewsletterTestCase):
    def test_topic_and_author_pages_link_to_follow(self):
        topic = make_topic("Harbour")
        author = make_author("Mara Quill")
        for page_url, follow_url in (
            (
                topic.get_absolute_url(),
                reverse("newsletters:follow", args=["topic", topic.slug]),
            ),
            (
                author.get_absolute_url(),
                reverse("newsletters:follow", args=["author", author.slug]),
            ),
        ):
            with self.subTest(page=page_url):
                self.assertContains(self.client.get(page_url), f'href="{follow_url}"')

    def test_anonymous_reader_is_sent_to_log_in(self):
        topic = make_topic("Harbour")
        response = self.client.get(
            reverse("newsletters:follow", args=["topic", topic.slug])
        )
        self.assertEqual(response.status_code, 302)
        self.assertIn("/en/accounts/login/", response["Location"])
        response = self.client.post(
            reverse("newsletters:follow", args=["topic", topic.slug])
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Follow.objects.exists())

    def test_follow_and_unfollow_a_topic(self):
        topic = make_topic("Harbour")
        url = reverse("newsletters:follow", args=["topic", topic.slug])
        self.client.force_login(self.reader)
        self.assertContains(self.client.get(url), "Follow Harbour")
        self.client.post(url, {"action": "follow"})
        self.client.post(url, {"action": "follow"})
        self.assertEqual(
            Follow.objects.filter(user=self.reader, topic=topic).count(), 1
        )
        self.assertContains(self.client.get(url), "Unfollow Harbour")
        self.client.post(url, {"action": "unfollow"})
        self.assertFalse(Follow.objects.exists())

    def test_follow_needs_csrf_token(self):
        author = make_author("Mara Quill")
        client = self.client_class(enforce_csrf_checks=True)
        client.force_login(self.reader)
        url = reverse("newsletters:follow", args=["author", author.slug])
        self.assertEqual(client.post(url, {"action": "follow"}).status_code, 403)

    def test_unknown_kind_or_slug_is_404(self):
        self.client.force_login(self.reader)
        self.assertEqual(
            self.client.get("/en/subscribe/follow/section/x/").status_code, 404
        )
        self.assertEqual(
            self.client.get("/en/subscribe/follow/topic/nope/").status_code, 404
        )

    def test_follow_link_include_is_the_same_for_everyone(self):
        from django.template.loader import render_to_string

        topic = make_topic("Harbour")
        html = render_to_string(
            "newsletters/includes/follow_link.html", {"topic": topic}
        )
        self.assertIn(f'href="/en/subscribe/follow/topic/{topic.slug}/"', html)
        self.assertNotIn("csrf", html)


class MyNewsTests(NewsletterTestCase):
    def test_needs_login(self):
        self.assertEqual(
            self.client.get(reverse("newsletters:my_news")).status_code, 302
        )

    def test_lists_stories_from_followed_topics_and_authors_only(self):
        section = make_section("Local")
        harbour, schools = make_topic("Harbour"), make_topic("Schools")
        mara = make_author("Mara Quill")
        make_article(
            section,
            "Harbour wall repaired",
            topics=[harbour],
            published_at=hours_ago(3),
        )
        make_article(
            section, "Column by Mara", authors=[mara], published_at=hours_ago(2)
        )
        make_article(section, "School term starts", topics=[schools])
        Follow.objects.create(user=self.reader, topic=harbour)
        Follow.objects.create(user=self.reader, author=mara)
        self.client.force_login(self.reader)
        response = self.client.get(reverse("newsletters:my_news"))
        self.assertContains(response, "Harbour wall repaired")
        self.assertContains(response, "Column by Mara")
        self.assertNotContains(response, "School term starts")
        self.assertContains(response, "Unfollow")

    def test_query_count_does_not_grow_with_follows_or_stories(self):
        section = make_section("Local")
        self.client.force_login(self.reader)

        def add(n):
            for i in range(n):
                topic = make_topic(f"Topic {n}-{i}")
                author = make_author(f"Author {n}-{i}")
                make_article(
                    section, f"Story {n}-{i}", topics=[topic], authors=[author]
                )
                Follow.objects.create(user=self.reader, topic=topic)
                Follow.objects.create(user=self.reader, author=author)

        add(1)
        self.client.get(reverse("newsletters:my_news"))  # warm caches
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as few:
            self.client.get(reverse("newsletters:my_news"))
        add(4)
        with CaptureQueriesContext(connection) as many:
            response = self.client.get(reverse("newsletters:my_news"))
        self.assertContains(response, "Story 4-3")
        self.assertEqual(len(few), len(many))
