"""A new page saved twice at once: the editor's publish and Wagtail's autosave.

Both requests pass the form's slug check before either has stored the page, and
the slower one fails on the slug when it saves. The first save holds the story,
so the loser is sent to that page's editor (or told so, for an autosave) instead
of a server error.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Page

CREATE_VIEW = "wagtailadmin_pages:add"


class PageCreateRaceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        match = request.resolver_match
        if not isinstance(exception, ValidationError) or match is None:
            return None
        if match.view_name != CREATE_VIEW or request.method != "POST":
            return None
        page = saved_twin(match.kwargs["parent_page_id"], request.POST.get("slug", ""))
        if page is None:
            return None
        message = _(
            "“%(title)s” had just been saved by the autosave. Nothing was lost: "
            "check the page and use the action again."
        ) % {"title": page.title}
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse(
                {"success": False, "error_code": "conflict", "error_message": message},
                status=409,
            )
        messages.warning(request, message)
        return redirect("wagtailadmin_pages:edit", page.pk)


def saved_twin(parent_id: int, slug: str) -> Page | None:
    parent = Page.objects.filter(pk=parent_id).first()
    if parent is None or not slug:
        return None
    return parent.get_children().filter(slug=slug).first()
