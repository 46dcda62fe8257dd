"""The chat topic and actions through the real consumer (Channels' communicator)."""

import json

from asgiref.sync import sync_to_async
from django.contrib.auth.models import Group
from django.test import TransactionTestCase

from gazette.chats import actions
from gazette.chats.models import EventKind, Message, Room, RoomEvent, RoomStatus
from gazette.chats.queries import BACKLOG_LIMIT
from gazette.chats.tests.builders import (
    make_room,
    receive,
    receive_until,
    reset_shared_state,
    send,
    session_cookie,
    socket,
)
from gazette.moderation.models import BannedPhrase
from gazette.testing import make_user


def is_event(frame):
    return frame["type"] == "event"


class ChatSocketTests(TransactionTestCase):
    def setUp(self):
        reset_shared_state()
        Group.objects.get_or_create(name="Editor")  # flushed after each test
        self.editor = make_user("editor", groups=("Editor",))
        self.reader = make_user("reader", display_name="Rita Reader")
        self.other = make_user("other", display_name="Otto")
        self.room = make_room(by=self.editor)
        self.topic = self.room.topic_name
        self.reader_cookie = session_cookie(self.reader)
        self.other_cookie = session_cookie(self.other)
        self.editor_cookie = session_cookie(self.editor)

    async def subscribe(self, ws, after=0, topic=None):
        frame = await send(
            ws, {"type": "subscribe", "topic": topic or self.topic, "after": after}
        )
        self.assertEqual(frame["type"], "subscribed", frame)
        return frame

    async def post(self, ws, text, **extra):
        return await send(
            ws, {"type": "chat.post", "room": self.room.pk, "text": text, **extra}
        )

    async def test_message_is_stored_then_reaches_every_reader_in_order(self):
        async with socket() as anonymous, socket(self.reader_cookie) as writer:
            await self.subscribe(anonymous)
            for n in range(3):
                result = await self.post(writer, f"Message {n}")
                self.assertEqual(result["type"], "result", result)
                self.assertEqual(result["id"], n + 1)
            received = [await receive(anonymous) for _ in range(3)]
        self.assertEqual([f["event"]["id"] for f in received], [1, 2, 3])
        self.assertEqual(received[0]["event"]["message"]["author"], "Rita Reader")
        self.assertEqual(received[2]["event"]["message"]["text"], "Message 2")
        self.assertEqual(await Message.objects.acount(), 3)

    async def test_resume_after_id_delivers_each_missed_event_once_in_order(self):
        async with socket(self.reader_cookie) as writer:
            for n in range(5):
                await self.post(writer, f"m{n}")
        async with socket() as late:
            subscribed = await self.subscribe(late, after=2)
            self.assertEqual(subscribed["missed"], 3)
            got = [await receive(late) for _ in range(3)]
            async with socket(self.other_cookie) as writer:
                await self.post(writer, "live one")
            live = await receive(late)
            self.assertTrue(await late.receive_nothing(0.2))
        ids = [f["event"]["id"] for f in got] + [live["event"]["id"]]
        self.assertEqual(ids, [3, 4, 5, 6])
        self.assertEqual(live["event"]["message"]["text"], "live one")

    async def test_deletion_reaches_readers_live_and_on_resume(self):
        async with socket(self.reader_cookie) as writer, socket() as reader:
            await self.subscribe(reader)
            await self.post(writer, "rude words")
            posted = await receive(reader)
            message_id = posted["event"]["message"]["id"]
            async with socket(self.editor_cookie) as moderator:
                result = await send(
                    moderator, {"type": "chat.delete", "message": message_id}
                )
            self.assertEqual(result["type"], "result", result)
            deleted = await receive(reader)
        self.assertEqual(deleted["event"]["op"], "delete")
        self.assertEqual(deleted["event"]["message_id"], message_id)
        self.assertEqual(deleted["event"]["id"], 2)
        async with socket() as late:
            await self.subscribe(late, after=0)
            replay = [await receive(late) for _ in range(2)]
        self.assertIs(replay[0]["event"]["message"]["deleted"], True)
        self.assertNotIn("text", replay[0]["event"]["message"])
        self.assertEqual(replay[1]["event"]["op"], "delete")

    async def test_reader_cannot_delete(self):
        async with socket(self.reader_cookie) as writer:
            await self.post(writer, "hello")
            message = await Message.objects.aget()
            error = await send(
                writer, {"type": "chat.delete", "message": message.pk, "ref": 4}
            )
        self.assertEqual(
            (error["type"], error["code"], error["ref"]), ("error", "forbidden", 4)
        )

    async def test_refusals_have_clear_codes_and_connection_stays_up(self):
        async with socket(self.reader_cookie) as ws:
            cases = [
                ({"type": "chat.post", "room": 99999, "text": "x"}, "unknown_room"),
                ({"type": "chat.post", "room": "7", "text": "x"}, "unknown_room"),
                ({"type": "chat.post", "room": self.room.pk, "text": "   "}, "empty"),
                ({"type": "chat.post", "room": self.room.pk, "text": 5}, "empty"),
                (
                    {"type": "chat.post", "room": self.room.pk, "text": "x" * 1001},
                    "too_long",
                ),
                (
                    {
                        "type": "chat.post",
                        "room": self.room.pk,
                        "text": "x",
                        "reply_to": "a",
                    },
                    "bad_reply",
                ),
                ({"type": "chat.nonsense"}, "unknown_type"),
            ]
            for frame, code in cases:
                with self.subTest(code=code):
                    reply = await send(ws, frame)
                    self.assertEqual(
                        (reply["type"], reply["code"]), ("error", code), reply
                    )
                    self.assertTrue(reply["message"])
            await ws.send_to(text_data="{not json")
            self.assertEqual((await receive(ws))["code"], "bad_json")
            await ws.send_to(
                text_data=json.dumps({"type": "chat.post", "text": "y" * 20000})
            )
            self.assertEqual((await receive(ws))["code"], "too_large")
            self.assertEqual((await send(ws, {"type": "ping"}))["type"], "pong")
            self.assertEqual((await self.post(ws, "still here"))["type"], "result")

    async def test_anonymous_cannot_post(self):
        async with socket() as ws:
            reply = await self.post(ws, "hi")
        self.assertEqual(reply["code"], "forbidden")
        self.assertIn("Log in", reply["message"])

    async def test_closed_room_refuses_posts_and_tells_readers_live(self):
        async with socket() as reader, socket(self.reader_cookie) as writer:
            await self.subscribe(reader)
            await sync_to_async(actions.close_room)(self.room, by=self.editor)
            update = await receive(reader)
            reply = await self.post(writer, "anyone?")
        self.assertEqual(update["event"]["type"], "chat.room")
        self.assertEqual(update["event"]["room"]["status"], RoomStatus.CLOSED)
        self.assertEqual(reply["code"], "closed")

    async def test_archived_and_members_only_rooms_refuse_subscription(self):
        members_only = await sync_to_async(make_room)(
            "Members", by=self.editor, anonymous_can_read=False
        )
        archived = await sync_to_async(make_room)("Old", by=self.editor)
        await sync_to_async(actions.archive_room)(archived, by=self.editor)
        async with socket() as anonymous, socket(self.reader_cookie) as reader:
            for topic in (members_only.topic_name, archived.topic_name, "chat.424242"):
                reply = await send(anonymous, {"type": "subscribe", "topic": topic})
                self.assertEqual(reply["code"], "forbidden", topic)
            ok = await send(
                reader, {"type": "subscribe", "topic": members_only.topic_name}
            )
            self.assertEqual(ok["type"], "subscribed")
            reply = await send(
                anonymous, {"type": "chat.post", "room": archived.pk, "text": "x"}
            )
            self.assertEqual(reply["code"], "closed")

    async def test_muted_and_banned_readers_are_refused_others_unaffected(self):
        await sync_to_async(actions.mute_user)(
            self.room, self.reader, by=self.editor, minutes=10
        )
        await sync_to_async(actions.ban_user)(self.room, self.other, by=self.editor)
        third = await sync_to_async(make_user)("third")
        async with (
            socket(self.reader_cookie) as muted,
            socket(self.other_cookie) as banned,
            socket(await sync_to_async(session_cookie)(third)) as fine,
        ):
            muted_reply = await self.post(muted, "let me speak")
            banned_reply = await self.post(banned, "let me in")
            fine_reply = await self.post(fine, "hello all")
        self.assertEqual(muted_reply["code"], "muted")
        self.assertIn("until", muted_reply["message"])
        self.assertEqual(banned_reply["code"], "banned")
        self.assertEqual(fine_reply["type"], "result")

    async def test_flood_is_rate_limited_per_account_and_room(self):
        async with (
            socket(self.reader_cookie) as flooder,
            socket(self.other_cookie) as calm,
        ):
            replies = [await self.post(flooder, f"spam {n}") for n in range(8)]
            calm_reply = await self.post(calm, "I can still talk")
        codes = [r.get("code", r["type"]) for r in replies]
        self.assertEqual(codes[:5], ["result"] * 5)
        self.assertEqual(set(codes[5:]), {"rate_limited"})
        self.assertEqual(calm_reply["type"], "result")
        self.assertEqual(await Message.objects.acount(), 6)

    async def test_slow_mode_says_how_long_to_wait_and_spares_moderators(self):
        await sync_to_async(actions.set_slow_mode)(self.room, 30, by=self.editor)
        async with socket(self.reader_cookie) as ws, socket(self.editor_cookie) as mod:
            first = await self.post(ws, "first")
            second = await self.post(ws, "second")
            self.assertEqual((await self.post(mod, "one"))["type"], "result")
            self.assertEqual((await self.post(mod, "two"))["type"], "result")
        self.assertEqual(first["type"], "result")
        self.assertEqual(second["code"], "slow_mode")
        self.assertRegex(second["message"], r"wait (30|29) seconds")

    async def test_banned_phrase_is_refused(self):
        await BannedPhrase.objects.acreate(phrase="Bad Word")
        async with socket(self.reader_cookie) as ws:
            reply = await self.post(ws, "This is a bad   word indeed")
        self.assertEqual(reply["code"], "banned_phrase")

    async def test_reply_quotes_the_message_it_answers(self):
        async with (
            socket() as reader,
            socket(self.reader_cookie) as a,
            socket(self.other_cookie) as b,
        ):
            await self.subscribe(reader)
            first = await self.post(a, "Is the bridge open?")
            await self.post(b, "Yes, since noon.", reply_to=first["message_id"])
            await receive(reader)
            answer = (await receive(reader))["event"]["message"]
        self.assertEqual(answer["reply_to"]["author"], "Rita Reader")
        self.assertEqual(answer["reply_to"]["text"], "Is the bridge open?")

    async def test_presence_counts_tabs_and_broadcasts_changes(self):
        async def beat(ws, tab, **extra):
            """Send a heartbeat; return its reply and the events seen on the way."""
            frame = {"type": "chat.presence", "room": self.room.pk, "tab": tab, **extra}
            await ws.send_to(text_data=json.dumps(frame))
            seen = []
            while True:
                frame = await receive(ws)
                if frame["type"] in {"result", "error"}:
                    return frame, seen
                seen.append(frame)

        async with socket() as one, socket(self.reader_cookie) as two:
            await self.subscribe(one)
            reply, seen = await beat(one, "tab-one-123")
            self.assertEqual(reply["online"], 1)
            live = [f for f in seen if is_event(f)]
            if not live:  # through Redis the event may come after the reply
                live = [await receive(one)]
            self.assertEqual(live[0]["event"], {"type": "chat.presence", "online": 1})
            self.assertEqual((await beat(two, "tab-two-456"))[0]["online"], 2)
            # Within 2 s of the last presence event: sent at the end of the window.
            later = await receive_until(one, is_event, timeout=5)
            self.assertEqual(later["event"], {"type": "chat.presence", "online": 2})
            left, _ = await beat(two, "tab-two-456", op="leave")
            self.assertEqual(left["online"], 1)
            self.assertEqual((await beat(two, "<x>"))[0]["code"], "bad_frame")

    async def test_reader_far_behind_gets_a_gap_then_the_latest_events(self):
        await sync_to_async(self.flood_events)(BACKLOG_LIMIT + 5)
        async with socket() as late:
            subscribed = await self.subscribe(late, after=0)
            first = await receive(late)
            second = await receive(late)
        self.assertEqual(subscribed["missed"], BACKLOG_LIMIT + 1)
        self.assertEqual(first["event"], {"type": "chat.gap", "after": 5})
        self.assertEqual(second["event"]["id"], 6)

    def flood_events(self, count):
        RoomEvent.objects.bulk_create(
            RoomEvent(room=self.room, seq=n, kind=EventKind.ROOM)
            for n in range(1, count + 1)
        )
        Room.objects.filter(pk=self.room.pk).update(last_seq=count)
