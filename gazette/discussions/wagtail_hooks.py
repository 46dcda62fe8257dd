from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from gazette.discussions import admin_views
from gazette.discussions.models import DiscussionPolicy


class ModerationMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_urls")
def register_moderation_urls():
    urls = [
        path("", admin_views.queue, name="queue"),
        path("<int:comment_id>/", admin_views.moderate, name="moderate"),
        path("accounts/<int:user_id>/", admin_views.account_history, name="history"),
    ]
    return [path("comments/", include((urls, "discussions_admin")))]


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        _("Comments"),
        reverse("discussions_admin:queue"),
        icon_name="comment",
        order=250,
    )


class DiscussionPolicyViewSet(SnippetViewSet):
    model = DiscussionPolicy
    icon = "lock"
    menu_label = _("Discussion policies")
    list_display = ["__str__", "mode", "quiet_from", "quiet_until", "quiet_mode"]
    add_to_admin_menu = False


register_snippet(DiscussionPolicyViewSet)
