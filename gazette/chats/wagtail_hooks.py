"""Chat rooms in the Wagtail admin: editors create, close, archive and reopen them.

Saves go through gazette.chats.actions so readers in a room see a status or slow
mode change live. Deleting messages, mutes and bans happen on the room page.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from gazette.chats import actions
from gazette.chats.models import Room

FORM_FIELDS = [
    "title",
    "slug",
    "topic",
    "page",
    "status",
    "anonymous_can_read",
    "slow_mode_seconds",
]


class RoomCreateView(generic.CreateView):
    def save_instance(self):
        data = {name: self.form.cleaned_data[name] for name in FORM_FIELDS}
        return actions.create_room(created_by=self.request.user, **data)


class RoomEditView(generic.EditView):
    def save_instance(self):
        stored = Room.objects.get(pk=self.object.pk)
        changes = {
            name: self.form.cleaned_data[name] for name in self.form.changed_data
        }
        changes = {k: v for k, v in changes.items() if k in FORM_FIELDS}
        return actions.update_room(stored, by=self.request.user, **changes)


class RoomViewSet(ModelViewSet):
    model = Room
    icon = "comment"
    menu_label = _("Chat rooms")
    add_to_admin_menu = True
    menu_order = 250
    add_view_class = RoomCreateView
    edit_view_class = RoomEditView
    list_display = [
        "title",
        "status",
        Column("slow_mode_seconds", label=_("Slow mode (s)")),
        "last_activity_at",
    ]
    list_filter = ["status", "anonymous_can_read"]
    search_fields = ["title", "topic"]
    ordering = ["-created_at"]


@hooks.register("register_admin_viewset")
def register_room_viewset():
    return RoomViewSet("chat_rooms")
