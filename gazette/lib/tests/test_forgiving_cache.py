"""The Redis cache with Redis unreachable: pages, logins and rate limits go on.

The cache points at a port nothing listens on, so every Redis call is refused at
once, as when the Redis host is down.
"""

import socket

from django.core.cache import cache
from django.test import override_settings

from gazette.lib import cache as forgiving
from gazette.moderation.rules import hit_rate_limit
from gazette.testing import BaseTestCase


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the block ends


def unreachable_redis() -> dict:
    return {
        "default": {
            "BACKEND": "gazette.lib.cache.ForgivingRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }


class RedisDownTests(BaseTestCase):
    def setUp(self):
        self.settings = override_settings(CACHES=unreachable_redis())
        self.settings.enable()
        self.addCleanup(self.settings.disable)
        forgiving.STAND_IN.clear()
        forgiving._down_until.clear()

    def test_values_are_kept_in_this_process_meanwhile(self):
        self.assertIsNone(cache.get("greeting"))
        cache.set("greeting", "hello", 60)
        self.assertEqual(cache.get("greeting"), "hello")
        self.assertTrue(cache.add("lock", 1, 60))
        self.assertFalse(cache.add("lock", 1, 60))
        self.assertEqual(cache.incr("lock"), 2)

    def test_rate_limits_still_hold(self):
        results = [
            hit_rate_limit("comment:reader", limit=3, period=60) for _ in range(5)
        ]
        self.assertEqual(results, [False, False, False, True, True])

    def test_a_reader_can_log_in(self):
        # allauth takes a lock in the cache around its login rate limit: with no
        # working cache it could never take it and refused every login.
        response = self.client.post(
            "/en/accounts/login/",
            {"login": "reader@example.org", "password": "correct-horse-9"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertIs(
            self.client.get("/en/accounts/me.json").json()["is_authenticated"], True
        )

    @override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "3/m/ip,3/5m/key"})
    def test_failed_logins_are_still_limited(self):
        for _ in range(3):
            self.client.post(
                "/en/accounts/login/",
                {"login": "reader@example.org", "password": "wrong"},
            )
        response = self.client.post(
            "/en/accounts/login/",
            {"login": "reader@example.org", "password": "correct-horse-9"},
        )
        self.assertContains(response, "Too many failed login attempts")


class RedisBackTests(BaseTestCase):
    def test_the_stand_in_is_emptied_when_redis_answers_again(self):
        forgiving.STAND_IN.set("gazette:1:stale", "from the outage", 60)
        servers = ("redis://example.invalid",)
        forgiving._down_until[servers] = 1.0  # was down; the pause is over

        class Client:
            _servers = servers

            @forgiving._forgiving
            def get(self, key, default):
                return "from redis"

        self.assertEqual(Client().get("stale", None), "from redis")
        self.assertIsNone(forgiving.STAND_IN.get("gazette:1:stale"))
        self.assertNotIn(servers, forgiving._down_until)
