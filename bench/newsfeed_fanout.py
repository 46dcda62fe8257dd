"""Newsfeed fan-out: N readers connected, one story published, time to the last reader.

    .venv/bin/python bench/newsfeed_fanout.py                  # 1,000 and 5,000 clients
    .venv/bin/python bench/newsfeed_fanout.py --clients 500 --layers memory

For each channel layer (in-memory with 1 granian process; Redis pub/sub from
REDIS_URL, default redis://127.0.0.1:6379/3, with 2 processes) and each fan-out
shape, it starts a real granian server, connects N `websockets` clients from this
one asyncio process, subscribes them to "newsfeed", publishes a few events through
an HTTP trigger inside the server (so the in-memory layer works too) and records,
per event, how long each client waited. Shapes:

  group  the usual Channels shape (before): every socket joins the layer group,
         group_send delivers and encodes once per socket
  hub    Gazette's shape (after): each process joins once per topic and fans out
         to its own sockets in memory, encoding the event once

Prints a table and writes bench/results/newsfeed.json. Not a test. The clients share
the 2 cores with the server, so their own frame parsing is part of the figures.
"""

import argparse
import asyncio
import json
import os
import platform
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "newsfeed.json"
BASE_PORT = 8150
EVENTS = 5
CONNECT_BATCH = 250

# ---------------------------------------------------------------------------------
# The server side: an ASGI app served by granian (imported only in the server).
# ---------------------------------------------------------------------------------


def _build_server_app():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
    from channels.auth import AuthMiddlewareStack
    from channels.generic.websocket import AsyncWebsocketConsumer
    from channels.layers import get_channel_layer
    from channels.routing import URLRouter
    from channels.security.websocket import AllowedHostsOriginValidator
    from django.urls import path

    from gazette.asgi import application as gazette_app
    from gazette.lib.events import group_for

    class GroupPerSocketConsumer(AsyncWebsocketConsumer):
        """The shape before the hub: one layer channel and group member per socket."""

        async def connect(self):
            await self.accept()

        async def receive(self, text_data=None, bytes_data=None):
            frame = json.loads(text_data)
            if frame.get("type") == "subscribe":
                await self.channel_layer.group_add(
                    group_for(frame["topic"]), self.channel_name
                )
                await self.send(json.dumps({"type": "subscribed"}))

        async def topic_event(self, message):
            frame = {
                "type": "event",
                "topic": message["topic"],
                "event": message["event"],
            }
            await self.send(text_data=json.dumps(frame, separators=(",", ":")))

    shape = os.environ.get("BENCH_SHAPE", "hub")
    if shape == "group":
        sockets = AllowedHostsOriginValidator(
            AuthMiddlewareStack(
                URLRouter([path("ws/", GroupPerSocketConsumer.as_asgi())])
            )
        )
    else:
        sockets = gazette_app

    async def app(scope, receive, send):
        if scope["type"] == "http" and scope["path"] == "/bench-publish":
            query = dict(
                part.split("=", 1) for part in scope["query_string"].decode().split("&")
            )
            event = {"type": "newsfeed", "op": "published", "id": int(query["id"])}
            event["sent_at"] = float(query["t"])
            event["item"] = {"headline": "Harbour council agrees budget", "url": "/x/"}
            message = {"type": "topic.event", "topic": "newsfeed.en", "event": event}
            await get_channel_layer().group_send(group_for("newsfeed.en"), message)
            await send({"type": "http.response.start", "status": 204, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        if scope["type"] == "websocket":
            await sockets(scope, receive, send)
        else:
            await gazette_app(scope, receive, send)

    return app


if os.environ.get("BENCH_SERVER") == "1":
    application = _build_server_app()


# ---------------------------------------------------------------------------------
# The client side.
# ---------------------------------------------------------------------------------


def raise_open_files_limit() -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else 65536
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def start_server(
    port: int, *, workers: int, shape: str, redis_url: str | None, server: str
):
    env = {
        **os.environ,
        "BENCH_SERVER": "1",
        "BENCH_SHAPE": shape,
        "DATA_DIR": tempfile.mkdtemp(prefix="gazette-bench-"),
        "PYTHONPATH": str(ROOT / "bench"),
        # The database is empty: nothing to publish on schedule.
        "PUBLISH_SCHEDULED_IN_WEB": "false",
    }
    env.pop("DATABASE_URL", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL", None)
    if server == "uvicorn":
        command = [
            str(Path(sys.executable).with_name("uvicorn")), "--host", "127.0.0.1",
            "--port", str(port), "--workers", str(workers), "--backlog", "8192",
            "--log-level", "error", "--ws-max-queue", "4096",
            "newsfeed_fanout:application",
        ]  # fmt: skip
    else:
        command = [
            str(Path(sys.executable).with_name("granian")), "--interface", "asgi",
            "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
            "--backlog", "8192", "--log-level", "error",
            "newsfeed_fanout:application",
        ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                time.sleep(1.0 * workers)
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start")


async def run_clients(port: int, clients: int) -> dict:
    from websockets.asyncio.client import connect

    url = f"ws://127.0.0.1:{port}/ws/"
    origin = f"http://127.0.0.1:{port}"
    arrivals: dict[int, list[float]] = {}

    async def open_one():
        ws = await connect(
            url, origin=origin, open_timeout=60, ping_interval=None, max_queue=None
        )
        await ws.send('{"type":"subscribe","topic":"newsfeed.en"}')
        await ws.recv()
        return ws

    started = time.perf_counter()
    sockets = []
    for start in range(0, clients, CONNECT_BATCH):
        batch = min(CONNECT_BATCH, clients - start)
        sockets += await asyncio.gather(*(open_one() for _ in range(batch)))
    connect_seconds = time.perf_counter() - started

    received: list[tuple[float, str]] = []

    async def listen(ws):
        # Keep the client's own work per frame minimal; parse after the run.
        async for raw in ws:
            received.append((time.time(), raw))

    listeners = [asyncio.create_task(listen(ws)) for ws in sockets]
    await asyncio.sleep(1)
    for event_id in range(1, EVENTS + 1):
        sent_at = time.time()
        trigger = f"http://127.0.0.1:{port}/bench-publish?id={event_id}&t={sent_at!r}"
        await asyncio.to_thread(lambda u=trigger: urlopen(u, timeout=120).read())  # noqa: S310
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            await asyncio.sleep(0.05)
            if (
                sum(f'"id":{event_id},' in raw for _, raw in received[-clients:])
                >= clients
            ):
                break
        await asyncio.sleep(0.5)
    for task in listeners:
        task.cancel()
    for arrived, raw in received:
        frame = json.loads(raw)
        if frame.get("type") == "event":
            event = frame["event"]
            arrivals.setdefault(event["id"], []).append(arrived - event["sent_at"])
    await asyncio.gather(*(ws.close() for ws in sockets), return_exceptions=True)

    lasts, all_latencies, delivered = [], [], 0
    for event_id in range(1, EVENTS + 1):
        got = sorted(arrivals.get(event_id, []))
        delivered += len(got)
        all_latencies += got
        lasts.append(got[-1] if len(got) == clients else float("inf"))
    all_latencies.sort()

    def ms(value: float) -> float:
        return round(value * 1000, 1) if value != float("inf") else None

    return {
        "connect_seconds": round(connect_seconds, 1),
        "delivered": delivered,
        "expected": clients * EVENTS,
        "p50_ms": ms(statistics.median(all_latencies)) if all_latencies else None,
        "p99_ms": ms(all_latencies[int(len(all_latencies) * 0.99) - 1])
        if all_latencies
        else None,
        "last_client_ms_median": ms(statistics.median(lasts)),
        "last_client_ms_worst": ms(max(lasts)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", default="1000,5000")
    parser.add_argument("--layers", default="memory,redis")
    parser.add_argument("--shapes", default="group,hub")
    parser.add_argument("--server", default="granian", choices=["granian", "uvicorn"])
    args = parser.parse_args()
    limit = raise_open_files_limit()
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/3")
    rows = []
    port = BASE_PORT
    for layer in args.layers.split(","):
        workers = 2 if layer == "redis" else 1
        for clients in [int(n) for n in args.clients.split(",")]:
            for shape in args.shapes.split(","):
                port += 1
                server = start_server(
                    port,
                    workers=workers,
                    shape=shape,
                    redis_url=redis_url if layer == "redis" else None,
                    server=args.server,
                )
                try:
                    result = asyncio.run(run_clients(port, clients))
                except Exception as error:  # noqa: BLE001 - report the run, go on
                    result = {"error": repr(error), "p50_ms": None, "p99_ms": None}
                    result |= {"last_client_ms_median": None}
                    result |= {"delivered": 0, "expected": clients * EVENTS}
                finally:
                    server.terminate()
                    server.wait(timeout=20)
                row = {"server": args.server, "layer": layer, "processes": workers}
                row["clients"] = clients
                row |= {"shape": shape, **result}
                rows.append(row)
                print(json.dumps(row), flush=True)
    print()
    header = (
        "layer   procs  clients  shape   p50 ms   p99 ms   last(median) ms   delivered"
    )
    print(header)
    for r in rows:
        print(
            f"{r['layer']:<7} {r['processes']:>5}  {r['clients']:>7}  {r['shape']:<6}"
            f" {r['p50_ms']!s:>7}  {r['p99_ms']!s:>7}"
            f"  {r['last_client_ms_median']!s:>16}"
            f"   {r['delivered']}/{r['expected']}"
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "bench": "newsfeed_fanout",
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                },
                "open_files_limit": limit,
                "load_average_at_end": os.getloadavg(),
                "events_per_run": EVENTS,
                "rows": rows,
            },
            indent=2,
        )
    )
    print(f"\nwritten {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
