from django.urls import path

from gazette.feed import feeds, views

app_name = "feed"

urlpatterns = [
    path("", views.newsfeed_page, name="newsfeed"),
    path("feed.json", views.newsfeed_json, name="newsfeed_json"),
    path("breaking.json", views.breaking_json, name="breaking"),
    path("next/<int:article_id>/", views.next_story_link, name="next_story"),
    path(
        "next/<int:article_id>/fragment/",
        views.next_story_fragment,
        name="next_story_fragment",
    ),
    path("live/<int:page_id>/rss/", feeds.LiveBlogFeed(), name="live_blog_rss"),
]
