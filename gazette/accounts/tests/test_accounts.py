import re

from django.core import mail
from django.core.cache import cache
from django.test import override_settings

from gazette.accounts import actions
from gazette.accounts.models import User
from gazette.testing import BaseTestCase, make_article, make_section


class RegistrationTests(BaseTestCase):
    def setUp(self):
        cache.clear()

    def test_registers_verifies_by_email_then_logs_in(self):
        response = self.client.post(
            "/en/accounts/signup/",
            {
                "email": "new.reader@example.org",
                "password1": "lantern-harbour-77",
                "password2": "lantern-harbour-77",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(len(mail.outbox), 1)
        link = re.search(
            r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body
        )
        self.assertIsNotNone(link)
        user = User.objects.get(email="new.reader@example.org")
        self.assertFalse(user.emailaddress_set.get().verified)
        path = link.group(0).split("testserver", 1)[-1]
        self.client.post(path)
        self.assertTrue(user.emailaddress_set.get().verified)
        self.client.logout()
        response = self.client.post(
            "/en/accounts/login/",
            {"login": "new.reader@example.org", "password": "lantern-harbour-77"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.client.get("/en/accounts/me.json").json()["id"], user.pk)

    def test_registration_from_a_discussion_returns_there_after_confirming(self):
        article = make_article(make_section("World"))
        target = f"{article.url}#comments"
        self.client.post(
            "/en/accounts/signup/",
            {
                "email": "joiner@example.org",
                "password1": "lantern-harbour-77",
                "password2": "lantern-harbour-77",
                "next": target,
            },
        )
        link = re.search(
            r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body
        )
        path = link.group(0).split("testserver", 1)[-1]
        response = self.client.post(path)
        self.assertRedirects(response, target, fetch_redirect_response=False)

    def test_unverified_reader_cannot_log_in(self):
        self.client.post(
            "/en/accounts/signup/",
            {
                "email": "late@example.org",
                "password1": "lantern-harbour-77",
                "password2": "lantern-harbour-77",
            },
        )
        self.client.logout()
        self.client.post(
            "/en/accounts/login/",
            {"login": "late@example.org", "password": "lantern-harbour-77"},
        )
        self.assertIs(
            self.client.get("/en/accounts/me.json").json()["is_authenticated"], False
        )

    def test_passwords_are_hashed_with_argon2_in_production_settings(self):
        from gazette import settings as production

        self.assertIn("Argon2", production.PASSWORD_HASHERS[0])

    def test_signup_and_login_pages_have_labels_and_site_layout(self):
        for url in ("/en/accounts/login/", "/en/accounts/signup/"):
            response = self.client.get(url)
            self.assertContains(
                response,
                '<label for="id_email"' if "signup" in url else '<label for="id_login"',
            )
            self.assertContains(response, 'class="site-header"')


class LoginTests(BaseTestCase):
    def setUp(self):
        cache.clear()

    def test_login_returns_to_the_article_discussion(self):
        section = make_section("World")
        article = make_article(section)
        target = f"{article.url}#comments"
        response = self.client.post(
            "/en/accounts/login/",
            {
                "login": "reader@example.org",
                "password": "correct-horse-9",
                "next": target,
            },
        )
        self.assertRedirects(response, target, fetch_redirect_response=False)

    def test_login_sets_the_reader_hint_and_anonymous_me_json_clears_it(self):
        response = self.client.post(
            "/en/accounts/login/",
            {"login": "reader@example.org", "password": "correct-horse-9"},
        )
        hint = response.cookies["gazette_reader"]
        self.assertEqual(hint.value, "1")
        self.assertFalse(hint["httponly"])
        self.client.logout()
        response = self.client.get("/en/accounts/me.json")
        self.assertEqual(response.cookies["gazette_reader"]["max-age"], 0)

    def test_login_ignores_next_to_another_site(self):
        response = self.client.post(
            "/en/accounts/login/",
            {
                "login": "reader@example.org",
                "password": "correct-horse-9",
                "next": "https://evil.example/",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertNotIn("evil", response["Location"])

    @override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "3/m/ip,3/5m/key"})
    def test_failed_logins_are_rate_limited(self):
        for _ in range(3):
            response = self.client.post(
                "/en/accounts/login/",
                {"login": "reader@example.org", "password": "wrong"},
            )
            self.assertEqual(response.status_code, 200)
        response = self.client.post(
            "/en/accounts/login/",
            {"login": "reader@example.org", "password": "correct-horse-9"},
        )
        # Even the right password is refused while the limit holds.
        self.assertContains(response, "Too many failed login attempts")
        self.assertIs(
            self.client.get("/en/accounts/me.json").json()["is_authenticated"], False
        )
        # The window passes (the cache forgets it): the owner gets in again.
        cache.clear()
        response = self.client.post(
            "/en/accounts/login/",
            {"login": "reader@example.org", "password": "correct-horse-9"},
        )
        self.assertEqual(response.status_code, 302)

    def test_password_reset_sends_a_link(self):
        response = self.client.post(
            "/en/accounts/password/reset/", {"email": "reader@example.org"}
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("/en/accounts/password/reset/key/", mail.outbox[0].body)


class ReaderStateTests(BaseTestCase):
    def test_anonymous_me_json_says_so_and_carries_no_token(self):
        data = self.client.get("/en/accounts/me.json").json()
        self.assertEqual(data, {"is_authenticated": False})

    def test_logged_in_me_json_has_name_and_csrf_token(self):
        self.client.force_login(self.reader)
        response = self.client.get("/en/accounts/me.json")
        data = response.json()
        self.assertEqual(data["name"], "Rita Reader")
        self.assertTrue(data["csrf_token"])
        self.assertIs(data["is_moderator"], False)
        self.assertIn("no-cache", response["Cache-Control"])

    def test_header_slot_and_reader_script_are_on_every_page(self):
        response = self.client.get("/en/accounts/login/")
        self.assertContains(response, "data-reader-slot")
        self.assertContains(response, "js/reader.js")


class ProfileTests(BaseTestCase):
    def test_reader_changes_display_name_and_reply_emails(self):
        self.client.force_login(self.reader)
        response = self.client.post(
            "/en/accounts/profile/", {"display_name": "  Rita R  "}
        )
        self.assertRedirects(response, "/en/accounts/profile/")
        self.reader.refresh_from_db()
        self.assertEqual(self.reader.display_name, "Rita R")
        self.assertIs(self.reader.notify_replies, False)

    def test_profile_needs_login(self):
        response = self.client.get("/en/accounts/profile/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("/en/accounts/login/", response["Location"])

    def test_too_long_display_name_is_a_400_with_message(self):
        self.client.force_login(self.reader)
        response = self.client.post("/en/accounts/profile/", {"display_name": "x" * 61})
        self.assertContains(response, "at most 60 characters", status_code=400)

    def test_change_email_page_is_there(self):
        self.client.force_login(self.reader)
        self.assertEqual(self.client.get("/en/accounts/email/").status_code, 200)

    def test_signed_link_turns_reply_emails_off(self):
        token = actions.reply_notifications_token(self.reader)
        url = f"/en/accounts/notifications/off/{token}/"
        self.assertContains(self.client.get(url), "Stop reply e-mails")
        self.reader.refresh_from_db()
        self.assertIs(self.reader.notify_replies, True)
        self.client.post(url)
        self.reader.refresh_from_db()
        self.assertIs(self.reader.notify_replies, False)

    def test_tampered_link_is_a_404(self):
        token = actions.reply_notifications_token(self.reader) + "x"
        response = self.client.post(f"/en/accounts/notifications/off/{token}/")
        self.assertEqual(response.status_code, 404)
        self.reader.refresh_from_db()
        self.assertIs(self.reader.notify_replies, True)


class DeleteAccountTests(BaseTestCase):
    def test_deletes_with_password_and_logs_out(self):
        self.client.force_login(self.stranger)
        response = self.client.post(
            "/en/accounts/delete/", {"password": "correct-horse-9"}
        )
        self.assertContains(response, "Your account is deleted")
        self.assertFalse(User.objects.filter(username="stranger").exists())
        self.assertIs(
            self.client.get("/en/accounts/me.json").json()["is_authenticated"], False
        )

    def test_wrong_password_keeps_the_account(self):
        self.client.force_login(self.stranger)
        response = self.client.post("/en/accounts/delete/", {"password": "nope"})
        self.assertContains(response, "That is not your password", status_code=400)
        self.assertTrue(User.objects.filter(username="stranger").exists())
