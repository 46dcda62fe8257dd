import asyncio
import json
import logging
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from gazette.lib.events import TOPIC_PATTERN
from gazette.realtime.hub import current_hub, encode_event, event_id_of
from gazette.realtime.registry import ACTIONS, ActionError, split_topic

logger = logging.getLogger(__name__)

MAX_FRAME_BYTES = 16 * 1024
MAX_TOPICS = 20
MAX_QUEUED_FRAMES = 1000
FRAMES_PER_SECOND = 20
FRAME_BURST = 40
MAX_EVENT_ID = 2**63 - 1
CLOSE_TOO_SLOW = 4008
# The process lost its event feed (Redis outage or restart): resume elsewhere or later.
CLOSE_FEED_LOST = 1012
# The event feed is down right now: try again later (the page backs off).
CLOSE_TRY_LATER = 1013


@dataclass
class Following:
    """One topic a socket follows: the last stream id it was given, and live events
    held back while its backlog is being read."""

    last_id: int = 0
    held: list[tuple[int | None, str]] | None = field(default=None)


def reader_language(scope) -> str:
    """The language the page asked for in /ws/?lang=, if the site has it."""
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    code = (query.get("lang") or [""])[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class RealtimeConsumer(AsyncWebsocketConsumer):
    """The one WebSocket endpoint: follow topics, resume from an id, call actions.

    Frames from the client (JSON objects, at most 16 KiB):
      {"type": "subscribe", "topic": "chat.7", "after": 120}   after is optional
      {"type": "unsubscribe", "topic": "chat.7"}
      {"type": "ping"}
      {"type": "<action>", "ref": 3, ...}                       e.g. "chat.post"
    Frames to the client: "subscribed", "unsubscribed", "event", "result", "error",
    "pong". A stored event carries an "id"; a resumed topic replays the ids after
    "after", then live ones, each once and in order. Bad frames get an error frame
    and the socket stays open. See docs/realtime.md.

    Live events come from the process hub (gazette.realtime.hub), not from a
    channel per socket, so the consumer asks Channels for no channel of its own.
    """

    channel_layer_alias = "gazette-realtime-uses-the-hub"

    async def __call__(self, scope, receive, send) -> None:
        """Serve the socket with a receive() that a close from the writer can cut.

        granian (2.8) does not send a close while a receive() is pending in another
        task, and Channels always has one pending: a close from the writer task
        (4008, 1012, 1013) would wait for the reader's next frame. So the writer
        cancels the pending receive, which then yields a "websocket.close_now"
        message, and the consumer closes from its own task, where none is pending.
        """
        self.close_code: int | None = None
        self.close_sent = False
        self.receiving: asyncio.Future | None = None

        async def interruptible_receive() -> dict:
            if self.close_code is not None and not self.close_sent:
                return {"type": "websocket.close_now"}
            self.receiving = asyncio.ensure_future(receive())
            try:
                return await self.receiving
            except asyncio.CancelledError:
                if self.close_code is None or asyncio.current_task().cancelling():
                    raise
                return {"type": "websocket.close_now"}
            finally:
                self.receiving = None

        await super().__call__(scope, interruptible_receive, send)

    async def websocket_close_now(self, message: dict) -> None:
        self.close_sent = True
        await self.close(code=self.close_code)

    async def connect(self) -> None:
        self.user = self.scope.get("user")
        self.language = reader_language(self.scope)
        self.following: dict[str, Following] = {}
        # Text frames to send, or a close code to end with.
        self.outbox: asyncio.Queue[str | int] = asyncio.Queue()
        self.closing = False
        self.allowance = float(FRAME_BURST)
        self.allowance_at = time.monotonic()
        await self.accept()
        self.writer = asyncio.create_task(self.write_frames())

    async def disconnect(self, code: int) -> None:
        writer = getattr(self, "writer", None)
        if writer is not None:
            writer.cancel()
        hub = current_hub()
        for topic in list(getattr(self, "following", {})):
            await hub.leave(topic, self)
        self.following = {}

    # Outgoing frames go through one queue and one writer task, so frames from the
    # hub and replies to the client keep their order and a slow reader delays no one.
    async def write_frames(self) -> None:
        send = self.base_send
        while True:
            item = await self.outbox.get()
            if isinstance(item, int):
                self.close_code = item
                if self.receiving is not None:
                    self.receiving.cancel()
                return
            await send({"type": "websocket.send", "text": item})

    def enqueue(self, text: str) -> None:
        if self.closing:
            return
        if self.outbox.qsize() >= MAX_QUEUED_FRAMES:
            # The reader cannot keep up; it reconnects and resumes from its last id.
            self.close_after_sending(CLOSE_TOO_SLOW)
            return
        self.outbox.put_nowait(text)

    def close_after_sending(self, code: int) -> None:
        """Close once the frames already queued are sent; queue nothing more."""
        if not self.closing:
            self.closing = True
            self.outbox.put_nowait(code)

    def feed_lost(self) -> None:
        """Called by the hub when live events may have been lost: the page resumes."""
        self.close_after_sending(CLOSE_FEED_LOST)

    def send_json(self, content: dict) -> None:
        self.enqueue(json.dumps(content, separators=(",", ":")))

    def push_event(self, topic: str, event_id: int | None, text: str) -> None:
        """Called by the hub for each live event on a topic this socket follows."""
        following = self.following.get(topic)
        if following is None:
            return
        if following.held is not None:
            following.held.append((event_id, text))
            return
        self.admit(following, event_id, text)

    def admit(self, following: Following, event_id: int | None, text: str) -> None:
        if event_id is not None:
            if event_id <= following.last_id:
                return
            following.last_id = event_id
        self.enqueue(text)

    async def receive(self, text_data=None, bytes_data=None) -> None:
        # Errors and action results read in the page's language (one per socket).
        with translation.override(self.language):
            await self.handle_frame(text_data, bytes_data)

    async def handle_frame(self, text_data, bytes_data) -> None:
        raw = text_data if text_data is not None else bytes_data
        if raw is None:
            return
        size = len(raw.encode("utf-8")) if isinstance(raw, str) else len(raw)
        if size > MAX_FRAME_BYTES:
            self.send_error("too_large", _("That message is too long to send."))
            return
        if not self.take_allowance():
            self.send_error("rate_limited", _("Too many messages; slow down a little."))
            return
        try:
            frame = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            self.send_error("bad_json", _("That frame is not valid JSON."))
            return
        if not isinstance(frame, dict) or not isinstance(frame.get("type"), str):
            self.send_error("bad_frame", _("A frame is a JSON object with a type."))
            return
        kind = frame["type"]
        if kind == "ping":
            self.send_json({"type": "pong"})
        elif kind == "subscribe":
            await self.subscribe(frame)
        elif kind == "unsubscribe":
            await self.unsubscribe(frame)
        elif kind in ACTIONS:
            await self.run_action(kind, frame)
        else:
            message = _("Unknown frame type %(type)s.") % {"type": repr(kind[:40])}
            self.send_error("unknown_type", message, ref=frame.get("ref"))

    def take_allowance(self) -> bool:
        now = time.monotonic()
        self.allowance = min(
            FRAME_BURST, self.allowance + (now - self.allowance_at) * FRAMES_PER_SECOND
        )
        self.allowance_at = now
        if self.allowance < 1:
            return False
        self.allowance -= 1
        return True

    async def subscribe(self, frame: dict) -> None:
        topic = frame.get("topic")
        after = frame.get("after")
        if not isinstance(topic, str) or not TOPIC_PATTERN.match(topic):
            self.send_error("bad_topic", _("That is not a topic name."))
            return
        if after is not None and not _is_stream_id(after):
            self.send_error("bad_after", _("after must be a whole number."), topic)
            return
        if topic in self.following:
            self.send_json({"type": "subscribed", "topic": topic, "missed": 0})
            return
        kind, key = split_topic(topic)
        if kind is None:
            self.send_error("unknown_topic", _("There is no such topic."), topic)
            return
        if len(self.following) >= MAX_TOPICS:
            self.send_error("too_many_topics", _("Too many topics on one page."), topic)
            return
        try:
            allowed = await database_sync_to_async(kind.can_subscribe)(self.user, key)
        except Exception:
            logger.exception("Permission check for %s failed", topic)
            allowed = False
        if not allowed:
            self.send_error("forbidden", _("You cannot follow this topic."), topic)
            return
        resuming = after is not None and kind.backlog is not None
        # Follow first, read the backlog second, holding back live events meanwhile:
        # whatever is stored after the backlog read still arrives live.
        following = Following(last_id=after or 0, held=[] if resuming else None)
        self.following[topic] = following
        try:
            await current_hub().join(topic, self)
        except Exception as error:  # noqa: BLE001 - whatever the layer raised
            logger.warning("Could not follow %s: %r", topic, error)
            self.following.pop(topic, None)
            self.close_after_sending(CLOSE_TRY_LATER)
            return
        missed: list[dict] = []
        if resuming:
            try:
                missed = await database_sync_to_async(kind.backlog)(key, after)
            except Exception:
                logger.exception("Backlog for %s failed", topic)
                await self.forget(topic)
                self.send_error(
                    "server_error", _("Could not load missed events."), topic
                )
                return
        self.send_json({"type": "subscribed", "topic": topic, "missed": len(missed)})
        for event in missed:
            self.admit(following, event_id_of(event), encode_event(topic, event))
        held, following.held = following.held or [], None
        for event_id, text in held:
            self.admit(following, event_id, text)

    async def unsubscribe(self, frame: dict) -> None:
        topic = frame.get("topic")
        if not isinstance(topic, str) or not TOPIC_PATTERN.match(topic):
            self.send_error("bad_topic", _("That is not a topic name."))
            return
        await self.forget(topic)
        self.send_json({"type": "unsubscribed", "topic": topic})

    async def forget(self, topic: str) -> None:
        if self.following.pop(topic, None) is not None:
            await current_hub().leave(topic, self)

    async def run_action(self, kind: str, frame: dict) -> None:
        handler = ACTIONS[kind]
        ref = frame.get("ref")
        try:
            result = await database_sync_to_async(handler)(self.user, frame)
        except ActionError as error:
            self.send_error(error.code, error.message, ref=ref)
            return
        except Exception:
            logger.exception("Realtime action %s failed", kind)
            self.send_error(
                "server_error", _("Something went wrong; try again."), ref=ref
            )
            return
        reply = {"type": "result", "action": kind, "ref": ref}
        reply.update(result or {})
        self.send_json(reply)

    def send_error(self, code: str, message: str, topic=None, ref=None) -> None:
        frame = {"type": "error", "code": code, "message": message}
        if topic:
            frame["topic"] = topic
        if ref is not None:
            frame["ref"] = ref
        self.send_json(frame)


def _is_stream_id(value) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and 0 <= value <= MAX_EVENT_ID
    )
