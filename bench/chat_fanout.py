"""Chat fan-out benchmark: N readers in one room, messages posted at a steady rate.

Starts its own app servers (granian) on ports 8170-8179 and measures, for each
message, the time from sending "chat.post" to each reader receiving the event:
p50 / p99 / max delivery latency and delivered messages per second.

  default   one process, SQLite, in-memory channel layer (the embedded setup)
  redis     two processes, PostgreSQL + Redis (readers split between them)

    .venv/bin/python bench/chat_fanout.py                    # both, 100 and 1,000
    .venv/bin/python bench/chat_fanout.py --paths default --clients 100

Not a test: prints a table and writes bench/results/chats.json. The readers run in
this process, on the same 2 cores as the servers, so the figures include their cost.
PostgreSQL path: DATABASE (default postgres://postgres@127.0.0.1:5432) and REDIS
(default redis://127.0.0.1:6379/4) say where; a database "bench_chats" is recreated.
"""

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import websockets
from websockets.asyncio.client import connect

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "chats.json"
PY = sys.executable
POSTERS = 20
MARKER = re.compile(r'"text":"(bench \d+ \d+)"')

SETUP = """
import json, django
django.setup()
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.utils.module_loading import import_string
from gazette.accounts.models import User
from gazette.chats import actions
store = import_string(settings.SESSION_ENGINE).SessionStore
room = actions.create_room(title="Bench room", slug="bench", created_by=None)
cookies = []
for n in range(POSTERS):
    user = User.objects.create_user(username=f"poster{n}", email=f"p{n}@example.org")
    session = store()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    cookies.append(f"{settings.SESSION_COOKIE_NAME}={session.session_key}")
print(json.dumps({"room": room.pk, "cookies": cookies}))
""".replace("POSTERS", str(POSTERS))


def wait_for_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not start")


class Deployment:
    """App servers plus the database they share, torn down on exit."""

    def __init__(self, path: str, ports: list[int], database: str, redis: str):
        self.path = path
        self.ports = ports
        self.data_dir = tempfile.mkdtemp(prefix=f"chat-bench-{path}-")
        self.env = {
            **os.environ,
            "DATA_DIR": self.data_dir,
            "STATIC_MANIFEST": "false",
            "DJANGO_SETTINGS_MODULE": "gazette.settings",
            "LOG_LEVEL": "WARNING",
        }
        for name in ("DATABASE_URL", "REDIS_URL", "TEST_DATABASE_NAME"):
            self.env.pop(name, None)
        if path == "redis":
            self.env["DATABASE_URL"] = f"{database}/bench_chats"
            self.env["REDIS_URL"] = redis
        self.processes: list[subprocess.Popen] = []

    def run(self, *args: str, **kwargs) -> str:
        return subprocess.run(  # noqa: S603 - fixed commands
            [PY, *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
            **kwargs,
        ).stdout

    def prepare(self) -> dict:
        if self.path == "redis":
            import psycopg
            import redis

            admin = self.env["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres"
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute("DROP DATABASE IF EXISTS bench_chats WITH (FORCE)")
                conn.execute("CREATE DATABASE bench_chats")
            redis.Redis.from_url(self.env["REDIS_URL"]).flushdb()
        self.run("manage.py", "migrate", "--noinput", "-v0")
        return json.loads(self.run("-c", SETUP).strip().splitlines()[-1])

    def start(self) -> None:
        granian = str(Path(PY).parent / "granian")
        for port in self.ports:
            self.processes.append(
                subprocess.Popen(  # noqa: S603
                    [
                        granian,
                        "--interface",
                        "asgi",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        str(port),
                        "--workers",
                        "1",
                        "--log-level",
                        "warning",
                        "gazette.asgi:application",
                    ],
                    cwd=ROOT,
                    env=self.env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        for port in self.ports:
            wait_for_port(port)

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def ws_connect(port: int, cookie: str | None = None):
    return connect(
        f"ws://127.0.0.1:{port}/ws/",
        origin=f"http://127.0.0.1:{port}",
        additional_headers={"Cookie": cookie} if cookie else {},
        open_timeout=60,
        max_queue=None,
    )


async def reader(port, topic, expected, sent_at, latencies, ready, done):
    async with ws_connect(port) as ws:
        await ws.send(json.dumps({"type": "subscribe", "topic": topic, "after": 0}))
        while json.loads(await ws.recv())["type"] != "subscribed":
            pass
        ready.release()
        got = 0
        while got < expected:
            raw = await ws.recv()
            now = time.perf_counter()
            # A regex, not json.loads: the readers share the servers' two cores.
            match = MARKER.search(raw)
            if match is None:
                continue
            got += 1
            latencies.append(now - sent_at[match.group(1)])
        done.release()


async def run_case(deployment, info, clients, rate, count):
    topic = f"chat.{info['room']}"
    ports = deployment.ports
    sent_at: dict[str, float] = {}
    latencies: list[float] = []
    ready = asyncio.Semaphore(0)
    done = asyncio.Semaphore(0)
    tasks = []
    for n in range(clients):
        port = ports[n % len(ports)]
        tasks.append(
            asyncio.create_task(
                reader(port, topic, count, sent_at, latencies, ready, done)
            )
        )
        if n % 50 == 49:
            await asyncio.sleep(0.05)  # do not open every handshake at once
    for _ in range(clients):
        await asyncio.wait_for(ready.acquire(), 120)
    posters = [await ws_connect(ports[0], c).__aenter__() for c in info["cookies"]]
    started = time.perf_counter()
    for n in range(count):
        text = f"bench {clients} {n}"
        poster = posters[n % len(posters)]
        sent_at[text] = time.perf_counter()
        await poster.send(
            json.dumps({"type": "chat.post", "room": info["room"], "text": text})
        )
        await asyncio.sleep(max(0, started + (n + 1) / rate - time.perf_counter()))
    for _ in range(clients):
        await asyncio.wait_for(done.acquire(), 120)
    elapsed = time.perf_counter() - started
    for poster in posters:
        await poster.close()
    await asyncio.gather(*tasks, return_exceptions=True)
    latencies.sort()
    return {
        "path": deployment.path,
        "processes": len(ports),
        "clients": clients,
        "messages": count,
        "rate_per_s": rate,
        "deliveries": len(latencies),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1),
        "max_ms": round(latencies[-1] * 1000, 1),
        "deliveries_per_s": round(len(latencies) / elapsed),
        # Other work on the machine skews the figures; keep the evidence with them.
        "load_average_1m": round(os.getloadavg()[0], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", default="default,redis")
    parser.add_argument("--clients", default="100,1000")
    parser.add_argument("--rate", type=float, default=5.0, help="messages per second")
    parser.add_argument("--messages", type=int, default=50)
    parser.add_argument(
        "--database",
        default=os.environ.get("BENCH_DATABASE", "postgres://postgres@127.0.0.1:5432"),
    )
    parser.add_argument(
        "--redis", default=os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/4")
    )
    args = parser.parse_args()
    results = []
    for path in args.paths.split(","):
        ports = [8170] if path == "default" else [8171, 8172]
        for clients in (int(c) for c in args.clients.split(",")):
            deployment = Deployment(path, ports, args.database, args.redis)
            try:
                info = deployment.prepare()
                deployment.start()
                result = asyncio.run(
                    run_case(deployment, info, clients, args.rate, args.messages)
                )
            except (
                RuntimeError,
                OSError,
                TimeoutError,
                websockets.exceptions.WebSocketException,
            ) as error:
                result = {"path": path, "clients": clients, "error": repr(error)}
            finally:
                deployment.stop()
            results.append(result)
            print(json.dumps(result), flush=True)
    print()
    header = f"{'path':8} {'procs':>5} {'readers':>7} {'msgs':>5} {'p50 ms':>8} "
    header += f"{'p99 ms':>8} {'max ms':>8} {'deliv/s':>8} {'load':>5}"
    print(header)
    for r in results:
        if "error" in r:
            print(f"{r['path']:8} {'':>5} {r['clients']:>7} error: {r['error']}")
            continue
        print(
            f"{r['path']:8} {r['processes']:>5} {r['clients']:>7} {r['messages']:>5} "
            f"{r['p50_ms']:>8} {r['p99_ms']:>8} {r['max_ms']:>8} "
            f"{r['deliveries_per_s']:>8} {r['load_average_1m']:>5}"
        )
    RESULTS.write_text(
        json.dumps(
            {
                "benchmark": "chat_fanout",
                "target": "1,000 readers, p99 < 250 ms",
                "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "results": results,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
