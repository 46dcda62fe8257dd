"""Where cached pages live: this process's memory, or Redis shared by every process.

An entry is tagged with the version of its path and the global version current when
its render began; purging a path (or everything) sets a new version, so older entries
stop matching everywhere at once without anyone having to find and delete them.
"""

import asyncio
import logging
import pickle
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass

from gazette.pagecache.conf import PageCacheConf

logger = logging.getLogger(__name__)

GLOBAL = "*"
UNSET = "0"
# A page cache that cannot reach Redis serves every page as a miss; after a failure
# it leaves Redis alone this long, so a hanging Redis host does not slow each page.
RETRY_SECONDS = 1.0
SOCKET_TIMEOUT = 2


@dataclass(frozen=True, slots=True)
class Entry:
    path_version: str
    global_version: str
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes
    etag: bytes
    last_modified: bytes
    stored_at: float


def new_version() -> str:
    return secrets.token_hex(6)


class LocalStore:
    """One process's memory: the default when there is no Redis (one app process)."""

    def __init__(self, conf: PageCacheConf, max_entries: int = 5000):
        self.conf = conf
        self.max_entries = max_entries
        self.entries: OrderedDict[str, tuple[float, Entry]] = OrderedDict()
        self.versions: dict[str, str] = {}

    def peek(self, key: str, path: str) -> Entry | None:
        """The entry if it is current: no I/O, so callable on the event loop."""
        item = self.entries.get(key)
        if item is None:
            return None
        expires, entry = item
        if (
            expires < time.monotonic()
            or entry.path_version != self.versions.get(path, UNSET)
            or entry.global_version != self.versions.get(GLOBAL, UNSET)
        ):
            return None
        return entry

    async def lookup(self, key: str, path: str) -> tuple[Entry | None, str, str]:
        return (
            self.peek(key, path),
            self.versions.get(path, UNSET),
            self.versions.get(GLOBAL, UNSET),
        )

    async def save(self, key: str, entry: Entry) -> None:
        self.entries[key] = (time.monotonic() + self.conf.timeout, entry)
        self.entries.move_to_end(key)
        while len(self.entries) > self.max_entries:
            self.entries.popitem(last=False)

    def bump(self, paths: list[str]) -> None:
        for path in paths:
            self.versions[path] = new_version()

    def clear_local(self) -> None:
        self.entries.clear()

    def flush(self) -> None:
        self.entries.clear()
        self.versions.clear()


class RedisStore:
    """Redis shared by all app processes, with a short-lived copy in each process.

    The in-process copy (PAGECACHE_LOCAL_MS, default one second) spares the round
    trip on a hot page; it is why a purge made elsewhere shows within that time.

    While Redis is unreachable every lookup misses and nothing is stored: readers
    get pages rendered by Django, slower but served.
    """

    prefix = "gazette:pc:"

    def __init__(self, conf: PageCacheConf):
        self.conf = conf
        self.near: dict[str, tuple[float, Entry]] = {}
        self._clients: dict[int, object] = {}
        self._sync_client = None
        self.down_until = 0.0

    def _async_client(self):
        import redis.asyncio

        loop = asyncio.get_running_loop()
        client = self._clients.get(id(loop))
        if client is None:
            client = redis.asyncio.Redis.from_url(
                self.conf.redis_url,
                socket_connect_timeout=SOCKET_TIMEOUT,
                socket_timeout=SOCKET_TIMEOUT,
            )
            self._clients = {id(loop): client}
        return client

    def _sync(self):
        import redis

        if self._sync_client is None:
            self._sync_client = redis.Redis.from_url(
                self.conf.redis_url,
                socket_connect_timeout=SOCKET_TIMEOUT,
                socket_timeout=SOCKET_TIMEOUT,
            )
        return self._sync_client

    def _reachable(self) -> bool:
        return self.down_until <= time.monotonic()

    def _unreachable(self, error: Exception) -> None:
        if not self.down_until:
            logger.warning("Page cache cannot reach Redis, serving misses: %s", error)
        self.down_until = time.monotonic() + RETRY_SECONDS

    def _reached(self) -> None:
        if self.down_until:
            self.down_until = 0.0
            logger.warning("Page cache reaches Redis again")

    def peek(self, key: str, path: str) -> Entry | None:
        item = self.near.get(key)
        if item is not None and item[0] > time.monotonic():
            return item[1]
        return None

    async def lookup(self, key: str, path: str) -> tuple[Entry | None, str, str]:
        import redis

        if not self._reachable():
            return None, UNSET, UNSET
        p = self.prefix
        try:
            raw, path_version, global_version = await self._async_client().mget(
                p + "e:" + key, p + "v:" + path, p + "v:" + GLOBAL
            )
        except (redis.ConnectionError, redis.TimeoutError) as error:
            self._unreachable(error)
            return None, UNSET, UNSET
        self._reached()
        path_version = path_version.decode() if path_version else UNSET
        global_version = global_version.decode() if global_version else UNSET
        if raw is None:
            return None, path_version, global_version
        # Only this module writes under the prefix, into the site's own Redis.
        entry = pickle.loads(raw)  # noqa: S301
        if (entry.path_version, entry.global_version) != (path_version, global_version):
            return None, path_version, global_version
        if self.conf.local_ttl > 0:
            if len(self.near) > 5000:
                self.near.clear()
            self.near[key] = (time.monotonic() + self.conf.local_ttl, entry)
        return entry, path_version, global_version

    async def save(self, key: str, entry: Entry) -> None:
        import redis

        if not self._reachable():
            return
        data = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            await self._async_client().set(
                self.prefix + "e:" + key, data, ex=self.conf.timeout
            )
        except (redis.ConnectionError, redis.TimeoutError) as error:
            self._unreachable(error)
            return
        if self.conf.local_ttl > 0:
            self.near[key] = (time.monotonic() + self.conf.local_ttl, entry)

    def bump(self, paths: list[str]) -> None:
        import redis

        if not paths:
            return
        self.near.clear()
        try:
            self._sync().mset(
                {self.prefix + "v:" + path: new_version() for path in paths}
            )
        except (redis.ConnectionError, redis.TimeoutError):
            # The change is stored; only the purge is lost. A Redis that restarts
            # empty has forgotten the old pages too; one that kept them on disk
            # serves them until PAGECACHE_TIMEOUT.
            logger.exception("Page cache purge failed: Redis unreachable")

    def clear_local(self) -> None:
        self.near.clear()

    def flush(self) -> None:
        """Forget every entry and version (tests, and `manage.py` maintenance)."""
        client = self._sync()
        keys = list(client.scan_iter(match=self.prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
        self.near.clear()


_store: LocalStore | RedisStore | None = None


def get_store() -> LocalStore | RedisStore:
    global _store
    if _store is None:
        from gazette.pagecache.conf import get_conf

        conf = get_conf()
        _store = RedisStore(conf) if conf.redis_url else LocalStore(conf)
    return _store
