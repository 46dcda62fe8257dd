"""Sign-up, confirmation links, management and bad input, with mail in mail.outbox."""

import re

from django.core import mail, signing
from django.test import override_settings
from django.urls import reverse

from gazette.newsletters import actions, tokens
from gazette.newsletters.models import Subscriber, SuppressionReason
from gazette.newsletters.tests.builders import (
    NewsletterTestCase,
    breaking,
    daily,
    make_subscriber,
)


def signup(client, email="ann@example.com", **extra):
    data = {"email": email, "newsletters": [daily().pk], "time_zone": "UTC", **extra}
    return client.post(reverse("newsletters:subscribe"), data, **extra.pop("meta", {}))


def confirm_path(message) -> str:
    return re.search(
        r"https?://[^/\s]+(/en/subscribe/confirm/\S+)", message.body
    ).group(1)


class SignupTests(NewsletterTestCase):
    def test_page_shows_the_form(self):
        response = self.client.get(reverse("newsletters:subscribe"))
        self.assertContains(response, 'name="email"')
        self.assertContains(response, "Daily digest")
        self.assertIn("no-cache", response["Cache-Control"])

    def test_signup_mails_a_confirmation_and_subscribes_nothing_yet(self):
        response = signup(self.client)
        self.assertContains(response, "Check your inbox")
        self.assertEqual(len(mail.outbox), 1)
        subscriber = Subscriber.objects.get()
        self.assertIsNone(subscriber.confirmed_at)
        self.assertEqual(subscriber.subscriptions.count(), 0)
        headers = mail.outbox[0].extra_headers
        self.assertEqual(headers["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")

    def test_confirmation_subscribes_to_the_chosen_newsletters(self):
        signup(self.client)
        path = confirm_path(mail.outbox[0])
        self.client.post(path)
        self.client.post(path)  # twice is harmless
        subscriber = Subscriber.objects.get()
        self.assertIsNotNone(subscriber.confirmed_at)
        self.assertEqual(
            list(subscriber.subscriptions.values_list("newsletter__slug", flat=True)),
            ["daily"],
        )

    def test_address_is_stored_lower_case_once(self):
        signup(self.client, "Ann@Example.COM")
        signup(self.client, "ann@example.com")
        self.assertEqual(
            list(Subscriber.objects.values_list("email", flat=True)),
            ["ann@example.com"],
        )

    def test_repeated_signups_are_rate_limited_per_address(self):
        for _ in range(actions.SIGNUPS_PER_ADDRESS):
            self.assertEqual(signup(self.client).status_code, 200)
        response = signup(self.client)
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "Check your inbox", status_code=429)
        self.assertEqual(len(mail.outbox), actions.SIGNUPS_PER_ADDRESS)

    def test_signups_are_rate_limited_per_ip(self):
        for i in range(actions.SIGNUPS_PER_IP):
            signup(self.client, f"reader{i}@example.com")
        response = signup(self.client, "one-more@example.com")
        self.assertEqual(response.status_code, 429)
        self.assertEqual(len(mail.outbox), actions.SIGNUPS_PER_IP)

    def test_complained_address_gets_no_mail(self):
        subscriber = make_subscriber("ann@example.com", newsletters=[daily()])
        actions.suppress_address(subscriber.email, reason=SuppressionReason.COMPLAINT)
        response = signup(self.client)
        self.assertContains(response, "Check your inbox")
        self.assertEqual(mail.outbox, [])

    def test_bounced_address_confirming_again_is_unsuppressed(self):
        subscriber = make_subscriber("ann@example.com", newsletters=[daily()])
        actions.suppress_address(subscriber.email, reason=SuppressionReason.BOUNCE)
        signup(self.client)
        self.client.post(confirm_path(mail.outbox[0]))
        subscriber.refresh_from_db()
        self.assertIsNone(subscriber.suppressed_at)


class BadInputTests(NewsletterTestCase):
    def assert_refused(self, response, message):
        self.assertContains(response, message, status_code=400)
        self.assertEqual(mail.outbox, [])
        self.assertFalse(Subscriber.objects.exists())

    def test_invalid_address(self):
        self.assert_refused(signup(self.client, "not-an-address"), "valid e-mail")

    def test_empty_address(self):
        self.assert_refused(signup(self.client, ""), "Enter your e-mail address")

    def test_disposable_address(self):
        self.assert_refused(signup(self.client, "x@mailinator.com"), "throwaway")
        self.assert_refused(signup(self.client, "x@eu.yopmail.com"), "throwaway")

    def test_header_injection_in_address(self):
        self.assert_refused(
            signup(self.client, "ann@example.com\r\nBcc: victim@example.org"),
            "line breaks",
        )

    def test_header_injection_in_other_fields(self):
        response = signup(self.client, time_zone="UTC\r\nBcc: victim@example.org")
        self.assert_refused(response, "Line breaks are not allowed")

    def test_no_newsletter_chosen(self):
        response = self.client.post(
            reverse("newsletters:subscribe"),
            {"email": "ann@example.com", "time_zone": "UTC"},
        )
        self.assert_refused(response, "Choose at least one newsletter")

    def test_unknown_newsletter_and_time_zone(self):
        response = self.client.post(
            reverse("newsletters:subscribe"),
            {
                "email": "ann@example.com",
                "newsletters": ["999999"],
                "time_zone": "Mars/Base",
            },
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(Subscriber.objects.exists())

    def test_tampered_confirmation_link(self):
        signup(self.client)
        path = confirm_path(mail.outbox[0])
        response = self.client.get(path[:-3] + "xyz/")
        self.assertContains(response, "not valid", status_code=400)
        response = self.client.post(path.replace("/confirm/", "/confirm/a"))
        self.assertEqual(response.status_code, 400)
        self.assertIsNone(Subscriber.objects.get().confirmed_at)

    def test_expired_confirmation_link(self):
        signup(self.client)
        path = confirm_path(mail.outbox[0])
        with override_settings(NEWSLETTER_CONFIRM_MAX_AGE=-1):
            response = self.client.post(path)
        self.assertContains(response, "expired", status_code=410)
        self.assertIsNone(Subscriber.objects.get().confirmed_at)

    def test_link_of_a_deleted_subscriber(self):
        subscriber = make_subscriber("ann@example.com", newsletters=[daily()])
        token = tokens.manage_token(subscriber)
        subscriber.delete()
        for name in ("unsubscribe", "manage_link"):
            response = self.client.post(reverse(f"newsletters:{name}", args=[token]))
            self.assertContains(response, "does not match", status_code=404)

    def test_confirm_token_with_wrong_payload_shape(self):
        token = signing.TimestampSigner(salt=tokens.CONFIRM_SALT).sign_object(["x"])
        response = self.client.get(reverse("newsletters:confirm", args=[token]))
        self.assertEqual(response.status_code, 400)

    def test_garbage_tokens(self):
        for token in ("x", "a:b:c", "%0d%0a", "...."):
            for name in ("confirm", "unsubscribe", "manage_link"):
                response = self.client.get(
                    f"/en/subscribe/{name.replace('_link', '')}/{token}/"
                )
                self.assertIn(response.status_code, (400, 404), (name, token))


class ManageTests(NewsletterTestCase):
    def test_signed_link_changes_choices_without_an_account(self):
        subscriber = make_subscriber("ann@example.com", newsletters=[daily()])
        url = reverse("newsletters:manage_link", args=[tokens.manage_token(subscriber)])
        page = self.client.get(url)
        self.assertContains(page, "ann@example.com")
        response = self.client.post(
            url, {"newsletters": [breaking().pk], "time_zone": "Asia/Tokyo"}
        )
        self.assertContains(response, "Saved")
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.time_zone, "Asia/Tokyo")
        self.assertEqual(
            list(subscriber.subscriptions.values_list("newsletter__slug", flat=True)),
            ["breaking"],
        )

    def test_unticking_everything_unsubscribes(self):
        subscriber = make_subscriber(
            "ann@example.com", newsletters=[daily(), breaking()]
        )
        url = reverse("newsletters:manage_link", args=[tokens.manage_token(subscriber)])
        self.client.post(url, {"time_zone": "UTC"})
        self.assertEqual(subscriber.subscriptions.count(), 0)

    def test_account_page_needs_login(self):
        response = self.client.get(reverse("newsletters:manage"))
        self.assertEqual(response.status_code, 302)
        self.assertIn("/en/accounts/login/", response["Location"])

    def test_logged_in_reader_subscribes_without_a_confirmation_mail(self):
        self.client.force_login(self.reader)
        response = self.client.post(
            reverse("newsletters:manage"),
            {"newsletters": [daily().pk], "time_zone": "Europe/Paris"},
        )
        self.assertContains(response, "Saved")
        subscriber = Subscriber.objects.get(email=self.reader.email)
        self.assertTrue(subscriber.can_receive)
        self.assertEqual(subscriber.user, self.reader)
        self.assertEqual(mail.outbox, [])

    def test_unsubscribe_get_asks_and_post_acts(self):
        subscriber = make_subscriber(
            "ann@example.com", newsletters=[daily(), breaking()]
        )
        url = reverse("newsletters:unsubscribe", args=[tokens.manage_token(subscriber)])
        page = self.client.get(url + "?list=daily")
        self.assertContains(page, "Stop sending “Daily digest”")
        self.assertEqual(subscriber.subscriptions.count(), 2)
        response = self.client.post(url + "?list=daily")
        self.assertContains(response, "You are unsubscribed")
        self.assertEqual(subscriber.subscriptions.count(), 1)
        self.client.post(url)
        self.assertEqual(subscriber.subscriptions.count(), 0)
