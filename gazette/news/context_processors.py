from django.conf import settings

from gazette.news.models import SectionPage


def site_chrome(request) -> dict:
    """What every page's header and footer need; the same for every reader."""
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "nav_sections": SectionPage.objects.live().public().order_by("path"),
    }
