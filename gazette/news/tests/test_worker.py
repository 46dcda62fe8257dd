import threading
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command, get_commands
from django.test import TransactionTestCase
from django.utils import timezone

from gazette.news.management.commands.run_worker import Command
from gazette.news.models import ArticlePage
from gazette.testing import BaseTestCase, make_article, make_section, make_site


class PeriodicCommandTests(BaseTestCase):
    def test_every_periodic_command_exists_and_runs(self):
        for name, every in settings.WORKER_PERIODIC_COMMANDS:
            with self.subTest(command=name):
                self.assertIn(name, get_commands())
                self.assertGreater(every, 0)
                call_command(name, verbosity=0)


class SchedulerTests(TransactionTestCase):
    """Committed rows: the loop closes stale connections, as a long process must."""

    def test_scheduler_publishes_a_page_whose_time_has_come(self):
        make_site()
        article = make_article(make_section("World"), "Embargoed report", publish=False)
        an_hour_ago = timezone.now() - timedelta(hours=1)
        revision = article.save_revision(approved_go_live_at=an_hour_ago)
        ArticlePage.objects.filter(pk=article.pk).update(go_live_at=an_hour_ago)
        type(revision).objects.filter(pk=revision.pk).update(
            approved_go_live_at=an_hour_ago
        )
        stop = threading.Event()
        # The loop runs its first round after a second; the timer stops it after.
        threading.Timer(1.5, stop.set).start()
        Command().run_periodic_commands(stop)
        article.refresh_from_db()
        self.assertTrue(article.live)
