"""Builders for feed tests: live blogs and entries, made as the admin makes them."""

from django.utils import timezone

from gazette.feed import actions
from gazette.feed.models import LiveBlogEntry, LiveBlogPage
from gazette.news.models import SectionPage


def make_live_blog(
    section: SectionPage, title: str = "Storm reaches the coast", **fields
) -> LiveBlogPage:
    fields.setdefault("standfirst", "Follow the storm as it moves north.")
    blog = LiveBlogPage(title=title, **fields)
    section.add_child(instance=blog)
    blog.save_revision().publish()
    blog.refresh_from_db()
    return blog


def add_entry(
    blog: LiveBlogPage,
    text: str = "<p>Winds reached 90 km/h at the pier.</p>",
    **fields,
) -> LiveBlogEntry:
    """Save an entry and log it, as the admin's create view and hook do."""
    fields.setdefault("posted_at", timezone.now())
    entry = LiveBlogEntry.objects.create(page=blog, body=[("text", text)], **fields)
    actions.record_live_blog_entry_saved(entry, created=True)
    return entry
