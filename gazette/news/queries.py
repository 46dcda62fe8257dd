"""Reads that cross models: what the front, section, topic and author pages list."""

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.http import Http404

from gazette.news.models import ArticlePage, Author, HomePage, SectionPage, Topic

FRONT_SECTION_SIZE = 4
TOP_STORIES = 6


def published_articles():
    return ArticlePage.objects.published().for_listing()


def section_articles(section: SectionPage):
    return published_articles().in_section(section)


def front_page(home: HomePage) -> dict:
    """Lead story, top stories, a block per section and the most recent list.

    Runs a fixed number of queries however many stories and sections there are.
    """
    latest = list(published_articles()[: 1 + TOP_STORIES + 10])
    lead = next((a for a in latest if a.lead_image_id), latest[0] if latest else None)
    others = [a for a in latest if a is not lead]
    sections = list(SectionPage.objects.live().child_of(home).order_by("path"))
    shown = {a.pk for a in latest}
    blocks = []
    for section, stories in _latest_per_section(sections, exclude=shown):
        blocks.append({"section": section, "stories": stories})
    return {
        "lead_story": lead,
        "top_stories": others[:TOP_STORIES],
        "most_recent": others[TOP_STORIES:],
        "section_blocks": blocks,
    }


def _latest_per_section(sections, *, exclude):
    if not sections:
        return []
    per_section: dict[int, list] = {s.pk: [] for s in sections}
    # One query for all sections: rank stories within their section, keep the top.
    rank = Window(
        RowNumber(),
        partition_by=F("section"),
        order_by=[F("first_published_at").desc(), F("pk").desc()],
    )
    recent = (
        published_articles()
        .filter(section__in=sections)
        .annotate(rank=rank)
        .filter(rank__lte=FRONT_SECTION_SIZE + len(exclude))
    )
    for article in recent:
        bucket = per_section[article.section_id]
        if article.pk not in exclude and len(bucket) < FRONT_SECTION_SIZE:
            bucket.append(article)
    return [(s, per_section[s.pk]) for s in sections if per_section[s.pk]]


def topic_articles(topic: Topic):
    return published_articles().filter(topics=topic)


def author_articles(author: Author):
    return published_articles().filter(authors=author)


def paginate(request, queryset, *, per_page: int) -> Page:
    """The page of results asked for by ?page=N; a bad or missing page is a 404."""
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage):
        raise Http404("There is no such page of stories.") from None
