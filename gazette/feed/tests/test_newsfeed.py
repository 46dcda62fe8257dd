import json

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from gazette.feed.models import FeedItem, FeedOp
from gazette.feed.queries import PAGE_SIZE
from gazette.lib.events import captured_broadcasts
from gazette.news.models import ArticlePage
from gazette.testing import BaseTestCase, hours_ago, make_article, make_section


class NewsfeedStreamTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World", home=cls.home)
        cls.sport = make_section("Sport", home=cls.home)

    def publish(self, section, title, **fields):
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            article = make_article(section, title, **fields)
        return article, sent

    def test_publishing_adds_story_and_sends_it_to_newsfeed_topics(self):
        article, sent = self.publish(self.world, "Bridge reopens after repairs")
        item = FeedItem.objects.get(article_pk=article.pk)
        self.assertEqual((item.op, item.is_listed), (FeedOp.PUBLISHED, True))
        topics = [topic for topic, event in sent if event["type"] == "newsfeed"]
        self.assertEqual(topics, ["newsfeed.en", f"newsfeed.{self.world.pk}"])
        event = sent[0][1]
        self.assertEqual(event["id"], item.pk)
        self.assertEqual(event["op"], "published")
        self.assertEqual(event["item"]["headline"], "Bridge reopens after repairs")
        self.assertEqual(event["item"]["section"], "World")
        self.assertEqual(event["item"]["url"], article.url)

    def test_republishing_updates_the_listed_story_with_a_new_stream_id(self):
        article, _ = self.publish(self.world, "Bridge reopens")
        article.title = "Bridge reopens after two years"
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            article.save_revision().publish()
        first, update = FeedItem.objects.filter(article_pk=article.pk).order_by("id")
        self.assertEqual(first.headline, "Bridge reopens after two years")
        self.assertEqual((update.op, update.is_listed), (FeedOp.UPDATED, False))
        self.assertGreater(update.pk, first.pk)
        self.assertEqual(sent[0][1]["op"], "updated")
        self.assertEqual(FeedItem.objects.listed().count(), 1)

    def test_stories_behind_a_password_stay_out_of_the_newsfeed(self):
        members = make_section("Members", home=self.home)
        PageViewRestriction.objects.create(
            page=members, restriction_type="password", password="members-only"
        )
        _, sent = self.publish(members, "Ferry owners meet in private")
        self.assertFalse(FeedItem.objects.exists())
        self.assertEqual(sent, [])

    def test_restricting_a_section_takes_its_stories_out_live(self):
        article, _ = self.publish(self.world, "Bridge reopens")
        self.publish(self.sport, "Rowing club wins")
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            PageViewRestriction.objects.create(
                page=self.world, restriction_type="login"
            )
        listed = FeedItem.objects.listed().values_list("headline", flat=True)
        self.assertEqual(list(listed), ["Rowing club wins"])
        event = sent[0][1]
        self.assertEqual((event["op"], event["article_id"]), ("removed", article.pk))

    def test_a_story_enters_the_newsfeed_when_its_embargo_is_lifted(self):
        embargo = PageViewRestriction.objects.create(
            page=self.world, restriction_type="password", password="embargo"
        )
        article, _ = self.publish(self.world, "Budget details released")
        old, _ = self.publish(self.world, "Last week's budget leak")
        ArticlePage.objects.filter(pk=old.pk).update(
            first_published_at=hours_ago(24 * 5)
        )
        self.assertFalse(FeedItem.objects.exists())
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            embargo.delete()
        listed = FeedItem.objects.listed().values_list("article_pk", flat=True)
        self.assertEqual(list(listed), [article.pk])
        self.assertEqual(sent[0][1]["op"], "published")

    def test_a_story_still_covered_by_another_restriction_stays_out(self):
        article, _ = self.publish(self.world, "Budget details released")
        section_lock = PageViewRestriction.objects.create(
            page=self.world, restriction_type="login"
        )
        PageViewRestriction.objects.create(
            page=article, restriction_type="password", password="embargo"
        )
        section_lock.delete()
        self.assertFalse(FeedItem.objects.listed().exists())

    def test_unpublishing_removes_story_live(self):
        article, _ = self.publish(self.world, "Bridge reopens")
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            article.unpublish()
        self.assertFalse(FeedItem.objects.listed().exists())
        event = sent[0][1]
        self.assertEqual((event["op"], event["article_id"]), ("removed", article.pk))
        removed = FeedItem.objects.get(op=FeedOp.REMOVED)
        self.assertEqual(event["id"], removed.pk)

    def test_deleting_a_live_story_removes_it(self):
        article, _ = self.publish(self.world, "Bridge reopens")
        with self.captureOnCommitCallbacks(execute=True):
            article.delete()
        self.assertFalse(FeedItem.objects.listed().exists())
        self.assertTrue(FeedItem.objects.filter(op=FeedOp.REMOVED).exists())

    def test_scheduled_story_enters_newsfeed_when_it_goes_live(self):
        article = make_article(self.world, "Budget vote tonight", publish=False)
        revision = article.latest_revision
        revision.approved_go_live_at = timezone.now() - timezone.timedelta(minutes=1)
        revision.save()
        self.assertFalse(FeedItem.objects.exists())
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            call_command("publish_scheduled", verbosity=0)
        self.assertEqual(FeedItem.objects.listed().get().article_pk, article.pk)
        self.assertEqual(sent[0][1]["op"], "published")

    def test_publishing_with_a_future_go_live_only_books_it(self):
        # What the admin's "Schedule to publish" does; Wagtail still signals a publish.
        article = make_article(self.world, "Budget vote tomorrow", publish=False)
        article.go_live_at = timezone.now() + timezone.timedelta(days=1)
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            article.save_revision().publish()
        article.refresh_from_db()
        self.assertFalse(article.live)
        self.assertFalse(FeedItem.objects.exists())
        self.assertEqual(sent, [])

    def test_draft_and_other_pages_do_not_enter_newsfeed(self):
        make_article(self.world, "Not yet", publish=False)
        self.assertFalse(FeedItem.objects.exists())


class NewsfeedPageTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World", home=cls.home)
        cls.sport = make_section("Sport", home=cls.home)
        for n in range(3):
            make_article(cls.world, f"World story {n}", published_at=hours_ago(n))
        make_article(cls.sport, "Cup final <b>tonight</b>")

    def test_page_lists_latest_stories_newest_first_without_js(self):
        response = self.client.get("/en/newsfeed/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertLess(html.index("Cup final"), html.index("World story 2"))
        self.assertIn("Cup final &lt;b&gt;tonight&lt;/b&gt;", html)
        self.assertIn('data-topic="newsfeed.en"', html)

    def test_page_filters_by_section(self):
        response = self.client.get(f"/en/newsfeed/?section={self.sport.pk}")
        self.assertContains(response, "Cup final")
        self.assertNotContains(response, "World story")
        self.assertContains(response, f'data-topic="newsfeed.{self.sport.pk}"')

    def test_bad_section_gets_a_clear_400(self):
        response = self.client.get("/en/newsfeed/?section=world%27--")
        self.assertContains(
            response, "Choose a section from the list.", status_code=400
        )

    def test_page_is_cacheable_and_answers_304_when_unchanged(self):
        response = self.client.get("/en/newsfeed/")
        self.assertIn("public", response["Cache-Control"])
        self.assertIn("s-maxage=30", response["Cache-Control"])
        etag = response["ETag"]
        again = self.client.get("/en/newsfeed/", headers={"if-none-match": etag})
        self.assertEqual(again.status_code, 304)
        make_article(self.world, "Fresh story")
        changed = self.client.get("/en/newsfeed/", headers={"if-none-match": etag})
        self.assertEqual(changed.status_code, 200)

    def test_logged_in_readers_get_a_private_response(self):
        self.client.force_login(self.reader)
        response = self.client.get("/en/newsfeed/")
        self.assertIn("private", response["Cache-Control"])

    def count_queries(self, url: str) -> int:
        self.client.get(url)  # warm per-process caches
        with CaptureQueriesContext(connection) as queries:
            self.client.get(url)
        return len(queries.captured_queries)

    def test_pagination_and_query_count_do_not_grow_with_stories(self):
        few = self.count_queries("/en/newsfeed/")
        for n in range(PAGE_SIZE + 2):
            make_article(self.sport, f"Match report {n}")
        self.assertEqual(self.count_queries("/en/newsfeed/"), few)
        first = self.client.get("/en/newsfeed/")
        self.assertContains(first, 'rel="next"')
        second = self.client.get("/en/newsfeed/?page=2")
        self.assertContains(second, "World story 2")
        self.assertNotContains(second, "data-newsfeed ")  # only page 1 goes live

    def test_json_for_apps(self):
        response = self.client.get("/en/newsfeed/feed.json")
        data = json.loads(response.content)
        self.assertEqual(data["topic"], "newsfeed.en")
        self.assertEqual(len(data["items"]), 4)
        self.assertEqual(
            data["items"][0]["item"]["headline"], "Cup final <b>tonight</b>"
        )
        self.assertEqual(data["latest_id"], FeedItem.objects.latest("id").pk)
        older = self.client.get(
            f"/en/newsfeed/feed.json?before={data['items'][1]['id']}"
        )
        self.assertEqual(len(json.loads(older.content)["items"]), 2)
        self.assertEqual(
            self.client.get("/en/newsfeed/feed.json?before=x").status_code, 400
        )
        sport = json.loads(
            self.client.get(f"/en/newsfeed/feed.json?section={self.sport.pk}").content
        )
        self.assertEqual([i["item"]["section"] for i in sport["items"]], ["Sport"])

    def test_article_page_shows_rail_with_latest_stories(self):
        article = make_article(self.world, "Harbour wall repaired")
        response = self.client.get(article.url)
        html = response.content.decode()
        rail = html[html.index('class="newsfeed-rail"') :]
        self.assertIn("Cup final", rail)
        self.assertIn('data-topic="newsfeed.en"', rail)
        latest = FeedItem.objects.listed().first()
        self.assertIn(f'data-after="{latest.pk}"', rail)

    def test_rail_costs_one_query_whatever_the_number_of_stories(self):
        article = make_article(self.world, "Harbour wall repaired")
        self.client.get(article.url)
        with CaptureQueriesContext(connection) as before:
            self.client.get(article.url)
        for n in range(12):
            make_article(self.sport, f"More sport {n}")
        with CaptureQueriesContext(connection) as after:
            self.client.get(article.url)
        feed_queries = [
            q for q in after.captured_queries if "feed_feeditem" in q["sql"]
        ]
        self.assertEqual(len(feed_queries), 1)
        self.assertEqual(len(after.captured_queries), len(before.captured_queries))
