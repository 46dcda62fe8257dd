from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A reader or a member of staff. Readers sign in with their email address."""

    email = models.EmailField(_("email address"), unique=True, blank=True, null=True)
    display_name = models.CharField(
        _("display name"),
        max_length=60,
        blank=True,
        help_text=_("Shown next to your comments and chat messages."),
    )
    notify_replies = models.BooleanField(
        _("e-mail me about replies"),
        default=True,
        help_text=_("An e-mail when someone replies to one of your comments."),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    def __str__(self) -> str:
        return self.public_name

    @property
    def public_name(self) -> str:
        if self.display_name:
            return self.display_name
        full_name = self.get_full_name()
        if full_name:
            return full_name
        return self.username
