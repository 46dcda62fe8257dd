from django.conf import settings


def absolute(url: str) -> str:
    """A site path as a full URL on SITE_URL (feeds, mails, sitemaps, hreflang);
    full URLs pass through. From SITE_URL, not the request, so cached bytes are right
    for every reader."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + url
