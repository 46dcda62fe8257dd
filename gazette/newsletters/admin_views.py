"""Wagtail admin pages: sending progress, subscribers and CSV, test sends, alerts."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from gazette.news.models import ArticlePage
from gazette.newsletters import actions, queries
from gazette.newsletters.forms import TestSendForm
from gazette.newsletters.models import Issue, Subscriber


def _require(request, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def overview(request):
    """Counts, and each recent issue's sent / failed / pending deliveries."""
    _require(request, "newsletters.view_issue")
    issues = list(Issue.objects.select_related("newsletter")[:30])
    progress = queries.issue_progress([i.pk for i in issues])
    rows = [{"issue": issue, **progress[issue.pk]} for issue in issues]
    context = {
        "page_title": _("Newsletters"),
        "header_icon": "mail",
        "rows": rows,
        **queries.subscriber_counts(),
        "can_see_subscribers": request.user.has_perm("newsletters.view_subscriber"),
    }
    return TemplateResponse(request, "newsletters/admin/overview.html", context)


def _filtered_subscribers(request):
    subscribers = Subscriber.objects.order_by("-created_at", "-pk")
    query = request.GET.get("q", "").strip()[:200]
    if query:
        subscribers = subscribers.filter(email__icontains=query)
    state = request.GET.get("state", "")
    if state == "confirmed":
        subscribers = subscribers.filter(
            confirmed_at__isnull=False, suppressed_at__isnull=True
        )
    elif state == "unconfirmed":
        subscribers = subscribers.filter(confirmed_at__isnull=True)
    elif state == "suppressed":
        subscribers = subscribers.filter(suppressed_at__isnull=False)
    return subscribers, query, state


def subscribers(request):
    """Subscribers, newest first, searchable by address and state."""
    _require(request, "newsletters.view_subscriber")
    found, query, state = _filtered_subscribers(request)
    page = Paginator(found, 50).get_page(request.GET.get("p"))
    context = {
        "page_title": _("Subscribers"),
        "header_icon": "group",
        "page_obj": page,
        "query": query,
        "state": state,
        "querystring": request.GET.urlencode(),
    }
    return TemplateResponse(request, "newsletters/admin/subscribers.html", context)


class _Echo:
    def write(self, value):
        return value


def _safe_cell(value) -> str:
    # Spreadsheets run cells starting with these as formulas.
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def subscribers_csv(request):
    """All (filtered) subscribers as CSV, streamed so memory stays flat."""
    _require(request, "newsletters.view_subscriber")
    found, _query, _state = _filtered_subscribers(request)
    rows = found.values_list(
        "email",
        "time_zone",
        "created_at",
        "confirmed_at",
        "suppressed_at",
        "suppression_reason",
    )
    writer = csv.writer(_Echo())

    def lines():
        yield writer.writerow(
            [
                "email",
                "time_zone",
                "created_at",
                "confirmed_at",
                "suppressed_at",
                "suppression_reason",
            ]
        )
        for row in rows.iterator(chunk_size=2000):
            yield writer.writerow(
                [
                    _safe_cell(v.isoformat() if hasattr(v, "isoformat") else v)
                    for v in row
                ]
            )

    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="subscribers-{stamp}.csv"'
    return response


def send_test(request):
    """Mail a preview of a newsletter's next issue to one address."""
    _require(request, "newsletters.add_issue")
    form = TestSendForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                actions.send_test_issue(
                    form.cleaned_data["newsletter"], email=form.cleaned_data["email"]
                )
            except actions.AlertRefused as error:
                messages.error(request, str(error))
            else:
                messages.success(
                    request,
                    _("Test sent to %(email)s.")
                    % {"email": form.cleaned_data["email"]},
                )
                return redirect("newsletters_admin:send_test")
        else:
            status = 400
    context = {"page_title": _("Send a test"), "header_icon": "mail", "form": form}
    return TemplateResponse(
        request, "newsletters/admin/send_test.html", context, status=status
    )


def breaking_alert(request, page_id: int):
    """Ask, then send a breaking-news alert for a live breaking story."""
    article = get_object_or_404(ArticlePage, pk=page_id)
    if not article.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    already = Issue.objects.filter(article=article).exists()
    if request.method == "POST":
        try:
            issues = actions.send_breaking_alert(article, user=request.user)
        except actions.AlertRefused as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Breaking alert for “%(title)s” is being sent (%(count)d lists).")
                % {"title": article.title, "count": len(issues)},
            )
        return redirect("newsletters_admin:overview")
    receiving = (
        Subscriber.objects.filter(
            Q(subscriptions__newsletter__kind="breaking")
            & Q(subscriptions__newsletter__is_active=True),
            confirmed_at__isnull=False,
            suppressed_at__isnull=True,
        )
        .distinct()
        .count()
    )
    context = {
        "page_title": _("Send a breaking alert"),
        "header_icon": "warning",
        "article": article,
        "already": already,
        "receiving": receiving,
        "restricted": _(actions.RESTRICTED)
        if article.get_view_restrictions().exists()
        else "",
        "can_alert": article.live and article.is_breaking and not already,
    }
    return TemplateResponse(request, "newsletters/admin/breaking_alert.html", context)
