import json
import logging

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from gazette.lib.events import TOPIC_PATTERN, group_for
from gazette.realtime.registry import ACTIONS, ActionError, split_topic

logger = logging.getLogger(__name__)

MAX_FRAME_BYTES = 16 * 1024
MAX_TOPICS = 20


class RealtimeConsumer(AsyncWebsocketConsumer):
    """The one WebSocket endpoint: follow topics, resume from an id, call actions.

    Frames from the client (JSON):
      {"type": "subscribe", "topic": "chat.7", "after": 120}   after is optional
      {"type": "unsubscribe", "topic": "chat.7"}
      {"type": "ping"}
      {"type": "<action>", ...}                                 e.g. "chat.post"
    Frames to the client: "subscribed", "event", "result", "error", "pong".
    A stored event carries an "id"; a resumed topic replays the ids after "after",
    then live ones, each once and in order.
    """

    async def connect(self) -> None:
        self.user = self.scope.get("user")
        self.last_ids: dict[str, int] = {}
        await self.accept()

    async def disconnect(self, code: int) -> None:
        for topic in list(self.last_ids):
            await self.channel_layer.group_discard(group_for(topic), self.channel_name)

    async def receive(self, text_data=None, bytes_data=None) -> None:
        raw = text_data if text_data is not None else bytes_data
        if len(raw) > MAX_FRAME_BYTES:
            await self.send_error("too_large", "That message is too long to send.")
            return
        try:
            frame = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            await self.send_error("bad_json", "That frame is not valid JSON.")
            return
        if not isinstance(frame, dict) or not isinstance(frame.get("type"), str):
            await self.send_error("bad_frame", "A frame is a JSON object with a type.")
            return
        kind = frame["type"]
        if kind == "ping":
            await self.send_json({"type": "pong"})
        elif kind == "subscribe":
            await self.subscribe(frame)
        elif kind == "unsubscribe":
            await self.unsubscribe(frame)
        elif kind in ACTIONS:
            await self.run_action(kind, frame)
        else:
            await self.send_error("unknown_type", f"Unknown frame type {kind[:40]!r}.")

    async def subscribe(self, frame: dict) -> None:
        topic = frame.get("topic")
        after = frame.get("after")
        if not isinstance(topic, str) or not TOPIC_PATTERN.match(topic):
            await self.send_error("bad_topic", "That is not a topic name.")
            return
        if after is not None and (not isinstance(after, int) or after < 0):
            await self.send_error("bad_after", "after must be a whole number.", topic)
            return
        kind, key = split_topic(topic)
        if kind is None:
            await self.send_error("unknown_topic", "There is no such topic.", topic)
            return
        if topic not in self.last_ids and len(self.last_ids) >= MAX_TOPICS:
            await self.send_error("too_many_topics", "Too many topics on one page.", topic)
            return
        allowed = await database_sync_to_async(kind.can_subscribe)(self.user, key)
        if not allowed:
            await self.send_error("forbidden", "You cannot follow this topic.", topic)
            return
        # Join before reading the backlog: live events queue up meanwhile and are
        # dropped below when the backlog already carried them.
        await self.channel_layer.group_add(group_for(topic), self.channel_name)
        self.last_ids[topic] = after or 0
        missed: list[dict] = []
        if after is not None and kind.backlog is not None:
            missed = await database_sync_to_async(kind.backlog)(key, after)
        await self.send_json({"type": "subscribed", "topic": topic, "missed": len(missed)})
        for event in missed:
            await self.deliver(topic, event)

    async def unsubscribe(self, frame: dict) -> None:
        topic = frame.get("topic")
        if isinstance(topic, str) and topic in self.last_ids:
            del self.last_ids[topic]
            await self.channel_layer.group_discard(group_for(topic), self.channel_name)

    async def run_action(self, kind: str, frame: dict) -> None:
        handler = ACTIONS[kind]
        try:
            result = await database_sync_to_async(handler)(self.user, frame)
        except ActionError as error:
            await self.send_error(error.code, error.message, ref=frame.get("ref"))
            return
        except Exception:
            logger.exception("Realtime action %s failed", kind)
            await self.send_error("server_error", "Something went wrong; try again.")
            return
        reply = {"type": "result", "action": kind, "ref": frame.get("ref")}
        reply.update(result or {})
        await self.send_json(reply)

    async def topic_event(self, message: dict) -> None:
        """A live event from the channel layer for a topic this socket follows."""
        topic = message["topic"]
        if topic in self.last_ids:
            await self.deliver(topic, message["event"])

    async def deliver(self, topic: str, event: dict) -> None:
        event_id = event.get("id")
        if isinstance(event_id, int):
            if event_id <= self.last_ids.get(topic, 0):
                return
            self.last_ids[topic] = event_id
        await self.send_json({"type": "event", "topic": topic, "event": event})

    async def send_error(self, code: str, message: str, topic=None, ref=None) -> None:
        frame = {"type": "error", "code": code, "message": message}
        if topic:
            frame["topic"] = topic
        if ref is not None:
            frame["ref"] = ref
        await self.send_json(frame)

    async def send_json(self, content: dict) -> None:
        await self.send(text_data=json.dumps(content, separators=(",", ":")))
