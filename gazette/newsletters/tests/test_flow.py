"""The whole flow against a real SMTP server.

Sign-up, confirm, digest, alert, one-click unsubscribe, crash and resume, retries."""

import re
from urllib.parse import urlparse

from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from gazette.newsletters import sending
from gazette.newsletters.models import (
    Delivery,
    DeliveryStatus,
    Issue,
    IssueStatus,
    Subscriber,
)
from gazette.newsletters.tasks import send_issue_task
from gazette.newsletters.tests.builders import (
    NewsletterTestCase,
    breaking,
    bulk_subscribers,
    daily,
    due_now,
    make_subscriber,
)
from gazette.newsletters.tests.crashing_backend import CrashingBackend, WorkerKilled
from gazette.newsletters.tests.smtp import SmtpServer
from gazette.testing import (
    hours_ago,
    make_article,
    make_image,
    make_section,
)

SITE = "https://news.example"
FAST_RETRIES = {"NEWSLETTER_RETRY_DELAYS": (0, 0, 0)}


def link_in(text: str, path_part: str) -> str:
    match = re.search(rf"{re.escape(SITE)}\S*{path_part}\S*", text)
    assert match, f"no {path_part} link in {text!r}"
    return match.group(0)


def local(url: str) -> str:
    parsed = urlparse(url)
    return parsed.path + (f"?{parsed.query}" if parsed.query else "")


class SmtpTestCase(NewsletterTestCase):
    port = 8181

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.smtp = SmtpServer(cls.port).start()
        cls.addClassCleanup(cls.smtp.stop)

    def setUp(self):
        super().setUp()
        self.smtp.sink.messages.clear()
        self.smtp.sink.fail_next = 0
        self.smtp.sink.refuse_recipients.clear()
        overrides = override_settings(
            SITE_URL=SITE, **self.smtp.settings(), **FAST_RETRIES
        )
        overrides.enable()
        self.addCleanup(overrides.disable)


class SignupToDigestTests(SmtpTestCase):
    def test_confirm_digest_and_one_click_unsubscribe(self):
        section = make_section("Politics")
        image = make_image(alt_text="Council chamber with members seated")
        make_article(
            section,
            "Council agrees budget",
            published_at=hours_ago(2),
            lead_image=image,
        )
        make_article(section, "Old news", published_at=hours_ago(30))

        response = self.client.post(
            reverse("newsletters:subscribe"),
            {
                "email": "Ann@Example.com",
                "newsletters": [daily().pk, breaking().pk],
                "time_zone": "UTC",
            },
        )
        self.assertContains(response, "Check your inbox")
        self.assertEqual(len(self.smtp.sink.messages), 1)
        confirmation = self.smtp.sink.messages[0]
        self.assertEqual(confirmation["To"], "ann@example.com")
        self.assertIn("List-Unsubscribe", confirmation)
        # Nothing is sent before confirmation.
        due_now(daily())
        call_command("send_due_newsletters", stdout=open("/dev/null", "w"))
        self.assertEqual(len(self.smtp.sink.messages), 1)
        self.assertFalse(Issue.objects.filter(newsletter=daily()).exists())

        text = confirmation.get_body(("plain",)).get_content()
        confirm_url = link_in(text, "/en/subscribe/confirm/")
        page = self.client.get(local(confirm_url))
        self.assertContains(page, "Yes, confirm")
        self.assertIsNone(Subscriber.objects.get().confirmed_at)  # GET alone does not
        response = self.client.post(local(confirm_url))
        self.assertEqual(response.status_code, 302)
        subscriber = Subscriber.objects.get()
        self.assertIsNotNone(subscriber.confirmed_at)
        self.assertEqual(subscriber.subscriptions.count(), 2)

        call_command("send_due_newsletters", stdout=open("/dev/null", "w"))
        digests = self.smtp.sink.messages[1:]
        self.assertEqual(len(digests), 1)
        digest = digests[0]
        self.assertIn("Council agrees budget", digest["Subject"])
        plain = digest.get_body(("plain",)).get_content()
        html = digest.get_body(("html",)).get_content()
        self.assertIn("Council agrees budget", plain)
        self.assertNotIn("Old news", plain)
        self.assertIn(f'href="{SITE}/', html)
        self.assertIn('alt="Council chamber with members seated"', html)
        self.assertRegex(html, rf'src="{re.escape(SITE)}/media/[^"]+\.jpg"')
        self.assertEqual(digest["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
        header = digest["List-Unsubscribe"]
        https_url, mailto = re.findall(r"<([^>]+)>", header)
        self.assertTrue(https_url.startswith(f"{SITE}/en/subscribe/unsubscribe/"))
        self.assertTrue(mailto.startswith("mailto:"))
        self.assertIn(https_url.replace("&", "&amp;"), html)  # the visible link

        # Running the scheduler again sends nothing new.
        call_command("send_due_newsletters", stdout=open("/dev/null", "w"))
        self.assertEqual(len(self.smtp.sink.messages), 2)

        # One-click, as a mail client does it: a POST without any CSRF token.
        client = self.client_class(enforce_csrf_checks=True)
        response = client.post(
            local(https_url),
            "List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(subscriber.subscriptions.filter(newsletter=daily()).exists())
        self.assertTrue(subscriber.subscriptions.filter(newsletter=breaking()).exists())
        again = client.post(
            local(https_url),
            "List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )
        self.assertEqual(again.status_code, 200)

    def test_breaking_alert_reaches_breaking_subscribers_once(self):
        section = make_section("World")
        story = make_article(section, "Bridge closed after quake", is_breaking=True)
        make_subscriber("alert@example.com", newsletters=[breaking()])
        make_subscriber("digest-only@example.com", newsletters=[daily()])
        self.client.force_login(self.editor)
        url = reverse("newsletters_admin:breaking_alert", args=[story.pk])
        self.assertContains(self.client.get(url), "Send breaking alert")
        self.client.post(url)
        self.client.post(url)  # a second click sends nothing more
        self.assertEqual(len(self.smtp.sink.messages), 1)
        alert = self.smtp.sink.messages[0]
        self.assertEqual(alert["To"], "alert@example.com")
        self.assertIn("Bridge closed after quake", alert["Subject"])
        self.assertIn("List-Unsubscribe", alert)
        self.assertEqual(alert["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")


class ResumeTests(SmtpTestCase):
    port = 8182

    def make_issue(self, count: int) -> Issue:
        section = make_section("Business")
        make_article(section, "Markets steady", published_at=hours_ago(1))
        bulk_subscribers(count, newsletter=due_now(daily()))
        # Plan without sending: the send is run by hand below.
        dummy = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        with override_settings(TASKS=dummy):
            call_command("send_due_newsletters", stdout=open("/dev/null", "w"))
        return Issue.objects.get(newsletter=daily())

    def recipients(self) -> list[str]:
        return [m["To"] for m in self.smtp.sink.messages]

    @override_settings(NEWSLETTER_BATCH_SIZE=7)
    def test_crash_mid_batch_then_resume_sends_each_subscriber_once(self):
        issue = self.make_issue(30)
        self.assertEqual(issue.deliveries.count(), 30)
        self.assertEqual(self.smtp.sink.messages, [])
        CrashingBackend.accepted = 0
        CrashingBackend.crash_after = 10
        backend = "gazette.newsletters.tests.crashing_backend.CrashingBackend"
        with override_settings(EMAIL_BACKEND=backend), self.assertRaises(WorkerKilled):
            sending.send_issue(issue.pk)
        self.assertEqual(len(self.smtp.sink.messages), 10)

        with override_settings(NEWSLETTER_STALE_CLAIM_SECONDS=0):
            result = send_issue_task.enqueue(issue.pk)
        self.assertEqual(result.return_value["open"], 0)
        recipients = self.recipients()
        self.assertEqual(len(recipients), 30)
        self.assertEqual(len(set(recipients)), 30)
        issue.refresh_from_db()
        self.assertEqual(issue.status, IssueStatus.SENT)
        # The mail in flight at the crash is recorded as interrupted, not resent.
        interrupted = Delivery.objects.get(issue=issue, status=DeliveryStatus.FAILED)
        self.assertIn("Interrupted", interrupted.last_error)
        self.assertIn(interrupted.subscriber.email, recipients)

    def test_running_twice_sends_nothing_twice(self):
        issue = self.make_issue(5)
        send_issue_task.enqueue(issue.pk)
        send_issue_task.enqueue(issue.pk)
        self.assertEqual(sorted(self.recipients()), sorted(set(self.recipients())))
        self.assertEqual(len(self.recipients()), 5)

    def test_temporary_smtp_failure_is_retried(self):
        issue = self.make_issue(4)
        self.smtp.sink.fail_next = 2
        send_issue_task.enqueue(issue.pk)
        self.assertEqual(len(self.recipients()), 4)
        self.assertEqual(
            Delivery.objects.filter(issue=issue, status=DeliveryStatus.SENT).count(), 4
        )
        first = Delivery.objects.filter(issue=issue).order_by("pk").first()
        self.assertEqual(first.attempts, 3)

    def test_smtp_down_leaves_rows_pending_for_the_next_run(self):
        issue = self.make_issue(3)
        with override_settings(EMAIL_PORT=8199):  # nothing listens there
            report = sending.send_issue(issue.pk)
        self.assertTrue(report.gave_up)
        self.assertEqual(
            Delivery.objects.filter(issue=issue, status=DeliveryStatus.PENDING).count(),
            3,
        )
        send_issue_task.enqueue(issue.pk)
        self.assertEqual(len(self.recipients()), 3)

    def test_refused_recipient_fails_without_retry(self):
        issue = self.make_issue(3)
        self.smtp.sink.refuse_recipients.add("reader1@example.net")
        send_issue_task.enqueue(issue.pk)
        self.assertEqual(len(self.recipients()), 2)
        refused = Delivery.objects.get(
            issue=issue, subscriber__email="reader1@example.net"
        )
        self.assertEqual(refused.status, DeliveryStatus.FAILED)
        self.assertEqual(refused.attempts, 1)
