from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "gazette.news"
    label = "news"
    verbose_name = "News"

    def ready(self) -> None:
        from gazette.news import signals  # noqa: F401
