import threading

from django.test import override_settings
from django.utils import timezone

from gazette.feed.models import FeedItem
from gazette.lib import web_scheduler
from gazette.testing import BaseTestCase, make_article, make_section


class WebSchedulerTests(BaseTestCase):
    def test_publishes_due_pages_and_their_newsfeed_entry(self):
        article = make_article(make_section("World"), "Budget vote", publish=False)
        revision = article.latest_revision
        revision.approved_go_live_at = timezone.now() - timezone.timedelta(seconds=1)
        revision.save()
        with self.captureOnCommitCallbacks(execute=True):
            web_scheduler.publish_due_pages()
        article.refresh_from_db()
        self.assertTrue(article.live)
        self.assertEqual(FeedItem.objects.listed().get().article_pk, article.pk)

    def test_starts_one_thread_per_process_only_when_asked(self):
        def threads():
            return [t for t in threading.enumerate() if t.name == "publish-scheduled"]

        web_scheduler.start_once(every=3600)  # the test settings say no
        self.assertEqual(threads(), [])
        with override_settings(PUBLISH_SCHEDULED_IN_WEB=True):
            web_scheduler.start_once(every=3600)
            web_scheduler.start_once(every=3600)
        self.assertEqual(len(threads()), 1)
