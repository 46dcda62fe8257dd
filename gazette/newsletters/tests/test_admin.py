"""Editors in the admin: progress, subscribers, CSV export, test sends, alerts."""

import csv
import io

from django.core import mail
from django.urls import reverse
from wagtail.models import PageViewRestriction

from gazette.newsletters.models import Delivery, DeliveryStatus, Issue, IssueStatus
from gazette.newsletters.tests.builders import (
    NewsletterTestCase,
    breaking,
    daily,
    make_subscriber,
)
from gazette.testing import hours_ago, make_article, make_section


class AdminTests(NewsletterTestCase):
    def test_overview_shows_counts_and_issue_progress(self):
        ann = make_subscriber("ann@example.com", newsletters=[daily()])
        bob = make_subscriber("bob@example.com", newsletters=[daily()])
        make_subscriber("cat@example.com", confirmed=False)
        issue = Issue.objects.create(
            newsletter=daily(),
            subject="Morning digest",
            html="h",
            text="t",
            status=IssueStatus.SENDING,
        )
        Delivery.objects.create(issue=issue, subscriber=ann, status=DeliveryStatus.SENT)
        Delivery.objects.create(
            issue=issue, subscriber=bob, status=DeliveryStatus.FAILED
        )
        self.client.force_login(self.editor)
        response = self.client.get(reverse("newsletters_admin:overview"))
        self.assertContains(response, "Morning digest")
        self.assertContains(response, '<td class="sent">1</td>', html=False)
        self.assertContains(response, '<td class="failed">1</td>', html=False)
        self.assertContains(response, '<td class="pending">0</td>', html=False)
        self.assertContains(response, "2 receiving")
        self.assertContains(response, "1 not confirmed yet")

    def test_readers_cannot_open_the_admin_pages(self):
        self.client.force_login(self.reader)
        for name in ("overview", "subscribers", "subscribers_csv", "send_test"):
            response = self.client.get(reverse(f"newsletters_admin:{name}"))
            self.assertIn(response.status_code, (302, 403), name)

    def test_contributor_cannot_see_subscribers(self):
        self.client.force_login(self.contributor)
        response = self.client.get(reverse("newsletters_admin:subscribers"))
        self.assertIn(response.status_code, (302, 403))

    def test_subscriber_list_and_search(self):
        make_subscriber("ann@example.com", newsletters=[daily()])
        make_subscriber("bob@example.com", newsletters=[daily()])
        self.client.force_login(self.editor)
        response = self.client.get(
            reverse("newsletters_admin:subscribers"), {"q": "ann"}
        )
        self.assertContains(response, "ann@example.com")
        self.assertNotContains(response, "bob@example.com")

    def test_csv_export(self):
        make_subscriber("ann@example.com", newsletters=[daily()])
        make_subscriber("=cmd@example.com", newsletters=[daily()])
        self.client.force_login(self.editor)
        response = self.client.get(reverse("newsletters_admin:subscribers_csv"))
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        rows = list(
            csv.reader(io.StringIO(b"".join(response.streaming_content).decode()))
        )
        self.assertEqual(rows[0][0], "email")
        emails = sorted(r[0] for r in rows[1:])
        self.assertEqual(emails, ["'=cmd@example.com", "ann@example.com"])

    def test_send_a_test(self):
        section = make_section("Politics")
        make_article(section, "Vote tonight", published_at=hours_ago(1))
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("newsletters_admin:send_test"),
            {"newsletter": daily().pk, "email": "desk@example.com"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("[Test]", mail.outbox[0].subject)
        self.assertIn("Vote tonight", mail.outbox[0].body)
        self.assertFalse(Issue.objects.exists())

    def test_send_a_test_refuses_injection(self):
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("newsletters_admin:send_test"),
            {"newsletter": daily().pk, "email": "desk@example.com\nBcc: x@example.org"},
        )
        self.assertContains(response, "line breaks", status_code=400)
        self.assertEqual(mail.outbox, [])

    def test_alert_needs_a_breaking_live_story_and_publish_rights(self):
        section = make_section("World")
        calm = make_article(section, "Calm day")
        big = make_article(section, "Quake hits coast", is_breaking=True)
        make_subscriber("ann@example.com", newsletters=[breaking()])
        self.client.force_login(self.contributor)
        response = self.client.post(
            reverse("newsletters_admin:breaking_alert", args=[big.pk])
        )
        self.assertIn(response.status_code, (302, 403))
        self.assertEqual(mail.outbox, [])
        self.client.force_login(self.editor)
        self.client.post(reverse("newsletters_admin:breaking_alert", args=[calm.pk]))
        self.assertEqual(mail.outbox, [])
        self.client.post(reverse("newsletters_admin:breaking_alert", args=[big.pk]))
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("Quake hits coast", mail.outbox[0].subject)

    def test_no_alert_for_a_story_behind_a_password(self):
        embargoed = make_article(make_section("World"), "Quake", is_breaking=True)
        PageViewRestriction.objects.create(
            page=embargoed, restriction_type="password", password="desk-only"
        )
        make_subscriber("ann@example.com", newsletters=[breaking()])
        self.client.force_login(self.editor)
        url = reverse("newsletters_admin:breaking_alert", args=[embargoed.pk])
        self.assertContains(self.client.get(url), "behind a password or a login")
        self.assertNotContains(self.client.get(url), "Send breaking alert")
        self.client.post(url)
        self.assertEqual(mail.outbox, [])

    def test_edit_page_of_a_breaking_story_offers_the_alert(self):
        section = make_section("World")
        big = make_article(section, "Quake hits coast", is_breaking=True)
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[big.pk]))
        self.assertContains(
            response, reverse("newsletters_admin:breaking_alert", args=[big.pk])
        )
