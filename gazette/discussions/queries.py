"""Reads for discussions: threads for a page, counts for lists, the moderation queue."""

from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, OuterRef, Q, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from gazette.discussions.conf import setting
from gazette.discussions.models import (
    Comment,
    CommentEvent,
    CommentLike,
    CommentStatus,
    DiscussionStats,
)

SORTS = {
    "newest": (_("Newest first"), ["-is_featured", "-pk"]),
    "oldest": (_("Oldest first"), ["-is_featured", "pk"]),
    "liked": (_("Most liked"), ["-is_featured", "-like_count", "-pk"]),
}
DEFAULT_SORT = "newest"
MAX_SHOWN = 1000


@dataclass
class Thread:
    comment: Comment
    replies: list[Comment] = field(default_factory=list)
    has_more_replies: bool = False


@dataclass
class DiscussionPage:
    threads: list[Thread]
    sort: str
    shown: int
    has_more: bool
    last_event_id: int

    @property
    def next_shown(self) -> int:
        return self.shown + setting("DISCUSSION_PAGE_SIZE")


def comment_count(article_id: int) -> int:
    stats = DiscussionStats.objects.filter(article_id=article_id).first()
    return stats.comment_count if stats else 0


def comment_counts(article_ids) -> dict[int, int]:
    """Visible comment counts for many articles in one query (missing → 0)."""
    rows = DiscussionStats.objects.filter(article_id__in=list(article_ids))
    return {row.article_id: row.comment_count for row in rows}


def parse_sort(raw: str | None) -> str:
    return raw if raw in SORTS else DEFAULT_SORT


def parse_shown(raw: str | None) -> int:
    size = setting("DISCUSSION_PAGE_SIZE")
    try:
        shown = int(raw) if raw else size
    except ValueError:
        shown = size
    return min(max(size, shown), MAX_SHOWN)


def discussion_page(
    article_id: int, *, sort: str, shown: int, has_comments: bool = True
) -> DiscussionPage:
    """The first `shown` threads of an article, each with all its replies; 3 queries,
    1 when the caller knows from the counter that no comment is visible.

    Top-level comments that are deleted stay as tombstones only when they have
    replies. "Load more" asks for more threads and lands on the first new one by its
    anchor (#thread-N), so the reader keeps their place.
    """
    tops = _top_comments(article_id, SORTS[sort][1], shown) if has_comments else []
    has_more = len(tops) > shown
    tops = tops[:shown]
    threads = {c.pk: Thread(c) for c in tops}
    if threads:
        # The first replies of each thread in one query; "more" marks the rest.
        shown_replies = setting("DISCUSSION_REPLIES_SHOWN")
        rank = Window(RowNumber(), partition_by=F("thread_id"), order_by=F("pk").asc())
        replies = (
            Comment.objects.filter(
                thread_id__in=list(threads), status=CommentStatus.VISIBLE
            )
            .annotate(rank=rank)
            .filter(rank__lte=shown_replies + 1)
            .select_related("author", "parent__author")
            .order_by("thread_id", "pk")
        )
        for reply in replies:
            thread = threads[reply.thread_id]
            if reply.rank > shown_replies:
                thread.has_more_replies = True
            else:
                thread.replies.append(reply)
    last_event = (
        CommentEvent.objects.filter(article_id=article_id)
        .order_by("-pk")
        .values_list("pk", flat=True)
        .first()
    )
    return DiscussionPage(
        threads=list(threads.values()),
        sort=sort,
        shown=shown,
        has_more=has_more,
        last_event_id=last_event or 0,
    )


def _top_comments(article_id: int, order, shown: int) -> list[Comment]:
    live_replies = Comment.objects.filter(
        thread_id=OuterRef("pk"), status=CommentStatus.VISIBLE
    )
    return list(
        Comment.objects.filter(article_id=article_id, thread__isnull=True)
        .filter(
            Q(status=CommentStatus.VISIBLE)
            | Q(Exists(live_replies), status=CommentStatus.DELETED)
        )
        .select_related("author")
        .order_by(*order)[: shown + 1]
    )


def full_thread(comment: Comment, *, limit: int = 1000) -> Thread:
    """A top-level comment with all its visible replies, oldest first."""
    replies = (
        Comment.objects.filter(thread=comment, status=CommentStatus.VISIBLE)
        .select_related("author", "parent__author")
        .order_by("pk")[:limit]
    )
    return Thread(comment, list(replies))


def liked_comment_ids(user, comment_ids) -> set[int]:
    if not user.is_authenticated or not comment_ids:
        return set()
    return set(
        CommentLike.objects.filter(
            user=user, comment_id__in=list(comment_ids)
        ).values_list("comment_id", flat=True)
    )


def access_comment(comment_id, *, visible_only: bool = False) -> Comment:
    """A comment by id for a view, with its article; unknown ids are a 404."""
    try:
        pk = int(comment_id)
    except (TypeError, ValueError):
        raise Http404(_("There is no such comment.")) from None
    comments = Comment.objects.select_related("article", "author", "parent__author")
    if visible_only:
        comments = comments.filter(status=CommentStatus.VISIBLE)
    comment = comments.filter(pk=pk).first()
    if comment is None:
        raise Http404(_("There is no such comment."))
    return comment


def comment_events_after(
    article_id: int, after_id: int, *, limit: int = 500
) -> list[dict]:
    """The stored events of "comments.<article_id>" after an id, oldest first."""
    events = CommentEvent.objects.filter(
        article_id=article_id, pk__gt=after_id
    ).order_by("pk")[:limit]
    return [{**event.payload, "id": event.pk} for event in events]


def pending_comments():
    return (
        Comment.objects.filter(status=CommentStatus.PENDING)
        .select_related("author", "article")
        .order_by("pk")
    )


def reported_comments():
    return (
        Comment.objects.filter(
            status=CommentStatus.VISIBLE,
            reports__is_resolved=False,
        )
        .annotate(open_reports=Count("reports", filter=Q(reports__is_resolved=False)))
        .select_related("author", "article")
        .order_by("-open_reports", "pk")
    )


def account_history(user):
    return Comment.objects.filter(author=user).select_related("article").order_by("-pk")
