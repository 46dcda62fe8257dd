"""Writes to reader accounts: profile, notification choice, deletion."""

from django.contrib.auth import logout
from django.core import signing
from django.db import transaction

from gazette.accounts.erasure import ERASERS
from gazette.accounts.models import User

NOTIFICATIONS_SALT = "gazette.accounts.reply-notifications"


def update_profile(user: User, *, display_name: str, notify_replies: bool) -> None:
    """Change the name shown next to comments and whether replies are e-mailed."""
    user.display_name = display_name.strip()
    user.notify_replies = notify_replies
    user.save(update_fields=["display_name", "notify_replies"])


def set_reply_notifications(user: User, *, enabled: bool) -> None:
    """Turn e-mail about replies to the reader's comments on or off."""
    if user.notify_replies != enabled:
        user.notify_replies = enabled
        user.save(update_fields=["notify_replies"])


def reply_notifications_token(user: User) -> str:
    """A signed token for a one-click "stop these e-mails" link."""
    return signing.dumps(user.pk, salt=NOTIFICATIONS_SALT, compress=True)


def user_from_notifications_token(token: str) -> User | None:
    try:
        pk = signing.loads(token, salt=NOTIFICATIONS_SALT)
    except signing.BadSignature:
        return None
    return User.objects.filter(pk=pk, is_active=True).first()


def delete_account(user: User, *, request=None) -> None:
    """Erase the person: every registered app erases its part, then the user row goes.

    Runs in one transaction; the erasers decide what happens to what the person wrote
    (see discussions: settings.DISCUSSION_DELETED_ACCOUNT_COMMENTS).
    """
    with transaction.atomic():
        for eraser in ERASERS:
            eraser(user)
        user.delete()
    if request is not None:
        logout(request)
