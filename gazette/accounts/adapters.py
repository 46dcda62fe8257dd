import secrets

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Readers sign up with an email address; give them a private random username."""

    def populate_username(self, request, user):
        if not user.username:
            user.username = f"reader-{secrets.token_hex(6)}"
