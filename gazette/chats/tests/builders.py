"""Builders for chat tests; they go through the real actions."""

import json
from contextlib import asynccontextmanager

from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.core.cache import cache
from django.utils.module_loading import import_string

from gazette.asgi import application
from gazette.chats import actions
from gazette.chats.models import Room
from gazette.chats.presence import presence


def make_room(title: str = "Harbour budget live", *, by, **fields) -> Room:
    fields.setdefault("slug", title.lower().replace(" ", "-"))
    fields.setdefault("topic", "Talk about the council's harbour budget as it happens.")
    return actions.create_room(title=title, created_by=by, **fields)


def reset_shared_state() -> None:
    """Rate-limit counters and presence live outside the test database."""
    cache.clear()
    presence().clear()


def session_cookie(user) -> str:
    """A logged-in session for user, as a Cookie header value."""
    engine = import_string(settings.SESSION_ENGINE)
    session = engine.SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


@asynccontextmanager
async def socket(cookie: str | None = None):
    headers = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie:
        headers.append((b"cookie", cookie.encode()))
    communicator = WebsocketCommunicator(application, "/ws/", headers=headers)
    connected, _ = await communicator.connect()
    assert connected
    try:
        yield communicator
    finally:
        await communicator.disconnect()


async def send(communicator, frame: dict) -> dict:
    await communicator.send_to(text_data=json.dumps(frame))
    return await receive(communicator)


async def receive(communicator, timeout: float = 3) -> dict:
    return json.loads(await communicator.receive_from(timeout=timeout))


async def receive_until(communicator, predicate, timeout: float = 3) -> dict:
    while True:
        frame = await receive(communicator, timeout)
        if predicate(frame):
            return frame
