"""A demo live blog with a few entries, for `manage.py load_demo`. Idempotent."""

import json
from datetime import timedelta

from django.utils import timezone

from gazette.feed import actions
from gazette.feed.models import LiveBlogEntry, LiveBlogPage
from gazette.news.models import SectionPage

SLUG = "tamsen-accord-live"
ENTRIES = [
    (
        "Negotiators leave the Palais",
        "<p>Both delegations have left the conference centre after a final session "
        "that ran past midnight. Officials say the text will be published in the "
        "morning.</p>",
        False,
    ),
    (
        "Accord covers summer flows and a joint commission",
        "<p>According to a summary shared with reporters, the provisional accord "
        "guarantees minimum summer flows and sets up a joint monitoring commission "
        "with members from both countries.</p>",
        True,
    ),
    (
        "Farmers' union cautious",
        "<p>The lower valley farmers' union welcomed the news but said it would wait "
        "for the figures before celebrating.</p>",
        False,
    ),
]


def load_demo(progress) -> dict[str, int]:
    if LiveBlogPage.objects.filter(slug=SLUG).exists():
        progress("live blog", 1, 1)
        return {}
    world = SectionPage.objects.filter(slug="world").first()
    if world is None:
        return {}
    blog = LiveBlogPage(
        title="Tamsen river accord: live updates",
        slug=SLUG,
        standfirst="The latest from Geneva as Westmarch and Vellmark reach a "
        "provisional agreement on sharing the river.",
    )
    world.add_child(instance=blog)
    blog.save_revision().publish()
    start = timezone.now() - timedelta(hours=len(ENTRIES))
    for number, (headline, html, key_event) in enumerate(ENTRIES):
        entry = LiveBlogEntry.objects.create(
            page=blog,
            headline=headline,
            body=json.dumps([{"type": "text", "value": html}]),
            posted_at=start + timedelta(minutes=40 * number),
            is_key_event=key_event,
        )
        actions.record_live_blog_entry_saved(entry, created=True)
    progress("live blog", 1, 1)
    return {"live blogs": 1}
