from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from gazette.editions.editions import edition_codes, edition_for


@never_cache
def choose_for_reader(request):
    """The bare address: the edition chosen before, else the browser's language."""
    edition = edition_for(translation.get_language_from_request(request))
    response = HttpResponseRedirect(edition.root)
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@never_cache
def switch(request, code):
    """Remember the reader's edition and go to ?next= (the story's translation)."""
    if code not in edition_codes():
        raise Http404("There is no such edition.")
    target = request.GET.get("next", "")
    is_safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not (is_safe and target.startswith(f"/{code}/")):
        target = f"/{code}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=request.is_secure(),
    )
    return response
