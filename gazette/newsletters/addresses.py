"""Checks on addresses typed by readers: shape, line breaks, throwaway domains."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

# Well-known throwaway-mail services. A short list on purpose: it catches casual
# abuse; operators who need more can put a fuller list in front of the form.
DISPOSABLE_DOMAINS = frozenset(
    {
        "10minutemail.com",
        "discard.email",
        "dispostable.com",
        "fakeinbox.com",
        "getnada.com",
        "guerrillamail.com",
        "guerrillamail.net",
        "mailcatch.com",
        "maildrop.cc",
        "mailinator.com",
        "mailnesia.com",
        "mintemail.com",
        "mohmal.com",
        "sharklasers.com",
        "spamgourmet.com",
        "temp-mail.org",
        "tempmail.com",
        "tempmailo.com",
        "throwawaymail.com",
        "trashmail.com",
        "yopmail.com",
    }
)


def has_line_break(value: str) -> bool:
    return "\r" in value or "\n" in value


def is_disposable(email: str) -> bool:
    domain = email.rpartition("@")[2].lower()
    return any(domain == d or domain.endswith("." + d) for d in DISPOSABLE_DOMAINS)


def clean_address(raw: str) -> str:
    """The address lower-cased and trimmed, or a ValidationError for the reader."""
    if has_line_break(raw):
        raise ValidationError(
            _("An e-mail address cannot contain line breaks."), code="line_break"
        )
    email = raw.strip().lower()
    if not email:
        raise ValidationError(_("Enter your e-mail address."), code="required")
    if len(email) > 254:
        raise ValidationError(_("That e-mail address is too long."), code="too_long")
    try:
        validate_email(email)
    except ValidationError as error:
        raise ValidationError(
            _("Enter a valid e-mail address, like name@example.com."), code="invalid"
        ) from error
    if is_disposable(email):
        raise ValidationError(
            _("Addresses from throwaway-mail services cannot subscribe."),
            code="disposable",
        )
    return email
