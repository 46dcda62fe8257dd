"""Rendering issues once per send: HTML and text with per-subscriber link marks."""

from datetime import datetime

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import override

from gazette.lib.urls import absolute
from gazette.newsletters.mail import MANAGE_MARK, UNSUBSCRIBE_MARK
from gazette.newsletters.models import Newsletter
from gazette.newsletters.queries import DIGEST_RENDITION


def story_item(story) -> dict:
    """What a mail shows of a story: absolute links, a JPEG image with its alt text."""
    image = None
    if story.lead_image:
        rendition = story.lead_image.get_rendition(DIGEST_RENDITION)
        image = {
            "url": absolute(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": story.lead_image.alt_text or story.lead_image.default_alt_text,
        }
    return {
        "headline": story.title,
        "standfirst": story.standfirst,
        "url": absolute(story.url or ""),
        "section": story.section.title if story.section else "",
        "published_at": story.first_published_at,
        "image": image,
        "is_breaking": story.is_breaking,
    }


def _context(newsletter: Newsletter, **extra) -> dict:
    return {
        "newsletter": newsletter,
        "language": newsletter.language or settings.LANGUAGE_CODE,
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "unsubscribe_url": UNSUBSCRIBE_MARK,
        "manage_url": MANAGE_MARK,
        **extra,
    }


def render_digest(newsletter: Newsletter, stories: list, *, slot: datetime) -> dict:
    """Subject, html and text of a digest of these stories."""
    with override(newsletter.language or settings.LANGUAGE_CODE):
        date = formats.date_format(slot, "j E Y")
        subject = _("%(newsletter)s, %(date)s: %(headline)s") % {
            "newsletter": newsletter.name,
            "date": date,
            "headline": stories[0].title if stories else "",
        }
        context = _context(
            newsletter, stories=[story_item(s) for s in stories], date=date
        )
        return {
            "subject": subject[:200],
            "html": render_to_string("newsletters/email/digest.html", context),
            "text": render_to_string("newsletters/email/digest.txt", context),
        }


def render_alert(newsletter: Newsletter, story) -> dict:
    """Subject, html and text of a breaking-news alert for one story."""
    with override(newsletter.language or settings.LANGUAGE_CODE):
        subject = _("Breaking: %(headline)s") % {"headline": story.title}
        context = _context(newsletter, story=story_item(story))
        return {
            "subject": subject[:200],
            "html": render_to_string("newsletters/email/alert.html", context),
            "text": render_to_string("newsletters/email/alert.txt", context),
        }
