"""Per-process fan-out: one channel-layer subscription per topic, shared by all sockets.

Channels' usual shape gives every socket its own channel and has `group_send` deliver
one message per socket: 5,000 readers of "newsfeed" cost 5,000 layer messages and
5,000 JSON encodings per story. Here each process joins a topic's group once, on a
channel of its own, reads each event once, encodes the outgoing frame once, and hands
the same text to every local socket that follows the topic (the way Zulip's event
servers work). The channel layer carries one message per process.
"""

import asyncio
import json
import logging
import weakref
from typing import Protocol

from channels.layers import get_channel_layer

from gazette.lib.events import group_for

logger = logging.getLogger(__name__)

# Channel layers forget group members after a day (group_expiry); keep joining.
REFRESH_SECONDS = 3600


class Member(Protocol):
    def push_event(self, topic: str, event_id: int | None, text: str) -> None: ...


def encode_event(topic: str, event: dict) -> str:
    return json.dumps(
        {"type": "event", "topic": topic, "event": event}, separators=(",", ":")
    )


def event_id_of(event: dict) -> int | None:
    value = event.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


class Hub:
    """The topics this process follows and the local sockets that want each one."""

    def __init__(self, layer) -> None:
        self.layer = layer
        self.channel: str | None = None
        self.members: dict[str, set[Member]] = {}
        self.lock = asyncio.Lock()
        self.tasks: list[asyncio.Task] = []

    async def join(self, topic: str, member: Member) -> None:
        """Follow topic for member; returns once live events for it will arrive."""
        members = self.members.get(topic)
        if members is not None:
            members.add(member)
            return
        async with self.lock:
            members = self.members.get(topic)
            if members is None:
                if self.channel is None:
                    self.channel = await self.layer.new_channel("hub.")
                await self.layer.group_add(group_for(topic), self.channel)
                # Published only once the group join is done: a member that finds
                # the topic here knows live events already flow to this process.
                members = self.members[topic] = set()
                self._start()
            members.add(member)

    async def leave(self, topic: str, member: Member) -> None:
        members = self.members.get(topic)
        if members is None or member not in members:
            return
        members.discard(member)
        if members:
            return
        async with self.lock:
            if self.members.get(topic) is members and not members:
                del self.members[topic]
                await self.layer.group_discard(group_for(topic), self.channel)
                if not self.members:
                    self._stop()

    def deliver(self, message: dict) -> int:
        """Hand a layer message to the local members of its topic; returns how many."""
        topic = message.get("topic")
        event = message.get("event")
        members = self.members.get(topic) if isinstance(topic, str) else None
        if not members or not isinstance(event, dict):
            return 0
        text = encode_event(topic, event)
        event_id = event_id_of(event)
        for member in list(members):
            member.push_event(topic, event_id, text)
        return len(members)

    def _start(self) -> None:
        if not self.tasks:
            self.tasks = [
                asyncio.create_task(self._read(), name="realtime-hub-read"),
                asyncio.create_task(self._refresh(), name="realtime-hub-refresh"),
            ]

    def _stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        self.tasks = []
        # A cancelled receive makes the Redis pub/sub layer drop the channel: the
        # next topic gets a fresh one.
        self.channel = None

    async def _read(self) -> None:
        while True:
            try:
                message = await self.layer.receive(self.channel)
                self.deliver(message)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("Realtime hub could not relay a message")
                await asyncio.sleep(0.5)

    async def _refresh(self) -> None:
        while True:
            await asyncio.sleep(REFRESH_SECONDS)
            for topic in list(self.members):
                try:
                    await self.layer.group_add(group_for(topic), self.channel)
                except Exception:
                    logger.exception("Realtime hub could not renew topic %s", topic)


_hubs: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Hub]" = (
    weakref.WeakKeyDictionary()
)


def current_hub() -> Hub:
    """The hub of the running event loop (one per server process)."""
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = Hub(get_channel_layer())
    return hub
