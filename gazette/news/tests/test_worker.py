import threading
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command, get_commands
from django.utils import timezone

from gazette.news.management.commands.run_worker import Command
from gazette.news.models import ArticlePage
from gazette.testing import BaseTestCase, make_article, make_section


class WorkerTests(BaseTestCase):
    def test_every_periodic_command_exists_and_runs(self):
        for name, every in settings.WORKER_PERIODIC_COMMANDS:
            with self.subTest(command=name):
                self.assertIn(name, get_commands())
                self.assertGreater(every, 0)
                call_command(name, verbosity=0)

    def test_scheduler_publishes_a_page_whose_time_has_come(self):
        article = make_article(make_section("World"), "Embargoed report", publish=False)
        revision = article.save_revision(approved_go_live_at=timezone.now())
        ArticlePage.objects.filter(pk=article.pk).update(
            go_live_at=timezone.now() - timedelta(minutes=1)
        )
        type(revision).objects.filter(pk=revision.pk).update(
            approved_go_live_at=timezone.now() - timedelta(minutes=1)
        )
        stop = threading.Event()
        # Run one round of the loop in this thread: the stop flag ends it after it.
        threading.Timer(1.5, stop.set).start()
        Command().run_periodic_commands(stop)
        article.refresh_from_db()
        self.assertTrue(article.live)
