"""Building newsletter mails: both parts, the unsubscribe headers, absolute links."""

from email.utils import make_msgid
from urllib.parse import quote

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse

from gazette.lib.urls import absolute
from gazette.newsletters import tokens

UNSUBSCRIBE_MARK = "%%UNSUBSCRIBE_URL%%"
MANAGE_MARK = "%%MANAGE_URL%%"


def unsubscribe_mailbox() -> str:
    configured = getattr(settings, "NEWSLETTER_UNSUBSCRIBE_MAILTO", "")
    if configured:
        return configured
    sender = settings.DEFAULT_FROM_EMAIL
    domain = sender.rpartition("@")[2].rstrip(">").strip() or "localhost"
    return f"unsubscribe@{domain}"


class Links:
    """The personal links of one subscriber, from the signed manage token."""

    def __init__(self, token: str, list_slug: str = ""):
        self.token = token
        self.list_slug = list_slug

    @classmethod
    def for_subscriber(cls, subscriber, list_slug: str = "") -> "Links":
        return cls(tokens.manage_token(subscriber), list_slug)

    @property
    def unsubscribe_url(self) -> str:
        url = absolute(reverse("newsletters:unsubscribe", args=[self.token]))
        return f"{url}?list={self.list_slug}" if self.list_slug else url

    @property
    def manage_url(self) -> str:
        return absolute(reverse("newsletters:manage_link", args=[self.token]))

    @property
    def mailto(self) -> str:
        subject = quote(f"unsubscribe {self.list_slug or 'all'} {self.token}")
        return f"mailto:{unsubscribe_mailbox()}?subject={subject}"


def build_message(
    *,
    to: str,
    subject: str,
    text: str,
    html: str,
    links: Links,
    list_id: str = "",
    message_id: str | None = None,
    connection=None,
) -> EmailMultiAlternatives:
    """One mail with plain and HTML parts and RFC 2369/8058 unsubscribe headers.

    The bodies may hold UNSUBSCRIBE_MARK and MANAGE_MARK, replaced here with the
    subscriber's own links so one rendered issue serves every recipient.
    """
    unsubscribe_url = links.unsubscribe_url
    manage_url = links.manage_url
    text = text.replace(UNSUBSCRIBE_MARK, unsubscribe_url).replace(
        MANAGE_MARK, manage_url
    )
    html = html.replace(UNSUBSCRIBE_MARK, unsubscribe_url).replace(
        MANAGE_MARK, manage_url
    )
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url}>, <{links.mailto}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Message-ID": message_id or make_msgid(domain="gazette"),
    }
    if list_id:
        headers["List-Id"] = f"<{list_id}.{_list_domain()}>"
    # Subjects come from headlines and names: never let a line break reach a header.
    subject = " ".join(subject.split())
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=headers,
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message


def _list_domain() -> str:
    from urllib.parse import urlparse

    return urlparse(settings.SITE_URL).hostname or "localhost"
