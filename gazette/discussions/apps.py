from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "gazette.discussions"
    label = "discussions"
    verbose_name = _("Discussions")

    def ready(self) -> None:
        from gazette.accounts.erasure import register_eraser
        from gazette.discussions.actions import erase_account_comments
        from gazette.discussions.realtime import can_follow_comments, comments_backlog
        from gazette.realtime.registry import register_topic

        register_topic(
            "comments", can_subscribe=can_follow_comments, backlog=comments_backlog
        )
        register_eraser(erase_account_comments)
