from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from gazette.accounts import views

app_name = "accounts"

urlpatterns = [
    path("me.json", views.me, name="me"),
    path("profile/", views.profile, name="profile"),
    path("delete/", views.delete_account, name="delete"),
    # Mail clients send RFC 8058 one-click unsubscribes as a POST without a cookie;
    # the signed token is the credential.
    path(
        "notifications/off/<str:token>/",
        csrf_exempt(views.reply_notifications_off),
        name="notifications_off",
    ),
]
