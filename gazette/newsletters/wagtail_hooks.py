"""Newsletters in the Wagtail admin: menu, views, newsletter settings, alert button."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from gazette.newsletters import admin_views
from gazette.newsletters.models import Newsletter

admin_urls = (
    [
        path("", admin_views.overview, name="overview"),
        path("subscribers/", admin_views.subscribers, name="subscribers"),
        path("subscribers.csv", admin_views.subscribers_csv, name="subscribers_csv"),
        path("test/", admin_views.send_test, name="send_test"),
        path("alert/<int:page_id>/", admin_views.breaking_alert, name="breaking_alert"),
    ],
    "newsletters_admin",
)


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls():
    return [path("newsletters/", include(admin_urls))]


class NewsletterMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("newsletters.view_issue")


@hooks.register("register_admin_menu_item")
def register_newsletters_menu_item():
    return NewsletterMenuItem(
        _("Newsletters"),
        reverse("newsletters_admin:overview"),
        icon_name="mail",
        order=260,
    )


class NewsletterViewSet(ModelViewSet):
    model = Newsletter
    icon = "list-ul"
    menu_label = _("Newsletter lists")
    add_to_admin_menu = False
    form_fields = [
        "name",
        "slug",
        "kind",
        "description",
        "section",
        "topic",
        "send_hour",
        "send_weekday",
        "language",
        "is_active",
        "position",
    ]
    list_display = ["name", "kind", "send_hour", "is_active"]


@hooks.register("register_admin_viewset")
def register_newsletter_viewset():
    return NewsletterViewSet("newsletter_lists")


@hooks.register("register_page_header_buttons")
def breaking_alert_button(page, user, view_name, next_url=None):
    specific = page.specific_deferred if hasattr(page, "specific_deferred") else page
    if getattr(specific, "is_breaking", False) and page.live:
        yield Button(
            _("Send breaking alert"),
            reverse("newsletters_admin:breaking_alert", args=[page.pk]),
            icon_name="warning",
            priority=80,
        )
