"""Reader pages: sign-up, confirm, manage, unsubscribe, follow, My news; webhook."""

import hmac
import json

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from gazette.news.models import Author, Topic
from gazette.news.queries import paginate
from gazette.newsletters import actions, queries, tokens
from gazette.newsletters.addresses import has_line_break
from gazette.newsletters.forms import ManageForm, SubscribeForm
from gazette.newsletters.models import Newsletter, SuppressionReason

BAD_LINK_MESSAGES = {
    "expired": _("This confirmation link has expired. Sign up again to get a new one."),
    "tampered": _("This link is not valid. Check that it was copied in full."),
    "unknown": _(
        "This link does not match any subscription. It may have been removed."
    ),
    "revoked": _(
        "This link does not match any subscription. It may have been removed."
    ),
}


def _bad_link(request, error: tokens.BadLink) -> TemplateResponse:
    message = BAD_LINK_MESSAGES.get(str(error), BAD_LINK_MESSAGES["tampered"])
    return TemplateResponse(
        request, "newsletters/bad_link.html", {"message": message}, status=error.status
    )


@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """Sign-up with an address only; the page has a CSRF token, so it is not cached."""
    form = SubscribeForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return TemplateResponse(
                request, "newsletters/subscribe.html", {"form": form}, status=400
            )
        outcome = actions.request_subscription(
            form.cleaned_data["email"],
            newsletters=list(form.cleaned_data["newsletters"]),
            time_zone=form.cleaned_data["time_zone"],
            ip=request.META.get("REMOTE_ADDR", ""),
            user=request.user if request.user.is_authenticated else None,
        )
        if outcome is actions.SignupOutcome.RATE_LIMITED:
            return TemplateResponse(
                request,
                "newsletters/message.html",
                {
                    "title": _("Too many sign-ups"),
                    "message": _(
                        "We have already sent confirmation mails to this address "
                        "recently. Check your inbox and spam folder, or try again in "
                        "an hour."
                    ),
                },
                status=429,
            )
        return TemplateResponse(
            request,
            "newsletters/message.html",
            {
                "title": _("Check your inbox"),
                "message": _(
                    "We sent a confirmation link to %(email)s. Nothing will be sent "
                    "until you follow it."
                )
                % {"email": form.cleaned_data["email"]},
            },
        )
    return TemplateResponse(request, "newsletters/subscribe.html", {"form": form})


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button (link scanners must not confirm); POST confirms."""
    try:
        subscriber, newsletter_ids = tokens.read_confirm_token(token)
    except tokens.BadLink as error:
        return _bad_link(request, error)
    if request.method == "POST":
        actions.confirm_subscription(subscriber, newsletter_ids=newsletter_ids)
        return redirect(
            reverse("newsletters:manage_link", args=[tokens.manage_token(subscriber)])
            + "?confirmed=1"
        )
    newsletters = Newsletter.objects.filter(pk__in=newsletter_ids)
    return TemplateResponse(
        request,
        "newsletters/confirm.html",
        {"subscriber": subscriber, "newsletters": newsletters},
    )


@never_cache
# RFC 8058: mail clients POST without a CSRF token; the signed token authenticates.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One-click unsubscribe: POST acts at once and is idempotent; GET asks first."""
    try:
        subscriber = tokens.read_manage_token(token)
    except tokens.BadLink as error:
        return _bad_link(request, error)
    slug = request.GET.get("list", "")
    newsletter = Newsletter.objects.filter(slug=slug).first() if slug else None
    if request.method == "POST":
        actions.unsubscribe(subscriber, newsletter=newsletter)
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(_("Unsubscribed."), content_type="text/plain")
        return TemplateResponse(
            request,
            "newsletters/unsubscribed.html",
            {"newsletter": newsletter, "manage_token": token},
        )
    return TemplateResponse(
        request,
        "newsletters/unsubscribe.html",
        {"subscriber": subscriber, "newsletter": newsletter},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def manage_link(request, token):
    """Choose newsletters from the signed link in every mail, without an account."""
    try:
        subscriber = tokens.read_manage_token(token)
    except tokens.BadLink as error:
        return _bad_link(request, error)
    return _manage(request, subscriber, email=subscriber.email, is_account=False)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def manage_account(request):
    """A logged-in reader's newsletters, for their verified account address."""
    subscriber = queries.account_subscriber(request.user)
    return _manage(request, subscriber, email=request.user.email, is_account=True)


def _manage(request, subscriber, *, email: str, is_account: bool):
    current = (
        list(subscriber.subscriptions.values_list("newsletter_id", flat=True))
        if subscriber
        else []
    )
    initial = {
        "newsletters": current,
        "time_zone": subscriber.time_zone if subscriber else settings.TIME_ZONE,
    }
    form = ManageForm(request.POST or None, initial=initial)
    status = 200
    saved = request.GET.get("confirmed") == "1"
    if request.method == "POST":
        if form.is_valid():
            chosen = list(form.cleaned_data["newsletters"])
            zone = form.cleaned_data["time_zone"]
            if is_account:
                subscriber = actions.manage_account_subscriptions(
                    request.user, newsletters=chosen, time_zone=zone
                )
            else:
                actions.update_subscriptions(
                    subscriber, newsletters=chosen, time_zone=zone
                )
            saved = True
        else:
            status = 400
    context = {
        "form": form,
        "email": email,
        "subscriber": subscriber,
        "saved": saved,
        "is_account": is_account,
    }
    return TemplateResponse(request, "newsletters/manage.html", context, status=status)


FOLLOWABLE = {"topic": Topic, "author": Author}


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def follow(request, kind, slug):
    """Follow or unfollow a topic or author; GET shows the state and a button."""
    model = FOLLOWABLE.get(kind)
    if model is None:
        raise Http404(_("Only topics and authors can be followed."))
    target = get_object_or_404(model, slug=slug)
    if request.method == "POST":
        if request.POST.get("action") == "unfollow":
            actions.unfollow(request.user, **{kind: target})
        else:
            actions.follow(request.user, **{kind: target})
        next_url = request.POST.get("next", "")
        if next_url == "my-news":
            return redirect("newsletters:my_news")
        return redirect("newsletters:follow", kind=kind, slug=slug)
    context = {
        "kind": kind,
        "target": target,
        "is_following": queries.is_following(request.user, **{kind: target}),
    }
    return TemplateResponse(request, "newsletters/follow.html", context)


@never_cache
@login_required
def my_news(request):
    """Stories from the topics and authors the reader follows; fixed query count."""
    page_obj = paginate(request, queries.my_news_stories(request.user), per_page=20)
    context = {"page_obj": page_obj, **queries.followed(request.user)}
    context["suggested_topics"] = list(
        Topic.objects.exclude(pk__in=[t.pk for t in context["topics"]]).order_by(
            "name"
        )[:12]
    )
    return TemplateResponse(request, "newsletters/my_news.html", context)


@csrf_exempt  # called by the mail provider, authenticated by the shared secret
@require_POST
def bounce_webhook(request):
    """Suppress an address reported as bounced or complained about.

    Header X-Newsletter-Secret must equal NEWSLETTER_WEBHOOK_SECRET (compared in
    constant time). Body: {"email": "...", "type": "bounce" | "complaint"}.
    """
    expected = getattr(settings, "NEWSLETTER_WEBHOOK_SECRET", "")
    given = request.headers.get("X-Newsletter-Secret", "")
    if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
        return JsonResponse({"error": "Bad or missing secret."}, status=403)
    try:
        payload = json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        return JsonResponse({"error": "The body is not valid JSON."}, status=400)
    if not isinstance(payload, dict):
        return JsonResponse({"error": "Send a JSON object."}, status=400)
    email = payload.get("email")
    kind = payload.get("type", "bounce")
    if not isinstance(email, str) or not email or has_line_break(email):
        return JsonResponse({"error": 'Give the address as "email".'}, status=400)
    if kind not in (SuppressionReason.BOUNCE, SuppressionReason.COMPLAINT):
        return JsonResponse(
            {"error": '"type" must be "bounce" or "complaint".'}, status=400
        )
    try:
        subscriber = actions.suppress_address(email, reason=kind)
    except actions.UnknownAddress:
        return JsonResponse({"error": "No subscriber has this address."}, status=404)
    return JsonResponse({"suppressed": subscriber.email, "reason": kind})
