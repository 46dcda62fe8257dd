from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagecacheConfig(AppConfig):
    name = "gazette.pagecache"
    label = "pagecache"
    verbose_name = _("Page cache")

    def ready(self) -> None:
        from gazette.pagecache import signals  # noqa: F401
