"""Reads for chats: who may do what, room lists, history pages, event payloads."""

import re
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.auth.models import AnonymousUser

from gazette.chats.models import (
    EventKind,
    Message,
    Room,
    RoomEvent,
    RoomStatus,
    Sanction,
)
from gazette.chats.presence import presence

HISTORY_PAGE = 50
BACKLOG_LIMIT = 500
QUOTE_CHARS = 140
MODERATOR_GROUPS = ("Editor", "Chief editor", "Moderator", "Moderators")
URL_PATTERN = re.compile(r"https?://[^\s<>\"'()]+", re.IGNORECASE)
CARD_RENDITION = "fill-320x180|format-webp"


def is_moderator(user) -> bool:
    """Editors, chief editors and members of a Moderator group moderate every room."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_chat_moderator", None)
    if cached is None:
        cached = user.groups.filter(name__in=MODERATOR_GROUPS).exists()
        user._chat_moderator = cached
    return cached


def can_read_room(user, room: Room) -> bool:
    """Anyone may read an open or closed room, unless it is for logged-in readers only.

    Archived rooms keep their history page but have no live stream.
    """
    if room.status == RoomStatus.ARCHIVED:
        return False
    if room.anonymous_can_read:
        return True
    return bool(user and user.is_authenticated)


def room_by_key(key: str) -> Room | None:
    if not key.isdigit() or len(key) > 18:
        return None
    return Room.objects.filter(pk=int(key)).first()


def can_subscribe(user, key: str) -> bool:
    room = room_by_key(key)
    return room is not None and can_read_room(user or AnonymousUser(), room)


def sanctions_in_force(room: Room, user) -> list[Sanction]:
    return list(Sanction.objects.in_force().filter(room=room, user=user))


def message_payload(message: Message) -> dict:
    """What readers get for one message (in a live event or a history page)."""
    if message.is_deleted:
        return {
            "id": message.pk,
            "seq": message.seq,
            "deleted": True,
            "created_at": message.created_at.isoformat(),
        }
    reply = None
    if message.reply_to_id:
        quoted = message.reply_to
        reply = {"id": message.reply_to_id, "deleted": True}
        if quoted is not None and not quoted.is_deleted:
            reply = {
                "id": quoted.pk,
                "seq": quoted.seq,
                "author": quoted.author.public_name,
                "text": quoted.text[:QUOTE_CHARS],
                "deleted": False,
            }
    return {
        "id": message.pk,
        "seq": message.seq,
        "author": message.author.public_name,
        "author_id": message.author_id,
        "text": message.text,
        "created_at": message.created_at.isoformat(),
        "reply_to": reply,
        "card": message.card,
        "deleted": False,
    }


def room_payload(room: Room) -> dict:
    return {
        "status": room.status,
        "slow_mode_seconds": room.slow_mode_seconds,
        "anonymous_can_read": room.anonymous_can_read,
    }


def event_payload(event: RoomEvent, room: Room | None = None) -> dict:
    """The live form of a stored RoomEvent; "id" is its position in the room."""
    if event.kind == EventKind.POSTED:
        return {
            "type": "chat.message",
            "op": "add",
            "id": event.seq,
            "message": message_payload(event.message),
        }
    if event.kind == EventKind.DELETED:
        return {
            "type": "chat.message",
            "op": "delete",
            "id": event.seq,
            "message_id": event.message_id,
            "seq": event.message.seq,
        }
    return {
        "type": "chat.room",
        "op": "update",
        "id": event.seq,
        "room": room_payload(room or event.room),
    }


def _messages_queryset():
    return Message.objects.select_related("author", "reply_to__author")


def events_after(key: str, after: int) -> list[dict]:
    """Backlog for topic "chat.<key>": every event after `after`, oldest first.

    A reader away for longer than BACKLOG_LIMIT events gets a "chat.gap" event first
    (no id) and the latest BACKLOG_LIMIT events; the page then reloads its history.
    """
    room = room_by_key(key)
    if room is None:
        return []
    events = list(
        RoomEvent.objects.filter(room=room, seq__gt=after)
        .select_related("message__author", "message__reply_to__author")
        .order_by("-seq")[: BACKLOG_LIMIT + 1]
    )
    events.reverse()
    payloads = []
    if len(events) > BACKLOG_LIMIT:
        events = events[1:]
        payloads.append({"type": "chat.gap", "after": events[0].seq - 1})
    payloads.extend(event_payload(event, room) for event in events)
    return payloads


def history(room: Room, *, before: int | None = None, limit: int = HISTORY_PAGE):
    """A page of messages before seq `before` (latest when None), oldest first.

    Returns (messages, has_older). Two queries however long the page is.
    """
    messages = _messages_queryset().filter(room=room)
    if before is not None:
        messages = messages.filter(seq__lt=before)
    page = list(messages.order_by("-seq")[: limit + 1])
    has_older = len(page) > limit
    page = page[:limit]
    page.reverse()
    return page, has_older


def listed_rooms(language: str) -> list[Room]:
    """Open rooms, most recently active first, each with `.online` readers."""
    rooms = list(Room.objects.listed().filter(language=language).select_related("page"))
    counts = presence().counts([room.pk for room in rooms])
    for room in rooms:
        room.online = counts.get(room.pk, 0)
    return rooms


def online_count(room: Room) -> int:
    return presence().counts([room.pk])[room.pk]


def _site_hosts() -> set[str]:
    hosts = {h for h in settings.ALLOWED_HOSTS if h and "*" not in h}
    site_host = urlparse(settings.SITE_URL).hostname
    if site_host:
        hosts.add(site_host)
    return {h.lstrip(".").lower() for h in hosts}


def edition_homes() -> dict[str, str]:
    """The url_path of each edition's front page, by language code."""
    from gazette.news.models import HomePage

    homes = HomePage.objects.select_related("locale").only("url_path", "locale")
    return {home.locale.language_code: home.url_path for home in homes}


def article_card(text: str) -> dict | None:
    """A card for the first link in text to a live Gazette article, else None.

    Looks the path up in the page tree; never fetches anything over the network.
    """
    from gazette.news.models import ArticlePage

    hosts = _site_hosts()
    homes = None
    for match in list(URL_PATTERN.finditer(text))[:3]:
        url = urlparse(match.group(0).rstrip(".,;:!?"))
        if (url.hostname or "").lower() not in hosts:
            continue
        path = url.path if url.path.endswith("/") else url.path + "/"
        code, _, rest = path.lstrip("/").partition("/")
        if homes is None:  # once per message, and only when a link is ours
            homes = edition_homes()
        if code not in homes:
            continue
        url_path = homes[code].rstrip("/") + "/" + rest
        article = (
            ArticlePage.objects.live()
            .filter(url_path=url_path)
            .select_related("lead_image")
            .first()
        )
        if article is None:
            continue
        card = {"url": article.url, "headline": article.title, "image": None}
        if article.lead_image:
            rendition = article.lead_image.get_rendition(CARD_RENDITION)
            card["image"] = {
                "url": rendition.url,
                "width": rendition.width,
                "height": rendition.height,
                "alt": article.lead_image.alt_text,
            }
        return card
    return None
