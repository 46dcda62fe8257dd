from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from gazette.moderation.models import BannedPhrase
from gazette.moderation.rules import forget_banned_phrases


@receiver([post_save, post_delete], sender=BannedPhrase)
def on_phrases_changed(sender, **kwargs):
    forget_banned_phrases()
