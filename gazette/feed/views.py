from functools import wraps

from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import condition, require_GET

from gazette.editions.editions import current_edition
from gazette.feed import queries

MAX_LOADED_STORIES = 4


def shared_cache(seconds: int):
    """Let caches keep the response for anonymous readers (it is the same for all)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            if request.user.is_authenticated:
                patch_cache_control(response, private=True, max_age=0)
            elif response.status_code in (200, 301, 302, 404):
                patch_cache_control(
                    response,
                    public=True,
                    max_age=seconds,
                    s_maxage=seconds,
                    stale_while_revalidate=seconds * 4,
                )
            return response

        return wrapped

    return decorator


def _newsfeed_etag(request, *args, **kwargs) -> str:
    return f"nf-{queries.newsfeed_version()}-{request.GET.urlencode()}"


def _section_filter(request) -> tuple[int | None, str | None]:
    raw = request.GET.get("section", "").strip()
    if not raw:
        return None, None
    if not raw.isdigit() or len(raw) > 11:
        return None, _("Choose a section from the list.")
    return int(raw), None


@require_GET
@shared_cache(30)
@condition(etag_func=_newsfeed_etag)
def newsfeed_page(request):
    """The Newsfeed as a plain page: paginated, filterable by section, no JS needed."""
    section_id, error = _section_filter(request)
    language = current_edition().code
    context = {
        "sections": queries.newsfeed_sections(language),
        "section_id": section_id,
        "error": error,
        "page_obj": queries.newsfeed_page(
            language, page_number=request.GET.get("page"), section_id=section_id
        ),
        "breaking_alert": queries.active_breaking_alert(language),
    }
    return TemplateResponse(
        request, "feed/newsfeed_page.html", context, status=400 if error else 200
    )


@require_GET
@shared_cache(15)
@condition(etag_func=_newsfeed_etag)
def newsfeed_json(request):
    """The Newsfeed for apps: newest first, `?section=`, `?before=<id>` for more."""
    section_id, error = _section_filter(request)
    if error:
        return JsonResponse({"error": error}, status=400)
    language = current_edition().code
    items = queries.newsfeed_items(language, section_id=section_id)
    before = request.GET.get("before", "")
    if before:
        if not before.isdigit() or len(before) > 18:
            return JsonResponse({"error": _("before must be a story id.")}, status=400)
        items = items.filter(id__lt=int(before))
    rows = list(items[: queries.JSON_SIZE])
    data = {
        "topic": f"newsfeed.{section_id or language}",
        "latest_id": queries.newsfeed_version(),
        "items": [row.as_event() for row in rows],
        "next": None,
    }
    if len(rows) == queries.JSON_SIZE:
        query = request.GET.copy()
        query["before"] = rows[-1].pk
        data["next"] = f"{request.path}?{query.urlencode()}"
    return JsonResponse(data)


@require_GET
@shared_cache(10)
def breaking_json(request):
    """The banner every page shows after load (the page HTML itself never has it)."""
    alert = queries.active_breaking_alert(current_edition().code)
    return JsonResponse({"alert": alert.as_dict() if alert else None})


@require_GET
@shared_cache(60)
def next_story_link(request, article_id: int):
    """Without JavaScript: the "Next story" link lands here and goes on."""
    edition = current_edition()
    item = queries.next_story(article_id, edition.code)
    if item is None:
        return redirect(edition.root)
    return redirect(item.url or edition.root)


@require_GET
@shared_cache(60)
def next_story_fragment(request, article_id: int):
    """The next story as an HTML fragment to append under the one being read."""
    depth = request.GET.get("depth", "1")
    if not depth.isdigit() or not 1 <= int(depth) <= MAX_LOADED_STORIES:
        return HttpResponseBadRequest(_("depth must be between 1 and 4."))
    item = queries.next_story(article_id, current_edition().code)
    article = queries.article_for_reading(item.article_pk) if item else None
    if article is None:
        raise Http404(_("There is no next story."))
    context = {
        "page": article,
        "depth": int(depth),
        "is_last": int(depth) >= MAX_LOADED_STORIES,
    }
    return TemplateResponse(request, "feed/next_story_fragment.html", context)
