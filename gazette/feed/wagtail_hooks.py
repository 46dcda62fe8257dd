"""Admin for breaking alerts and live-blog entries. Wagtail's views save the rows;
these hooks then call the feed actions that log and broadcast the change."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from gazette.editions.editions import edition_codes
from gazette.feed import actions
from gazette.feed.models import BreakingAlert, LiveBlogEntry


class BreakingAlertViewSet(SnippetViewSet):
    model = BreakingAlert
    icon = "warning"
    menu_label = _("Breaking alerts")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["headline", "expires_at", "cleared_at", "created_at"]


class LiveBlogEntryViewSet(SnippetViewSet):
    model = LiveBlogEntry
    icon = "time"
    menu_label = _("Live blog entries")
    add_to_admin_menu = True
    menu_order = 251
    list_display = ["__str__", "page", "posted_at", "is_pinned", "is_key_event"]
    list_filter = ["page", "is_pinned", "is_key_event"]


register_snippet(BreakingAlertViewSet)
register_snippet(LiveBlogEntryViewSet)


def _announce_every_edition() -> None:
    # An edit may move an alert between editions: refresh every edition's banner.
    for code in edition_codes():
        actions.announce_breaking_alert(code)


def _after_save(request, instance, *, created: bool) -> None:
    if isinstance(instance, BreakingAlert):
        _announce_every_edition()
    elif isinstance(instance, LiveBlogEntry):
        actions.record_live_blog_entry_saved(instance, created=created)


@hooks.register("after_create_snippet")
def after_create_snippet(request, instance):
    _after_save(request, instance, created=True)


@hooks.register("after_edit_snippet")
def after_edit_snippet(request, instance):
    _after_save(request, instance, created=False)


@hooks.register("before_delete_snippet")
def before_delete_snippet(request, instances):
    # Django clears a row's pk once deleted: note which entries go, for readers.
    request.feed_deleted_entries = [
        (entry.page, entry.pk)
        for entry in instances
        if isinstance(entry, LiveBlogEntry)
    ]


@hooks.register("after_delete_snippet")
def after_delete_snippet(request, instances):
    for page, entry_pk in getattr(request, "feed_deleted_entries", []):
        actions.record_live_blog_entry_deleted(page, entry_pk=entry_pk)
    if any(isinstance(instance, BreakingAlert) for instance in instances):
        _announce_every_edition()
