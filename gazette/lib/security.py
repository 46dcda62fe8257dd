"""Content-Security-Policy for the public site and for the Wagtail admin.

The public site runs no inline script: every script is a file under /static/, so
`script-src 'self'` holds and a payload that slips past escaping still cannot run.
Structured data (`<script type="application/ld+json">`) is data, not script, and
the browser never executes it, so it needs no exception.

Inline `style="…"` attributes are allowed (`style-src-attr 'unsafe-inline'`):
Wagtail's responsive embeds and rich text emit them, and an attribute style cannot
run code. `<style>` elements stay blocked (`style-src-elem 'self'`).

The Wagtail admin ships inline scripts and styles of its own, so /admin/ gets a
policy of its own (see ADMIN_POLICY) that keeps the frame, form and base
restrictions but allows inline code there; only staff reach it, after logging in.
"""

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PATH_PREFIX = "/admin/"


def site_policy(*, secure: bool) -> dict:
    """The directives every public page is served with."""
    directives = {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-elem": [SELF],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        # 'self' covers ws:// and wss:// to the same host for the realtime socket.
        "connect-src": [SELF],
        # Embedded videos and posts (Wagtail embeds) come from other sites.
        "frame-src": ["https:"],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
    if secure:
        directives["upgrade-insecure-requests"] = True
    return {"DIRECTIVES": directives}


ADMIN_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF, "https:"],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    # The page editor previews the page in a same-origin frame.
    "frame-ancestors": [SELF],
}


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy under /admin/."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PATH_PREFIX):
            site = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
            # Replace the whole policy: a site directive the admin policy does not
            # name (style-src-elem) would otherwise still apply there.
            admin = {key: ADMIN_POLICY.get(key) for key in (*site, *ADMIN_POLICY)}
            admin["upgrade-insecure-requests"] = site.get("upgrade-insecure-requests")
            parts.replace = {**admin, **(parts.replace or {})}
        return parts


def limit_image_decoding(max_pixels: int) -> None:
    """Refuse to decode images over `max_pixels` before any memory is spent on them.

    Wagtail compares an upload's pixel count with WAGTAILIMAGES_MAX_IMAGE_PIXELS only
    after Willow has decoded the whole image, so a few hundred bytes of PNG claiming
    100 million pixels would cost hundreds of megabytes first. Pillow checks the
    size while reading the header and refuses anything over twice its
    MAX_IMAGE_PIXELS (only warning above it), which Wagtail turns into a form error.
    """
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = max_pixels // 2
