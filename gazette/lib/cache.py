"""Django's Redis cache, made to step aside while Redis is unreachable.

Everything Gazette keeps in this cache can be rebuilt or done without for a while:
Wagtail's site root paths, the banned-phrases list, rate-limit counters and their
locks, presence throttles. So a Redis outage should cost neither error pages nor
protection. While Redis cannot be reached, every call goes to a stand-in in this
process's memory instead: rate limits then hold per process rather than across
them (and allauth's locks keep working, so readers can still log in). When Redis
answers again the stand-in is emptied and Redis is used as before. After a failure
the cache leaves Redis alone for RETRY_SECONDS, so a Redis host that hangs costs one
socket timeout a second instead of one per cache call.
"""

import functools
import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 1.0
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# Until when each server list is left alone. Per process, not per cache object:
# Django makes a cache object per thread, and a request often runs in a new one.
_down_until: dict[tuple[str, ...], float] = {}


# The stand-in, shared by the threads of this process. The keys it gets are already
# made (prefixed and versioned) by RedisCache, so it must not make them again.
STAND_IN = LocMemCache(
    "gazette-redis-stand-in",
    {"OPTIONS": {"MAX_ENTRIES": 10_000}, "KEY_FUNCTION": lambda key, prefix, v: key},
)


def _forgiving(method):
    """method, answered by the stand-in instead while Redis is unreachable."""
    stand_in = getattr(STAND_IN, method.__name__)

    @functools.wraps(method)
    def call(self, *args):
        servers = tuple(self._servers)
        down_until = _down_until.get(servers, 0.0)
        if down_until > time.monotonic():
            return stand_in(*args)
        try:
            result = method(self, *args)
        except UNREACHABLE as error:
            if not down_until:
                logger.warning(
                    "Redis cache unreachable, using this process's memory: %s", error
                )
            _down_until[servers] = time.monotonic() + RETRY_SECONDS
            return stand_in(*args)
        if down_until and _down_until.pop(servers, None):
            STAND_IN.clear()
            logger.warning("Redis cache reachable again")
        return result

    return call


class ForgivingRedisCacheClient(RedisCacheClient):
    add = _forgiving(RedisCacheClient.add)
    get = _forgiving(RedisCacheClient.get)
    set = _forgiving(RedisCacheClient.set)
    touch = _forgiving(RedisCacheClient.touch)
    delete = _forgiving(RedisCacheClient.delete)
    get_many = _forgiving(RedisCacheClient.get_many)
    has_key = _forgiving(RedisCacheClient.has_key)
    incr = _forgiving(RedisCacheClient.incr)
    set_many = _forgiving(RedisCacheClient.set_many)
    delete_many = _forgiving(RedisCacheClient.delete_many)
    clear = _forgiving(RedisCacheClient.clear)


class ForgivingRedisCache(RedisCache):
    """Django's RedisCache, but a Redis outage gives misses instead of errors."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ForgivingRedisCacheClient
