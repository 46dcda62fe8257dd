"""Faults: Redis stops and PostgreSQL restarts under a running site.

The site runs under granian on a private PostgreSQL cluster and a private
redis-server (gazette/browser_tests/faults.py) that these tests stop and start
again; the shared servers other suites use are never touched. No browser: plain
HTTP requests as an anonymous reader, and a WebSocket client that resumes after a
close the way static/js/realtime.js does.
"""

import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass

import pytest

from gazette.browser_tests.faults import (
    ChatReader,
    FaultSite,
    PrivatePostgres,
    PrivateRedis,
    missing_programs,
    post_chat_message,
    wait_until,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(bool(missing_programs()), reason=missing_programs()),
]

REQUEST_TIMEOUT = 15  # a request that takes longer counts as hanging


@dataclass
class Stack:
    postgres: PrivatePostgres
    redis: PrivateRedis
    site: FaultSite
    newsroom: dict


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: str

    @property
    def cache(self) -> str:
        return self.headers.get("x-cache", "")


def fetch(site: FaultSite, path: str, *, cookie: str = "") -> Answer:
    request = urllib.request.Request(  # noqa: S310 (our own site)
        site.url(path), headers={"Cookie": cookie} if cookie else {}
    )
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:  # noqa: S310
            answer = response
            body = response.read()
    except urllib.error.HTTPError as error:
        answer, body = error, error.read()
    headers = {name.lower(): value for name, value in answer.headers.items()}
    return Answer(answer.status, headers, body.decode("utf-8", "replace"))


def fetch_or_none(site: FaultSite, path: str) -> Answer | None:
    """The answer, or None while the server does not answer at all."""
    try:
        return fetch(site, path)
    except (urllib.error.URLError, http.client.HTTPException, ConnectionError):
        return None


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    redis = PrivateRedis.start_new(root)
    site = FaultSite.prepare(root, redis_url=redis.url())
    postgres = None
    try:
        postgres = PrivatePostgres.start_new(schema=site.migrate)
        site.serve(postgres.url("gazette"))
        yield Stack(postgres, redis, site, site.newsroom())
    except BaseException:
        if site.log_path.exists():
            print(site.log_text()[-5000:])  # noqa: T201 (shown with the failure)
        raise
    finally:
        site.stop()
        redis.kill()
        if postgres is not None:
            postgres.remove()


@pytest.fixture(autouse=True)
def server_log(stack):
    """The site's log during the test, printed (shown by pytest when it fails)."""
    start = stack.site.log_size()
    yield
    print(stack.site.log_text(start)[-20_000:])  # noqa: T201


def post(stack: Stack, text: str) -> dict:
    """Post as the logged-in reader; the reply frame must be a result."""
    news = stack.newsroom
    reply = post_chat_message(
        stack.site, news["room_id"], text, cookie=news["session_cookie"]
    )
    assert reply["type"] == "result", reply
    return reply


def stored_messages(stack: Stack) -> list[str]:
    rows = stack.postgres.execute(
        "gazette",
        "SELECT text FROM chats_message WHERE room_id = %s ORDER BY seq",
        [stack.newsroom["room_id"]],
    )
    return [text for (text,) in rows]


def test_pages_and_chat_survive_a_redis_outage(stack):
    site, news = stack.site, stack.newsroom
    front, article = news["front_url"], news["article_url"]
    before = ["Before"]
    during = ["During one", "During two"]
    reader = ChatReader(site, news["room_id"])
    try:
        reader.read_until(lambda r: r.subscribed, timeout=20)
        post(stack, "Before")
        reader.read_until(lambda r: r.messages() == before, timeout=20)
        for path in (front, article):
            fetch(site, path)
            assert fetch(site, path).cache == "HIT", f"{path} is not cached"

        with stack.redis.killed():
            # Pages: misses rendered by Django, not errors. The process keeps a copy
            # of a hot page for a second; let it lapse so Redis is really asked.
            wait_until(
                lambda: fetch(site, front).cache != "HIT", timeout=10, what="no hit"
            )
            for path in (front, article, article + "?from=outage"):
                answer = fetch(site, path)
                assert answer.status == 200, f"{path}: {answer.body[:500]}"
                assert news["headline"] in answer.body
            # Chat: what is posted during the outage is stored and acknowledged.
            for text in during:
                post(stack, text)
            assert stored_messages(stack) == before + during

        # Posted as soon as Redis is back, before the reader has resumed: its
        # socket may still follow the topic through the old, broken subscription.
        post(stack, "After")
        everything = [*before, *during, "After"]
        assert stored_messages(stack) == everything
        # The reader gets each message once and in order (ChatReader checks the
        # ids): the server must make it resume from its last id.
        reader.read_until(lambda r: len(r.messages()) >= len(everything), timeout=40)
        assert reader.messages() == everything
    finally:
        reader.close()
    # The page cache is back in use, in the same process.
    wait_until(lambda: fetch(site, front).cache == "HIT", timeout=10, what="a hit")
    assert site.server.poll() is None


def test_site_answers_503_while_postgresql_restarts_and_recovers(stack):
    site, news = stack.site, stack.newsroom
    article, cookie = news["article_url"], news["session_cookie"]
    process = site.server.pid
    fetch(site, news["front_url"])
    assert fetch(site, article + "?before=restart").status == 200

    # A server that takes no new connections: the request gives up (connect_timeout)
    # with the 503 page instead of hanging.
    with stack.postgres.frozen():
        answer = fetch(site, article + "?during=freeze")
    assert answer.status == 503, answer.body[:500]

    with stack.postgres.stopped():
        # A page no one has cached needs the database: a clean 503 page, at once.
        answer = fetch(site, article + "?during=restart")
        assert answer.status == 503, answer.body[:500]
        assert "temporarily unavailable" in answer.body
        assert answer.headers.get("retry-after")
        assert answer.headers.get("cache-control") == "no-store"
        # A logged-in reader is never served from the cache: 503 as well.
        assert fetch(site, article, cookie=cookie).status == 503
        # What the page cache holds is still served without the database.
        cached = fetch(site, news["front_url"])
        assert (cached.status, cached.cache) == (200, "HIT")

    # The same process serves again once the database is back; no restart.
    paths = iter(f"{article}?after=restart-{n}" for n in range(1000))
    wait_until(
        lambda: (answer := fetch_or_none(site, next(paths))) and answer.status == 200,
        timeout=30,
        what="a 200 after PostgreSQL came back",
    )
    assert fetch(site, article, cookie=cookie).status == 200
    post(stack, "Back")
    assert site.server.poll() is None and site.server.pid == process
