"""Signed links in mails: confirm (expiring) and manage/unsubscribe (lasting)."""

from django.conf import settings
from django.core import signing

from gazette.newsletters.models import Subscriber

CONFIRM_SALT = "gazette.newsletters.confirm"
MANAGE_SALT = "gazette.newsletters.manage"


class BadLink(Exception):
    """A link that was tampered with, has expired, or names no subscriber."""

    def __init__(self, message: str, *, status: int = 400):
        super().__init__(message)
        self.status = status


def confirm_token(subscriber: Subscriber, newsletter_ids: list[int]) -> str:
    payload = {"s": subscriber.pk, "k": subscriber.token_secret, "n": newsletter_ids}
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign_object(
        payload, compress=True
    )


def read_confirm_token(token: str) -> tuple[Subscriber, list[int]]:
    max_age = getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE", 3 * 24 * 3600)
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    try:
        payload = signer.unsign_object(token, max_age=max_age)
    except signing.SignatureExpired as error:
        raise BadLink("expired", status=410) from error
    except (signing.BadSignature, ValueError) as error:
        raise BadLink("tampered") from error
    if not isinstance(payload, dict):
        raise BadLink("tampered")
    subscriber = _subscriber_for(payload.get("s"), payload.get("k"))
    ids = payload.get("n") or []
    if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
        raise BadLink("tampered")
    return subscriber, ids


def manage_token(subscriber: Subscriber) -> str:
    return manage_token_for(subscriber.pk, subscriber.token_secret)


def manage_token_for(pk: int, token_secret: str) -> str:
    """The same token without loading the row: the send loop builds 100,000 of these."""
    return signing.Signer(salt=MANAGE_SALT).sign(f"{pk}.{token_secret}")


def read_manage_token(token: str) -> Subscriber:
    try:
        value = signing.Signer(salt=MANAGE_SALT).unsign(token)
    except signing.BadSignature as error:
        raise BadLink("tampered") from error
    pk, _, secret = value.partition(".")
    return _subscriber_for(pk, secret)


def _subscriber_for(pk, secret) -> Subscriber:
    try:
        subscriber = Subscriber.objects.get(pk=int(pk))
    except (TypeError, ValueError, Subscriber.DoesNotExist) as error:
        raise BadLink("unknown", status=404) from error
    if not secret or subscriber.token_secret != secret:
        raise BadLink("revoked", status=404)
    return subscriber
