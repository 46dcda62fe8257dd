from django.urls import path

from gazette.chats import views

app_name = "chats"

urlpatterns = [
    path("", views.room_list, name="list"),
    path("online.json", views.online_counts, name="online"),
    path("<slug:slug>/", views.room_detail, name="room"),
    path("<slug:slug>/post/", views.post_message, name="post"),
    path("<slug:slug>/older.json", views.older_messages, name="older"),
    path("<slug:slug>/moderate/", views.moderate, name="moderate"),
    path(
        "<slug:slug>/messages/<int:message_id>/delete/",
        views.delete_message,
        name="delete",
    ),
]
