import json
import re
from datetime import timedelta

import feedparser
from django.utils import timezone

from gazette.feed.models import LiveBlogEntry, LiveBlogEvent
from gazette.feed.queries import ENTRIES_PER_PAGE
from gazette.feed.tests.builders import add_entry, make_live_blog
from gazette.lib.events import captured_broadcasts
from gazette.testing import BaseTestCase, make_section


class LiveBlogPageTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World", home=cls.home)
        cls.blog = make_live_blog(cls.world, summary="<p>Storm moving north.</p>")
        now = timezone.now()
        cls.first = add_entry(
            cls.blog,
            "<p>Warnings issued</p>",
            headline="Warnings issued",
            is_key_event=True,
            posted_at=now - timedelta(hours=2),
        )
        cls.pinned = add_entry(
            cls.blog,
            "<p>Shelters are open at the schools.</p>",
            is_pinned=True,
            posted_at=now - timedelta(hours=1),
        )
        cls.latest = add_entry(
            cls.blog, "<p>Power cut <script>alert(1)</script></p>", posted_at=now
        )

    def test_entries_newest_first_with_pinned_entry_and_key_events(self):
        response = self.client.get(self.blog.url)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertLess(html.index("Shelters are open"), html.index("Power cut"))
        self.assertLess(html.index("Power cut"), html.index("Warnings issued</h3>"))
        self.assertIn(f'href="#entry-{self.first.pk}"', html)
        self.assertIn("Storm moving north.", html)
        self.assertNotIn("<script>alert(1)", html)
        last = LiveBlogEvent.objects.latest("id").pk
        self.assertIn(f'data-topic="liveblog.{self.blog.pk}" data-after="{last}"', html)

    def test_structured_data_is_a_live_blog_posting(self):
        html = self.client.get(self.blog.url).content.decode()
        match = re.search(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        )
        data = json.loads(match.group(1))
        self.assertEqual(data["@type"], "LiveBlogPosting")
        self.assertEqual(len(data["liveBlogUpdate"]), 3)
        self.assertEqual(
            data["liveBlogUpdate"][0]["articleBody"],
            "Shelters are open at the schools.",
        )
        self.assertIn("coverageStartTime", data)

    def test_load_older_is_a_plain_link(self):
        for n in range(ENTRIES_PER_PAGE):
            add_entry(self.blog, f"<p>Update {n}</p>", posted_at=timezone.now())
        html = self.client.get(self.blog.url).content.decode()
        self.assertIn('href="?page=2"', html)
        self.assertNotIn("Warnings issued</h3>", html)
        older = self.client.get(f"{self.blog.url}?page=2").content.decode()
        self.assertIn("Warnings issued</h3>", older)
        self.assertIn("data-static", older)

    def test_rss_feed_lists_entries(self):
        response = self.client.get(f"/en/newsfeed/live/{self.blog.pk}/rss/")
        feed = feedparser.parse(response.content)
        self.assertEqual(feed.feed.title, self.blog.title)
        self.assertEqual(len(feed.entries), 3)
        self.assertTrue(feed.entries[0].link.endswith(f"#entry-{self.latest.pk}"))
        self.assertEqual(
            self.client.get("/en/newsfeed/live/999999/rss/").status_code, 404
        )

    def test_page_queries_do_not_grow_with_entries(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        self.client.get(self.blog.url)
        with CaptureQueriesContext(connection) as before:
            self.client.get(self.blog.url)
        for n in range(5):
            add_entry(self.blog, f"<p>More {n}</p>", is_key_event=True)
        self.client.get(self.blog.url)
        with CaptureQueriesContext(connection) as after:
            self.client.get(self.blog.url)
        self.assertEqual(len(after.captured_queries), len(before.captured_queries))


class LiveBlogAdminTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World", home=cls.home)
        cls.blog = make_live_blog(cls.world)

    def entry_form(self, text: str, **fields) -> dict:
        data = {
            "page": self.blog.pk,
            "headline": fields.get("headline", ""),
            "posted_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
            "body-count": "1",
            "body-0-type": "text",
            "body-0-value": json.dumps(
                {"blocks": [{"key": "a", "text": text, "type": "unstyled",
                             "depth": 0, "inlineStyleRanges": [], "entityRanges": []}],
                 "entityMap": {}}
            ),
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
        }  # fmt: skip
        if fields.get("is_pinned"):
            data["is_pinned"] = "on"
        return data

    def test_editor_adds_edits_and_deletes_entries_without_republishing(self):
        self.client.force_login(self.editor)
        revisions = self.blog.revisions.count()
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                "/admin/snippets/feed/liveblogentry/add/",
                self.entry_form("Bridge closed to traffic"),
            )
        self.assertEqual(response.status_code, 302, response.content[:3000])
        entry = LiveBlogEntry.objects.get()
        topic, event = sent[0]
        self.assertEqual(topic, f"liveblog.{self.blog.pk}")
        self.assertEqual((event["op"], event["entry_id"]), ("added", entry.pk))
        self.assertIn("Bridge closed to traffic", event["html"])
        self.assertEqual(self.blog.revisions.count(), revisions)

        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                f"/admin/snippets/feed/liveblogentry/edit/{entry.pk}/",
                self.entry_form("Bridge reopened", is_pinned=True),
            )
        self.assertEqual(sent[0][1]["op"], "edited")
        self.assertIs(sent[0][1]["is_pinned"], True)

        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            self.client.post(f"/admin/snippets/feed/liveblogentry/delete/{entry.pk}/")
        self.assertEqual(
            (sent[0][1]["op"], sent[0][1]["entry_id"]), ("deleted", entry.pk)
        )
        self.assertFalse(LiveBlogEntry.objects.exists())

    def test_readers_cannot_add_entries(self):
        self.client.force_login(self.reader)
        self.client.post(
            "/admin/snippets/feed/liveblogentry/add/", self.entry_form("Fake news")
        )
        self.assertFalse(LiveBlogEntry.objects.exists())
        self.assertFalse(LiveBlogEvent.objects.exists())
