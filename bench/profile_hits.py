# ruff: noqa: T201 - prints the profile
"""Where a warm and a cold article view spend their time (cProfile, in-process).

DATA_DIR=bench/data/sqlite .venv/bin/python bench/profile_hits.py
"""

import asyncio
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
os.environ.setdefault("DATA_DIR", str(ROOT / "bench" / "data" / "sqlite"))
os.environ.setdefault("STATIC_MANIFEST", "false")


def scope(path, bypass=False):
    headers = [(b"host", b"localhost")]
    if bypass:
        headers.append((b"x-pagecache-bypass", b"1"))
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("localhost", 80),
    }


async def call(app, path, bypass=False):
    sent = []
    done = asyncio.Event()
    requests = [{"type": "http.request", "body": b""}]

    async def receive():
        if requests:
            return requests.pop()
        await done.wait()
        return {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    await app(scope(path, bypass), receive, send)
    done.set()
    return sent


async def main():
    from asgiref.sync import sync_to_async

    from gazette.asgi import application
    from gazette.news.models import ArticlePage

    url = await sync_to_async(
        lambda: ArticlePage.objects.live().order_by("-first_published_at")[10].url
    )()
    await call(application, url)
    for label, count, bypass in (("warm", 20000, False), ("cold", 40, True)):
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for _ in range(count):
            await call(application, url, bypass)
        profiler.disable()
        each = (time.perf_counter() - started) / count * 1000
        print(f"\n== {label} article view: {each:.3f} ms each (under cProfile) ==")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(18)


if __name__ == "__main__":
    import django

    django.setup()
    asyncio.run(main())
