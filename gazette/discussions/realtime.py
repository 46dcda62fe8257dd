"""Topic "comments.<article id>": anyone may follow a published article's discussion."""

from gazette.discussions.queries import comment_events_after


def _article_id(key: str) -> int | None:
    return int(key) if key.isdigit() and len(key) < 12 else None


def can_follow_comments(user, key: str) -> bool:
    from gazette.news.models import ArticlePage

    article_id = _article_id(key)
    return (
        article_id is not None
        and ArticlePage.objects.live().filter(pk=article_id).exists()
    )


def comments_backlog(key: str, after_id: int) -> list[dict]:
    article_id = _article_id(key)
    if article_id is None:
        return []
    return comment_events_after(article_id, after_id)
