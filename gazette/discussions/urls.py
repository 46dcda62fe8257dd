from django.urls import path

from gazette.discussions import views

app_name = "discussions"

urlpatterns = [
    path("counts.json", views.counts, name="counts"),
    path("<int:article_id>/comments/", views.post, name="post"),
    path("<int:article_id>/more/", views.more, name="more"),
    path("comment/<int:comment_id>/", views.permalink, name="permalink"),
    path("comment/<int:comment_id>/thread/", views.thread, name="thread"),
    path("comment/<int:comment_id>/reply/", views.reply_form, name="reply"),
    path("comment/<int:comment_id>/edit/", views.edit, name="edit"),
    path("comment/<int:comment_id>/delete/", views.delete, name="delete"),
    path("comment/<int:comment_id>/like/", views.like, name="like"),
    path("comment/<int:comment_id>/report/", views.report, name="report"),
]
