import json

from asgiref.sync import sync_to_async
from channels.layers import InMemoryChannelLayer, get_channel_layer
from django.test import TestCase, TransactionTestCase

from gazette.lib.events import broadcast, group_for
from gazette.realtime import consumers
from gazette.realtime.hub import current_hub
from gazette.realtime.tests.helpers import (
    DURING_BACKLOG,
    STORED,
    open_socket,
    receive,
    receive_all,
    send,
)
from gazette.testing import make_user


async def publish(topic: str, event: dict) -> None:
    await sync_to_async(broadcast)(topic, event)


class SubscribeTests(TestCase):
    def setUp(self):
        STORED[:] = [{"type": "rt", "id": n} for n in (1, 2, 3)]
        DURING_BACKLOG.clear()

    async def test_subscribe_then_live_events_then_unsubscribe(self):
        socket = await open_socket()
        await send(socket, {"type": "subscribe", "topic": "rt-test"})
        self.assertEqual(
            await receive(socket),
            {"type": "subscribed", "topic": "rt-test", "missed": 0},
        )
        await publish("rt-test", {"type": "rt", "id": 4})
        self.assertEqual(
            await receive(socket),
            {"type": "event", "topic": "rt-test", "event": {"type": "rt", "id": 4}},
        )
        await send(socket, {"type": "unsubscribe", "topic": "rt-test"})
        self.assertEqual(
            await receive(socket), {"type": "unsubscribed", "topic": "rt-test"}
        )
        await publish("rt-test", {"type": "rt", "id": 5})
        self.assertIs(await socket.receive_nothing(timeout=0.2), True)
        await socket.disconnect()

    async def test_many_sockets_share_one_layer_subscription(self):
        sockets = [await open_socket() for _ in range(5)]
        for socket in sockets:
            await send(socket, {"type": "subscribe", "topic": "rt-test"})
            await receive(socket)
        hub = current_hub()
        self.assertEqual(len(hub.members["rt-test"]), 5)
        layer = get_channel_layer()
        if isinstance(layer, InMemoryChannelLayer):  # it shows its groups
            self.assertEqual(len(layer.groups[group_for("rt-test")]), 1)
        await publish("rt-test", {"type": "rt", "id": 9, "text": "Ünïcode"})
        for socket in sockets:
            frame = await receive(socket)
            self.assertEqual(frame["event"]["text"], "Ünïcode")
        for socket in sockets:
            await socket.disconnect()
        self.assertNotIn("rt-test", hub.members)
        if isinstance(layer, InMemoryChannelLayer):
            self.assertNotIn(group_for("rt-test"), layer.groups)

    async def test_resume_replays_missed_events_once_in_order(self):
        socket = await open_socket()
        await send(socket, {"type": "subscribe", "topic": "rt-test", "after": 1})
        frames = await receive_all(socket, 3)
        self.assertEqual(frames[0]["missed"], 2)
        self.assertEqual([f["event"]["id"] for f in frames[1:]], [2, 3])
        await publish("rt-test", {"type": "rt", "id": 3})  # a late duplicate
        await publish("rt-test", {"type": "rt", "id": 4})
        self.assertEqual((await receive(socket))["event"]["id"], 4)
        self.assertIs(await socket.receive_nothing(timeout=0.2), True)
        await socket.disconnect()

    async def test_events_published_during_backlog_read_arrive_once_after_it(self):
        DURING_BACKLOG.extend([{"type": "rt", "id": 4}, {"type": "rt", "id": 5}])
        STORED.append({"type": "rt", "id": 4})  # 4 is in the backlog and live
        socket = await open_socket()
        await send(socket, {"type": "subscribe", "topic": "rt-test", "after": 2})
        frames = await receive_all(socket, 4)
        self.assertEqual(
            frames[0], {"type": "subscribed", "topic": "rt-test", "missed": 2}
        )
        self.assertEqual([f["event"]["id"] for f in frames[1:]], [3, 4, 5])
        self.assertIs(await socket.receive_nothing(timeout=0.2), True)
        await socket.disconnect()

    async def test_events_without_id_are_always_relayed(self):
        socket = await open_socket()
        await send(socket, {"type": "subscribe", "topic": "rt-test", "after": 3})
        await receive(socket)
        await publish("rt-test", {"type": "rt", "op": "edit"})
        self.assertEqual((await receive(socket))["event"], {"type": "rt", "op": "edit"})
        await socket.disconnect()

    async def test_subscribing_twice_is_harmless(self):
        socket = await open_socket()
        await send(socket, {"type": "subscribe", "topic": "rt-test"})
        await send(socket, {"type": "subscribe", "topic": "rt-test"})
        await receive_all(socket, 2)
        await publish("rt-test", {"type": "rt", "id": 7})
        self.assertEqual((await receive(socket))["event"]["id"], 7)
        self.assertIs(await socket.receive_nothing(timeout=0.2), True)
        await socket.disconnect()

    async def test_failing_backlog_gets_error_frame_and_socket_stays_open(self):
        socket = await open_socket()
        await send(socket, {"type": "subscribe", "topic": "rt-broken", "after": 1})
        frame = await receive(socket)
        self.assertEqual((frame["type"], frame["code"]), ("error", "server_error"))
        await send(socket, {"type": "ping"})
        self.assertEqual(await receive(socket), {"type": "pong"})
        await socket.disconnect()


class PermissionTests(TransactionTestCase):
    # Channels closes the thread's connection between frames, which would end a
    # TestCase transaction on PostgreSQL: commit for real instead.
    def setUp(self):
        self.reader = make_user("reader")

    async def test_anonymous_reader_cannot_follow_members_topic(self):
        socket = await open_socket()
        await send(socket, {"type": "subscribe", "topic": "rt-members"})
        frame = await receive(socket)
        self.assertEqual((frame["code"], frame["topic"]), ("forbidden", "rt-members"))
        await publish("rt-members", {"type": "rt", "id": 1})
        self.assertIs(await socket.receive_nothing(timeout=0.2), True)
        await socket.disconnect()

    async def test_logged_in_reader_can_follow_members_topic(self):
        await sync_to_async(self.client.force_login)(self.reader)
        socket = await open_socket(self.client.session.session_key)
        await send(socket, {"type": "subscribe", "topic": "rt-members"})
        self.assertEqual((await receive(socket))["type"], "subscribed")
        await socket.disconnect()

    async def test_reader_cannot_push_events_to_a_topic(self):
        listener = await open_socket()
        await send(listener, {"type": "subscribe", "topic": "rt-test"})
        await receive(listener)
        reader = await open_socket()
        event = {"type": "rt", "id": 99}
        await send(
            reader, {"type": "event", "topic": "rt-test", "event": event, "ref": 4}
        )
        frame = await receive(reader)
        self.assertEqual((frame["code"], frame["ref"]), ("unknown_type", 4))
        await send(reader, {"type": "topic.event", "topic": "rt-test", "event": event})
        self.assertEqual((await receive(reader))["code"], "unknown_type")
        self.assertIs(await listener.receive_nothing(timeout=0.2), True)
        await listener.disconnect()
        await reader.disconnect()

    async def test_socket_from_another_site_is_refused(self):
        from channels.testing import WebsocketCommunicator

        from gazette.asgi import application

        socket = WebsocketCommunicator(
            application, "/ws/", headers=[(b"origin", b"https://evil.example")]
        )
        connected, _ = await socket.connect()
        self.assertIs(connected, False)


class BadFrameTests(TestCase):
    async def assert_error(self, socket, frame, code):
        await send(socket, frame)
        reply = await receive(socket)
        self.assertEqual((reply["type"], reply["code"]), ("error", code), reply)
        self.assertTrue(reply["message"])

    async def test_bad_frames_get_error_frames_and_socket_stays_open(self):
        socket = await open_socket()
        await self.assert_error(socket, "{not json", "bad_json")
        await self.assert_error(socket, "[1, 2]", "bad_frame")
        await self.assert_error(socket, {"topic": "rt-test"}, "bad_frame")
        await self.assert_error(socket, {"type": 7}, "bad_frame")
        await self.assert_error(socket, {"type": "dance"}, "unknown_type")
        await self.assert_error(socket, {"type": "subscribe"}, "bad_topic")
        await self.assert_error(
            socket, {"type": "subscribe", "topic": "A!"}, "bad_topic"
        )
        await self.assert_error(socket, {"type": "subscribe", "topic": 5}, "bad_topic")
        await self.assert_error(
            socket, {"type": "subscribe", "topic": "nosuch.4"}, "unknown_topic"
        )
        for after in (-1, "3", 1.5, True, 2**64):
            await self.assert_error(
                socket,
                {"type": "subscribe", "topic": "rt-test", "after": after},
                "bad_after",
            )
        await self.assert_error(socket, {"type": "unsubscribe"}, "bad_topic")
        await self.assert_error(
            socket, "x" * (consumers.MAX_FRAME_BYTES + 1), "too_large"
        )
        await self.assert_error(
            socket, "é" * (consumers.MAX_FRAME_BYTES // 2 + 1), "too_large"
        )
        await send(socket, {"type": "ping"})
        self.assertEqual(await receive(socket), {"type": "pong"})
        await socket.disconnect()

    async def test_binary_frames_are_read_as_utf8_json(self):
        socket = await open_socket()
        await socket.send_to(bytes_data=b"\xff\xfe")
        self.assertEqual((await receive(socket))["code"], "bad_json")
        await socket.send_to(bytes_data=json.dumps({"type": "ping"}).encode())
        self.assertEqual(await receive(socket), {"type": "pong"})
        await socket.disconnect()

    async def test_topic_limit_per_socket(self):
        socket = await open_socket()
        for n in range(consumers.MAX_TOPICS):
            await send(socket, {"type": "subscribe", "topic": f"rt-test.{n}"})
            self.assertEqual((await receive(socket))["type"], "subscribed")
        await self.assert_error(
            socket, {"type": "subscribe", "topic": "rt-test.extra"}, "too_many_topics"
        )
        await send(socket, {"type": "unsubscribe", "topic": "rt-test.0"})
        await receive(socket)
        await send(socket, {"type": "subscribe", "topic": "rt-test.extra"})
        self.assertEqual((await receive(socket))["type"], "subscribed")
        await socket.disconnect()

    async def test_flooding_frames_is_rate_limited(self):
        socket = await open_socket()
        for _ in range(consumers.FRAME_BURST + 5):
            await send(socket, {"type": "ping"})
        replies = [await receive(socket) for _ in range(consumers.FRAME_BURST + 5)]
        codes = {r.get("code") for r in replies if r["type"] == "error"}
        self.assertEqual(codes, {"rate_limited"})
        await socket.disconnect()

    async def test_reader_that_cannot_keep_up_is_closed_to_resume_later(self):
        socket = await open_socket()
        await send(socket, {"type": "subscribe", "topic": "rt-test"})
        await receive(socket)
        # The test never reads, but the communicator's queue is unbounded: fill
        # the server-side outbox directly by publishing faster than it writes.
        hub = current_hub()
        for n in range(consumers.MAX_QUEUED_FRAMES + 10):
            hub.deliver({"topic": "rt-test", "event": {"type": "rt", "id": 100 + n}})
        frames = []
        while True:
            message = await socket.output_queue.get()
            if message["type"] == "websocket.close":
                self.assertEqual(message["code"], consumers.CLOSE_TOO_SLOW)
                break
            frames.append(message)
        self.assertEqual(len(frames), consumers.MAX_QUEUED_FRAMES)
