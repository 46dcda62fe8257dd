"""RSS for a live blog: its latest entries, newest first, with absolute links."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import strip_tags

from gazette.feed import actions, queries
from gazette.feed.models import LiveBlogPage
from gazette.lib.urls import absolute


class LiveBlogFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, page_id: int):
        return get_object_or_404(LiveBlogPage.objects.live().public(), pk=page_id)

    def title(self, page: LiveBlogPage) -> str:
        return page.title

    def link(self, page: LiveBlogPage) -> str:
        return absolute(page.get_url() or "/")

    def description(self, page: LiveBlogPage) -> str:
        return page.standfirst

    def items(self, page: LiveBlogPage):
        return queries.live_blog_feed_entries(page)

    def item_title(self, entry) -> str:
        return entry.headline or strip_tags(actions.render_entry(entry)).strip()[:80]

    def item_description(self, entry) -> str:
        return actions.render_entry(entry)

    def item_link(self, entry) -> str:
        return absolute(f"{entry.page.get_url() or '/'}#{entry.anchor}")

    def item_guid(self, entry) -> str:
        return absolute(f"{entry.page.get_url() or '/'}#{entry.anchor}")

    def item_pubdate(self, entry):
        return entry.posted_at

    def item_updateddate(self, entry):
        return entry.updated_at
