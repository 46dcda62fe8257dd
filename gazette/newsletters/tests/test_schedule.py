"""When digests are due: local hours, weekly days, grace, empty days."""

from datetime import UTC, datetime

from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from gazette.newsletters import actions, queries
from gazette.newsletters.models import Issue, IssueStatus, Newsletter
from gazette.newsletters.tests.builders import (
    NewsletterTestCase,
    daily,
    due_now,
    make_subscriber,
)
from gazette.testing import hours_ago, make_article, make_section


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


class ScheduleTests(NewsletterTestCase):
    def test_slot_is_the_local_hour_in_each_zone(self):
        newsletter = Newsletter(kind="daily", send_hour=7)
        now = at("2026-03-10T23:30:00")
        # 07:00 in Tokyo (UTC+9) on the 11th is 22:00 UTC on the 10th.
        self.assertEqual(
            queries.last_slot(newsletter, "Asia/Tokyo", now), at("2026-03-10T22:00:00")
        )
        self.assertEqual(
            queries.last_slot(newsletter, "UTC", now), at("2026-03-10T07:00:00")
        )
        self.assertEqual(
            queries.last_slot(newsletter, "Not/AZone", now), at("2026-03-10T07:00:00")
        )

    def test_weekly_slot_falls_on_its_weekday(self):
        newsletter = Newsletter(kind="weekly", send_hour=9, send_weekday=6)
        now = at("2026-03-11T12:00:00")  # a Wednesday
        self.assertEqual(
            queries.last_slot(newsletter, "UTC", now), at("2026-03-08T09:00:00")
        )

    def test_due_slots_group_zones_and_skip_stale_ones(self):
        newsletter = daily()
        newsletter.send_hour = 7
        newsletter.save()
        make_subscriber(
            "tokyo@example.com", newsletters=[newsletter], time_zone="Asia/Tokyo"
        )
        make_subscriber(
            "seoul@example.com", newsletters=[newsletter], time_zone="Asia/Seoul"
        )
        make_subscriber("london@example.com", newsletters=[newsletter], time_zone="UTC")
        due = queries.due_slots(at("2026-03-10T23:00:00"))
        self.assertEqual(len(due), 1)
        self.assertEqual(due[0].slot, at("2026-03-10T22:00:00"))
        self.assertEqual(sorted(due[0].time_zones), ["Asia/Seoul", "Asia/Tokyo"])
        with override_settings(NEWSLETTER_SEND_GRACE_HOURS=0):
            self.assertEqual(queries.due_slots(at("2026-03-10T23:00:00")), [])

    def test_day_without_stories_sends_nothing(self):
        make_subscriber("ann@example.com", newsletters=[due_now(daily())])
        call_command("send_due_newsletters", stdout=open("/dev/null", "w"))
        issue = Issue.objects.get()
        self.assertEqual(issue.status, IssueStatus.EMPTY)
        self.assertEqual(mail.outbox, [])

    def test_unconfirmed_and_suppressed_get_nothing(self):
        make_article(make_section("Local"), "Fair opens", published_at=hours_ago(1))
        newsletter = due_now(daily())
        make_subscriber("ok@example.com", newsletters=[newsletter])
        make_subscriber("new@example.com", confirmed=False)
        gone = make_subscriber("gone@example.com", newsletters=[newsletter])
        actions.suppress_address(gone.email, reason="bounce")
        call_command("send_due_newsletters", stdout=open("/dev/null", "w"))
        self.assertEqual([m.to for m in mail.outbox], [["ok@example.com"]])

    def test_section_digest_only_has_its_section(self):
        sport, politics = make_section("Sport"), make_section("Politics")
        make_article(sport, "Cup final tonight", published_at=hours_ago(1))
        make_article(politics, "Budget passes", published_at=hours_ago(1))
        newsletter = Newsletter.objects.create(
            name="Sport", slug="sport", kind="section", section=sport
        )
        make_subscriber("fan@example.com", newsletters=[due_now(newsletter)])
        call_command("send_due_newsletters", stdout=open("/dev/null", "w"))
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("Cup final tonight", mail.outbox[0].body)
        self.assertNotIn("Budget passes", mail.outbox[0].body)

    def test_unsubscribing_drops_pending_deliveries(self):
        make_article(make_section("Local"), "Fair opens", published_at=hours_ago(1))
        newsletter = due_now(daily())
        ann = make_subscriber("ann@example.com", newsletters=[newsletter])
        dummy = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        with override_settings(TASKS=dummy):
            call_command("send_due_newsletters", stdout=open("/dev/null", "w"))
        actions.unsubscribe(ann)
        self.assertFalse(ann.deliveries.exists())

    def test_stalled_issue_is_resumed_by_the_scheduler(self):
        make_article(make_section("Local"), "Fair opens", published_at=hours_ago(1))
        newsletter = due_now(daily())
        make_subscriber("ann@example.com", newsletters=[newsletter])
        dummy = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        with override_settings(TASKS=dummy):
            call_command("send_due_newsletters", stdout=open("/dev/null", "w"))
        self.assertEqual(mail.outbox, [])
        Issue.objects.update(created_at=hours_ago(1))
        call_command("send_due_newsletters", stdout=open("/dev/null", "w"))
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(Issue.objects.get().status, IssueStatus.SENT)
