"""Writes for the Newsfeed, breaking alerts and live blogs. Each persists, then
publishes on commit (docs/events.md lists the events)."""

from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from gazette.editions.editions import locale_language
from gazette.feed.models import (
    BreakingAlert,
    FeedItem,
    FeedOp,
    LiveBlogEntry,
    LiveBlogEvent,
    LiveBlogPage,
)
from gazette.lib.events import broadcast_on_commit
from gazette.news.models import ArticlePage

DEFAULT_BREAKING_HOURS = 2
# A story made public again within this long of its first publication enters the
# Newsfeed then (an embargo ends); older ones stay out of the stream of the latest.
LISTED_WHEN_UNRESTRICTED_WITHIN = timedelta(days=2)


def _story_fields(article: ArticlePage) -> dict:
    section = article.section
    return {
        "language": locale_language(article.locale_id),
        "article_pk": article.pk,
        "section_pk": section.pk if section else None,
        "section_title": section.title if section else "",
        "headline": article.title[:255],
        "standfirst": article.standfirst,
        "url": article.get_url() or "",
        "published_at": article.first_published_at or timezone.now(),
        "is_breaking": article.is_breaking,
    }


NEWSFEED_LOCK = 0x6E657773  # any fixed number; names the Newsfeed stream's lock


def _lock_newsfeed_stream() -> None:
    """Hand out stream ids in commit order, so a reader who saw id 11 live never
    misses id 10 committing later. SQLite already runs one writer at a time."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [NEWSFEED_LOCK])


def _broadcast_item(item: FeedItem) -> None:
    event = item.as_event()
    broadcast_on_commit(f"newsfeed.{item.language}", event)
    if item.section_pk:
        broadcast_on_commit(f"newsfeed.{item.section_pk}", event)


def record_story_published(article: ArticlePage) -> FeedItem | None:
    """Put a story that went live (by an editor or on schedule) into the Newsfeed.

    The first publish adds a "published" item; publishing again while listed adds
    an "updated" item and refreshes the listed one. Also raises or clears the
    breaking alert to match article.is_breaking. Sends "newsfeed.<edition>" (and
    "newsfeed.<section id>") and, when the alert changes, "breaking.<edition>".
    """
    if article.get_view_restrictions().exists():
        # Behind a password or a login: its headline is not for the public stream.
        return record_story_removed(article)
    fields = _story_fields(article)
    with transaction.atomic():
        _lock_newsfeed_stream()
        listed = (
            FeedItem.objects.select_for_update()
            .filter(article_pk=article.pk, op=FeedOp.PUBLISHED, is_listed=True)
            .first()
        )
        if listed is None:
            item = FeedItem.objects.create(
                op=FeedOp.PUBLISHED, is_listed=True, **fields
            )
        else:
            for name, value in fields.items():
                setattr(listed, name, value)
            listed.save(update_fields=list(fields))
            item = FeedItem.objects.create(op=FeedOp.UPDATED, **fields)
        _broadcast_item(item)
        _sync_breaking_alert(article, fields)
    return item


def record_story_removed(article: ArticlePage) -> FeedItem | None:
    """Take an unpublished (or deleted) story out of the Newsfeed and its alert down.

    Sends a "removed" newsfeed event; returns None when the story was not listed.
    """
    with transaction.atomic():
        _lock_newsfeed_stream()
        listed = list(
            FeedItem.objects.select_for_update().filter(
                article_pk=article.pk, op=FeedOp.PUBLISHED, is_listed=True
            )
        )
        if not listed:
            return None
        FeedItem.objects.filter(pk__in=[i.pk for i in listed]).update(is_listed=False)
        latest = listed[0]
        item = FeedItem.objects.create(
            op=FeedOp.REMOVED,
            language=latest.language,
            article_pk=article.pk,
            section_pk=latest.section_pk,
            section_title=latest.section_title,
            headline=latest.headline,
            url=latest.url,
            published_at=latest.published_at,
        )
        _broadcast_item(item)
        _clear_alerts_for(article.pk, latest.language)
    return item


def record_stories_restricted(page) -> int:
    """Stories under a page that was just restricted leave the Newsfeed."""
    under = ArticlePage.objects.descendant_of(page, inclusive=True)
    listed = FeedItem.objects.listed().filter(article_pk__in=under.values("pk"))
    hidden = ArticlePage.objects.filter(pk__in=listed.values("article_pk"))
    return sum(record_story_removed(article) is not None for article in hidden)


def record_stories_unrestricted(page) -> int:
    """Recent live stories under a page whose restriction was lifted enter the
    Newsfeed, unless another restriction still covers them."""
    since = timezone.now() - LISTED_WHEN_UNRESTRICTED_WITHIN
    listed = FeedItem.objects.listed().values("article_pk")
    stories = (
        ArticlePage.objects.live()
        .descendant_of(page, inclusive=True)
        .filter(first_published_at__gte=since)
        .exclude(pk__in=listed)
    )
    return sum(record_story_published(story) is not None for story in stories)


def _sync_breaking_alert(article: ArticlePage, fields: dict) -> None:
    language = fields["language"]
    active = BreakingAlert.objects.active().filter(article_pk=article.pk)
    if not article.is_breaking:
        _clear_alerts_for(article.pk, language)
        return
    alert = active.first()
    if alert is None:
        hours = getattr(settings, "BREAKING_ALERT_HOURS", DEFAULT_BREAKING_HOURS)
        BreakingAlert.objects.create(
            language=language,
            headline=fields["headline"][:200],
            url=fields["url"],
            article_pk=article.pk,
            expires_at=timezone.now() + timedelta(hours=hours),
        )
    elif alert.headline != fields["headline"][:200] or alert.url != fields["url"]:
        alert.headline, alert.url = fields["headline"][:200], fields["url"]
        alert.save(update_fields=["headline", "url"])
    else:
        return
    announce_breaking_alert(language)


def _clear_alerts_for(article_pk: int, language: str) -> None:
    cleared = (
        BreakingAlert.objects.active()
        .filter(article_pk=article_pk)
        .update(cleared_at=timezone.now())
    )
    if cleared:
        announce_breaking_alert(language)


def clear_breaking_alert(alert: BreakingAlert) -> None:
    """Take the banner down now; sends "breaking.<edition>" with what remains."""
    with transaction.atomic():
        if alert.cleared_at is None:
            alert.cleared_at = timezone.now()
            alert.save(update_fields=["cleared_at"])
        announce_breaking_alert(alert.language)


def announce_breaking_alert(language: str) -> None:
    """Send an edition's current banner state to its open pages (after commit).

    Call after any change to BreakingAlert rows, e.g. from the admin snippet hooks.
    The event carries no id: the banner state replaces itself and pages fetch
    /newsfeed/breaking.json when they (re)connect.
    """

    def send() -> None:
        from gazette.feed.queries import active_breaking_alert
        from gazette.lib.events import broadcast

        alert = active_breaking_alert(language)
        event = {"type": "breaking", "alert": alert and alert.as_dict()}
        broadcast(f"breaking.{language}", event)

    # Read the state once the writes are committed, so the event matches the database.
    transaction.on_commit(send, robust=True)


def _lock_live_blog(page_id: int) -> None:
    # Ids of one live blog's events commit in order (see _lock_newsfeed_stream).
    list(LiveBlogPage.objects.select_for_update().filter(pk=page_id).values("pk"))


def render_entry(entry: LiveBlogEntry) -> str:
    return render_to_string("feed/includes/live_blog_entry.html", {"entry": entry})


def record_live_blog_entry_saved(
    entry: LiveBlogEntry, *, created: bool
) -> LiveBlogEvent:
    """Log an entry added or edited in the admin and send it to readers.

    Sends "liveblog.<page id>" with op "added" or "edited" and the entry's HTML.
    """
    op = LiveBlogEvent.Op.ADDED if created else LiveBlogEvent.Op.EDITED
    with transaction.atomic():
        _lock_live_blog(entry.page_id)
        event = LiveBlogEvent.objects.create(
            page_id=entry.page_id,
            entry_pk=entry.pk,
            op=op,
            html=render_entry(entry),
            is_pinned=entry.is_pinned,
            posted_at=entry.posted_at,
        )
        broadcast_on_commit(f"liveblog.{entry.page_id}", event.as_event())
    return event


def record_live_blog_entry_deleted(
    page: LiveBlogPage, *, entry_pk: int
) -> LiveBlogEvent:
    """Log a deleted entry; sends "liveblog.<page id>" op "deleted"."""
    with transaction.atomic():
        _lock_live_blog(page.pk)
        event = LiveBlogEvent.objects.create(
            page=page, entry_pk=entry_pk, op=LiveBlogEvent.Op.DELETED
        )
        broadcast_on_commit(f"liveblog.{page.pk}", event.as_event())
    return event
