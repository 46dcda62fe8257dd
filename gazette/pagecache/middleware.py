"""ASGI layer in front of Django that answers anonymous GETs from the page cache.

A warm hit costs a dictionary look-up (or one Redis MGET) and two ASGI sends: no
Django request, no middleware, no SQL. A miss goes through Django untouched, and a
response that is safe to share is stored on the way out, tagged with the versions
read before the render began so a purge during the render cannot be undone by it.
"""

import asyncio
import contextlib
import hashlib
import time
from email.utils import formatdate, parsedate_to_datetime

from gazette.pagecache import files
from gazette.pagecache.conf import (
    CACHED_CONTENT_TYPES,
    get_conf,
    is_never_cached,
)
from gazette.pagecache.store import Entry, get_store

# Hop-by-hop or per-response headers that are recomputed when serving an entry.
DROPPED_HEADERS = {b"date", b"server", b"content-length", b"etag", b"last-modified"}
BYPASS_HEADER = b"x-pagecache-bypass"
# How long readers of a page being rendered wait for it before rendering it themselves.
COALESCE_SECONDS = 10


def reader_is_anonymous(headers, session_cookies) -> bool:
    for name, value in headers:
        if name == b"cookie":
            for part in value.split(b";"):
                if part.split(b"=", 1)[0].strip() in session_cookies:
                    return False
    return True


def cache_key(scope, headers) -> str:
    host = b""
    for name, value in headers:
        if name == b"host":
            host = value.lower()
            break
    query = scope.get("query_string", b"")
    return f"{host.decode('latin-1')}|{scope['path']}?{query.decode('latin-1')}"


def not_modified(entry: Entry, headers) -> bool:
    for name, value in headers:
        if name == b"if-none-match":
            tags = [t.strip().removeprefix(b"W/") for t in value.split(b",")]
            return entry.etag in tags or b"*" in tags
    for name, value in headers:
        if name == b"if-modified-since":
            try:
                since = parsedate_to_datetime(value.decode("latin-1")).timestamp()
            except (TypeError, ValueError):
                return False
            return int(entry.stored_at) <= since
    return False


class PageCacheMiddleware:
    def __init__(self, app):
        self.app = app
        self.conf = get_conf()
        self.rendering: dict[str, asyncio.Future] = {}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self.conf.enabled:
            return await self.app(scope, receive, send)
        method = scope["method"]
        path = scope["path"]
        headers = scope["headers"]
        if (
            method not in ("GET", "HEAD")
            or is_never_cached(path)
            or not reader_is_anonymous(headers, self.conf.session_cookies)
        ):
            return await self.app(scope, receive, mark_private(send))
        if any(name == BYPASS_HEADER for name, _ in headers):
            return await self.app(scope, receive, send)

        store = get_store()
        key = cache_key(scope, headers)
        entry = store.peek(key, path)
        if entry is None:
            entry, path_version, global_version = await store.lookup(key, path)
        if entry is not None:
            await serve_entry(entry, method, headers, send)
            if files.wanted(scope):
                await files.keep(path, entry, fresh=False)
            return None
        if method == "HEAD":
            return await self.app(scope, receive, send)
        waiting = self.rendering.get(key)
        if waiting is not None:
            # A story breaks: the first reader renders it, the others wait for that.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(waiting), COALESCE_SECONDS)
            entry = store.peek(key, path)
            if entry is not None:
                return await serve_entry(entry, method, headers, send)
        done = asyncio.get_running_loop().create_future()
        self.rendering[key] = done
        try:
            await self.render_and_store(
                scope, receive, send, store, key, path_version, global_version
            )
        finally:
            if self.rendering.get(key) is done:
                del self.rendering[key]
            done.set_result(None)

    async def render_and_store(
        self, scope, receive, send, store, key, path_version, global_version
    ):
        conf = self.conf
        start = None
        chunks: list[bytes] = []
        size = 0
        passing_through = False

        async def capture(message):
            nonlocal start, size, passing_through
            if passing_through:
                return await send(message)
            if message["type"] == "http.response.start":
                if shareable(message):
                    start = message
                    return None
                passing_through = True
                return await send(message)
            if message["type"] != "http.response.body" or start is None:
                return await send(message)
            body = message.get("body", b"")
            chunks.append(body)
            size += len(body)
            if size > conf.max_body:
                passing_through = True
                await send(start)
                return await send(
                    {**message, "body": b"".join(chunks), "more_body": True}
                    if message.get("more_body")
                    else {**message, "body": b"".join(chunks)}
                )
            if message.get("more_body"):
                return None
            body = b"".join(chunks)
            if b"csrfmiddlewaretoken" in body:
                # A form with a token would hand one reader's token to everyone.
                passing_through = True
                await send(start)
                return await send({"type": "http.response.body", "body": body})
            entry = make_entry(start, body, path_version, global_version, conf)
            await store.save(key, entry)
            await serve_entry(entry, scope["method"], scope["headers"], send, hit=False)
            if files.wanted(scope) and files.is_html(entry):
                # Unless a purge came during the render: that page is already old.
                current, _, _ = await store.lookup(key, scope["path"])
                if current is not None and current.etag == entry.etag:
                    await files.keep(scope["path"], entry, fresh=True)

        await self.app(scope, receive, capture)


def shareable(start) -> bool:
    if start["status"] != 200:
        return False
    content_type = b""
    for name, value in start["headers"]:
        lower = name.lower()
        if lower == b"set-cookie":
            return False
        if lower == b"cache-control" and (
            b"private" in value or b"no-store" in value or b"no-cache" in value
        ):
            return False
        if lower == b"content-type":
            content_type = value
    return content_type.startswith(CACHED_CONTENT_TYPES)


def make_entry(start, body, path_version, global_version, conf) -> Entry:
    now = time.time()
    headers = []
    for name, value in start["headers"]:
        lower = name.lower()
        if lower in DROPPED_HEADERS or lower == b"cache-control":
            continue
        if lower == b"vary":
            # Only readers without a session are served, so Cookie no longer varies it.
            parts = [v.strip() for v in value.split(b",")]
            value = b", ".join(v for v in parts if v.lower() != b"cookie")
            if not value:
                continue
        headers.append((lower, value))
    headers.append((b"cache-control", conf.cache_control.encode()))
    etag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
    return Entry(
        path_version=path_version,
        global_version=global_version,
        status=start["status"],
        headers=tuple(headers),
        body=body,
        etag=etag,
        last_modified=formatdate(now, usegmt=True).encode(),
        stored_at=now,
    )


async def serve_entry(entry: Entry, method, request_headers, send, hit=True):
    cache_state = (b"x-cache", b"HIT" if hit else b"MISS")
    validators = [(b"etag", entry.etag), (b"last-modified", entry.last_modified)]
    if not_modified(entry, request_headers):
        kept = [h for h in entry.headers if h[0] in (b"cache-control", b"vary")]
        await send(
            {
                "type": "http.response.start",
                "status": 304,
                "headers": [*kept, *validators, cache_state],
            }
        )
        return await send({"type": "http.response.body", "body": b""})
    await send(
        {
            "type": "http.response.start",
            "status": entry.status,
            "headers": [
                *entry.headers,
                *validators,
                (b"content-length", b"%d" % len(entry.body)),
                cache_state,
            ],
        }
    )
    await send(
        {"type": "http.response.body", "body": b"" if method == "HEAD" else entry.body}
    )


def mark_private(send):
    """Pages for a signed-in reader must not be kept by a proxy or CDN."""

    async def wrapped(message):
        if message["type"] == "http.response.start":
            names = {name.lower() for name, _ in message["headers"]}
            if b"cache-control" not in names:
                message = {
                    **message,
                    "headers": [*message["headers"], (b"cache-control", b"private")],
                }
        return await send(message)

    return wrapped
