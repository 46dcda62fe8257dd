"""The bounce/complaint webhook: shared secret, JSON body, suppression."""

import json

from django.test import override_settings
from django.urls import reverse

from gazette.newsletters.models import Delivery, Issue, Subscriber
from gazette.newsletters.tests.builders import (
    NewsletterTestCase,
    daily,
    make_subscriber,
)

SECRET = "s3cret-for-tests"


@override_settings(NEWSLETTER_WEBHOOK_SECRET=SECRET)
class BounceWebhookTests(NewsletterTestCase):
    url = reverse("newsletters:bounce_webhook")

    def post(self, body, *, secret=SECRET):
        headers = {"X-Newsletter-Secret": secret} if secret is not None else {}
        data = body if isinstance(body, str) else json.dumps(body)
        return self.client.post(
            self.url, data, content_type="application/json", headers=headers
        )

    def test_bounce_suppresses_the_address(self):
        subscriber = make_subscriber("ann@example.com", newsletters=[daily()])
        issue = Issue.objects.create(
            newsletter=daily(), subject="s", html="h", text="t"
        )
        Delivery.objects.create(issue=issue, subscriber=subscriber)
        response = self.post({"email": "Ann@Example.com", "type": "bounce"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.json(), {"suppressed": "ann@example.com", "reason": "bounce"}
        )
        subscriber.refresh_from_db()
        self.assertFalse(subscriber.can_receive)
        self.assertEqual(subscriber.suppression_reason, "bounce")
        self.assertFalse(Delivery.objects.filter(subscriber=subscriber).exists())

    def test_complaint_is_recorded(self):
        make_subscriber("ann@example.com", newsletters=[daily()])
        self.post({"email": "ann@example.com", "type": "complaint"})
        self.assertEqual(Subscriber.objects.get().suppression_reason, "complaint")

    def test_wrong_or_missing_secret_is_403(self):
        make_subscriber("ann@example.com", newsletters=[daily()])
        for secret in ("nope", "", None, SECRET + "x"):
            response = self.post({"email": "ann@example.com"}, secret=secret)
            self.assertEqual(response.status_code, 403, secret)
        self.assertTrue(Subscriber.objects.get().can_receive)

    @override_settings(NEWSLETTER_WEBHOOK_SECRET="")
    def test_unset_secret_refuses_everything(self):
        self.assertEqual(
            self.post({"email": "a@example.com"}, secret="").status_code, 403
        )

    def test_unknown_address_is_404_json(self):
        response = self.post({"email": "nobody@example.com"})
        self.assertEqual(response.status_code, 404)
        self.assertIn("error", response.json())

    def test_bad_json_is_400(self):
        for body in (
            "{not json",
            "[1, 2]",
            json.dumps({"type": "bounce"}),
            json.dumps({"email": "a@example.com", "type": "spam"}),
            json.dumps({"email": "a@example.com\r\nBcc: x@y.z"}),
        ):
            response = self.post(body)
            self.assertEqual(response.status_code, 400, body)
            self.assertIn("error", response.json())

    def test_get_is_refused(self):
        self.assertEqual(self.client.get(self.url).status_code, 405)
