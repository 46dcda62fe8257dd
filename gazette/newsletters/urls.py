from django.urls import path

from gazette.newsletters import views

app_name = "newsletters"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("manage/", views.manage_account, name="manage"),
    path("manage/<str:token>/", views.manage_link, name="manage_link"),
    path("follow/<str:kind>/<slug:slug>/", views.follow, name="follow"),
    path("my-news/", views.my_news, name="my_news"),
    path("webhooks/bounce/", views.bounce_webhook, name="bounce_webhook"),
]
