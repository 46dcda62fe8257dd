from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatsConfig(AppConfig):
    name = "gazette.chats"
    label = "chats"
    verbose_name = _("Chats")

    def ready(self) -> None:
        from gazette.chats.live import register

        register()
