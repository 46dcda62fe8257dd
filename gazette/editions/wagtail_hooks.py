from django.contrib import messages
from django.http import Http404
from django.urls import path, reverse
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from gazette.editions.admin_views import (
    TranslatePageView,
    TranslationsToReviewView,
    pending_review,
)
from gazette.editions.editions import current_edition, locale_language


@hooks.register("before_serve_page")
def serve_only_in_own_edition(page, request, args, kwargs):
    """Wagtail falls back to the default edition's front for an edition without one."""
    if locale_language(page.locale_id) != current_edition().code:
        raise Http404("This edition has no such page.")


@hooks.register("before_edit_page")
def warn_translation_needs_review(request, page):
    review = pending_review(page)
    if review is not None and request.method == "GET":
        messages.warning(
            request,
            _(
                "This translation needs review: its original was corrected or updated "
                "on %(date)s. Publishing it marks it as reviewed."
            )
            % {"date": formats.date_format(review.flagged_at, "DATETIME_FORMAT")},
        )


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        # Registered before simple_translation's own, so this one answers.
        path(
            "translation/submit/page/<int:page_id>/",
            TranslatePageView.as_view(),
            name="translate_page",
        ),
        path(
            "reports/translations-to-review/",
            TranslationsToReviewView.as_view(),
            name="translations_to_review",
        ),
        path(
            "reports/translations-to-review/results/",
            TranslationsToReviewView.as_view(results_only=True),
            name="translations_to_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_menu_item():
    return MenuItem(
        gettext_lazy("Translations to review"),
        reverse("translations_to_review"),
        name="translations-to-review",
        icon_name="globe",
        order=710,
    )
