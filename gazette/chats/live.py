"""Chats on the realtime endpoint: topic "chat.<room id>" and the chat.* actions.

Frames (see docs/events.md):
  {"type": "chat.post", "room": 7, "text": "...", "reply_to": 12}   -> {"id": seq}
  {"type": "chat.delete", "message": 12}                            moderators
  {"type": "chat.presence", "room": 7, "tab": "k3j...", "op": "leave"?}
"""

import re

from django.utils.translation import gettext as _

from gazette.chats import actions
from gazette.chats.models import Message, Room
from gazette.chats.queries import can_read_room, can_subscribe, events_after
from gazette.moderation.rules import hit_rate_limit
from gazette.realtime.registry import ActionError, register_action, register_topic

TAB_PATTERN = re.compile(r"^[A-Za-z0-9_-]{8,40}$")


def _whole_number(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _room(user, frame: dict) -> Room:
    room_id = frame.get("room")
    room = Room.objects.filter(pk=room_id).first() if _whole_number(room_id) else None
    if room is None:
        raise ActionError("unknown_room", _("There is no such chat room."))
    if not can_read_room(user, room):
        if room.is_archived:
            raise ActionError("closed", _("This room is archived."))
        raise ActionError("forbidden", _("Log in to take part in this room."))
    return room


def post_from_socket(user, frame: dict) -> dict:
    room = _room(user, frame)
    try:
        message = actions.post_message(
            room,
            author=user,
            text=frame.get("text"),
            reply_to_id=frame.get("reply_to"),
        )
    except actions.ChatError as error:
        raise ActionError(error.code, error.message) from error
    return {"id": message.seq, "message_id": message.pk}


def delete_from_socket(user, frame: dict) -> dict:
    message_id = frame.get("message")
    message = (
        Message.objects.select_related("room").filter(pk=message_id).first()
        if _whole_number(message_id)
        else None
    )
    if message is None:
        raise ActionError("unknown_message", _("There is no such message."))
    try:
        actions.delete_message(message, by=user)
    except actions.ChatError as error:
        raise ActionError(error.code, error.message) from error
    return {"deleted": message.pk}


def presence_from_socket(user, frame: dict) -> dict:
    room = _room(user, frame)
    tab = frame.get("tab")
    if not isinstance(tab, str) or not TAB_PATTERN.match(tab):
        raise ActionError("bad_frame", _("tab must be 8 to 40 letters or digits."))
    if hit_rate_limit(f"chat:presence:{tab}", limit=10, period=10):
        raise ActionError("rate_limited", _("Too many presence updates."))
    online = actions.record_presence(room, tab, leaving=frame.get("op") == "leave")
    return {"online": online}


def register() -> None:
    register_topic("chat", can_subscribe=can_subscribe, backlog=events_after)
    register_action("chat.post", post_from_socket)
    register_action("chat.delete", delete_from_socket)
    register_action("chat.presence", presence_from_socket)
