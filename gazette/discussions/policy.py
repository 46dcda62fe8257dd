"""Whether an article's discussion is open, pre-moderated or closed right now."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from gazette.discussions.models import DiscussionMode, DiscussionPolicy


@dataclass(frozen=True)
class DiscussionState:
    mode: str
    reason: str = ""

    @property
    def is_closed(self) -> bool:
        return self.mode == DiscussionMode.CLOSED

    @property
    def is_premoderated(self) -> bool:
        return self.mode == DiscussionMode.PREMODERATED


def in_quiet_hours(now: datetime, start: time, end: time) -> bool:
    """Whether the site-local time of `now` is in [start, end), even across midnight."""
    local = timezone.localtime(now).time()
    if start <= end:
        return start <= local < end
    return local >= start or local < end


def discussion_state(article, *, now: datetime | None = None) -> DiscussionState:
    """The mode for new comments on the article; one query.

    The article's own policy row wins, then its section's, its edition's (the row of
    its front page), then the site's. Quiet hours come from the section, else the
    edition, else the site. Discussions close by themselves
    DISCUSSION_CLOSE_AFTER_DAYS after first publication (0 keeps them open).
    """
    now = now or timezone.now()
    if not article.live:
        return DiscussionState(DiscussionMode.CLOSED, _("This story is not published."))
    days = settings.DISCUSSION_CLOSE_AFTER_DAYS
    published = article.first_published_at
    if days and published and published + timedelta(days=days) <= now:
        return DiscussionState(
            DiscussionMode.CLOSED,
            _("This discussion closed %(days)s days after publication.")
            % {"days": days},
        )
    # The edition's front page is the article's ancestor at depth 2.
    edition_path = article.path[: 2 * Page.steplen]
    rows = DiscussionPolicy.objects.filter(
        Q(page_id__in=[article.pk, article.section_id])
        | Q(page__path=edition_path)
        | Q(page__isnull=True)
    )
    by_page = {row.page_id: row for row in rows}
    article_row = by_page.pop(article.pk, None)
    section_row = by_page.pop(article.section_id, None) if article.section_id else None
    site_row = by_page.pop(None, None)
    edition_row = next(iter(by_page.values()), None)
    levels = (article_row, section_row, edition_row, site_row)
    chosen = next((r for r in levels if r), None)
    mode = chosen.mode if chosen else DiscussionMode.OPEN
    if mode == DiscussionMode.CLOSED:
        return DiscussionState(mode, _("This discussion is closed."))
    quiet = next(
        (
            r
            for r in (section_row, edition_row, site_row)
            if r and r.quiet_from and r.quiet_until
        ),
        None,
    )
    if quiet and in_quiet_hours(now, quiet.quiet_from, quiet.quiet_until):
        start = quiet.quiet_from.strftime("%H:%M")
        end = quiet.quiet_until.strftime("%H:%M")
        if quiet.quiet_mode == DiscussionMode.CLOSED:
            message = _("Comments are closed overnight, from %(start)s to %(end)s.")
            return DiscussionState(
                DiscussionMode.CLOSED, message % {"start": start, "end": end}
            )
        message = _("Between %(start)s and %(end)s new comments wait for a moderator.")
        return DiscussionState(
            DiscussionMode.PREMODERATED, message % {"start": start, "end": end}
        )
    if mode == DiscussionMode.PREMODERATED:
        return DiscussionState(mode, _("Comments here wait for a moderator."))
    return DiscussionState(DiscussionMode.OPEN)
