from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from gazette.feed import actions
from gazette.news.models import ArticlePage


@receiver(page_published, sender=ArticlePage)
def on_article_published(sender, instance, **kwargs):
    # Wagtail also sends page_published when it books a first publication for later.
    if instance.live:
        actions.record_story_published(instance)


@receiver(page_unpublished, sender=ArticlePage)
def on_article_unpublished(sender, instance, **kwargs):
    actions.record_story_removed(instance)


@receiver(post_save, sender=PageViewRestriction)
def on_page_restricted(sender, instance, **kwargs):
    actions.record_stories_restricted(instance.page)


@receiver(post_delete, sender=PageViewRestriction)
def on_restriction_lifted(sender, instance, **kwargs):
    actions.record_stories_unrestricted(instance.page)
