"""Page-cache configuration, read from the environment when first needed."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings

from gazette.lib.env import env_bool, env_int, env_list, env_str

# Paths never stored: private, per-reader or unbounded (search terms). Reader paths
# are matched with and without their edition prefix (/ru/accounts/ as /accounts/).
NEVER_CACHED_PREFIXES = (
    "/edition/",
    "/admin/",
    "/accounts/",
    "/ws/",
    "/discussions/",
    "/chats/",
    "/subscribe/",
    "/search/",
    "/static/",
    "/media/",
    "/documents/",
)
EDITION_PREFIX = re.compile(r"^/[a-z]{2,3}(?:-[a-z0-9]+)?(?=/)")


def is_never_cached(path: str) -> bool:
    return path.startswith(NEVER_CACHED_PREFIXES) or EDITION_PREFIX.sub(
        "", path, count=1
    ).startswith(NEVER_CACHED_PREFIXES)


CACHED_CONTENT_TYPES = (
    b"text/html",
    b"application/rss+xml",
    b"application/atom+xml",
    b"application/xml",
    b"text/xml",
    b"application/json",
    b"application/feed+json",
)


@dataclass(frozen=True)
class PageCacheConf:
    enabled: bool
    redis_url: str
    timeout: int
    local_ttl: float
    shared_max_age: int
    stale_while_revalidate: int
    session_cookies: tuple[bytes, ...]
    purge_urls: tuple[str, ...]
    page_files_root: Path | None = None
    max_body: int = 2 * 1024 * 1024

    @property
    def cache_control(self) -> str:
        """What a shared page is sent with, by the app and by nginx for its file."""
        return (
            f"public, max-age=0, s-maxage={self.shared_max_age}, "
            f"stale-while-revalidate={self.stale_while_revalidate}"
        )


@cache
def get_conf() -> PageCacheConf:
    return PageCacheConf(
        enabled=env_bool("PAGECACHE_ENABLED", default=True),
        redis_url=env_str("REDIS_URL"),
        timeout=env_int("PAGECACHE_TIMEOUT", 600),
        local_ttl=env_int("PAGECACHE_LOCAL_MS", 1000) / 1000,
        shared_max_age=env_int("PAGECACHE_SHARED_MAX_AGE", 10),
        stale_while_revalidate=env_int("PAGECACHE_STALE_WHILE_REVALIDATE", 60),
        session_cookies=(
            settings.SESSION_COOKIE_NAME.encode(),
            b"messages",
            b"gazette_reader",
        ),
        purge_urls=tuple(env_list("PAGECACHE_PURGE_URLS")),
        page_files_root=Path(root) if (root := env_str("PAGE_FILES_ROOT")) else None,
    )
