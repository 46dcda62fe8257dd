from django.conf import settings

from gazette.editions.editions import current_edition
from gazette.news.queries import nav_sections


def site_chrome(request) -> dict:
    """What every page's header and footer need; the same for an edition's readers."""
    edition = current_edition()
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "EDITION": edition,
        "EDITION_ROOT": edition.root,
        "nav_sections": nav_sections(edition.code),
    }
