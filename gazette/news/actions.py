"""Writes to news content. Wagtail's admin owns page edits; these run around them."""

from django.db import transaction
from wagtail.models import Revision

from gazette.news.models import ArticlePage


def record_article_published(article: ArticlePage, *, revision: Revision | None) -> None:
    """Tie the correction entries added since the last publish to this revision."""
    if revision is None:
        return
    with transaction.atomic():
        article.corrections.filter(revision__isnull=True).update(revision=revision)
