from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
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
