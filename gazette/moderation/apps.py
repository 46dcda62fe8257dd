from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "gazette.moderation"
    label = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from gazette.moderation import signals  # noqa: F401
