"""How many readers have a room open, counted across every app process.

Each open room page sends a heartbeat over the WebSocket (action "chat.presence")
with a random tab id; a tab counts as present until it leaves or its last heartbeat
is older than PRESENCE_TTL. With REDIS_URL the tabs live in one Redis sorted set per
room (shared by all processes); without it, in process memory (one process only).
While Redis is unreachable rooms count nobody online rather than failing the page.
"""

import logging
import threading
import time
from functools import cache, wraps

import redis
from django.conf import settings

logger = logging.getLogger(__name__)

PRESENCE_TTL = 60  # seconds; the page beats every 25 s
HEARTBEAT_SECONDS = 25


def _unless_unreachable(fallback):
    """Answer fallback(*args) instead of failing while Redis cannot be reached."""

    def decorate(method):
        @wraps(method)
        def call(self, *args):
            try:
                return method(self, *args)
            except (redis.ConnectionError, redis.TimeoutError) as error:
                logger.warning("Chat presence unavailable: %s", error)
                return fallback(*args)

        return call

    return decorate


class RedisPresence:
    def __init__(self, url: str) -> None:
        self.client = redis.Redis.from_url(
            url, socket_connect_timeout=2, socket_timeout=2
        )

    @staticmethod
    def key(room_id: int) -> str:
        return f"gazette:chat:presence:{room_id}"

    @_unless_unreachable(lambda room_id, tab: 0)
    def touch(self, room_id: int, tab: str) -> int:
        now = time.time()
        key = self.key(room_id)
        pipe = self.client.pipeline()
        pipe.zadd(key, {tab: now})
        pipe.zremrangebyscore(key, 0, now - PRESENCE_TTL)
        pipe.expire(key, PRESENCE_TTL * 2)
        pipe.zcard(key)
        return int(pipe.execute()[-1])

    @_unless_unreachable(lambda room_id, tab: 0)
    def leave(self, room_id: int, tab: str) -> int:
        pipe = self.client.pipeline()
        pipe.zrem(self.key(room_id), tab)
        pipe.zcount(self.key(room_id), time.time() - PRESENCE_TTL, "+inf")
        return int(pipe.execute()[-1])

    @_unless_unreachable(lambda room_ids: dict.fromkeys(room_ids, 0))
    def counts(self, room_ids: list[int]) -> dict[int, int]:
        if not room_ids:
            return {}
        since = time.time() - PRESENCE_TTL
        pipe = self.client.pipeline()
        for room_id in room_ids:
            pipe.zcount(self.key(room_id), since, "+inf")
        return dict(zip(room_ids, (int(n) for n in pipe.execute()), strict=True))

    def clear(self) -> None:
        for key in self.client.scan_iter("gazette:chat:presence:*"):
            self.client.delete(key)


class LocalPresence:
    def __init__(self) -> None:
        self.rooms: dict[int, dict[str, float]] = {}
        self.lock = threading.Lock()

    def _live(self, room_id: int, now: float) -> dict[str, float]:
        tabs = self.rooms.setdefault(room_id, {})
        for tab, seen in list(tabs.items()):
            if seen < now - PRESENCE_TTL:
                del tabs[tab]
        return tabs

    def touch(self, room_id: int, tab: str) -> int:
        now = time.time()
        with self.lock:
            tabs = self._live(room_id, now)
            tabs[tab] = now
            return len(tabs)

    def leave(self, room_id: int, tab: str) -> int:
        with self.lock:
            tabs = self._live(room_id, time.time())
            tabs.pop(tab, None)
            return len(tabs)

    def counts(self, room_ids: list[int]) -> dict[int, int]:
        now = time.time()
        with self.lock:
            return {room_id: len(self._live(room_id, now)) for room_id in room_ids}

    def clear(self) -> None:
        with self.lock:
            self.rooms.clear()


@cache
def _backend(redis_url: str | None) -> RedisPresence | LocalPresence:
    return RedisPresence(redis_url) if redis_url else LocalPresence()


def presence() -> RedisPresence | LocalPresence:
    return _backend(getattr(settings, "REDIS_URL", None) or None)
