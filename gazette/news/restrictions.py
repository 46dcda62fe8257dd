"""Pages behind a view restriction, read once per request.

Wagtail's `public()` loads every view restriction each time it is called, three
times in a story view (related stories, the edition links, the sections menu).
Inside a request the list is read once; elsewhere (the worker, the shell) each call
reads it as Wagtail does.
"""

from contextvars import ContextVar

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

_restricted: ContextVar[list | None] = ContextVar("restricted_pages", default=None)


def restricted_pages() -> list[tuple[str, int]]:
    """(path, depth) of every restricted page; the request's copy when there is one."""
    memo = _restricted.get()
    if memo:
        return memo[0]
    pages = list(PageViewRestriction.objects.values_list("page__path", "page__depth"))
    if memo is not None:
        memo.append(pages)
    return pages


class PublicOnceQuerySet(PageQuerySet):
    def private_q(self) -> Q:
        q = Q()
        for path, depth in restricted_pages():
            q |= Q(path__startswith=path, depth__gte=depth)
        return q if q else Q(pk__in=[])


class RestrictionsReadOnce:
    """A page model mixin: Wagtail's check before serving a page costs two queries
    (the page's ancestors, then their restrictions); none when nothing anywhere is
    restricted, which the request already knows."""

    def get_view_restrictions(self):
        if not restricted_pages():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def read_once_per_request(get_response):
    def middleware(request):
        token = _restricted.set([])
        try:
            return get_response(request)
        finally:
            _restricted.reset(token)

    return middleware


def forget_within_request(**kwargs) -> None:
    """A restriction added or removed mid-request counts from then on."""
    memo = _restricted.get()
    if memo is not None:
        memo.clear()


post_save.connect(forget_within_request, sender=PageViewRestriction)
post_delete.connect(forget_within_request, sender=PageViewRestriction)
