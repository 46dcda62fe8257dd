"""Servers the fault tests may break: private PostgreSQL and Redis, and a site on them.

The machine's shared PostgreSQL (5432) and Redis (6379) carry other suites, so the
fault tests never touch them. `PrivatePostgres` runs a throwaway cluster (initdb,
trust authentication, no fsync) on a port of 5440-5449; `PrivateRedis` a
redis-server without persistence on 6390-6399; `FaultSite` the Gazette app under
granian on 8240-8249, pointed at both. Each can be stopped and started again on the
same port while the others keep running. Migrating takes most of the time, so
the migrated cluster is kept in the temp folder, keyed by the migrations, and
copied for each run.

`ChatReader` is a WebSocket client that behaves like static/js/realtime.js: it
remembers the last event id of its topic and, whenever the socket closes, connects
again and resubscribes with `after`.
"""

import hashlib
import json
import os
import pwd
import random
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from gazette.browser_tests.site import (
    BASE_DIR,
    LiveSite,
    PortTaken,
    _locked,
    free_ports,
    server_environment,
)

SITE_PORTS = range(8240, 8250)
REDIS_PORTS = range(6390, 6400)
POSTGRES_PORTS = range(5440, 5450)
REDIS_SERVER = shutil.which("redis-server")
RUNUSER = shutil.which("runuser")
CP = shutil.which("cp")
START_TIMEOUT = 30
STOP_TIMEOUT = "20"  # seconds, for pg_ctl -t
# Migrated clusters are kept here between runs (see PrivatePostgres.start_new).
SEED_PARENT = Path(tempfile.gettempdir())
SEED_LOCK = SEED_PARENT / "gazette-faults-seed.lock"


def postgres_bin() -> Path | None:
    """The newest PostgreSQL server programs installed (Debian's layout)."""
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name),
    )
    return versions[-1].parent if versions else None


def missing_programs() -> str:
    """Why the fault tests cannot run here, or "" when they can."""
    if REDIS_SERVER is None:
        return "redis-server is not installed"
    if postgres_bin() is None:
        return "PostgreSQL server programs are not in /usr/lib/postgresql/*/bin"
    if os.geteuid() == 0 and RUNUSER is None:
        return "running as root needs runuser to start PostgreSQL as postgres"
    return ""


def shuffled(ports: range) -> list[int]:
    found = list(ports)
    random.shuffle(found)
    return found


def wait_until(check, *, timeout: float, what: str, interval: float = 0.1):
    """Call check() until it returns something true; fail at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout} s waiting for {what}.")
        time.sleep(interval)


@dataclass
class PrivateRedis:
    root: Path
    port: int = 0
    process: subprocess.Popen | None = None

    @classmethod
    def start_new(cls, root: Path) -> "PrivateRedis":
        redis = cls(root=root, port=free_ports(shuffled(REDIS_PORTS), 1)[0])
        redis.start()
        return redis

    def url(self, database: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        log = (self.root / f"redis-{self.port}.log").open("ab")
        self.process = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--dir",
                str(self.root),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until(
            lambda: self.process.poll() is not None or self.ping(),
            timeout=START_TIMEOUT,
            what=f"redis-server on port {self.port}",
        )
        if self.process.poll() is not None:
            raise RuntimeError(f"redis-server did not start on port {self.port}.")

    def ping(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(port=self.port, socket_timeout=1).ping())
        except redis.RedisError:
            return False

    def kill(self) -> None:
        """Stop as a crash does: no goodbye to the clients."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    @contextmanager
    def killed(self) -> Iterator[None]:
        """Redis is gone inside the block, and back (empty) after it."""
        self.kill()
        try:
            yield
        finally:
            if self.process is None:
                self.start()


@dataclass
class PrivatePostgres:
    root: Path
    port: int = 0
    bin_dir: Path = field(default_factory=lambda: postgres_bin() or Path())

    @classmethod
    def start_new(cls, *, schema) -> "PrivatePostgres":
        """A running cluster whose "gazette" database `schema(url)` has migrated.

        Migrating takes most of the fault tests' time, so the migrated cluster is
        kept in the temp folder under a key of every migration (and the pinned
        requirements) and copied for each run; a changed migration builds anew.
        """
        cluster = cls(
            root=cls._new_root(), port=free_ports(shuffled(POSTGRES_PORTS), 1)[0]
        )
        try:
            with _locked(SEED_LOCK):
                seed = cluster._seed(schema)
                # cp -a keeps the owner (postgres), which the server insists on.
                subprocess.run(
                    [CP, "-a", str(seed / "data"), str(cluster.root / "data")],
                    check=True,
                    timeout=120,
                )
            cluster.start()
        except BaseException:
            cluster.remove()
            raise
        return cluster

    @staticmethod
    def _new_root(prefix: str = "gazette-faults-pg-") -> Path:
        # The server runs as postgres, which cannot enter pytest's private temp dirs.
        root = Path(tempfile.mkdtemp(prefix=prefix))
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(root, owner.pw_uid, owner.pw_gid)
        return root

    def _seed(self, schema) -> Path:
        """The migrated cluster for this schema, built if missing. Call locked."""
        seed = SEED_PARENT / f"gazette-faults-seed-{schema_key(self.bin_dir)}"
        if seed.exists():
            return seed
        for old in SEED_PARENT.glob("gazette-faults-seed-*"):
            shutil.rmtree(old, ignore_errors=True)
        builder = PrivatePostgres(
            root=self._new_root("gazette-faults-seeding-"), port=self.port
        )
        try:
            builder._run(
                "initdb",
                *("-D", str(builder.root / "data"), "-A", "trust", "-U", "postgres"),
                *("-E", "UTF8", "--no-sync"),
            )
            builder.start()
            builder.execute("postgres", "CREATE DATABASE gazette")
            schema(builder.url("gazette"))
            builder.stop()
            builder.root.rename(seed)
        finally:
            builder.remove()
        return seed

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin_dir / program), *args]
        if os.geteuid() == 0:
            command = [RUNUSER, "-u", "postgres", "--", *command]
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=90, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{program} failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
                f"\nServer log:\n{self.log_tail()}"
            )

    def log_tail(self) -> str:
        log = self.root / "server.log"
        return log.read_text(errors="replace")[-3000:] if log.exists() else ""

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            "pg_ctl",
            *("-D", str(self.root / "data"), "-o", options),
            *("-l", str(self.root / "server.log"), "-w", "-t", str(START_TIMEOUT)),
            "start",
        )

    def stop(self) -> None:
        """A fast shutdown: sessions are cut off, the way a restart cuts them.

        On a loaded machine a fast shutdown has been seen to outlast a minute (CI);
        after STOP_TIMEOUT the server is stopped the way a crash stops it, which
        the site must survive just the same.
        """
        if not (self.root / "data" / "postmaster.pid").exists():
            return
        data = str(self.root / "data")
        try:
            self._run("pg_ctl", "-D", data, "-m", "fast", "-t", STOP_TIMEOUT, "stop")
        except RuntimeError as slow:
            print(f"Fast shutdown gave up, stopping at once: {slow}")  # noqa: T201
            self._run("pg_ctl", "-D", data, "-m", "immediate", "-t", "60", "stop")

    @contextmanager
    def frozen(self) -> Iterator[None]:
        """The postmaster is stopped (SIGSTOP) inside the block: new connections
        wait unanswered, as with a hung server or a host that drops packets."""
        pid_file = self.root / "data" / "postmaster.pid"
        postmaster = int(pid_file.read_text().split()[0])
        os.kill(postmaster, signal.SIGSTOP)
        try:
            yield
        finally:
            os.kill(postmaster, signal.SIGCONT)

    @contextmanager
    def stopped(self) -> Iterator[None]:
        """The server is down inside the block and started again after it."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    def execute(self, database: str, statement: str, params=()) -> list[tuple]:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            cursor = connection.execute(statement, params)
            return cursor.fetchall() if cursor.description else []

    def remove(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def schema_key(bin_dir: Path) -> str:
    """Changes whenever a migrated database could differ."""
    digest = hashlib.sha256(str(bin_dir).encode())
    paths = sorted(BASE_DIR.glob("gazette/*/migrations/*.py"))
    for path in [*paths, BASE_DIR / "requirements.lock"]:
        digest.update(path.relative_to(BASE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class FaultSite(LiveSite):
    """The site under granian on a private database and Redis (see LiveSite).

    `FaultSite.prepare()` makes the environment (so `migrate()` can build the
    database), `serve(database_url)` starts granian.
    """

    redis_url: str = ""

    @classmethod
    def prepare(cls, root: Path, *, redis_url: str) -> "FaultSite":
        site = cls(root=root, seed_dir=root, redis_url=redis_url)
        site.port = free_ports(shuffled(SITE_PORTS), 1)[0]
        site.env = site._environment()
        (root / "data" / "static").mkdir(parents=True)
        return site

    def migrate(self, database_url: str) -> None:
        self.manage(
            "migrate", "--noinput", "-v0", env=dict(self.env, DATABASE_URL=database_url)
        )

    def serve(self, database_url: str) -> None:
        self.env["DATABASE_URL"] = database_url
        for _attempt in range(3):
            try:
                return self._start_server()
            except PortTaken:
                self.port = free_ports(shuffled(SITE_PORTS), 1)[0]
                self.env["SITE_URL"] = self.base_url
        raise RuntimeError("No free port for the site in 8240-8249.")

    def _environment(self) -> dict[str, str]:
        data_dir = self.root / "data"
        return server_environment(
            self.base_url,
            data_dir,
            # Static files come from the source folders: no collectstatic needed.
            STATIC_MANIFEST="false",
            STATIC_ROOT=str(data_dir / "static"),
            EMAIL_URL="console://",
            REDIS_URL=self.redis_url,
        )

    def newsroom(self) -> dict:
        """Build the few rows the tests read (see build_newsroom)."""
        output = self.shell(
            "from gazette.browser_tests.faults import build_newsroom; build_newsroom()"
        )
        return json.loads(output.strip().splitlines()[-1])

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws/"


def build_newsroom() -> None:
    """A front page, a section, a story, a chat room and a reader who is logged in.

    Runs inside `manage.py shell` on the site; prints what the tests need as JSON.
    """
    from django.conf import settings
    from django.test import Client

    from gazette.chats import actions as chats
    from gazette.testing import make_article, make_section, make_user

    section = make_section("Harbour")
    article = make_article(section, "Tide gauges fail along the quay")
    reader = make_user("fault-reader")
    room = chats.create_room(
        title="Harbour talk", slug="harbour-talk", created_by=reader
    )
    client = Client()
    client.force_login(reader)
    print(  # noqa: T201 (the test reads this line)
        json.dumps(
            {
                "front_url": section.get_parent().specific.get_url(),
                "article_url": article.get_url(),
                "headline": article.title,
                "room_id": room.pk,
                "session_cookie": settings.SESSION_COOKIE_NAME
                + "="
                + client.cookies[settings.SESSION_COOKIE_NAME].value,
            }
        )
    )


class ChatReader:
    """Follows topic chat.<room> like realtime.js: resumes after every close."""

    def __init__(self, site: FaultSite, room_id: int) -> None:
        self.site = site
        self.topic = f"chat.{room_id}"
        self.last_id: int | None = None
        self.events: list[dict] = []
        self.closes: list[int | None] = []
        self.socket: ClientConnection | None = None
        self.subscribed = False

    def open(self) -> ClientConnection:
        # An anonymous reader. legacy=True: the socket outlives any one block.
        return connect(
            self.site.ws_url,
            origin=self.site.base_url,
            open_timeout=5,
            close_timeout=1,
            legacy=True,
        )

    def connect(self) -> bool:
        """Connect and subscribe (resuming after the last id); False if refused."""
        try:
            self.socket = self.open()
        except (OSError, InvalidHandshake, InvalidStatus, TimeoutError):
            self.socket = None
            return False
        frame = {"type": "subscribe", "topic": self.topic}
        if self.last_id is not None:
            frame["after"] = self.last_id
        self.socket.send(json.dumps(frame))
        return True

    def messages(self) -> list[str]:
        return [
            event["message"]["text"]
            for event in self.events
            if event.get("type") == "chat.message" and event.get("op") == "add"
        ]

    def read_until(self, done, *, timeout: float) -> None:
        """Read frames (reconnecting as the page would) until done(self) is true."""
        deadline = time.monotonic() + timeout
        while not done(self):
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"Reader gave up after {timeout} s: messages {self.messages()},"
                    f" closes {self.closes}."
                )
            if self.socket is None:
                if not self.connect():
                    time.sleep(0.3)
                continue
            try:
                raw = self.socket.recv(timeout=0.5)
            except TimeoutError:
                continue
            except ConnectionClosed as closed:
                self.closes.append(closed.rcvd.code if closed.rcvd else None)
                self.socket = None
                self.subscribed = False
                time.sleep(0.2)
                continue
            self.take(json.loads(raw))

    def take(self, frame: dict) -> None:
        if frame.get("topic") != self.topic:
            return
        if frame.get("type") == "subscribed":
            self.subscribed = True
        if frame.get("type") != "event":
            return
        event = frame["event"]
        event_id = event.get("id")
        if isinstance(event_id, int):
            if self.last_id is not None and event_id <= self.last_id:
                raise AssertionError(f"Event {event_id} came twice or out of order.")
            self.last_id = event_id
        self.events.append(event)

    def close(self) -> None:
        if self.socket is not None:
            self.socket.close()
            self.socket = None


def post_chat_message(site: FaultSite, room_id: int, text: str, *, cookie: str):
    """Post over a socket of its own, as the chat page does; returns the reply frame."""
    with connect(
        site.ws_url,
        origin=site.base_url,
        additional_headers={"Cookie": cookie},
        open_timeout=5,
        close_timeout=1,
    ) as socket_:
        socket_.send(
            json.dumps({"type": "chat.post", "room": room_id, "text": text, "ref": 1})
        )
        while True:
            frame = json.loads(socket_.recv(timeout=10))
            if frame.get("ref") == 1:
                return frame
