"""Writes to news content. Wagtail's admin owns page edits; these run around them."""

from django.db import transaction
from wagtail.models import Revision

from gazette.news.models import ArticleCorrection, ArticlePage, SectionPage


def record_article_published(
    article: ArticlePage, *, revision: Revision | None
) -> None:
    """Tie the correction entries added since the last publish to this revision.

    Query the table, not article.corrections: the published instance holds its
    entries in memory (modelcluster), where update() would never reach the rows.
    """
    if revision is None:
        return
    with transaction.atomic():
        ArticleCorrection.objects.filter(
            page_id=article.pk, revision__isnull=True
        ).update(revision=revision)


def record_article_moved(article: ArticlePage) -> None:
    """Point the article at the section it now sits under, after a move in the tree."""
    parent = article.get_parent()
    section_id = parent.pk if parent.specific_class is SectionPage else None
    ArticlePage.objects.filter(pk=article.pk).update(section_id=section_id)
