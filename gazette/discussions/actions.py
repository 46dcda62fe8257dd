"""Every write to discussions: comments, likes, reports, moderation, bans.

Each action owns its transaction, locks the article's DiscussionStats row first (so
that event ids of one article commit in order) and broadcasts on topic
"comments.<article id>" after commit. Errors a reader can cause raise
DiscussionError with a message for them.
"""

from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from gazette.discussions import text
from gazette.discussions.conf import rate_limit, setting
from gazette.discussions.errors import DiscussionError
from gazette.discussions.models import (
    Comment,
    CommentEvent,
    CommentLike,
    CommentReport,
    CommentStatus,
    DiscussionBan,
    DiscussionStats,
    ModerationAction,
    ModerationLogEntry,
    ReportReason,
)
from gazette.discussions.policy import discussion_state
from gazette.lib.events import broadcast_on_commit
from gazette.moderation.rules import find_banned_phrase, hit_rate_limit


def topic_for(article_id: int) -> str:
    return f"comments.{article_id}"


def comment_payload(comment: Comment) -> dict:
    """What live readers get about a visible comment (plain text for textContent)."""
    parent = comment.parent
    return {
        "comment_id": comment.pk,
        "parent_id": comment.parent_id,
        "thread_id": comment.thread_id,
        "author": comment.author_name,
        "author_id": comment.author_id,
        "in_reply_to": parent.author_name if parent else None,
        "body": comment.body,
        "created_at": comment.created_at.isoformat(),
        "is_edited": comment.edited_at is not None,
        "like_count": comment.like_count,
    }


def _locked_stats(article_id: int) -> DiscussionStats:
    stats, _ = DiscussionStats.objects.select_for_update().get_or_create(
        article_id=article_id
    )
    return stats


def _adjust_count(stats: DiscussionStats, delta: int) -> None:
    if delta:
        stats.comment_count = max(0, stats.comment_count + delta)
        stats.save(update_fields=["comment_count"])


def _emit(stats: DiscussionStats, op: str, comment: Comment, *, full: bool) -> None:
    """Store the event in the article's stream, then broadcast it after commit."""
    payload = {"type": "comment", "op": op, "count": stats.comment_count}
    if full:
        payload["comment"] = comment_payload(comment)
    else:
        payload["comment"] = {"comment_id": comment.pk}
    event = CommentEvent.objects.create(article_id=stats.article_id, payload=payload)
    broadcast_on_commit(topic_for(stats.article_id), {**payload, "id": event.pk})


def _check_rate(kind: str, *, user, ip: str | None) -> None:
    hits, period = rate_limit(kind)
    if hit_rate_limit(f"discussions:{kind}:user:{user.pk}", limit=hits, period=period):
        raise DiscussionError(
            _("You are doing that too often. Wait a minute and try again."),
            status=429,
            code="rate_limited",
        )
    if ip:
        hits, period = rate_limit(f"{kind}_ip")
        if hit_rate_limit(f"discussions:{kind}:ip:{ip}", limit=hits, period=period):
            raise DiscussionError(
                _("Too many requests from your network. Wait a minute and try again."),
                status=429,
                code="rate_limited",
            )


def active_ban(user, *, now: datetime | None = None) -> DiscussionBan | None:
    now = now or timezone.now()
    return (
        DiscussionBan.objects.filter(user=user, lifted_at__isnull=True)
        .exclude(until__lte=now)
        .order_by("-pk")
        .first()
    )


def _check_author(user) -> None:
    if user is None or not user.is_authenticated:
        raise DiscussionError(
            _("Log in or register to take part in the discussion."),
            status=403,
            code="login_required",
        )
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        raise DiscussionError(
            _("Confirm your e-mail address before you comment."),
            status=403,
            code="unverified",
        )
    ban = active_ban(user)
    if ban is not None:
        if ban.until:
            when = timezone.localtime(ban.until).strftime("%d %B %Y %H:%M")
            message = _("Your account may not comment until %(when)s.") % {"when": when}
        else:
            message = _("Your account may not comment any more.")
        raise DiscussionError(message, status=403, code="banned")


def clean_body(body: str) -> str:
    """The text to store, or DiscussionError saying what is wrong with it."""
    if not isinstance(body, str) or text.has_bad_characters(body):
        raise DiscussionError(
            _("Your comment contains characters we cannot store. Remove them, retry."),
            code="bad_characters",
        )
    body = text.normalise(body)
    if not body:
        raise DiscussionError(_("Write something before you post."), code="empty")
    limit = setting("DISCUSSION_COMMENT_MAX_LENGTH")
    if len(body) > limit:
        raise DiscussionError(
            _("Your comment is %(length)s characters long; the limit is %(limit)s.")
            % {"length": len(body), "limit": limit},
            code="too_long",
        )
    phrase = find_banned_phrase(body)
    if phrase:
        raise DiscussionError(
            _("Your comment contains “%(phrase)s”, which is not allowed here.")
            % {"phrase": phrase},
            code="banned_phrase",
        )
    return body


def _is_moderator(user) -> bool:
    return user.has_perm("discussions.moderate_comment")


def _premoderation_reason(article, author, body: str, state) -> str:
    if _is_moderator(author):
        return ""
    if state.is_premoderated:
        return state.reason
    first = setting("DISCUSSION_PREMODERATE_FIRST")
    if (
        first
        and Comment.objects.filter(author=author, status=CommentStatus.VISIBLE).count()
        < first
    ):
        return _("A new account's first comments wait for a moderator.")
    if text.count_links(body) > setting("DISCUSSION_MAX_LINKS"):
        return _("Comments with many links wait for a moderator.")
    return ""


def post_comment(
    article, *, author, body: str, parent_id: int | None = None, ip: str | None = None
) -> Comment:
    """Store a comment (or a reply when parent_id is given) on a published article.

    Visible at once, or pending when the discussion, the account's newness or the
    links ask for a moderator. Sends "posted" for visible comments and, after commit,
    queues the reply e-mail to the parent's author.
    """
    _check_author(author)
    body = clean_body(body)
    state = discussion_state(article)
    if state.is_closed:
        raise DiscussionError(state.reason, status=403, code="closed")
    parent = None
    if parent_id is not None:
        parent = (
            Comment.objects.select_related("author")
            .filter(pk=parent_id, status=CommentStatus.VISIBLE)
            .first()
        )
        if parent is None:
            raise DiscussionError(
                _("The comment you are replying to is no longer there."),
                status=404,
                code="no_parent",
            )
        if parent.article_id != article.pk:
            raise DiscussionError(
                _("You can only reply to comments on the same story."),
                code="wrong_article",
            )
    _check_rate("post", user=author, ip=ip)
    reason = _premoderation_reason(article, author, body, state)
    with transaction.atomic():
        stats = _locked_stats(article.pk)
        comment = Comment.objects.create(
            article=article,
            author=author,
            parent=parent,
            thread_id=(parent.thread_id or parent.pk) if parent else None,
            body=body,
            status=CommentStatus.PENDING if reason else CommentStatus.VISIBLE,
            moderation_reason=reason,
            created_at=timezone.now(),
        )
        if comment.is_visible:
            _adjust_count(stats, +1)
            _emit(stats, "posted", comment, full=True)
            _notify_parent_author_on_commit(comment)
    return comment


def _notify_parent_author_on_commit(comment: Comment) -> None:
    parent = comment.parent
    if (
        parent is None
        or parent.author_id is None
        or parent.author_id == comment.author_id
    ):
        return
    if not parent.author.notify_replies:
        return
    from gazette.discussions.tasks import send_reply_notification

    transaction.on_commit(lambda: send_reply_notification.enqueue(comment.pk))


def edit_comment(comment: Comment, *, editor, body: str) -> Comment:
    """The author rewrites their comment within DISCUSSION_EDIT_MINUTES."""
    if comment.author_id != editor.pk:
        raise DiscussionError(
            _("You can only edit your own comments."), status=403, code="forbidden"
        )
    if comment.status not in (CommentStatus.VISIBLE, CommentStatus.PENDING):
        raise DiscussionError(_("This comment can no longer be edited."), code="gone")
    minutes = setting("DISCUSSION_EDIT_MINUTES")
    if timezone.now() > comment.created_at + timedelta(minutes=minutes):
        raise DiscussionError(
            _("Comments can be edited for %(minutes)s minutes after posting.")
            % {"minutes": minutes},
            status=403,
            code="too_late",
        )
    _check_author(editor)
    body = clean_body(body)
    with transaction.atomic():
        stats = _locked_stats(comment.article_id)
        comment.body = body
        comment.edited_at = timezone.now()
        comment.save(update_fields=["body", "edited_at"])
        if comment.is_visible:
            _emit(stats, "edited", comment, full=True)
    return comment


def delete_comment(comment: Comment, *, by) -> None:
    """The author removes their comment; replies keep a "deleted" tombstone."""
    if comment.author_id != by.pk:
        raise DiscussionError(
            _("You can only delete your own comments."), status=403, code="forbidden"
        )
    if comment.status in (CommentStatus.DELETED, CommentStatus.HIDDEN):
        raise DiscussionError(_("This comment is already gone."), code="gone")
    with transaction.atomic():
        stats = _locked_stats(comment.article_id)
        was_visible = comment.is_visible
        comment.status = CommentStatus.DELETED
        comment.save(update_fields=["status"])
        if was_visible:
            _adjust_count(stats, -1)
            _emit(stats, "deleted", comment, full=False)


def like_comment(comment: Comment, *, user, ip: str | None = None) -> bool:
    """Like a visible comment once per account, or take the like back; True if liked."""
    if user is None or not user.is_authenticated:
        raise DiscussionError(
            _("Log in to like comments."), status=403, code="login_required"
        )
    if not comment.is_visible:
        raise DiscussionError(_("This comment is no longer there."), status=404)
    if comment.author_id == user.pk:
        raise DiscussionError(_("You cannot like your own comment."), code="own")
    _check_rate("like", user=user, ip=ip)
    with transaction.atomic():
        removed, _rows = CommentLike.objects.filter(comment=comment, user=user).delete()
        if removed:
            delta = -1
        else:
            try:
                with transaction.atomic():
                    CommentLike.objects.create(comment=comment, user=user)
            except IntegrityError:  # a double click raced us to it
                return True
            delta = 1
        Comment.objects.filter(pk=comment.pk).update(like_count=F("like_count") + delta)
        comment.refresh_from_db(fields=["like_count"])
        # Likes are not replayed on resume: the count in the next page load is enough.
        broadcast_on_commit(
            topic_for(comment.article_id),
            {
                "type": "comment",
                "op": "liked",
                "comment": {"comment_id": comment.pk, "like_count": comment.like_count},
            },
        )
    return delta > 0


def report_comment(
    comment: Comment, *, user, reason: str, note: str = "", ip: str | None = None
) -> CommentReport:
    """Flag a comment for the moderators, once per account, with a reason."""
    if user is None or not user.is_authenticated:
        raise DiscussionError(
            _("Log in to report comments."), status=403, code="login_required"
        )
    if reason not in ReportReason.values:
        raise DiscussionError(_("Choose a reason for your report."), code="reason")
    if len(note) > 500:
        raise DiscussionError(
            _("Keep your note under 500 characters."), code="too_long"
        )
    if comment.status != CommentStatus.VISIBLE:
        raise DiscussionError(_("This comment is no longer there."), status=404)
    if CommentReport.objects.filter(comment=comment, user=user).exists():
        raise DiscussionError(
            _("You have already reported this comment; a moderator will look at it."),
            code="already_reported",
        )
    _check_rate("report", user=user, ip=ip)
    try:
        with transaction.atomic():
            report = CommentReport.objects.create(
                comment=comment, user=user, reason=reason, note=note.strip()
            )
            Comment.objects.filter(pk=comment.pk).update(
                report_count=F("report_count") + 1
            )
    except IntegrityError:  # the same reader's report from a second tab, at once
        raise DiscussionError(
            _("You have already reported this comment; a moderator will look at it."),
            code="already_reported",
        ) from None
    return report


def _log(moderator, action: str, *, comment=None, target_user=None, reason="") -> None:
    ModerationLogEntry.objects.create(
        moderator=moderator,
        action=action,
        comment=comment,
        target_user=target_user
        if target_user is not None
        else getattr(comment, "author", None),
        reason=reason[:200],
    )


def _check_moderator(user) -> None:
    if user is None or not user.is_authenticated or not _is_moderator(user):
        raise DiscussionError(
            _("Only moderators can do that."), status=403, code="forbidden"
        )


def approve_comment(comment: Comment, *, moderator, reason: str = "") -> Comment:
    """Make a pending or hidden comment visible; sends "posted" (or "restored")."""
    _check_moderator(moderator)
    if comment.status not in (CommentStatus.PENDING, CommentStatus.HIDDEN):
        raise DiscussionError(_("This comment is not waiting or hidden."), code="state")
    with transaction.atomic():
        stats = _locked_stats(comment.article_id)
        op = "posted" if comment.status == CommentStatus.PENDING else "restored"
        comment.status = CommentStatus.VISIBLE
        comment.moderation_reason = ""
        comment.save(update_fields=["status", "moderation_reason"])
        CommentReport.objects.filter(comment=comment).update(is_resolved=True)
        _adjust_count(stats, +1)
        _emit(stats, op, comment, full=True)
        action = (
            ModerationAction.APPROVE if op == "posted" else ModerationAction.RESTORE
        )
        _log(moderator, action, comment=comment, reason=reason)
        if op == "posted":
            _notify_parent_author_on_commit(comment)
    return comment


def restore_comment(comment: Comment, *, moderator, reason: str = "") -> Comment:
    return approve_comment(comment, moderator=moderator, reason=reason)


def hide_comment(comment: Comment, *, moderator, reason: str = "") -> Comment:
    """Take a visible comment down, or reject a pending one; sends "hidden"."""
    _check_moderator(moderator)
    if comment.status not in (CommentStatus.VISIBLE, CommentStatus.PENDING):
        raise DiscussionError(
            _("This comment is already hidden or deleted."), code="state"
        )
    with transaction.atomic():
        stats = _locked_stats(comment.article_id)
        was_visible = comment.is_visible
        comment.status = CommentStatus.HIDDEN
        comment.moderation_reason = reason[:200]
        comment.is_featured = False
        comment.save(update_fields=["status", "moderation_reason", "is_featured"])
        CommentReport.objects.filter(comment=comment).update(is_resolved=True)
        if was_visible:
            _adjust_count(stats, -1)
            _emit(stats, "hidden", comment, full=False)
        _log(moderator, ModerationAction.HIDE, comment=comment, reason=reason)
    return comment


def feature_comment(comment: Comment, *, moderator, featured: bool = True) -> Comment:
    """Mark a visible comment as an editors' pick (shown first, with a badge)."""
    _check_moderator(moderator)
    if featured and not comment.is_visible:
        raise DiscussionError(_("Only visible comments can be featured."), code="state")
    with transaction.atomic():
        comment.is_featured = featured
        comment.save(update_fields=["is_featured"])
        action = ModerationAction.FEATURE if featured else ModerationAction.UNFEATURE
        _log(moderator, action, comment=comment)
    return comment


def dismiss_reports(comment: Comment, *, moderator, reason: str = "") -> None:
    """Keep a reported comment up and clear its reports from the queue."""
    _check_moderator(moderator)
    with transaction.atomic():
        CommentReport.objects.filter(comment=comment).update(is_resolved=True)
        _log(moderator, ModerationAction.DISMISS, comment=comment, reason=reason)


def ban_user(
    user, *, moderator, until: datetime | None = None, reason: str = ""
) -> DiscussionBan:
    """Stop an account commenting, for good or until a time; hide its pending ones."""
    _check_moderator(moderator)
    if user.pk == moderator.pk:
        raise DiscussionError(_("You cannot ban yourself."), code="self")
    with transaction.atomic():
        ban = DiscussionBan.objects.create(
            user=user, until=until, reason=reason[:200], created_by=moderator
        )
        Comment.objects.filter(author=user, status=CommentStatus.PENDING).update(
            status=CommentStatus.HIDDEN, moderation_reason=_("Author banned")
        )
        _log(moderator, ModerationAction.BAN, target_user=user, reason=reason)
    return ban


def erase_account_comments(user) -> None:
    """Called by accounts.delete_account: keep comments as "Deleted user" or remove.

    settings.DISCUSSION_DELETED_ACCOUNT_COMMENTS chooses ("keep" or "remove").
    """
    comments = Comment.objects.filter(author=user)
    if setting("DISCUSSION_DELETED_ACCOUNT_COMMENTS") != "remove":
        return  # the foreign key sets author to NULL: "Deleted user"
    for article_id in comments.values_list("article_id", flat=True).distinct():
        stats = _locked_stats(article_id)
        for comment in comments.filter(
            article_id=article_id, status=CommentStatus.VISIBLE
        ):
            comment.status = CommentStatus.DELETED
            comment.body = ""
            comment.save(update_fields=["status", "body"])
            _adjust_count(stats, -1)
            _emit(stats, "deleted", comment, full=False)
    comments.exclude(status=CommentStatus.DELETED).update(
        status=CommentStatus.DELETED, body=""
    )
    comments.update(body="")
