from django.apps import AppConfig


class PagecacheConfig(AppConfig):
    name = "gazette.pagecache"
    label = "pagecache"
    verbose_name = "Page cache"

    def ready(self) -> None:
        from gazette.pagecache import signals  # noqa: F401
