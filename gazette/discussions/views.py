from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from gazette.discussions import actions, queries
from gazette.discussions.errors import DiscussionError
from gazette.discussions.forms import CommentForm, ReportForm
from gazette.discussions.policy import discussion_state
from gazette.news.models import ArticlePage


def client_ip(request) -> str:
    # REMOTE_ADDR is the proxy's address behind one; deployments set it from
    # X-Forwarded-For in the server (granian/nginx), not here.
    return request.META.get("REMOTE_ADDR", "")


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _published_article(article_id) -> ArticlePage:
    return get_object_or_404(ArticlePage.objects.live().public(), pk=article_id)


def _comment_url(comment) -> str:
    return f"{comment.article.url}#c{comment.pk}"


def _refused(request, error: DiscussionError, *, article=None, body="", parent=None):
    """A clear 4xx: JSON for scripts, else a page that keeps what the reader typed."""
    if wants_json(request):
        return JsonResponse(
            {"error": error.code, "message": error.message}, status=error.status
        )
    context = {"error": error, "article": article, "body": body, "parent": parent}
    return render(request, "discussions/refused.html", context, status=error.status)


@require_POST
def post(request, article_id):
    article = _published_article(article_id)
    form = CommentForm(request.POST)
    body = request.POST.get("body", "")
    if not request.user.is_authenticated:
        error = DiscussionError(
            _("Log in or register to take part in the discussion."), status=403
        )
        return _refused(request, error, article=article, body=body)
    if not form.is_valid():
        error = DiscussionError(_("Write something before you post."))
        if form.errors.get("parent"):
            error = DiscussionError(_("That is not a comment you can reply to."))
        return _refused(request, error, article=article, body=body)
    try:
        comment = actions.post_comment(
            article,
            author=request.user,
            body=form.cleaned_data["body"],
            parent_id=form.cleaned_data["parent"],
            ip=client_ip(request),
        )
    except DiscussionError as error:
        parent = form.cleaned_data["parent"]
        return _refused(request, error, article=article, body=body, parent=parent)
    if wants_json(request):
        return JsonResponse(
            {"comment_id": comment.pk, "status": comment.status}, status=201
        )
    if not comment.is_visible:
        return render(
            request,
            "discussions/pending.html",
            {"comment": comment, "article": article},
        )
    return redirect(f"{article.url}#c{comment.pk}")


@require_GET
def permalink(request, comment_id):
    comment = queries.access_comment(comment_id)
    return redirect(_comment_url(comment))


@require_GET
def thread(request, comment_id):
    """One thread with all its replies (the article page shows the first few)."""
    comment = queries.access_comment(comment_id)
    if comment.thread_id is not None:
        return redirect("discussions:thread", comment.thread_id)
    if not (comment.is_visible or comment.is_tombstone):
        raise Http404(_("There is no such comment."))
    article = comment.article
    whole = queries.full_thread(comment)
    ids = [comment.pk] + [reply.pk for reply in whole.replies]
    discussion = {
        "state": discussion_state(article),
        "liked": queries.liked_comment_ids(request.user, ids),
    }
    context = {"thread": whole, "article": article, "discussion": discussion}
    return render(request, "discussions/thread.html", context)


@login_required
@require_GET
def reply_form(request, comment_id):
    comment = queries.access_comment(comment_id, visible_only=True)
    return render(request, "discussions/reply.html", {"comment": comment})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, comment_id):
    comment = queries.access_comment(comment_id)
    if comment.author_id != request.user.pk:
        raise Http404(_("There is no such comment."))
    if request.method == "POST":
        body = request.POST.get("body", "")
        try:
            actions.edit_comment(comment, editor=request.user, body=body)
        except DiscussionError as error:
            return _refused(
                request, error, article=comment.article, body=body, parent=None
            )
        return redirect(_comment_url(comment))
    return render(request, "discussions/edit.html", {"comment": comment})


@login_required
@require_http_methods(["GET", "POST"])
def delete(request, comment_id):
    comment = queries.access_comment(comment_id)
    if comment.author_id != request.user.pk:
        raise Http404(_("There is no such comment."))
    if request.method == "POST":
        try:
            actions.delete_comment(comment, by=request.user)
        except DiscussionError as error:
            return _refused(request, error, article=comment.article)
        if wants_json(request):
            return JsonResponse({"deleted": comment.pk})
        return redirect(f"{comment.article.url}#comments")
    return render(request, "discussions/delete.html", {"comment": comment})


@require_POST
def like(request, comment_id):
    comment = queries.access_comment(comment_id)
    try:
        liked = actions.like_comment(comment, user=request.user, ip=client_ip(request))
    except DiscussionError as error:
        return _refused(request, error, article=comment.article)
    if wants_json(request):
        comment.refresh_from_db(fields=["like_count"])
        return JsonResponse({"liked": liked, "like_count": comment.like_count})
    return redirect(_comment_url(comment))


@login_required
@require_http_methods(["GET", "POST"])
def report(request, comment_id):
    comment = queries.access_comment(comment_id, visible_only=True)
    form = ReportForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return render(
                request,
                "discussions/report.html",
                {"comment": comment, "form": form},
                status=400,
            )
        try:
            actions.report_comment(
                comment,
                user=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
                ip=client_ip(request),
            )
        except DiscussionError as error:
            return _refused(request, error, article=comment.article)
        if wants_json(request):
            return JsonResponse({"reported": comment.pk})
        return render(request, "discussions/reported.html", {"comment": comment})
    return render(
        request, "discussions/report.html", {"comment": comment, "form": form}
    )


@require_GET
def counts(request):
    """Visible comment counts for story cards: ?ids=1,2,3 (at most 100)."""
    raw = request.GET.get("ids", "")
    ids = [
        int(part) for part in raw.split(",")[:100] if part.isdigit() and len(part) < 12
    ]
    found = queries.comment_counts(ids)
    response = JsonResponse({"counts": {str(pk): found.get(pk, 0) for pk in ids}})
    response["Cache-Control"] = "public, max-age=30"
    return response


@require_GET
def more(request, article_id):
    """The thread list alone, for "load more" without a full page."""
    article = _published_article(article_id)
    return render(
        request, "discussions/includes/thread_list_page.html", {"article": article}
    )
