from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class TranslationReview(models.Model):
    """A translation whose original changed after it was made: to be reviewed.

    The row exists while the review is pending; publishing the translation removes it.
    """

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, related_name="translation_review"
    )
    original = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    flagged_at = models.DateTimeField(_("original changed at"))

    class Meta:
        verbose_name = _("translation to review")
        verbose_name_plural = _("translations to review")
        ordering = ["-flagged_at"]

    def __str__(self) -> str:
        return str(self.page)
