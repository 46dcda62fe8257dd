"""Reads for the Newsfeed, breaking alerts, next stories and live blogs."""

from django.core.paginator import Paginator
from django.db.models import Max
from wagtail.models import Page

from gazette.editions.editions import edition_codes
from gazette.feed.models import (
    BreakingAlert,
    FeedItem,
    LiveBlogEntry,
    LiveBlogEvent,
    LiveBlogPage,
)
from gazette.news.models import ArticlePage, SectionPage

RAIL_SIZE = 10
PAGE_SIZE = 30
JSON_SIZE = 50
BACKLOG_LIMIT = 200
ENTRIES_PER_PAGE = 20


def newsfeed_items(language: str, *, section_id: int | None = None):
    items = FeedItem.objects.listed().in_edition(language)
    if section_id is not None:
        items = items.in_section(section_id)
    return items


def rail_items(language: str) -> list[FeedItem]:
    return list(newsfeed_items(language)[:RAIL_SIZE])


def newsfeed_page(language: str, *, page_number, section_id: int | None):
    """One page of an edition's Newsfeed listing (two queries: count and rows)."""
    paginator = Paginator(newsfeed_items(language, section_id=section_id), PAGE_SIZE)
    page = paginator.get_page(page_number)
    page.object_list = list(page.object_list)
    return page


def newsfeed_version() -> int:
    """The latest stream id: changes whenever the Newsfeed does (for ETags)."""
    return FeedItem.objects.aggregate(latest=Max("id"))["latest"] or 0


def newsfeed_sections(language: str) -> list[SectionPage]:
    sections = SectionPage.objects.live().filter(locale__language_code=language)
    return list(sections.order_by("path").only("id", "title"))


def newsfeed_backlog(key: str, after: int) -> list[dict]:
    """Stream events after an id, for a reader resuming "newsfeed.<edition code>" or
    "newsfeed.<section id>"."""
    items = FeedItem.objects.filter(id__gt=after)
    if key.isdigit():
        items = items.filter(section_pk=int(key))
    else:
        items = items.in_edition(key)
    return [item.as_event() for item in items.order_by("id")[:BACKLOG_LIMIT]]


def can_follow_newsfeed(user, key: str) -> bool:
    return key in edition_codes() or (key.isdigit() and len(key) < 12)


def active_breaking_alert(language: str) -> BreakingAlert | None:
    return BreakingAlert.objects.active().in_edition(language).first()


def can_follow_breaking(user, key: str) -> bool:
    return key in edition_codes()


def breaking_state(key: str, after: int = 0) -> list[dict]:
    """An edition's banner as it is now, as the "backlog" of "breaking.<edition code>":
    a page that subscribes (or resubscribes) with any `after` gets it at once."""
    alert = active_breaking_alert(key)
    return [{"type": "breaking", "alert": alert.as_dict() if alert else None}]


def next_story(article_pk: int, language: str) -> FeedItem | None:
    """The story to read after this one in its edition: the next older in its
    section, else any."""
    current = FeedItem.objects.listed().filter(article_pk=article_pk).first()
    listed = (
        FeedItem.objects.listed().in_edition(language).exclude(article_pk=article_pk)
    )
    if current is None:
        return listed.first()
    older = listed.filter(id__lt=current.pk)
    if current.section_pk:
        same_section = older.filter(section_pk=current.section_pk).first()
        if same_section is not None:
            return same_section
    return older.first()


def article_for_reading(article_pk: int) -> ArticlePage | None:
    """A live public article with what its page shows, or None."""
    return (
        ArticlePage.objects.live()
        .public()
        .select_related("section", "lead_image")
        .prefetch_related("authors", "topics", "corrections")
        .filter(pk=article_pk)
        .first()
    )


def live_blog_context(page: LiveBlogPage, *, page_number=None) -> dict:
    """Entries newest first (pinned on top), key events, and the stream position."""
    entries = LiveBlogEntry.objects.filter(page=page).order_by("-posted_at", "-id")
    pinned = list(entries.filter(is_pinned=True)[:1])
    listing = entries.exclude(pk__in=[e.pk for e in pinned])
    paginator = Paginator(listing, ENTRIES_PER_PAGE)
    page_obj = paginator.get_page(page_number)
    key_events = list(
        entries.filter(is_key_event=True).only("id", "headline", "posted_at")[:20]
    )
    latest = LiveBlogEvent.objects.filter(page=page).aggregate(latest=Max("id"))
    return {
        "pinned_entry": pinned[0] if pinned else None,
        "entries": page_obj,
        "key_events": key_events,
        "live_blog_last_event_id": latest["latest"] or 0,
    }


def live_blog_backlog(key: str, after: int) -> list[dict]:
    events = LiveBlogEvent.objects.filter(page_id=int(key), id__gt=after).order_by("id")
    return [event.as_event() for event in events[:BACKLOG_LIMIT]]


def can_follow_live_blog(user, key: str) -> bool:
    if not key.isdigit():
        return False
    page = Page.objects.filter(pk=int(key)).first()
    if page is None:
        return False
    if page.live and not page.get_view_restrictions().exists():
        return True
    return bool(
        user and user.is_authenticated and page.permissions_for_user(user).can_edit()
    )


def live_blog_feed_entries(page: LiveBlogPage, *, limit: int = 30):
    entries = LiveBlogEntry.objects.filter(page=page).select_related("page")
    return entries.order_by("-posted_at", "-id")[:limit]
