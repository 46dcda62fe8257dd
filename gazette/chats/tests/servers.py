"""Real app servers for chat tests: uvicorn subprocesses, or one in-process thread.

With PostgreSQL and REDIS_URL the test starts two uvicorn processes on the test
database; on the default path (in-memory SQLite and channel layer, which cannot
cross processes) it runs one uvicorn server in a thread of the test process.
"""

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from django.conf import settings
from django.db import connection

BASE_DIR = Path(settings.BASE_DIR)


def free_port() -> int:
    """A port no one listens on now. Fixed ports let two pytest-xdist workers'
    servers collide, and a test would then talk to the other worker's database."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def shared_backends() -> bool:
    return bool(settings.REDIS_URL) and connection.vendor == "postgresql"


def wait_for_port(port: int, timeout: float = 40.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"No server came up on port {port}")


def database_url() -> str:
    """The test database, as a DATABASE_URL for a subprocess."""
    db = connection.settings_dict
    auth = db["USER"] or ""
    if db["PASSWORD"]:
        auth += f":{db['PASSWORD']}"
    host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    return f"postgres://{auth}@{host}/{db['NAME']}"


class SubprocessServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self.log = tempfile.NamedTemporaryFile(
            prefix=f"chat-server-{port}-", suffix=".log", delete=False
        )
        env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "DJANGO_SETTINGS_MODULE": "gazette.settings",
        }
        env.pop("TEST_DATABASE_NAME", None)
        self.process = subprocess.Popen(  # noqa: S603 - fixed argument list
            [
                sys.executable,
                "-m",
                "uvicorn",
                "gazette.asgi:application",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
                "--ws-max-size",
                "65536",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait(self) -> None:
        try:
            wait_for_port(self.port)
        except RuntimeError:
            self.stop()
            raise RuntimeError(Path(self.log.name).read_text()[-3000:]) from None

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        self.log.close()

    def output(self) -> str:
        return Path(self.log.name).read_text()


class ThreadServer:
    def __init__(self, port: int) -> None:
        from gazette.asgi import application

        self.port = port
        config = uvicorn.Config(
            application, host="127.0.0.1", port=port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def wait(self) -> None:
        wait_for_port(self.port)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)

    def output(self) -> str:
        return ""


def start_servers() -> list:
    """Two processes on the shared backends, else one in-process server."""
    if shared_backends():
        first = free_port()
        second = next(port for port in iter(free_port, None) if port != first)
        servers = [SubprocessServer(first), SubprocessServer(second)]
    else:
        servers = [ThreadServer(free_port())]
    for server in servers:
        server.wait()
    return servers


class ChatServersMixin:
    """Start the servers once for a test class (first in the bases) and stop them."""

    servers: list = []

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.servers = start_servers()

    @classmethod
    def tearDownClass(cls):
        for server in cls.servers:
            server.stop()
        super().tearDownClass()
