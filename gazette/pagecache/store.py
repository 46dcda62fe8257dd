"""Where cached pages live: this process's memory, or Redis shared by every process.

An entry is tagged with the version of its path and the global version current when
its render began; purging a path (or everything) sets a new version, so older entries
stop matching everywhere at once without anyone having to find and delete them.
"""

import asyncio
import pickle
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass

from gazette.pagecache.conf import PageCacheConf

GLOBAL = "*"
UNSET = "0"


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
    """

    prefix = "gazette:pc:"

    def __init__(self, conf: PageCacheConf):
        self.conf = conf
        self.near: dict[str, tuple[float, Entry]] = {}
        self._clients: dict[int, object] = {}
        self._sync_client = None

    def _async_client(self):
        import redis.asyncio

        loop = asyncio.get_running_loop()
        client = self._clients.get(id(loop))
        if client is None:
            client = redis.asyncio.Redis.from_url(self.conf.redis_url)
            self._clients = {id(loop): client}
        return client

    def _sync(self):
        import redis

        if self._sync_client is None:
            self._sync_client = redis.Redis.from_url(self.conf.redis_url)
        return self._sync_client

    def peek(self, key: str, path: str) -> Entry | None:
        item = self.near.get(key)
        if item is not None and item[0] > time.monotonic():
            return item[1]
        return None

    async def lookup(self, key: str, path: str) -> tuple[Entry | None, str, str]:
        p = self.prefix
        raw, path_version, global_version = await self._async_client().mget(
            p + "e:" + key, p + "v:" + path, p + "v:" + GLOBAL
        )
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
        data = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
        await self._async_client().set(
            self.prefix + "e:" + key, data, ex=self.conf.timeout
        )
        if self.conf.local_ttl > 0:
            self.near[key] = (time.monotonic() + self.conf.local_ttl, entry)

    def bump(self, paths: list[str]) -> None:
        if not paths:
            return
        self._sync().mset({self.prefix + "v:" + path: new_version() for path in paths})
        self.near.clear()

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
