from django.middleware.locale import LocaleMiddleware

# Addresses outside the editions: a 404 there is a 404, not a hop to /en/….
OUTSIDE_EDITIONS = (
    "/edition/",
    "/admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/ws/",
)


class EditionLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unknown admin paths.

    Wagtail's catch-all page route makes every path "valid" under a language prefix,
    so without this a missing admin page would redirect to /en/admin/… instead.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(OUTSIDE_EDITIONS):
            return response
        return super().process_response(request, response)
