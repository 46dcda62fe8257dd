"""Test topics and a socket helper for the realtime endpoint."""

import json

from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.http import SimpleCookie

from gazette.asgi import application
from gazette.lib.events import broadcast
from gazette.realtime.registry import register_topic

# A stream kept in memory so resume tests control exactly what is stored when.
STORED: list[dict] = []
DURING_BACKLOG: list[dict] = []


def _backlog(key: str, after: int) -> list[dict]:
    missed = [event for event in STORED if event["id"] > after]
    # Events stored and published while the backlog is being read: they must
    # reach the reader once, after the backlog, whichever way they come.
    for event in DURING_BACKLOG:
        STORED.append(event)
        broadcast("rt-test", event)
    DURING_BACKLOG.clear()
    return missed


register_topic("rt-test", can_subscribe=lambda user, key: True, backlog=_backlog)
register_topic(
    "rt-members",
    can_subscribe=lambda user, key: bool(user and user.is_authenticated),
)


def _failing_backlog(key: str, after: int) -> list[dict]:
    raise RuntimeError("database went away")


register_topic(
    "rt-broken", can_subscribe=lambda user, key: True, backlog=_failing_backlog
)


async def open_socket(session_key: str | None = None) -> WebsocketCommunicator:
    headers = [(b"origin", b"http://localhost"), (b"host", b"localhost")]
    if session_key:
        cookie = SimpleCookie({settings.SESSION_COOKIE_NAME: session_key})
        headers.append((b"cookie", cookie.output(header="", sep="; ").encode()))
    socket = WebsocketCommunicator(application, "/ws/", headers=headers)
    connected, _ = await socket.connect()
    assert connected
    return socket


async def send(socket: WebsocketCommunicator, frame) -> None:
    text = frame if isinstance(frame, str) else json.dumps(frame)
    await socket.send_to(text_data=text)


async def receive(socket: WebsocketCommunicator, timeout: float = 2) -> dict:
    return json.loads(await socket.receive_from(timeout=timeout))


async def receive_all(socket: WebsocketCommunicator, count: int) -> list[dict]:
    return [await receive(socket) for _ in range(count)]
