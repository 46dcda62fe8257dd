"""A real Gazette site for the browser tests: fresh database, production settings.

`LiveSite.start()` builds a database of its own (a SQLite file in a temporary folder,
or a `gazette_browser_<pid>` database on the PostgreSQL server named by DATABASE_URL),
migrates it, loads the demo newsroom, collects static files with the hashed manifest,
and serves the site with granian on a free port of this worker's block. Mail goes
to an aiosmtpd server inside the test process, read through `site.mailbox`.

Each pytest-xdist worker starts its own site, so journeys never share rows.
"""

import email
import email.policy
import fcntl
import hashlib
import http.client
import os
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import urlparse, urlunparse

from aiosmtpd.controller import Controller

BASE_DIR = Path(__file__).resolve().parents[2]
PYTHON = Path(sys.executable)
GRANIAN = PYTHON.parent / "granian"
FIRST_PORT = 8200
LAST_PORT = 8219
STARTUP_TIMEOUT = 60
EDITOR_USERNAME = "editor"
EDITOR_PASSWORD = "gazette-editor"
READER_EMAIL = "journey-reader@example.org"
READER_PASSWORD = "journey-reader-9"
# Variables of the test process that must not leak into the site's environment.
DROPPED_VARIABLES = ("REDIS_URL", "TEST_DATABASE_NAME", "EMAIL_URL", "STATIC_MANIFEST")


def server_environment(
    base_url: str, data_dir: Path, **settings: str
) -> dict[str, str]:
    """The environment of a site under test: production mode, this machine's own
    variables but the ones that would point it at the suite's services."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {*DROPPED_VARIABLES, "DATABASE_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="gazette.settings",
        DEBUG="false",
        SITE_URL=base_url,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATA_DIR=str(data_dir),
        MEDIA_ROOT=str(data_dir / "media"),
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
        **settings,
    )
    return env


def candidate_ports() -> list[int]:
    """This worker's share of ports 8200-8219, in a random order.

    pytest-xdist workers take alternate ports, so the sites of one run never race for
    the same port; the random order keeps parallel runs apart most of the time.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    ports = [
        port
        for port in range(FIRST_PORT, LAST_PORT + 1)
        if (port - FIRST_PORT) % workers == int(worker) % workers
    ]
    random.shuffle(ports)
    return ports


def free_ports(candidates: list[int], count: int) -> list[int]:
    found = []
    for port in candidates:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        found.append(port)
        if len(found) == count:
            return found
    raise RuntimeError(f"No {count} free ports among {candidates}.")


class PortTaken(Exception):
    pass


class MailSink:
    """aiosmtpd handler keeping every message the site sends."""

    def __init__(self) -> None:
        self._messages: list[EmailMessage] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        message = email.message_from_bytes(
            envelope.content, policy=email.policy.default
        )
        with self._lock:
            self._messages.append(message)
        return "250 Message accepted for delivery"


@dataclass
class Mailbox:
    """What the site has mailed, for journeys that confirm an address."""

    sink: MailSink

    def messages(self, *, to: str | None = None) -> list[EmailMessage]:
        with self.sink._lock:
            found = list(self.sink._messages)
        if to:
            found = [m for m in found if to.lower() in str(m["To"]).lower()]
        return found

    def wait_for(
        self, *, to: str, subject: str = "", timeout: float = 10
    ) -> EmailMessage:
        """The newest message to `to` whose subject contains `subject`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in reversed(self.messages(to=to)):
                if subject.lower() in str(message["Subject"]).lower():
                    return message
            time.sleep(0.1)
        seen = [str(m["Subject"]) for m in self.messages(to=to)]
        raise AssertionError(f"No mail to {to} about {subject!r}; got {seen}.")

    @staticmethod
    def text(message: EmailMessage) -> str:
        part = message.get_body(preferencelist=("plain", "html"))
        return part.get_content() if part else ""

    @classmethod
    def links(cls, message: EmailMessage) -> list[str]:
        return re.findall(r"https?://[^\s<>\"']+", cls.text(message))


@dataclass
class LiveSite:
    """A running site. `url(path)` builds addresses; `manage()` runs commands on it."""

    root: Path
    seed_dir: Path
    env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    smtp_port: int = 0
    postgres_url: str = ""
    server: subprocess.Popen | None = None
    smtp: Controller | None = None
    mailbox: Mailbox | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.root / "server.log"

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def manage(
        self, *args: str, timeout: float = 300, env: dict | None = None
    ) -> subprocess.CompletedProcess:
        """Run `manage.py <args>` against this site's database and settings."""
        command = [str(PYTHON), "manage.py", *args]
        result = subprocess.run(
            command,
            cwd=BASE_DIR,
            env=env or self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"manage.py {' '.join(args)} failed ({result.returncode}):\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
            )
        return result

    def shell(self, code: str) -> str:
        """Run Python in `manage.py shell` on this site; return what it printed."""
        return self.manage("shell", "--no-imports", "-c", code).stdout

    def log_text(self, start: int = 0) -> str:
        with self.log_path.open("rb") as log:
            log.seek(start)
            return log.read().decode("utf-8", "replace")

    def log_size(self) -> int:
        return self.log_path.stat().st_size

    # Start and stop

    @classmethod
    def start(cls, *, seed_dir: Path) -> "LiveSite":
        """Start a site; `seed_dir` is shared by the run's workers (built once)."""
        site = cls(
            root=Path(tempfile.mkdtemp(prefix="gazette-browser-")), seed_dir=seed_dir
        )
        try:
            site._start()
        except BaseException:
            site.stop()
            raise
        return site

    def _start(self) -> None:
        self.smtp_port, self.port = free_ports(candidate_ports(), 2)
        self._start_mail_sink()
        self.env = self._environment()
        with _locked(self.seed_dir / "lock"):
            self._timed("seed", self._ensure_seed)
            self._timed("copy", self._copy_seed)
        self._timed("server", self._start_server_on_a_free_port)

    def _timed(self, name: str, step) -> None:
        started = time.monotonic()
        step()
        self.timings[name] = round(time.monotonic() - started, 2)

    def _start_mail_sink(self) -> None:
        sink = MailSink()
        self.smtp = Controller(sink, hostname="127.0.0.1", port=self.smtp_port)
        self.smtp.start()
        self.mailbox = Mailbox(sink)

    def _environment(self) -> dict[str, str]:
        env = server_environment(
            self.base_url,
            self.root / "data",
            STATIC_MANIFEST="true",
            STATIC_ROOT=str(self.seed_dir / "static"),
            SERVE_MEDIA="true",
            EMAIL_URL=f"smtp://127.0.0.1:{self.smtp_port}",
        )
        database_url = os.environ.get("DATABASE_URL", "")
        if database_url:
            name = f"gazette_browser_{os.getpid()}"
            self.postgres_url = database_url
            env["DATABASE_URL"] = _with_database(database_url, name)
        return env

    @property
    def _seed_database(self) -> str:
        digest = hashlib.sha256(str(self.seed_dir).encode()).hexdigest()[:10]
        return f"gazette_browser_seed_{digest}"

    def _ensure_seed(self) -> None:
        """Migrate, load the demo and collect static files once per test run."""
        ready = self.seed_dir / "ready"
        if ready.exists() and (
            not self.postgres_url
            or _postgres_has(self.postgres_url, self._seed_database)
        ):
            return
        shutil.rmtree(self.seed_dir / "data", ignore_errors=True)
        env = dict(self.env, DATA_DIR=str(self.seed_dir / "data"))
        env["MEDIA_ROOT"] = str(self.seed_dir / "data" / "media")
        if self.postgres_url:
            env["DATABASE_URL"] = _with_database(self.postgres_url, self._seed_database)
            _recreate_database(self.postgres_url, self._seed_database)
        (self.seed_dir / "data").mkdir(parents=True)
        self.manage("migrate", "--noinput", "-v0", env=env)
        self.manage("load_demo", env=env)
        self.manage(
            "shell",
            "--no-imports",
            "-c",
            "from gazette.browser_tests.sitedata import ensure_people; ensure_people()",
            env=env,
        )
        self.manage("collectstatic", "--noinput", "-v0", env=env)
        ready.touch()

    def _copy_seed(self) -> None:
        shutil.copytree(self.seed_dir / "data", self.root / "data")
        if self.postgres_url:
            name = urlparse(self.env["DATABASE_URL"]).path.lstrip("/")
            _recreate_database(self.postgres_url, name, template=self._seed_database)

    def _start_server_on_a_free_port(self) -> None:
        # Another run may take the port between the probe and granian's bind.
        for _attempt in range(3):
            try:
                return self._start_server()
            except PortTaken:
                self.port = free_ports(candidate_ports(), 1)[0]
                # Links in mails are built from SITE_URL: follow the new port.
                self.env["SITE_URL"] = self.base_url
        raise RuntimeError("No free port for the site in 8200-8219.")

    def _start_server(self) -> None:
        log = self.log_path.open("ab")
        command = [
            str(GRANIAN),
            "--interface",
            "asgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--workers",
            "1",
            "--log-level",
            "warning",
            "gazette.asgi:application",
        ]
        self.server = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                log = self.log_text()
                if "in use" in log:
                    raise PortTaken(self.port)
                raise RuntimeError(f"The site did not start:\n{log[-3000:]}")
            try:
                with urllib.request.urlopen(self.url("/robots.txt"), timeout=2):  # noqa: S310
                    pass
            # HTTPException: another run's mail sink answered on this port first.
            except (
                urllib.error.URLError,
                ConnectionError,
                TimeoutError,
                http.client.HTTPException,
            ):
                time.sleep(0.2)
                continue
            # An answer while granian has died means someone else holds the port.
            time.sleep(1)
            if self.server.poll() is not None:
                raise PortTaken(self.port)
            return
        raise RuntimeError(f"The site did not answer:\n{self.log_text()[-3000:]}")

    def stop(self) -> None:
        if self.server and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait(timeout=10)
        if self.smtp:
            self.smtp.stop()
        if self.postgres_url and self.env.get("DATABASE_URL"):
            name = urlparse(self.env["DATABASE_URL"]).path.lstrip("/")
            _postgres(
                self.postgres_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
            )
            # Another worker may still need the seed: it rebuilds it if it is gone.
            with _locked(self.seed_dir / "lock"):
                _postgres(
                    self.postgres_url,
                    f'DROP DATABASE IF EXISTS "{self._seed_database}" WITH (FORCE)',
                )
        shutil.rmtree(self.root, ignore_errors=True)


def _with_database(url: str, name: str) -> str:
    return urlunparse(urlparse(url)._replace(path=f"/{name}"))


def _postgres(url: str, statement: str) -> None:
    """Run one statement on the server's maintenance database, outside a transaction."""
    import psycopg

    with psycopg.connect(
        _with_database(url, "postgres"), autocommit=True
    ) as connection:
        connection.execute(statement)


def _recreate_database(url: str, name: str, *, template: str = "") -> None:
    _postgres(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    clause = f' TEMPLATE "{template}"' if template else ""
    _postgres(url, f'CREATE DATABASE "{name}"{clause}')


def _postgres_has(url: str, name: str) -> bool:
    import psycopg

    with psycopg.connect(
        _with_database(url, "postgres"), autocommit=True
    ) as connection:
        row = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
    return row is not None


@contextmanager
def _locked(path: Path):
    """An exclusive lock shared by the xdist workers of one run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
