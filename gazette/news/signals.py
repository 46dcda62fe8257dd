from django.dispatch import receiver
from wagtail.signals import page_published

from gazette.news import actions
from gazette.news.models import ArticlePage


@receiver(page_published, sender=ArticlePage)
def on_article_published(sender, instance, revision, **kwargs):
    actions.record_article_published(instance, revision=revision)
