"""CSRF and permissions for every write endpoint of the reader-facing apps.

The endpoints come from the URL resolver (every route in the namespaces below), so a
new route cannot slip past: it fails `test_every_endpoint_is_in_the_table` until it is
added to ENDPOINTS with the protection it is meant to have.

- (a) A POST without a CSRF token is refused with 403, except the deliberately
  CSRF-exempt endpoints authenticated by a signed token or a shared secret, which
  must refuse a bad or missing one instead (and accept a good one without a cookie).
- (b) Anonymous POSTs to logged-in-only endpoints go to a login page or get 403.
- (c) A reader cannot use moderator endpoints.
No refused request may change a stored row (compared before and after).
"""

from itertools import combinations

from django.apps import apps
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import NoReverseMatch, URLResolver, get_resolver, reverse

from gazette.accounts.actions import reply_notifications_token
from gazette.chats import actions as chat_actions
from gazette.chats.tests.builders import make_room
from gazette.discussions.tests.builders import post
from gazette.newsletters import tokens
from gazette.newsletters.tests.builders import daily, make_subscriber
from gazette.testing import BaseTestCase, make_article, make_section, make_topic

NAMESPACES = (
    "accounts",
    "chats",
    "discussions",
    "discussions_admin",
    "feed",
    "newsletters",
    "newsletters_admin",
)
# Apps whose rows a refused request must leave as they were.
WATCHED_APPS = ("accounts", "chats", "discussions", "feed", "moderation", "newsletters")

READ = "read"  # pages and JSON for reading: only the CSRF rule applies to a POST
PUBLIC = "public"  # anyone may write, with a CSRF token (a token link may add auth)
READER = "reader"  # logged-in readers only
MODERATOR = "moderator"  # moderators or newsroom staff only
TOKEN = "token"  # CSRF-exempt on purpose; a signed token or secret authenticates

ENDPOINTS = {
    "accounts:me": READ,
    "accounts:profile": READER,
    "accounts:delete": READER,
    "accounts:notifications_off": TOKEN,
    "chats:list": READ,
    "chats:online": READ,
    "chats:room": READ,
    "chats:older": READ,
    "chats:post": READER,
    "chats:moderate": MODERATOR,
    "chats:delete": MODERATOR,
    "discussions:counts": READ,
    "discussions:more": READ,
    "discussions:permalink": READ,
    "discussions:thread": READ,
    "discussions:reply": READ,
    "discussions:post": READER,
    "discussions:edit": READER,
    "discussions:delete": READER,
    "discussions:like": READER,
    "discussions:report": READER,
    "discussions_admin:queue": READ,
    "discussions_admin:history": READ,
    "discussions_admin:moderate": MODERATOR,
    "feed:newsfeed": READ,
    "feed:newsfeed_json": READ,
    "feed:breaking": READ,
    "feed:next_story": READ,
    "feed:next_story_fragment": READ,
    "feed:live_blog_rss": READ,
    "newsletters:subscribe": PUBLIC,
    "newsletters:confirm": PUBLIC,
    "newsletters:manage_link": PUBLIC,
    "newsletters:unsubscribe": TOKEN,
    "newsletters:bounce_webhook": TOKEN,
    "newsletters:manage": READER,
    "newsletters:follow": READER,
    "newsletters:my_news": READ,
    "newsletters_admin:overview": READ,
    "newsletters_admin:subscribers": READ,
    "newsletters_admin:subscribers_csv": READ,
    "newsletters_admin:send_test": MODERATOR,
    "newsletters_admin:breaking_alert": MODERATOR,
}
# Chats answer 404 to non-moderators (a reader is not told the moderation URL exists).
REFUSED_FOR_READERS = {"chats:moderate": {404}, "chats:delete": {404}}
LOGIN_PATHS = ("/en/accounts/login/", "/admin/login/")


def tracked_routes(resolver=None, namespace=()):
    """(namespace:name) for every route under NAMESPACES."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + ((pattern.namespace,) if pattern.namespace else ())
            yield from tracked_routes(pattern, inner)
        elif namespace and namespace[-1] in NAMESPACES:
            yield f"{':'.join(namespace)}:{pattern.name}"


def stored_rows() -> dict:
    rows = {}
    for label in WATCHED_APPS:
        for model in apps.get_app_config(label).get_models():
            rows[model._meta.label] = list(model.objects.order_by("pk").values())
    return rows


@override_settings(DISCUSSION_PREMODERATE_FIRST=0, NEWSLETTER_WEBHOOK_SECRET="s3cret")
class WriteProtectionTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        cache.clear()
        super().setUpTestData()
        cls.article = make_article(make_section("World"), "Harbour budget agreed")
        cls.topic = make_topic("Harbours")
        cls.comment = post(cls.article, cls.stranger)
        cls.own_comment = post(cls.article, cls.reader, body="My own view.")
        cls.room = make_room(by=cls.editor)
        cls.message = chat_actions.post_message(
            cls.room, author=cls.stranger, text="Hello harbour."
        )
        cls.subscriber = make_subscriber("sub@example.org", newsletters=[daily()])

    def setUp(self):
        cache.clear()  # rate-limit counters

    def url(self, name: str) -> str:
        values = {
            "article_id": self.article.pk,
            "comment_id": self.comment.pk,
            "user_id": self.stranger.pk,
            "page_id": self.article.pk,
            "slug": self.room.slug,
            "message_id": self.message.pk,
        }
        if name == "discussions:edit" or name == "discussions:delete":
            values["comment_id"] = self.own_comment.pk
        if name == "newsletters:follow":
            return reverse(name, args=["topic", self.topic.slug])
        if name == "newsletters:confirm":
            return reverse(name, args=[tokens.confirm_token(self.subscriber, [])])
        if name in ("newsletters:manage_link", "newsletters:unsubscribe"):
            return reverse(name, args=[tokens.manage_token(self.subscriber)])
        if name == "accounts:notifications_off":
            return reverse(name, args=[reply_notifications_token(self.reader)])
        for size in range(3):
            for keys in combinations(sorted(values), size):
                try:
                    return reverse(name, kwargs={k: values[k] for k in keys})
                except NoReverseMatch:
                    continue
        raise AssertionError(f"Cannot build a URL for {name}; teach url() its args.")

    def valid_data(self, name: str) -> dict:
        """What a permitted caller would send, so a missing check would show."""
        return {
            "discussions:post": {"body": "Anonymous words."},
            "discussions:edit": {"body": "Changed words."},
            "discussions:report": {"reason": "spam"},
            "discussions_admin:moderate": {"decision": "hide", "reason": "x"},
            "accounts:profile": {"display_name": "Changed"},
            "accounts:delete": {"confirm": "on", "password": "irrelevant"},
            "chats:post": {"text": "Anonymous chat."},
            "chats:moderate": {"action": "close"},
            "newsletters:manage": {"newsletters": [daily().pk], "time_zone": "UTC"},
            "newsletters_admin:send_test": {
                "newsletter": daily().pk,
                "email": "x@example.org",
            },
        }.get(name, {})

    def assert_refused_without_change(
        self, client, name, allowed_statuses, *, refusal_paths=LOGIN_PATHS
    ):
        before = stored_rows()
        response = client.post(self.url(name), self.valid_data(name))
        after = stored_rows()
        location = response.get("Location", "")
        refused = response.status_code in allowed_statuses or (
            response.status_code == 302 and location.startswith(refusal_paths)
        )
        self.assertTrue(
            refused,
            f"{name}: expected {sorted(allowed_statuses)} or a redirect to "
            f"{refusal_paths}, got "
            f"{response.status_code} {location}",
        )
        for label, rows in before.items():
            self.assertEqual(rows, after[label], f"{name} changed {label}")

    def test_every_endpoint_is_in_the_table(self):
        unknown = sorted(set(tracked_routes()) - set(ENDPOINTS))
        self.assertEqual(
            unknown,
            [],
            "New endpoints: add them to ENDPOINTS in "
            "gazette/browser_tests/test_write_protection.py with the protection "
            "they need (and a URL in url() if they take arguments).",
        )
        stale = sorted(set(ENDPOINTS) - set(tracked_routes()))
        self.assertEqual(stale, [], "Gone from the URLs: remove them from ENDPOINTS.")

    def test_a_post_without_csrf_token_is_refused(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.reader)
        for name, kind in ENDPOINTS.items():
            if kind == TOKEN:
                continue
            with self.subTest(name):
                self.assert_refused_without_change(client, name, {403})

    def test_a_moderator_post_without_csrf_token_is_refused(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.editor)
        for name, kind in ENDPOINTS.items():
            if kind == MODERATOR:
                with self.subTest(name):
                    self.assert_refused_without_change(client, name, {403})

    def test_csrf_exempt_endpoints_refuse_a_bad_or_missing_credential(self):
        client = Client(enforce_csrf_checks=True)
        for name, kind in ENDPOINTS.items():
            if kind != TOKEN or name == "newsletters:bounce_webhook":
                continue
            with self.subTest(name):
                before = stored_rows()
                good = self.url(name)
                bad = good.rstrip("/").rsplit("/", 1)[0] + "/not-a-valid-token/"
                response = client.post(bad)
                self.assertGreaterEqual(response.status_code, 400, name)
                self.assertLess(response.status_code, 500, name)
                self.assertEqual(before, stored_rows(), name)

        webhook = reverse("newsletters:bounce_webhook")
        body = '{"email": "sub@example.org", "type": "bounce"}'
        before = stored_rows()
        for headers in ({}, {"X-Newsletter-Secret": "wrong"}):
            response = client.post(
                webhook, body, content_type="application/json", headers=headers
            )
            self.assertEqual(response.status_code, 403, headers)
        self.assertEqual(before, stored_rows())

    def test_csrf_exempt_endpoints_work_with_a_good_credential_and_no_cookie(self):
        client = Client(enforce_csrf_checks=True)
        response = client.post(self.url("newsletters:unsubscribe"))
        self.assertEqual(response.status_code, 200)
        self.assertFalse(self.subscriber.subscriptions.exists())
        response = client.post(self.url("accounts:notifications_off"))
        self.assertIn(response.status_code, {200, 302})
        response = client.post(
            reverse("newsletters:bounce_webhook"),
            '{"email": "sub@example.org", "type": "bounce"}',
            content_type="application/json",
            headers={"X-Newsletter-Secret": "s3cret"},
        )
        self.assertEqual(response.status_code, 200)

    def test_anonymous_posts_to_logged_in_endpoints_are_refused(self):
        client = Client()
        for name, kind in ENDPOINTS.items():
            if kind in (READER, MODERATOR):
                with self.subTest(name):
                    self.assert_refused_without_change(client, name, {403})

    def test_a_newsroom_contributor_cannot_use_moderator_endpoints(self):
        # Has the admin, so the view's own check refuses; Wagtail turns its 403 into
        # a redirect to the dashboard with "Sorry, you do not have permission".
        client = Client()
        client.force_login(self.contributor)
        for name, kind in ENDPOINTS.items():
            if kind == MODERATOR:
                with self.subTest(name):
                    allowed = REFUSED_FOR_READERS.get(name, {403})
                    in_admin = name.split(":")[0].endswith("_admin")
                    self.assert_refused_without_change(
                        client,
                        name,
                        allowed,
                        refusal_paths=("/admin/",) if in_admin else (),
                    )

    def test_a_reader_cannot_use_moderator_endpoints(self):
        # Wagtail sends readers without admin access to its login page instead.
        client = Client()
        client.force_login(self.reader)
        for name, kind in ENDPOINTS.items():
            if kind == MODERATOR:
                with self.subTest(name):
                    allowed = REFUSED_FOR_READERS.get(name, {403})
                    self.assert_refused_without_change(client, name, allowed)
