from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from gazette.accounts import actions
from gazette.accounts.adapters import clear_reader_hint, set_reader_hint
from gazette.accounts.forms import DeleteAccountForm, ProfileForm


@never_cache
def me(request):
    """Per-reader state for pages whose HTML is the same for everyone."""
    user = request.user
    if not user.is_authenticated:
        response = JsonResponse({"is_authenticated": False})
        clear_reader_hint(response)  # logged out or session expired
        return response
    response = JsonResponse(
        {
            "is_authenticated": True,
            "id": user.pk,
            "name": user.public_name,
            "csrf_token": get_token(request),
            "profile_url": reverse("accounts:profile"),
            "logout_url": reverse("account_logout"),
            "is_moderator": user.has_perm("discussions.moderate_comment"),
            "labels": {"account": _("Your account"), "log_out": _("Log out")},
        }
    )
    set_reader_hint(response)
    return response


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            actions.update_profile(
                request.user,
                display_name=form.cleaned_data["display_name"],
                notify_replies=form.cleaned_data["notify_replies"],
            )
            messages.success(request, _("Your profile is saved."))
            return redirect("accounts:profile")
        return render(request, "account/profile.html", {"form": form}, status=400)
    response = render(request, "account/profile.html", {"form": form})
    set_reader_hint(response)
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            actions.delete_account(request.user, request=request)
            return render(request, "account/deleted.html")
        return render(request, "account/delete.html", {"form": form}, status=400)
    return render(request, "account/delete.html", {"form": form})


@require_http_methods(["GET", "POST"])
def reply_notifications_off(request, token):
    """The link in every reply e-mail: one click on the button stops them."""
    user = actions.user_from_notifications_token(token)
    if user is None:
        context = {"invalid": True}
        return render(request, "account/notifications_off.html", context, status=404)
    if request.method == "POST":
        actions.set_reply_notifications(user, enabled=False)
        return render(request, "account/notifications_off.html", {"done": True})
    return render(request, "account/notifications_off.html", {"token": token})
