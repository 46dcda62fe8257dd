"""What each app offers on the realtime endpoint: topics to follow and actions to call.

Apps register in their AppConfig.ready():

    register_topic("chat", can_subscribe=can_read_room, backlog=messages_after)
    register_action("chat.post", post_from_socket)

`can_subscribe(user, key) -> bool` and `backlog(key, after_id) -> list[dict]` are plain
sync functions (they run in a thread); `key` is what follows the dot in "chat.7" ("7"),
or "" for a topic without one. An action is `handler(user, payload) -> dict | None`,
sync too; it raises ActionError with a reason the reader can understand.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class ActionError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class TopicKind:
    name: str
    can_subscribe: Callable[[Any, str], bool]
    backlog: Callable[[str, int], list[dict]] | None


TOPICS: dict[str, TopicKind] = {}
ACTIONS: dict[str, Callable[[Any, dict], dict | None]] = {}


def register_topic(
    name: str,
    *,
    can_subscribe: Callable[[Any, str], bool],
    backlog: Callable[[str, int], list[dict]] | None = None,
) -> None:
    TOPICS[name] = TopicKind(name, can_subscribe, backlog)


def register_action(name: str, handler: Callable[[Any, dict], dict | None]) -> None:
    ACTIONS[name] = handler


def split_topic(topic: str) -> tuple[TopicKind | None, str]:
    name, _, key = topic.partition(".")
    return TOPICS.get(name), key
