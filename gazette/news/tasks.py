"""Worker jobs (django-tasks) of the news app."""

from django_tasks import task

from gazette.news import renditions


@task()
def make_article_renditions_task(article_id: int) -> int:
    """Make the image renditions a just-published article's pages use."""
    return renditions.make_article_renditions(article_id)
