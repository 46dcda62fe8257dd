"""Cached pages as files for nginx to serve (PAGE_FILES_ROOT).

Behind nginx, a proxy-cache hit costs about 1.5 times the CPU of a static file
(docs/performance.md); a page nginx finds on disk costs what a static file does. So
with PAGE_FILES_ROOT set, every HTML page the page cache hands an anonymous reader
without a query string is also written to `<root><path>index.html`, and the shipped
nginx config serves that file before asking the app (deploy/nginx.conf).

Purges delete the files of the paths they name (a global purge, all of them) on
the machine that purges. Each web process also deletes files older than the shared
max-age (s-maxage), so a purge made on another machine, or a render that raced a
purge, shows within the same bound a proxy cache would keep it; a page that stays
hot is written again by the app before then.
"""

import asyncio
import logging
import os
import secrets
import shutil
import time
from pathlib import Path

from gazette.pagecache.conf import get_conf

logger = logging.getLogger(__name__)

FILE_NAME = "index.html"
# A page is written again when the file this process wrote is older than this
# share of the max-age, so the sweep never removes a page readers keep asking for.
REWRITE_AFTER = 0.5


def files_root() -> Path | None:
    return get_conf().page_files_root


def file_for(root: Path, path: str) -> Path | None:
    """Where nginx looks for this path's page; None for paths it never serves."""
    if not path.startswith("/") or not path.endswith("/") or "\x00" in path:
        return None
    segments = path[1:-1].split("/") if path != "/" else []
    if any(segment in ("", ".", "..") for segment in segments):
        return None
    return root.joinpath(*segments, FILE_NAME)


def write(target: Path, body: bytes) -> None:
    """Replace the file in one step, so nginx never reads half a page."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{FILE_NAME}.{secrets.token_hex(6)}")
    temporary.write_bytes(body)
    os.replace(temporary, target)


def remove(paths: list[str]) -> None:
    """Delete the pages of these paths (the purge of `pagecache.actions`)."""
    root = files_root()
    if root is None:
        return
    for path in paths:
        target = file_for(root, path)
        if target is not None:
            target.unlink(missing_ok=True)
        _written.pop(path, None)


def remove_all() -> None:
    root = files_root()
    if root is None or not root.exists():
        return
    # Moved aside first: nginx sees either the old tree or none, never a half.
    retired = root.with_name(f".{root.name}-retired-{secrets.token_hex(6)}")
    try:
        root.rename(retired)
    except FileNotFoundError:
        return
    root.mkdir(exist_ok=True)
    shutil.rmtree(retired, ignore_errors=True)
    _written.clear()


def sweep(root: Path, max_age: float) -> int:
    """Delete pages (and leftover temporary files) older than max_age; the count."""
    oldest = time.time() - max_age
    removed = 0
    for folder, _dirs, names in os.walk(root):
        for name in names:
            target = Path(folder, name)
            try:
                if target.stat().st_mtime < oldest:
                    target.unlink()
                    removed += 1
            except FileNotFoundError:
                continue
    return removed


# path -> when this process last wrote its file (time.monotonic()).
_written: dict[str, float] = {}
_sweeper: asyncio.Task | None = None


def wanted(scope) -> bool:
    """Whether this request's page may become a file: files on, no query string."""
    return files_root() is not None and not scope.get("query_string")


def is_html(entry) -> bool:
    return entry.status == 200 and any(
        name == b"content-type" and value.startswith(b"text/html")
        for name, value in entry.headers
    )


async def keep(path: str, entry, *, fresh: bool) -> None:
    """Write the page's file: always after a render (`fresh`), else when this
    process has not written it for a while (nginx asked the app, so it is likely
    missing)."""
    root = files_root()
    now = time.monotonic()
    max_age = get_conf().shared_max_age
    if not fresh and now - _written.get(path, -max_age) < max_age * REWRITE_AFTER:
        return
    target = file_for(root, path)
    if target is None or not is_html(entry):
        return
    _written[path] = now
    start_sweeper(root, max_age)
    try:
        await asyncio.to_thread(write, target, entry.body)
    except OSError:
        logger.exception("Could not write the page file %s", target)


def start_sweeper(root: Path, max_age: float) -> None:
    """One sweeping task per process (per event loop: tests run several)."""
    global _sweeper
    loop = asyncio.get_running_loop()
    if _sweeper is not None and _sweeper.get_loop() is loop and not _sweeper.done():
        return
    _sweeper = loop.create_task(sweep_forever(root, max_age))


async def sweep_forever(root: Path, max_age: float) -> None:
    while True:
        await asyncio.sleep(max(1.0, max_age / 2))
        try:
            await asyncio.to_thread(sweep, root, max_age)
        except OSError:
            logger.exception("Sweeping page files failed; trying again later")
