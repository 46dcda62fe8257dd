"""Wagtail page events that change what readers see; each only calls an action."""

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from gazette.editions.editions import locale_language
from gazette.news.models import Author, Topic
from gazette.pagecache import actions


@receiver(page_published)
def purge_on_publish(sender, instance, **kwargs):
    purge_page(instance)


@receiver(page_unpublished)
def purge_on_unpublish(sender, instance, **kwargs):
    purge_page(instance)


@receiver(post_page_move)
def purge_on_move(sender, instance, url_path_before="", **kwargs):
    if instance.numchild:
        actions.purge_everything()  # every descendant's address changed too
    else:
        purge_page(instance, url_path_before=url_path_before)


@receiver(pre_delete)
def purge_on_delete(sender, instance, **kwargs):
    if not (isinstance(instance, Page) and sender is Page):
        return
    if instance.numchild:
        actions.purge_everything()
    else:
        purge_page(instance)


@receiver(post_save, sender=Author)
@receiver(post_save, sender=Topic)
def purge_on_snippet_change(sender, instance, created=False, **kwargs):
    # A renamed author or topic shows on cards everywhere; a new one on none yet.
    if not created:
        actions.purge_everything()


def purge_page(page, *, url_path_before: str = "") -> None:
    try:
        actions.purge_for_page(page, extra_paths=old_paths(page, url_path_before))
    except ObjectDoesNotExist:
        # Mid-way through deleting a tree its site or parent may already be gone.
        actions.purge_everything()


def old_paths(page, url_path_before: str) -> list[str]:
    if not url_path_before:
        return []
    home = page.get_ancestors().filter(depth=2).first()
    root = home.url_path if home else ""
    if not root or not url_path_before.startswith(root):
        return []
    old_path = f"/{locale_language(page.locale_id)}/" + url_path_before[len(root) :]
    before_parent = old_path.rstrip("/").rsplit("/", 1)[0] + "/"
    return [old_path, before_parent]
