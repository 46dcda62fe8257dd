"""Send live events to the readers subscribed to a topic, after the data is stored.

A topic is a string such as "newsfeed", "comments.42" or "chat.7". Every event is a
dict with a "type" and, for streams that can be resumed, an "id" that increases
within the topic. See docs/events.md.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

TOPIC_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{0,40}(\.[A-Za-z0-9_-]{1,50})?$")


def group_for(topic: str) -> str:
    """The channel-layer group of a topic (Channels allows [a-zA-Z0-9._-], < 100)."""
    if not TOPIC_PATTERN.match(topic):
        raise ValueError(f"Not a topic name: {topic!r}")
    return f"topic.{topic}"


_recorders: list[list[tuple[str, dict]]] = []


@contextmanager
def captured_broadcasts() -> Iterator[list[tuple[str, dict]]]:
    """Record (topic, event) for each broadcast sent inside the block, for tests.

    The events are still sent. Under a TestCase, wrap the code in
    captureOnCommitCallbacks(execute=True) so broadcast_on_commit fires.
    """
    recorded: list[tuple[str, dict]] = []
    _recorders.append(recorded)
    try:
        yield recorded
    finally:
        _recorders.remove(recorded)


def broadcast(topic: str, event: dict) -> None:
    """Send now. Call only from code whose data is already committed."""
    for recorded in _recorders:
        recorded.append((topic, event))
    layer = get_channel_layer()
    if layer is None:
        return
    message = {"type": "topic.event", "topic": topic, "event": event}
    async_to_sync(layer.group_send)(group_for(topic), message)


def broadcast_on_commit(topic: str, event: dict) -> None:
    """Send once the current transaction commits: persist first, then publish."""
    group_for(topic)  # fail early on a bad name, inside the caller's transaction
    # robust: the data is stored; a channel layer outage must not turn into a 500.
    transaction.on_commit(lambda: broadcast(topic, event), robust=True)
