"""Reads that cross models: what the front, section, topic and author pages list."""

import re

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import connections
from django.db.models.functions import Coalesce
from django.http import Http404
from wagtail.models import PageLogEntry, Revision

from gazette.editions.editions import locale_language
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
# How many of the newest stories the front page reads to fill its section blocks.
FRONT_WALK = 400
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

    One query reads the newest FRONT_WALK stories down the publication-date index,
    which fills the block of every section that published lately. A section left
    short (one that publishes rarely) gets a query of its own over its stories
    (`_children_of`), sorted by an expression the date index cannot serve:
    otherwise the database walks that index back through every newer story of the
    other sections (150 ms a section on PostgreSQL at 100,000 stories, and growing
    with the archive). Then one query loads the cards for all sections together.
    """
    published = ArticlePage.objects.published()
    ids_by_section: dict[int, list[int]] = {section.pk: [] for section in sections}
    # No section filter here: with one, SQLite starts from the section index and
    # sorts every story of the sections instead of reading the newest few.
    newest = list(published.values_list("pk", "section_id")[:FRONT_WALK])
    for pk, section_id in newest:
        ids = ids_by_section.get(section_id)
        if ids is not None and pk not in exclude and len(ids) < FRONT_SECTION_SIZE:
            ids.append(pk)
    if len(newest) == FRONT_WALK:
        by_date = published.order_by(
            Coalesce("first_published_at", "first_published_at").desc(), "-pk"
        )
        wanted = FRONT_SECTION_SIZE + len(exclude)
        sqlite = connections[by_date.db].vendor == "sqlite"
        for section in sections:
            ids = ids_by_section[section.pk]
            if len(ids) < FRONT_SECTION_SIZE:
                children = by_date.filter(**_children_of(section, sqlite=sqlite))
                ids[:] = [
                    pk
                    for pk in children.values_list("pk", flat=True)[:wanted]
                    if pk not in exclude
                ][:FRONT_SECTION_SIZE]
    all_ids = [pk for ids in ids_by_section.values() for pk in ids]
    cards = {
        article.pk: article for article in published_articles().filter(pk__in=all_ids)
    }
    return [
        (section, [cards[pk] for pk in ids_by_section[section.pk] if pk in cards])
        for section in sections
        if ids_by_section[section.pk]
    ]


def _children_of(section: SectionPage, *, sqlite: bool) -> dict:
    """A lookup for the articles under a section that each database plans well.

    PostgreSQL reads a range of the path index (17 ms for a section of 12,500
    stories, against 45-80 ms by the section column); SQLite does better with the
    section column (5 ms, against 14 ms by the path range).
    """
    if sqlite:
        return {"section_id": section.pk}
    low, high = SectionPage._get_children_path_interval(section.path)
    return {"depth": section.depth + 1, "path__range": (low, high)}


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
        "sections": list(nav_sections(locale_language(locale_id))),
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

    PostgreSQL searches with the edition language's configuration, SQLite Wagtail's
    FTS5 index (both in gazette.news.search). Only plain words reach either (see
    search_terms), so quotes and operators in a query can never make either fail.
    """
    terms = search_terms(query)
    if not terms:
        return ArticlePage.objects.none()
    stories = ArticlePage.objects.live().public().in_edition(locale.pk).for_listing()
    if search.uses_postgres():
        return search.search_in_language(stories, terms, locale.language_code)
    return search.ranked_on_sqlite(stories, terms)
