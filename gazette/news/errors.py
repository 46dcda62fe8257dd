import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

# Seconds a client or proxy should wait before asking again during an outage.
RETRY_AFTER = 30


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """500, or 503 "temporarily unavailable" when the database cannot be reached.

    Django calls this while handling the exception, so sys.exc_info() holds it.
    Rendered without the request: the context processors read the database, and
    an error page must not fail for the reason it is shown.
    """
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponse(render_to_string("500.html"), status=500)
