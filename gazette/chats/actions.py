"""Every write in chats. Each action owns its transaction and broadcasts after commit.

Live events go to topic "chat.<room id>" (docs/events.md). Stored events carry the
room's next `seq` as their "id"; the room row is locked while it is handed out, so
ids in a room increase in commit order and without gaps.
"""

import asyncio
from dataclasses import dataclass
from datetime import timedelta

from asgiref.sync import async_to_sync, sync_to_async
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from gazette.chats.models import (
    EventKind,
    Membership,
    Message,
    Room,
    RoomEvent,
    RoomStatus,
    Sanction,
    SanctionKind,
)
from gazette.chats.presence import presence
from gazette.chats.queries import (
    article_card,
    can_read_room,
    event_payload,
    is_moderator,
    sanctions_in_force,
)
from gazette.editions.editions import default_language
from gazette.lib.events import broadcast, broadcast_on_commit
from gazette.moderation.rules import find_banned_phrase, hit_rate_limit

MAX_MESSAGE_CHARS = 1000
# Per account and room: a burst of 5 in 10 s; per account over all rooms: 30 a minute.
ROOM_RATE = (5, 10)
ACCOUNT_RATE = (30, 60)
PRESENCE_BROADCAST_EVERY = 2  # seconds, at most, per room


@dataclass
class ChatError(Exception):
    """Why a chat write was refused: a stable code and a sentence for the reader."""

    code: str
    message: str
    wait_seconds: int | None = None

    def __str__(self) -> str:
        return self.message


def _next_event(
    room: Room, kind: str, message: Message | None = None, *, also_save=()
) -> RoomEvent:
    """Store the next event of a locked room and broadcast it after commit."""
    room.last_seq += 1
    room.save(update_fields=["last_seq", *also_save])
    event = RoomEvent.objects.create(
        room=room, seq=room.last_seq, kind=kind, message=message
    )
    broadcast_on_commit(room.topic_name, event_payload(event, room))
    return event


def _locked(room: Room) -> Room:
    return Room.objects.select_for_update().get(pk=room.pk)


def create_room(
    *,
    title: str,
    slug: str,
    created_by,
    topic: str = "",
    page=None,
    status: str = RoomStatus.OPEN,
    anonymous_can_read: bool = True,
    slow_mode_seconds: int = 0,
    language: str = "",
) -> Room:
    """Create a room. No event: nobody follows a room that did not exist."""
    return Room.objects.create(
        title=title,
        slug=slug,
        language=language or default_language(),
        topic=topic,
        page=page,
        status=status,
        anonymous_can_read=anonymous_can_read,
        slow_mode_seconds=slow_mode_seconds,
        created_by=created_by,
    )


ROOM_FIELDS = {
    "title",
    "slug",
    "topic",
    "page",
    "status",
    "anonymous_can_read",
    "slow_mode_seconds",
}
LIVE_ROOM_FIELDS = {"status", "slow_mode_seconds", "anonymous_can_read"}


@transaction.atomic
def update_room(room: Room, *, by, **changes) -> Room:
    """Change a room's settings; readers in it see status and slow mode change live.

    Sends a "chat.room" event when status, slow mode or anonymous reading change.
    """
    unknown = set(changes) - ROOM_FIELDS
    if unknown:
        raise ValueError(f"Not room settings: {sorted(unknown)}")
    locked = _locked(room)
    changed = [
        name for name, value in changes.items() if getattr(locked, name) != value
    ]
    for name in changed:
        setattr(locked, name, changes[name])
    if not changed:
        return locked
    locked.save(update_fields=changed)
    if LIVE_ROOM_FIELDS & set(changed):
        _next_event(locked, EventKind.ROOM)
    for name in changed:
        setattr(room, name, getattr(locked, name))
    room.last_seq = locked.last_seq
    return room


def close_room(room: Room, *, by) -> Room:
    """Make a room read-only. Sends "chat.room"."""
    return update_room(room, by=by, status=RoomStatus.CLOSED)


def archive_room(room: Room, *, by) -> Room:
    """Take a room off the list and end its live stream. Sends "chat.room"."""
    return update_room(room, by=by, status=RoomStatus.ARCHIVED)


def reopen_room(room: Room, *, by) -> Room:
    return update_room(room, by=by, status=RoomStatus.OPEN)


def set_slow_mode(room: Room, seconds: int, *, by) -> Room:
    """One message per `seconds` per reader (0 turns it off). Moderators only."""
    _require_moderator(by)
    if seconds < 0 or seconds > 3600:
        raise ChatError("bad_value", _("Slow mode is between 0 and 3600 seconds."))
    return update_room(room, by=by, slow_mode_seconds=seconds)


def _require_moderator(user) -> None:
    if not is_moderator(user):
        raise ChatError("forbidden", _("Only moderators can do that."))


def _check_sanctions(room: Room, author) -> None:
    sanctions = sanctions_in_force(room, author)
    if any(sanction.kind == SanctionKind.BAN for sanction in sanctions):
        raise ChatError("banned", _("You are banned from this room."))
    for sanction in sanctions:
        if sanction.kind == SanctionKind.MUTE:
            until = timezone.localtime(sanction.expires_at).strftime("%H:%M")
            raise ChatError(
                "muted",
                _("You are muted in this room until %(time)s.") % {"time": until},
            )


def _closed_message() -> str:
    return _("This room is closed: you can read but not post.")


def _clean_text(text) -> str:
    if not isinstance(text, str):
        raise ChatError("empty", _("Write a message first."))
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise ChatError("empty", _("Write a message first."))
    if len(text) > MAX_MESSAGE_CHARS:
        raise ChatError(
            "too_long",
            _("Messages can be %(max)d characters at most; this one has %(n)d.")
            % {"max": MAX_MESSAGE_CHARS, "n": len(text)},
        )
    return text


def _check_slow_mode(room: Room, membership: Membership | None, now) -> None:
    if not room.slow_mode_seconds or membership is None:
        return
    if membership.last_posted_at is None:
        return
    ready_at = membership.last_posted_at + timedelta(seconds=room.slow_mode_seconds)
    if ready_at > now:
        wait = int((ready_at - now).total_seconds()) + 1
        raise ChatError(
            "slow_mode",
            ngettext(
                "Slow mode is on: wait %(n)d second before your next message.",
                "Slow mode is on: wait %(n)d seconds before your next message.",
                wait,
            )
            % {"n": wait},
            wait_seconds=wait,
        )


def post_message(room: Room, *, author, text, reply_to_id=None) -> Message:
    """Store a reader's message, then send it to the room.

    Refuses with ChatError: forbidden (not logged in), closed, banned, muted, empty,
    too_long, bad_reply, banned_phrase, slow_mode (with wait_seconds), rate_limited.
    Sends "chat.message" op "add" with the message's seq as id, after commit.
    """
    if not getattr(author, "is_authenticated", False) or not author.is_active:
        raise ChatError("forbidden", _("Log in or register to chat."))
    text = _clean_text(text)
    if not room.is_open:
        raise ChatError("closed", _closed_message())
    if not can_read_room(author, room):
        raise ChatError("forbidden", _("You cannot post in this room."))
    _check_sanctions(room, author)
    phrase = find_banned_phrase(text)
    if phrase:
        raise ChatError(
            "banned_phrase",
            _("Your message contains a word that is not allowed here: %(p)s.")
            % {"p": phrase},
        )
    moderator = is_moderator(author)
    card = article_card(text)
    with transaction.atomic():
        room = _locked(room)
        if not room.is_open:
            raise ChatError("closed", _closed_message())
        reply_to = None
        if reply_to_id is not None:
            if isinstance(reply_to_id, int) and not isinstance(reply_to_id, bool):
                reply_to = Message.objects.filter(room=room, pk=reply_to_id).first()
            if reply_to is None:
                raise ChatError("bad_reply", _("The message you answer is not here."))
        now = timezone.now()
        membership = Membership.objects.filter(room=room, user=author).first()
        if not moderator:
            _check_slow_mode(room, membership, now)
        # Count the attempt only once it would otherwise be stored.
        if hit_rate_limit(
            f"chat:{room.pk}:{author.pk}", limit=ROOM_RATE[0], period=ROOM_RATE[1]
        ) or hit_rate_limit(
            f"chat:user:{author.pk}", limit=ACCOUNT_RATE[0], period=ACCOUNT_RATE[1]
        ):
            raise ChatError(
                "rate_limited",
                _("You are sending messages too fast; wait a few seconds."),
                wait_seconds=ROOM_RATE[1],
            )
        if membership is None:
            membership = Membership.objects.create(
                room=room, user=author, joined_at=now
            )
        membership.last_posted_at = now
        membership.save(update_fields=["last_posted_at"])
        message = Message.objects.create(
            room=room,
            seq=room.last_seq + 1,
            author=author,
            text=text,
            reply_to=reply_to,
            card=card,
            created_at=now,
        )
        room.last_activity_at = now
        _next_event(room, EventKind.POSTED, message, also_save=["last_activity_at"])
    return message


@transaction.atomic
def delete_message(message: Message, *, by) -> Message:
    """Hide a message for everyone (moderators only); the text is kept for the record.

    Sends "chat.message" op "delete" with its own id, so resuming readers get it too.
    """
    _require_moderator(by)
    room = _locked(message.room)
    message = Message.objects.select_for_update().get(pk=message.pk)
    if message.is_deleted:
        return message
    message.deleted_at = timezone.now()
    message.deleted_by = by
    message.save(update_fields=["deleted_at", "deleted_by"])
    _next_event(room, EventKind.DELETED, message)
    return message


def _sanction(room, user, *, kind, by, expires_at, reason) -> Sanction:
    _require_moderator(by)
    if is_moderator(user):
        raise ChatError("forbidden", _("Moderators cannot be muted or banned."))
    return Sanction.objects.create(
        room=room,
        user=user,
        kind=kind,
        expires_at=expires_at,
        reason=reason[:200],
        created_by=by,
    )


def mute_user(room: Room, user, *, by, minutes: int, reason: str = "") -> Sanction:
    """Stop `user` posting in `room` for `minutes` (1 minute to 30 days)."""
    if not 1 <= minutes <= 30 * 24 * 60:
        raise ChatError("bad_value", _("Mute for between 1 minute and 30 days."))
    expires_at = timezone.now() + timedelta(minutes=minutes)
    return _sanction(
        room, user, kind=SanctionKind.MUTE, by=by, expires_at=expires_at, reason=reason
    )


def ban_user(room: Room, user, *, by, days: int | None = None, reason: str = ""):
    """Stop `user` posting in `room`, for `days` or until lifted when None."""
    if days is not None and not 1 <= days <= 3650:
        raise ChatError("bad_value", _("Ban for between 1 and 3650 days."))
    expires_at = timezone.now() + timedelta(days=days) if days else None
    return _sanction(
        room, user, kind=SanctionKind.BAN, by=by, expires_at=expires_at, reason=reason
    )


def lift_sanctions(room: Room, user, *, by) -> int:
    """End every mute and ban of `user` in `room`; returns how many were lifted."""
    _require_moderator(by)
    return (
        Sanction.objects.in_force()
        .filter(room=room, user=user)
        .update(lifted_at=timezone.now())
    )


def record_presence(room: Room, tab: str, *, leaving: bool = False) -> int:
    """Count a reader's tab as in the room (or gone); returns the room's count.

    Sends "chat.presence" (no id: a snapshot, not replayed) when the count changed:
    at once if none went out in the last PRESENCE_BROADCAST_EVERY seconds, else once
    at the end of that window, so a burst of arrivals costs one event.
    """
    backend = presence()
    count = backend.leave(room.pk, tab) if leaving else backend.touch(room.pk, tab)
    if cache.add(f"chat:presence-lock:{room.pk}", 1, timeout=PRESENCE_BROADCAST_EVERY):
        _send_presence(room.pk, count)
    elif cache.add(f"chat:presence-due:{room.pk}", 1, timeout=PRESENCE_BROADCAST_EVERY):
        _call_later(PRESENCE_BROADCAST_EVERY, lambda: _send_presence(room.pk))
    return count


def _send_presence(room_id: int, count: int | None = None) -> None:
    if count is None:
        count = presence().counts([room_id])[room_id]
    sent_key = f"chat:presence-sent:{room_id}"
    if cache.get(sent_key) != count:
        cache.set(sent_key, count, timeout=3600)
        broadcast(f"chat.{room_id}", {"type": "chat.presence", "online": count})


def _call_later(delay: float, function) -> None:
    """Run a sync function after `delay` seconds on the server's event loop.

    Called from a socket action (a worker thread of the ASGI loop); outside a server
    the loop ends at once and the call is dropped, which is harmless here.
    """

    async def schedule() -> None:
        loop = asyncio.get_running_loop()
        run = sync_to_async(function, thread_sensitive=False)
        loop.call_later(delay, lambda: loop.create_task(run()))

    async_to_sync(schedule)()
