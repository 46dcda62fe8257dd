from django import template
from django.utils.safestring import SafeString

from gazette.discussions import queries, text
from gazette.discussions.conf import setting
from gazette.discussions.policy import discussion_state

register = template.Library()


@register.filter
def comment_text(body: str) -> SafeString:
    """A comment's plain text as escaped HTML, with nofollow links."""
    return text.render_comment(body or "")


@register.simple_tag(takes_context=True)
def article_comment_count(context, article) -> int:
    """The article's count, read once per request and shared by both includes."""
    request = context.get("request")
    cache = getattr(request, "_discussion_counts", None) if request else None
    if cache is None:
        cache = {}
        if request is not None:
            request._discussion_counts = cache
    if article.pk not in cache:
        cache[article.pk] = queries.comment_count(article.pk)
    return cache[article.pk]


@register.simple_tag
def card_comment_count(story):
    """A story card's count when the listing joined discussion_stats, else None.

    Listings that select_related("discussion_stats") cost no query; others leave
    the card to discussions.js (one request for the page's counts), never N queries.
    """
    if "discussion_stats" not in story._state.fields_cache:
        return None
    stats = story._state.fields_cache["discussion_stats"]
    return stats.comment_count if stats else 0


@register.simple_tag(takes_context=True)
def article_discussion(context, article):
    """What the discussion under an article shows, in a fixed number of queries."""
    request = context["request"]
    sort = queries.parse_sort(request.GET.get("sort"))
    shown = queries.parse_shown(request.GET.get("shown"))
    page = queries.discussion_page(
        article.pk,
        sort=sort,
        shown=shown,
        has_comments=article_comment_count(context, article) > 0,
    )
    user = request.user
    liked = set()
    if user.is_authenticated:
        ids = [t.comment.pk for t in page.threads]
        ids += [r.pk for t in page.threads for r in t.replies]
        liked = queries.liked_comment_ids(user, ids)
    return {
        "page": page,
        "state": discussion_state(article),
        "sorts": [(key, label) for key, (label, _order) in queries.SORTS.items()],
        "liked": liked,
        "comment_max_length": setting("DISCUSSION_COMMENT_MAX_LENGTH"),
    }
