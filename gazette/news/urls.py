from django.contrib.sitemaps.views import sitemap
from django.urls import path

from gazette.news import feeds, sitemaps, views

app_name = "news"

urlpatterns = [
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap_index"),
    path(
        "sitemap-<slug:section>.xml",
        sitemap,
        {"sitemaps": sitemaps.SITEMAPS},
        name="sitemap",
    ),
    path("news-sitemap.xml", sitemaps.news_sitemap, name="news_sitemap"),
    path("feeds/", views.feeds_page, name="feeds"),
    path("feeds/latest.rss", feeds.LatestStoriesFeed(), name="feed_latest_rss"),
    path(
        "feeds/latest.atom",
        feeds.atom(feeds.LatestStoriesFeed)(),
        name="feed_latest_atom",
    ),
    path("feeds/latest.json", feeds.latest_json_feed, name="feed_latest_json"),
    path("feeds/corrections.rss", feeds.CorrectionsFeed(), name="feed_corrections_rss"),
    path(
        "feeds/corrections.atom",
        feeds.atom(feeds.CorrectionsFeed)(),
        name="feed_corrections_atom",
    ),
    path(
        "feeds/sections/<slug:slug>.rss", feeds.SectionFeed(), name="feed_section_rss"
    ),
    path(
        "feeds/sections/<slug:slug>.atom",
        feeds.atom(feeds.SectionFeed)(),
        name="feed_section_atom",
    ),
    path(
        "feeds/sections/<slug:slug>.json",
        feeds.section_json_feed,
        name="feed_section_json",
    ),
    path("feeds/topics/<slug:slug>.rss", feeds.TopicFeed(), name="feed_topic_rss"),
    path(
        "feeds/topics/<slug:slug>.atom",
        feeds.atom(feeds.TopicFeed)(),
        name="feed_topic_atom",
    ),
    path("feeds/authors/<slug:slug>.rss", feeds.AuthorFeed(), name="feed_author_rss"),
    path(
        "feeds/authors/<slug:slug>.atom",
        feeds.atom(feeds.AuthorFeed)(),
        name="feed_author_atom",
    ),
]
