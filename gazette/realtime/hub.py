"""Per-process fan-out: one channel-layer subscription per topic, shared by all sockets.

Channels' usual shape gives every socket its own channel and has `group_send` deliver
one message per socket: 5,000 readers of "newsfeed" cost 5,000 layer messages and
5,000 JSON encodings per story. Here each process joins a topic's group once, on a
channel of its own, reads each event once, encodes the outgoing frame once, and hands
the same text to every local socket that follows the topic (the way Zulip's event
servers work). The channel layer carries one message per process.

A Redis outage or restart drops events in flight and the layer's subscriptions with
them, without telling anyone. So the hub sends itself a message every CHECK_SECONDS;
when one fails or does not come back, or joining a topic fails, it starts afresh and
closes its sockets (1012), and their pages reconnect and resume from their last id:
what was stored meanwhile arrives from the backlog.
"""

import asyncio
import json
import logging
import time
import weakref
from typing import Protocol

from channels.layers import InMemoryChannelLayer, get_channel_layer

from gazette.lib.events import group_for

logger = logging.getLogger(__name__)

# Channel layers forget group members after a day (group_expiry); keep joining.
REFRESH_SECONDS = 3600
# How often the hub checks that the layer still delivers, and how long it waits.
CHECK_SECONDS = 1.0
CHECK_TIMEOUT = 3.0
CHECK_TYPE = "hub.check"
# After failing to join a topic, joins fail at once for this long: a layer that
# cannot reach Redis takes seconds to say so, and joins queue behind one another.
RETRY_SECONDS = 1.0


class FeedUnavailable(Exception):
    """The channel layer failed a moment ago; try again later."""


class Member(Protocol):
    def push_event(self, topic: str, event_id: int | None, text: str) -> None: ...

    def feed_lost(self) -> None:
        """Live events may have been lost: close, so the page resumes from its id."""


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
        self.echo = asyncio.Event()
        self.down_until = 0.0

    async def join(self, topic: str, member: Member) -> None:
        """Follow topic for member; returns once live events for it will arrive.

        Raises what the layer raised when it cannot join (Redis unreachable); the
        hub has then started afresh and told its other members (feed_lost).
        """
        members = self.members.get(topic)
        if members is not None:
            members.add(member)
            return
        async with self.lock:
            members = self.members.get(topic)
            if members is None:
                if self.down_until > time.monotonic():
                    raise FeedUnavailable(topic)
                try:
                    if self.channel is None:
                        self.channel = await self.layer.new_channel("hub.")
                    await self.layer.group_add(group_for(topic), self.channel)
                except Exception:
                    self.down_until = time.monotonic() + RETRY_SECONDS
                    await self._start_afresh()
                    raise
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
                try:
                    await self.layer.group_discard(group_for(topic), self.channel)
                except Exception as error:  # noqa: BLE001 - the check starts afresh
                    logger.warning("Realtime hub could not leave %s: %s", topic, error)
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
            # The in-memory layer cannot lose messages; checking it proves nothing.
            if not isinstance(self.layer, InMemoryChannelLayer):
                self.tasks.append(
                    asyncio.create_task(self._check(), name="realtime-hub-check")
                )

    def _stop(self) -> None:
        current = asyncio.current_task()
        for task in self.tasks:
            if task is not current:
                task.cancel()
        self.tasks = []
        # A cancelled receive makes the Redis pub/sub layer drop the channel: the
        # next topic gets a fresh one.
        self.channel = None

    async def _start_afresh(self) -> None:
        """Forget every topic and subscription; members close and resume. Locked."""
        members = {member for group in self.members.values() for member in group}
        self.members = {}
        try:
            # Drops the layer's channels and groups in this process, so nothing
            # half-subscribed lingers; the next join subscribes anew.
            async with asyncio.timeout(CHECK_TIMEOUT):
                await self.layer.flush()
        except Exception as error:  # noqa: BLE001 - flushing is only tidying up
            logger.warning("Realtime hub could not flush its layer: %s", error)
        self._stop()
        for member in members:
            member.feed_lost()

    async def _check(self) -> None:
        """Send the hub's own channel a message now and then; start afresh when one
        fails or does not arrive (the layer lost its connection, events with it)."""
        while True:
            await asyncio.sleep(CHECK_SECONDS)
            self.echo.clear()
            try:
                async with asyncio.timeout(CHECK_TIMEOUT):
                    await self.layer.send(self.channel, {"type": CHECK_TYPE})
                    await self.echo.wait()
            except Exception as error:  # noqa: BLE001 - any failure means events lost
                logger.warning("Realtime hub lost its channel layer: %r", error)
                async with self.lock:
                    await self._start_afresh()
                return

    async def _read(self) -> None:
        while True:
            try:
                message = await self.layer.receive(self.channel)
                if message.get("type") == CHECK_TYPE:
                    self.echo.set()
                    continue
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
