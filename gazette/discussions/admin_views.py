"""The moderation queue in the Wagtail admin: pending and reported comments."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gazette.accounts.models import User
from gazette.discussions import actions, queries
from gazette.discussions.errors import DiscussionError
from gazette.discussions.models import ModerationLogEntry

PERMISSION = "discussions.moderate_comment"
BAN_PERIODS = {"1": 1, "7": 7, "30": 30, "forever": None}


def _require_moderator(request) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def queue(request):
    _require_moderator(request)
    tab = request.GET.get("tab", "pending")
    if tab not in ("pending", "reported"):
        tab = "pending"
    comments = (
        queries.pending_comments() if tab == "pending" else queries.reported_comments()
    )
    page = Paginator(comments, 50).get_page(request.GET.get("p"))
    context = {
        "tab": tab,
        "page_obj": page,
        "pending_count": queries.pending_comments().count(),
        "log": ModerationLogEntry.objects.select_related(
            "moderator", "target_user", "comment"
        )[:20],
    }
    return TemplateResponse(request, "discussions/admin/queue.html", context)


@require_POST
def moderate(request, comment_id):
    _require_moderator(request)
    comment = queries.access_comment(comment_id)
    decision = request.POST.get("decision")
    reason = request.POST.get("reason", "")[:200]
    try:
        if decision == "approve":
            actions.approve_comment(comment, moderator=request.user, reason=reason)
        elif decision == "hide":
            actions.hide_comment(comment, moderator=request.user, reason=reason)
        elif decision == "dismiss":
            actions.dismiss_reports(comment, moderator=request.user, reason=reason)
        elif decision == "feature":
            actions.feature_comment(comment, moderator=request.user, featured=True)
        elif decision == "unfeature":
            actions.feature_comment(comment, moderator=request.user, featured=False)
        elif decision == "ban":
            if comment.author is None:
                raise DiscussionError(_("That account no longer exists."))
            period = request.POST.get("period", "forever")
            if period not in BAN_PERIODS:
                raise DiscussionError(_("Choose how long the ban lasts."))
            days = BAN_PERIODS[period]
            until = timezone.now() + timedelta(days=days) if days else None
            actions.ban_user(
                comment.author, moderator=request.user, until=until, reason=reason
            )
            if comment.is_visible:
                actions.hide_comment(comment, moderator=request.user, reason=reason)
        else:
            raise DiscussionError(_("Choose approve, hide, feature or ban."))
    except DiscussionError as error:
        messages.error(request, error.message)
        return redirect(_back(request))
    messages.success(request, _("Done: comment #%(id)s.") % {"id": comment.pk})
    return redirect(_back(request))


def _back(request) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return "discussions_admin:queue"


def account_history(request, user_id):
    _require_moderator(request)
    person = get_object_or_404(User, pk=user_id)
    context = {
        "person": person,
        "comments": queries.account_history(person)[:200],
        "bans": person.discussion_bans.order_by("-pk"),
        "log": ModerationLogEntry.objects.filter(target_user=person).select_related(
            "moderator", "comment"
        )[:100],
    }
    return TemplateResponse(request, "discussions/admin/history.html", context)
