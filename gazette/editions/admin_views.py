from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.admin import messages
from wagtail.admin.views.reports import PageReportView
from wagtail.contrib.simple_translation.views import SubmitPageTranslationView
from wagtail.models import Page


class TranslationsToReviewView(PageReportView):
    """Translations whose original was corrected or updated since they were made."""

    page_title = _("Translations to review")
    header_icon = "globe"
    index_url_name = "translations_to_review"
    index_results_url_name = "translations_to_review_results"
    results_template_name = "editions/admin/translations_to_review_results.html"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = (
            editable.filter(translation_review__isnull=False)
            .select_related("locale", "translation_review")
            .order_by("-translation_review__flagged_at")
        )
        return super().get_queryset()


def pending_review(page: Page):
    from gazette.editions.models import TranslationReview

    return TranslationReview.objects.filter(page_id=page.pk).first()


class TranslatePageView(SubmitPageTranslationView):
    """Wagtail's Translate action, saying what to do when the section has no
    translation yet (Wagtail's own view fails with a server error)."""

    def post(self, request, **kwargs):
        try:
            return super().post(request, **kwargs)
        except ParentNotTranslatedError:
            parent = self.object.get_parent().specific
            messages.error(
                request,
                gettext(
                    "Translate “%(section)s” into that edition first: "
                    "a story goes under its section's translation."
                )
                % {"section": parent.title},
            )
            context = self.get_context_data(**kwargs)
            return self.render_to_response(context, status=400)
