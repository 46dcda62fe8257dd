from django.urls import path
from django.views.generic import TemplateView

from gazette.news import feeds

urlpatterns = [
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
    path("feeds/latest.rss", feeds.LatestStoriesFeed(), name="feed_latest_rss"),
    path("feeds/latest.atom", feeds.atom(feeds.LatestStoriesFeed)(), name="feed_latest_atom"),
    path("feeds/sections/<slug:slug>.rss", feeds.SectionFeed(), name="feed_section_rss"),
    path(
        "feeds/sections/<slug:slug>.atom",
        feeds.atom(feeds.SectionFeed)(),
        name="feed_section_atom",
    ),
    path("feeds/topics/<slug:slug>.rss", feeds.TopicFeed(), name="feed_topic_rss"),
    path("feeds/topics/<slug:slug>.atom", feeds.atom(feeds.TopicFeed)(), name="feed_topic_atom"),
    path("feeds/authors/<slug:slug>.rss", feeds.AuthorFeed(), name="feed_author_rss"),
    path(
        "feeds/authors/<slug:slug>.atom",
        feeds.atom(feeds.AuthorFeed)(),
        name="feed_author_atom",
    ),
]
