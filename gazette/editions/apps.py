from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EditionsConfig(AppConfig):
    name = "gazette.editions"
    verbose_name = _("Editions")

    def ready(self):
        from gazette.editions import signals

        post_migrate.connect(signals.ensure_locales, sender=self)
        signals.connect()
