"""Django's Redis cache, made to step aside while Redis is unreachable.

Everything Gazette keeps in this cache can be rebuilt or done without: Wagtail's
site root paths, the banned-phrases list, rate-limit counters, presence throttles.
So a Redis outage should cost cache misses, not error pages. While Redis cannot be
reached, reads miss, writes are dropped, `add` stores nothing and `incr` finds no
key; rate limits therefore let readers through until Redis is back. After a failure
the cache leaves Redis alone for RETRY_SECONDS, so a Redis host that hangs costs one
socket timeout a second instead of one per cache call.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 1.0
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# Until when each server list is left alone. Per process, not per cache object:
# Django makes a cache object per thread, and a request often runs in a new one.
_down_until: dict[tuple[str, ...], float] = {}


def _forgiving(method, fallback):
    """method, answering fallback(*args) instead while Redis is unreachable."""

    @functools.wraps(method)
    def call(self, *args):
        servers = tuple(self._servers)
        down_until = _down_until.get(servers, 0.0)
        if down_until > time.monotonic():
            return fallback(*args)
        try:
            result = method(self, *args)
        except UNREACHABLE as error:
            if not down_until:
                logger.warning("Redis cache unreachable, going without: %s", error)
            _down_until[servers] = time.monotonic() + RETRY_SECONDS
            return fallback(*args)
        if down_until and _down_until.pop(servers, None):
            logger.warning("Redis cache reachable again")
        return result

    return call


def _missing_key(key, delta):
    raise ValueError(f"Key '{key}' not found.")


class ForgivingRedisCacheClient(RedisCacheClient):
    add = _forgiving(RedisCacheClient.add, lambda key, value, timeout: False)
    get = _forgiving(RedisCacheClient.get, lambda key, default: default)
    set = _forgiving(RedisCacheClient.set, lambda key, value, timeout: None)
    touch = _forgiving(RedisCacheClient.touch, lambda key, timeout: False)
    delete = _forgiving(RedisCacheClient.delete, lambda key: False)
    get_many = _forgiving(RedisCacheClient.get_many, lambda keys: {})
    has_key = _forgiving(RedisCacheClient.has_key, lambda key: False)
    incr = _forgiving(RedisCacheClient.incr, _missing_key)
    set_many = _forgiving(RedisCacheClient.set_many, lambda data, timeout: None)
    delete_many = _forgiving(RedisCacheClient.delete_many, lambda keys: None)
    clear = _forgiving(RedisCacheClient.clear, lambda: False)


class ForgivingRedisCache(RedisCache):
    """Django's RedisCache, but a Redis outage gives misses instead of errors."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ForgivingRedisCacheClient
