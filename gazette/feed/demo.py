"""A demo live blog with a few entries, for `manage.py load_demo`. Idempotent."""

import json
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from gazette.editions.editions import edition_codes
from gazette.feed import actions
from gazette.feed.models import LiveBlogEntry, LiveBlogPage
from gazette.news.demo.editions import EDITIONS
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
    default = Locale.get_default()
    blog = LiveBlogPage.objects.filter(slug=SLUG, locale=default).first()
    added = 0
    if blog is None:
        world = SectionPage.objects.filter(slug="world", locale=default).first()
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
        add_entries(blog, ENTRIES)
        added += 1
    for code, edition in EDITIONS.items():
        spec = edition.get("live_blog")
        if code not in edition_codes() or not spec:
            continue
        locale = Locale.objects.get(language_code=code)
        if blog.get_translation_or_none(locale) is not None:
            continue
        translated = blog.copy_for_translation(locale, copy_parents=True)
        translated.title = spec["title"]
        translated.slug = spec.get("slug", translated.slug)
        translated.standfirst = spec.get("standfirst", translated.standfirst)
        translated.save_revision().publish()
        add_entries(translated, [tuple(entry) for entry in spec["entries"]])
        added += 1
    progress("live blogs", 1, 1)
    return {"live blogs": added}


def add_entries(blog: LiveBlogPage, entries) -> None:
    start = timezone.now() - timedelta(hours=len(entries))
    for number, (headline, html, key_event) in enumerate(entries):
        entry = LiveBlogEntry.objects.create(
            page=blog,
            headline=headline,
            body=json.dumps([{"type": "text", "value": html}]),
            posted_at=start + timedelta(minutes=40 * number),
            is_key_event=key_event,
        )
        actions.record_live_blog_entry_saved(entry, created=True)
