from django.db import models
from django.utils.translation import gettext_lazy as _


class BannedPhrase(models.Model):
    """A word or phrase readers may not post, in comments and chats alike."""

    phrase = models.CharField(_("word or phrase"), max_length=100, unique=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["phrase"]
        verbose_name = _("banned word or phrase")

    def __str__(self) -> str:
        return self.phrase

    def save(self, *args, **kwargs) -> None:
        self.phrase = " ".join(self.phrase.lower().split())
        super().save(*args, **kwargs)
