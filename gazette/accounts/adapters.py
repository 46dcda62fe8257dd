import secrets

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings

# A non-secret cookie telling reader.js that asking /accounts/me.json is worth it, so
# that anonymous readers of cached pages cost the server nothing more.
READER_HINT_COOKIE = "gazette_reader"


def set_reader_hint(response) -> None:
    response.set_cookie(
        READER_HINT_COOKIE,
        "1",
        max_age=settings.SESSION_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=False,
        samesite="Lax",
    )


def clear_reader_hint(response) -> None:
    response.delete_cookie(READER_HINT_COOKIE, samesite="Lax")


class AccountAdapter(DefaultAccountAdapter):
    """Readers sign up with an email address; give them a private random username."""

    def populate_username(self, request, user):
        if not user.username:
            user.username = f"reader-{secrets.token_hex(6)}"

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        set_reader_hint(response)
        return response
