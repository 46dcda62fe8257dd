"""Reads that cross models: what the front, section, topic and author pages list."""

import re

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.http import Http404
from wagtail.models import PageLogEntry, Revision

from gazette.news import search
from gazette.news.models import (
    ArticleCorrection,
    ArticlePage,
    Author,
    HomePage,
    SectionPage,
    Topic,
)

FRONT_SECTION_SIZE = 4
SEARCH_WORD = re.compile(r"\w+")
SEARCH_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
TOP_STORIES = 6


def published_articles():
    return ArticlePage.objects.published().for_listing()


def section_articles(section: SectionPage):
    return published_articles().in_section(section)


def nav_sections(language_code: str):
    """An edition's live, public sections in tree order, for every page's header.

    The "pk in every section" test is there for SQLite's planner: with the locale
    test alone it walked every page of the edition to find the eight sections
    (30-45 ms a page view at 100,000 stories); with it, it starts from the sections.
    """
    return (
        SectionPage.objects.live()
        .public()
        .filter(
            pk__in=SectionPage.objects.values("pk"),
            locale__language_code=language_code,
        )
        .order_by("path")
    )


def front_page(home: HomePage) -> dict:
    """Lead story, top stories, a block per section and the most recent list.

    Runs a fixed number of queries however many stories and sections there are.
    """
    latest = list(
        published_articles().in_edition(home.locale_id)[: 1 + TOP_STORIES + 10]
    )
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
    """The newest stories of each section, not counting those already shown.

    One small LIMIT query per section walks the publication-date index and stops
    early; ranking every story of every section at once took seconds at 100,000
    stories. Then one query loads the cards for all sections together.
    """
    published = ArticlePage.objects.published()
    wanted = FRONT_SECTION_SIZE + len(exclude)
    ids_by_section = {
        section.pk: [
            pk
            for pk in published.filter(section=section).values_list("pk", flat=True)[
                :wanted
            ]
            if pk not in exclude
        ][:FRONT_SECTION_SIZE]
        for section in sections
    }
    all_ids = [pk for ids in ids_by_section.values() for pk in ids]
    cards = {
        article.pk: article for article in published_articles().filter(pk__in=all_ids)
    }
    return [
        (section, [cards[pk] for pk in ids_by_section[section.pk] if pk in cards])
        for section in sections
        if ids_by_section[section.pk]
    ]


def topic_articles(topic: Topic):
    return published_articles().filter(topics=topic)


def topic_versions(topic: Topic) -> dict[str, str]:
    """The topic's page in each edition that has it, by language code."""
    return {
        t.locale.language_code: t.get_absolute_url()
        for t in topic.get_translations(inclusive=True).select_related("locale")
    }


def author_articles(author: Author, *, locale_id: int):
    return published_articles().in_edition(locale_id).filter(authors=author)


def paginate(request, queryset, *, per_page: int) -> Page:
    """The page of results asked for by ?page=N; a bad or missing page is a 404."""
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage):
        raise Http404("There is no such page of stories.") from None


def public_corrections(locale_id: int):
    """Correction entries of an edition's live, readable articles, newest first."""
    readable = (
        ArticlePage.objects.live().public().filter(expired=False, locale_id=locale_id)
    )
    return (
        ArticleCorrection.objects.filter(page__in=readable)
        .select_related("page")
        .order_by("-created_at", "-pk")
    )


def public_correction(article: ArticlePage, entry_id: int) -> ArticleCorrection:
    """A correction entry of this article that was published with a revision, or 404."""
    entry = (
        ArticleCorrection.objects.filter(
            page=article, pk=entry_id, revision__isnull=False
        )
        .select_related("revision")
        .first()
    )
    if entry is None:
        raise Http404("This article has no such correction.")
    return entry


def previous_published_revision(article: ArticlePage, revision: Revision):
    """The revision that was live before this one, or None.

    Only revisions that were published (per Wagtail's publish log) count, so a
    draft that readers never saw is never shown to them.
    """
    entry = (
        PageLogEntry.objects.filter(
            page=article,
            action="wagtail.publish",
            revision__isnull=False,
            revision_id__lt=revision.pk,
        )
        .select_related("revision")
        .order_by("-revision_id")
        .first()
    )
    return entry.revision if entry else None


def feed_directory(locale_id: int) -> dict:
    """Every section, topic and author of an edition that has a feed, for /feeds/."""
    return {
        "sections": list(
            SectionPage.objects.live()
            .public()
            .filter(locale_id=locale_id)
            .order_by("path")
        ),
        "topics": list(Topic.objects.filter(locale_id=locale_id).order_by("name")),
        "authors": list(Author.objects.order_by("name")),
    }


def search_terms(query: str) -> str:
    """The words of a reader's query, lower-cased, with every operator and quote gone.

    Upper-case AND, OR, NOT and NEAR are dropped (FTS5 reads them as syntax; a
    reader means "all these words", which is what the search does anyway).
    """
    words = SEARCH_WORD.findall(query)
    return " ".join(w.lower() for w in words if w not in SEARCH_OPERATORS)


def search_articles(query: str, *, locale):
    """An edition's published articles with every word of the query, best match first.

    PostgreSQL searches with the edition language's configuration (gazette.news.search);
    SQLite with Wagtail's FTS5 index. Only plain words reach either (see search_terms),
    so quotes and operators in a query can never make the search engine fail.
    """
    terms = search_terms(query)
    if not terms:
        return ArticlePage.objects.none()
    stories = ArticlePage.objects.live().public().in_edition(locale.pk).for_listing()
    if search.uses_postgres():
        return search.search_in_language(stories, terms, locale.language_code)
    return stories.search(terms, operator="and")
