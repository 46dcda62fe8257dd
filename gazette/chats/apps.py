from django.apps import AppConfig


class ChatsConfig(AppConfig):
    name = "gazette.chats"
    label = "chats"
    verbose_name = "Chats"

    def ready(self) -> None:
        from gazette.chats.live import register

        register()
