"""Chats through real app servers and real WebSocket clients.

PostgreSQL + Redis: two uvicorn processes serve one room; a message posted through
one reaches a reader connected to the other. Default path: the same scenarios
against one in-process server (the in-memory layer cannot cross processes).
"""

import asyncio
import json

from django.contrib.auth.models import Group
from django.test import TransactionTestCase
from websockets.asyncio.client import connect

from gazette.chats import actions
from gazette.chats.models import Message
from gazette.chats.tests.builders import make_room, reset_shared_state, session_cookie
from gazette.chats.tests.servers import ChatServersMixin
from gazette.testing import make_user


class Client:
    """A reader's socket: send frames, read frames, keep the events of one topic."""

    def __init__(self, ws):
        self.ws = ws

    async def send(self, frame: dict) -> None:
        await self.ws.send(json.dumps(frame))

    async def next(self, timeout: float = 5) -> dict:
        return json.loads(await asyncio.wait_for(self.ws.recv(), timeout))

    async def until(self, kinds: set[str], timeout: float = 5) -> dict:
        while True:
            frame = await self.next(timeout)
            if frame["type"] in kinds:
                return frame

    async def request(self, frame: dict) -> dict:
        await self.send(frame)
        return await self.until({"result", "error", "pong", "subscribed"})

    async def messages(self, count: int, timeout: float = 10) -> list[int]:
        ids = []
        while len(ids) < count:
            frame = await self.next(timeout)
            if frame["type"] == "event" and frame["event"]["type"] == "chat.message":
                ids.append(frame["event"]["id"])
        return ids

    async def quiet(self, seconds: float = 0.5) -> list[dict]:
        """Frames that arrive within `seconds` (expected: none)."""
        frames = []
        try:
            while True:
                frames.append(await self.next(seconds))
        except TimeoutError:
            return frames


class LiveServerChatTests(ChatServersMixin, TransactionTestCase):
    def setUp(self):
        reset_shared_state()
        Group.objects.get_or_create(name="Editor")
        self.editor = make_user("editor", groups=("Editor",))
        self.room = make_room(by=self.editor)
        self.writers = [session_cookie(make_user(f"writer{n}")) for n in range(4)]

    def port(self, n: int) -> int:
        return self.servers[n % len(self.servers)].port

    def connect(self, n: int, cookie: str | None = None):
        port = self.port(n)
        headers = {"Cookie": cookie} if cookie else {}
        return connect(
            f"ws://127.0.0.1:{port}/ws/",
            origin=f"http://127.0.0.1:{port}",
            additional_headers=headers,
            open_timeout=10,
        )

    def run_async(self, scenario):
        try:
            asyncio.run(asyncio.wait_for(scenario(), 60))
        except BaseException:
            for server in self.servers:
                print(server.output()[-3000:])  # noqa: T201 - server log on failure
            raise

    async def post_batch(self, start: int, count: int) -> None:
        """Post `count` messages, alternating writers and servers, in order."""
        for n in range(start, start + count):
            writer_index = n % len(self.writers)
            async with self.connect(writer_index, self.writers[writer_index]) as ws:
                reply = await Client(ws).request(
                    {"type": "chat.post", "room": self.room.pk, "text": f"message {n}"}
                )
                self.assertEqual(reply["type"], "result", reply)

    def test_message_crosses_servers_and_resume_misses_nothing(self):
        topic = self.room.topic_name

        async def scenario():
            async with self.connect(1) as ws:
                reader = Client(ws)
                subscribed = await reader.request(
                    {"type": "subscribe", "topic": topic, "after": 0}
                )
                self.assertEqual(subscribed["type"], "subscribed")
                await self.post_batch(0, 4)
                first = await reader.messages(4)
            # Offline while four more arrive; then back on the same server.
            await self.post_batch(4, 4)
            async with self.connect(1) as ws:
                reader = Client(ws)
                await reader.request(
                    {"type": "subscribe", "topic": topic, "after": first[-1]}
                )
                missed = await reader.messages(4)
                await self.post_batch(8, 2)
                live = await reader.messages(2)
                extra = await reader.quiet()
            self.assertEqual(first + missed + live, list(range(1, 11)))
            self.assertEqual([f for f in extra if f["type"] == "event"], [])

        self.run_async(scenario)
        texts = list(Message.objects.order_by("seq").values_list("text", flat=True))
        self.assertEqual(texts, [f"message {n}" for n in range(10)])

    def test_bad_frames_get_error_frames_and_others_are_unaffected(self):
        topic = self.room.topic_name
        closed = make_room("Closed room", by=self.editor)
        actions.close_room(closed, by=self.editor)

        async def scenario():
            async with (
                self.connect(0, self.writers[0]) as bad_ws,
                self.connect(1) as good_ws,
            ):
                bad, good = Client(bad_ws), Client(good_ws)
                await good.request({"type": "subscribe", "topic": topic, "after": 0})
                codes = []
                for raw in ["{oops", json.dumps({"type": "nope"}), "x" * 20000]:
                    await bad.ws.send(raw)
                    codes.append((await bad.until({"error"}))["code"])
                for frame in [
                    {"type": "chat.post", "room": 987654, "text": "hi"},
                    {"type": "chat.post", "room": closed.pk, "text": "hi"},
                    {"type": "chat.post", "room": self.room.pk, "text": ""},
                ]:
                    codes.append((await bad.request(frame))["code"])
                self.assertEqual(
                    codes,
                    [
                        "bad_json",
                        "unknown_type",
                        "too_large",
                        "unknown_room",
                        "closed",
                        "empty",
                    ],
                )
                self.assertEqual((await bad.request({"type": "ping"}))["type"], "pong")
                ok = await bad.request(
                    {"type": "chat.post", "room": self.room.pk, "text": "fine"}
                )
                self.assertEqual(ok["type"], "result")
                self.assertEqual(await good.messages(1), [1])

        self.run_async(scenario)

    def test_flood_and_mute_are_refused_with_reasons(self):
        reader = make_user("mutee")
        actions.mute_user(self.room, reader, by=self.editor, minutes=5)
        mutee = session_cookie(reader)

        async def scenario():
            async with (
                self.connect(0, self.writers[0]) as a,
                self.connect(1, mutee) as b,
            ):
                flooder, muted = Client(a), Client(b)
                codes = []
                for n in range(7):
                    reply = await flooder.request(
                        {
                            "type": "chat.post",
                            "room": self.room.pk,
                            "text": f"flood {n}",
                        }
                    )
                    codes.append(reply.get("code", reply["type"]))
                muted_reply = await muted.request(
                    {"type": "chat.post", "room": self.room.pk, "text": "let me"}
                )
            self.assertEqual(codes, ["result"] * 5 + ["rate_limited"] * 2)
            self.assertEqual(muted_reply["code"], "muted")

        self.run_async(scenario)

    def test_presence_counts_readers_on_every_server(self):
        async def scenario():
            async with self.connect(0) as a, self.connect(1) as b:
                one, two = Client(a), Client(b)
                frame = {"type": "chat.presence", "room": self.room.pk}
                first = await one.request({**frame, "tab": "first-tab-1"})
                second = await two.request({**frame, "tab": "second-tab-2"})
            self.assertEqual((first["online"], second["online"]), (1, 2))

        self.run_async(scenario)
