"""Writes to news content. Wagtail's admin owns page edits; these run around them."""

from django.db import transaction
from wagtail.models import Revision

from gazette.news.models import ArticleCorrection, ArticlePage


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
