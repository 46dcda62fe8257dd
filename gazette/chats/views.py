"""Chat pages. They work without JavaScript; chat.js adds the live stream on top.

The list and an anonymous reader's room page are the same for everyone (cacheable);
a logged-in reader's room page carries the post form and, for moderators, the
moderation controls, and is marked private.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from gazette.chats import actions, queries
from gazette.chats.forms import MessageForm, ModerationForm
from gazette.chats.models import Message, Room
from gazette.editions.editions import current_edition

ANONYMOUS_CACHE = {"public": True, "max_age": 0, "s_maxage": 5}
ERROR_STATUS = {"rate_limited": 429, "slow_mode": 429, "forbidden": 403}


def _cache_for(request, response):
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, **ANONYMOUS_CACHE)
    return response


def _room(slug: str) -> Room:
    return get_object_or_404(Room.objects.select_related("page"), slug=slug)


def _whole_number(raw: str | None) -> int | None:
    if raw is None or raw == "":
        return None
    if not raw.isdigit() or len(raw) > 18:
        raise ValueError(raw)
    return int(raw)


@require_GET
def room_list(request):
    context = {"rooms": queries.listed_rooms(current_edition().code)}
    return _cache_for(
        request, TemplateResponse(request, "chats/room_list.html", context)
    )


def _room_context(request, room: Room, *, form=None, before=None, reply_to=None):
    may_read = room.anonymous_can_read or request.user.is_authenticated
    # Read last_seq first: the page shows messages up to it, the socket resumes after.
    after = room.last_seq
    page, has_older = [], False
    if may_read:
        page, has_older = queries.history(room, before=before or after + 1)
    live = before is None and queries.can_read_room(request.user, room)
    may_post = request.user.is_authenticated and room.is_open
    if may_post and form is None:
        form = MessageForm(initial={"reply_to": reply_to.pk if reply_to else None})
    return {
        "room": room,
        "may_read": may_read,
        "chat_messages": page,
        "has_older": has_older,
        "oldest_seq": page[0].seq if page else None,
        "newest_seq": page[-1].seq if page else None,
        "after": after,
        "live": live,
        "is_archive_page": before is not None,
        "form": form if may_post else None,
        "replying_to": reply_to,
        "is_moderator": queries.is_moderator(request.user),
        "online": queries.online_count(room),
        "login_url": _with_next("account_login", room),
        "signup_url": _with_next("account_signup", room),
    }


def _with_next(name: str, room: Room) -> str:
    return f"{reverse(name)}?{urlencode({'next': room.get_absolute_url()})}"


@require_GET
def room_detail(request, slug):
    room = _room(slug)
    try:
        before = _whole_number(request.GET.get("before"))
        reply_id = _whole_number(request.GET.get("reply_to"))
    except ValueError:
        context = {"room": room, "error": _("That page of messages does not exist.")}
        return TemplateResponse(request, "chats/room_error.html", context, status=400)
    reply_to = None
    if reply_id and request.user.is_authenticated:
        reply_to = Message.objects.filter(room=room, pk=reply_id).first()
    context = _room_context(request, room, before=before, reply_to=reply_to)
    response = TemplateResponse(request, "chats/room_detail.html", context)
    return _cache_for(request, response)


@require_POST
@login_required
def post_message(request, slug):
    room = _room(slug)
    form = MessageForm(request.POST)
    status = 400
    if form.is_valid():
        try:
            message = actions.post_message(
                room,
                author=request.user,
                text=form.cleaned_data["text"],
                reply_to_id=form.cleaned_data["reply_to"],
            )
        except actions.ChatError as error:
            form.add_error("text", error.message)
            status = ERROR_STATUS.get(error.code, 400)
        else:
            url = f"{room.get_absolute_url()}#m-{message.seq}"
            return HttpResponseRedirect(url)
    context = _room_context(request, room, form=form)
    response = TemplateResponse(
        request, "chats/room_detail.html", context, status=status
    )
    return _cache_for(request, response)


def _moderator_only(request):
    if not queries.is_moderator(request.user):
        raise Http404


@require_POST
@login_required
def delete_message(request, slug, message_id):
    _moderator_only(request)
    room = _room(slug)
    message = get_object_or_404(Message, room=room, pk=message_id)
    actions.delete_message(message, by=request.user)
    messages.success(request, _("The message was deleted for everyone."))
    return HttpResponseRedirect(f"{room.get_absolute_url()}#m-{message.seq}")


@require_POST
@login_required
def moderate(request, slug):
    _moderator_only(request)
    room = _room(slug)
    form = ModerationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("That moderation request was not complete."))
        return HttpResponseRedirect(room.get_absolute_url())
    data = form.cleaned_data
    action = data["action"]
    target = None
    if action in {"mute", "ban", "lift"}:
        target = get_user_model().objects.filter(pk=data["user"]).first()
        if target is None:
            messages.error(request, _("There is no such reader."))
            return HttpResponseRedirect(room.get_absolute_url())
    try:
        done = _moderate(room, action, target, data, by=request.user)
    except actions.ChatError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, done)
    return HttpResponseRedirect(room.get_absolute_url())


def _moderate(room, action, target, data, *, by) -> str:
    if action == "mute":
        actions.mute_user(room, target, by=by, minutes=data["minutes"] or 15)
        return _("%(name)s is muted here.") % {"name": target.public_name}
    if action == "ban":
        actions.ban_user(room, target, by=by, days=data["days"])
        return _("%(name)s is banned from this room.") % {"name": target.public_name}
    if action == "lift":
        actions.lift_sanctions(room, target, by=by)
        return _("%(name)s may post again.") % {"name": target.public_name}
    if action == "slow_mode":
        actions.set_slow_mode(room, data["seconds"] or 0, by=by)
        return _("Slow mode is set.")
    if action == "close":
        actions.close_room(room, by=by)
        return _("The room is closed.")
    actions.reopen_room(room, by=by)
    return _("The room is open again.")


@require_GET
def older_messages(request, slug):
    """JSON page of history for chat.js: messages before seq `before`, oldest first."""
    room = _room(slug)
    if not (room.anonymous_can_read or request.user.is_authenticated):
        return JsonResponse({"error": _("Log in to read this room.")}, status=403)
    try:
        before = _whole_number(request.GET.get("before"))
    except ValueError:
        return JsonResponse({"error": _("before must be a whole number.")}, status=400)
    page, has_older = queries.history(room, before=before)
    payload = {
        "messages": [queries.message_payload(m) for m in page],
        "has_older": has_older,
        "before": page[0].seq if page else None,
    }
    return _cache_for(request, JsonResponse(payload))


@require_GET
def online_counts(request):
    """{"rooms": {"<id>": readers}} for the open rooms, for the list page."""
    rooms = queries.listed_rooms(current_edition().code)
    counts = {str(room.pk): room.online for room in rooms}
    response = JsonResponse({"rooms": counts})
    patch_cache_control(response, public=True, max_age=5)
    return response
