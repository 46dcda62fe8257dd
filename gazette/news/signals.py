from django.dispatch import receiver
from wagtail.signals import page_published, post_page_move

from gazette.news import actions, renditions
from gazette.news.models import ArticlePage


@receiver(page_published, sender=ArticlePage)
def on_article_published(sender, instance, revision, **kwargs):
    actions.record_article_published(instance, revision=revision)
    renditions.queue_article_renditions(instance)


@receiver(post_page_move, sender=ArticlePage)
def on_article_moved(sender, instance, **kwargs):
    actions.record_article_moved(instance)
