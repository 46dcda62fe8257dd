"""Drive the real ASGI application in-process, the way a server would."""

import asyncio
from dataclasses import dataclass

from asgiref.sync import async_to_sync
from django.core import signals
from django.db import close_old_connections


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode()


def asgi_request(
    path: str, *, method: str = "GET", headers=(), host="localhost", app=None
):
    """One request to `app` (the site's ASGI application unless given)."""
    from gazette.asgi import application

    application = app or application

    path, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", host.encode())]
        + [(k.lower().encode(), v.encode()) for k, v in headers],
        "client": ("127.0.0.1", 50000),
        "server": (host, 80),
    }
    sent = []

    requests = [{"type": "http.request", "body": b"", "more_body": False}]

    async def receive():
        if requests:
            return requests.pop()
        await asyncio.Future()  # the client stays connected until the response ends

    async def send(message):
        sent.append(message)

    # As Django's test client does: keep the test's transaction open across requests.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        async_to_sync(application)(scope, receive, send)
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
    start = next(m for m in sent if m["type"] == "http.response.start")
    headers_out: dict[str, str] = {}
    for name, value in start["headers"]:
        headers_out[name.decode().lower()] = value.decode("latin-1")
    body = b"".join(
        m.get("body", b"") for m in sent if m["type"] == "http.response.body"
    )
    return Reply(start["status"], headers_out, body)
