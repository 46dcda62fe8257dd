# ruff: noqa: S603, S310 - starts trusted local servers and fetches from them
"""nginx (deploy/nginx.conf) in front of real Gazette processes.

PostgreSQL + Redis: two app processes sharing the cache, an unpublish made through
one is seen by the other. SQLite: one app process (its cache is its own memory).
"""

import asyncio
import http.cookiejar
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import websockets

ROOT = Path(__file__).resolve().parents[3]
APP_PORTS = (8230, 8231)
NGINX_PORT = 8232  # beside APP_PORTS; 8240-8249 belong to the fault tests


def run_python(env, *args: str) -> str:
    """Run a Python script with the app's environment; its output, or fail."""
    result = subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


class Opener:
    """A browser-like client: cookies kept, redirects followed, errors returned."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar)
        )

    def get(self, url, headers=None):
        return self.request(url, headers=headers)

    def request(self, url, data=None, headers=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(url, data=body, headers=headers or {})
        try:
            with self.opener.open(req, timeout=30) as reply:
                return reply.status, lower(reply.headers), reply.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, lower(error.headers), error.read().decode()


def lower(headers) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def plain_get(url, headers=None):
    return Opener().get(url, headers)


def directives(headers) -> set[str]:
    return set(headers["content-security-policy"].split("; "))


def csrf_from(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


@pytest.fixture
def stack(tmp_path):
    env = dict(os.environ)
    for name in ("PYTEST_CURRENT_TEST", "DJANGO_SETTINGS_MODULE"):
        env.pop(name, None)
    database_url = os.environ.get("DATABASE_URL")
    shared = bool(database_url and os.environ.get("REDIS_URL"))
    env.update(
        DATA_DIR=str(tmp_path / "data"),
        DEBUG="false",
        STATIC_MANIFEST="false",
        SITE_URL=f"http://127.0.0.1:{NGINX_PORT}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        CSRF_TRUSTED_ORIGINS=f"http://127.0.0.1:{NGINX_PORT}",
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
        PAGECACHE_SHARED_MAX_AGE="1",
        PAGECACHE_STALE_WHILE_REVALIDATE="1",
        PAGECACHE_LOCAL_MS="200",
        LOG_LEVEL="WARNING",
        PAGE_FILES_ROOT=str(tmp_path / "pages"),
    )
    if database_url:
        env["DATABASE_URL"] = fresh_database(database_url)
    if shared:
        import redis

        client = redis.Redis.from_url(env["REDIS_URL"])
        for key in client.scan_iter(match="gazette:pc:*"):
            client.delete(key)
    setup = run_python(env, str(Path(__file__).with_name("stack_site.py")))
    article_id, article_url = setup.split()[-2:]
    ports = APP_PORTS if shared else APP_PORTS[:1]
    processes = [
        subprocess.Popen(
            [
                str(ROOT / ".venv/bin/granian"),
                "--interface",
                "asginl",
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
            env=env,
            cwd=ROOT,
            start_new_session=True,
        )
        for port in ports
    ]
    run_dir = tmp_path / "nginx"
    conf = run_dir / "nginx.conf"
    run_dir.mkdir()
    # manage.py nginx_conf with the app's environment, as make serve runs it.
    run_python(
        env,
        "manage.py",
        "nginx_conf",
        *("--listen", str(NGINX_PORT)),
        *[argument for port in ports for argument in ("--app", f"127.0.0.1:{port}")],
        *("--run-dir", str(run_dir)),
        *("--static-root", str(ROOT / "gazette" / "static")),
        *("--media-root", str(tmp_path / "media")),
        *(("--user", "root") if os.geteuid() == 0 else ()),
        *("--out", str(conf)),
    )
    processes.append(
        subprocess.Popen(
            [
                "/usr/sbin/nginx",
                "-c",
                str(conf),
                "-p",
                str(run_dir),
                "-g",
                "daemon off;",
            ],
            start_new_session=True,
        )
    )
    try:
        for port in (*ports, NGINX_PORT):
            wait_for(f"http://127.0.0.1:{port}/")
        yield {
            "ports": ports,
            "article_id": article_id,
            "article_url": article_url,
            "proxy": f"http://127.0.0.1:{NGINX_PORT}",
            "pages": tmp_path / "pages",
        }
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(10)


def fresh_database(url: str) -> str:
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = "test_perf_stack"
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return parts._replace(path=f"/{name}").geturl()


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} never answered")


def eventually(check, timeout=6.0):
    deadline = time.monotonic() + timeout
    while True:
        if result := check():
            return result
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.2)


def test_pages_static_websocket_and_purge_through_nginx(stack):
    proxy = stack["proxy"]
    article = stack["article_url"]

    status, app_headers, app_body = plain_get(proxy + article)
    assert status == 200
    assert "Ferry service resumes after storm" in app_body
    assert "s-maxage=1" in app_headers["cache-control"]

    # The app wrote the page as a file: nginx answers from it with the app's headers.
    # (With the test's one-second max-age a file lives one to two seconds.)
    def from_file():
        answer = plain_get(proxy + article)
        return answer if answer[1].get("x-cache") == "FILE" else None

    status, headers, body = eventually(from_file)
    assert (status, body) == (200, app_body)
    # django-csp writes the directives in no fixed order.
    assert directives(headers) == directives(app_headers)
    for name in (
        "x-frame-options",
        "x-content-type-options",
        "referrer-policy",
        "cross-origin-opener-policy",
        "content-language",
        "cache-control",
    ):
        assert headers.get(name) == app_headers.get(name), name
    assert headers["content-type"] == "text/html; charset=utf-8"
    eventually(
        lambda: (
            (file := from_file())
            and plain_get(proxy + article, {"If-None-Match": file[1]["etag"]})[0] == 304
        )
    )
    # A reader with a session, or a query string, is answered by the app.
    for url, request_headers in (
        (proxy + article, {"Cookie": "sessionid=abc"}),
        (proxy + article + "?from=newsletter", {}),
    ):
        _, headers, body = plain_get(url, request_headers)
        assert headers.get("x-cache") != "FILE"
        assert "Ferry service resumes after storm" in body

    status, headers, _ = plain_get(proxy + "/static/css/site.css")
    assert status == 200
    assert "immutable" in headers["cache-control"]

    async def subscribe():
        async with websockets.connect(
            f"ws://127.0.0.1:{NGINX_PORT}/ws/",
            origin=f"http://127.0.0.1:{NGINX_PORT}",
        ) as socket:
            await socket.send(json.dumps({"type": "subscribe", "topic": "newsfeed.en"}))
            return json.loads(await asyncio.wait_for(socket.recv(), 10))

    frame = asyncio.run(subscribe())
    assert frame["type"] == "subscribed"
    assert frame["topic"] == "newsfeed.en"

    # Every app process has the article and front page in its cache.
    for port in stack["ports"]:
        for path in (article, "/en/"):
            plain_get(f"http://127.0.0.1:{port}{path}")
            status, headers, body = plain_get(f"http://127.0.0.1:{port}{path}")
            assert headers["x-cache"] == "HIT"
            assert "Ferry service resumes after storm" in body

    # An editor unpublishes through the first process (the admin, as in real life).
    editor = Opener()
    first = f"http://127.0.0.1:{stack['ports'][0]}"
    _, _, login_page = editor.get(first + "/admin/login/")
    status, _, _ = editor.request(
        first + "/admin/login/",
        {
            "username": "chief",
            "password": "stack-test-9",
            "csrfmiddlewaretoken": csrf_from(login_page),
        },
    )
    assert status == 200
    unpublish = f"{first}/admin/pages/{stack['article_id']}/unpublish/"
    _, _, confirm = editor.get(unpublish)
    status, _, _ = editor.request(
        unpublish,
        {"csrfmiddlewaretoken": csrf_from(confirm)},
        headers={"Referer": first},
    )
    assert status == 200

    # Every process (and nginx, within its one-second s-maxage) drops the story,
    # and the purge deleted its page file.
    assert not (stack["pages"] / article.strip("/") / "index.html").exists()
    for base in [f"http://127.0.0.1:{port}" for port in stack["ports"]] + [proxy]:
        eventually(lambda base=base: plain_get(base + article)[0] == 404)
        eventually(
            lambda base=base: "Ferry service resumes" not in plain_get(base + "/en/")[2]
        )
