from django.apps import AppConfig


class FeedConfig(AppConfig):
    name = "gazette.feed"
    label = "feed"
    verbose_name = "Feed"

    def ready(self) -> None:
        from gazette.feed import queries, signals  # noqa: F401
        from gazette.realtime.registry import register_topic

        register_topic(
            "newsfeed",
            can_subscribe=queries.can_follow_newsfeed,
            backlog=queries.newsfeed_backlog,
        )
        register_topic(
            "breaking",
            can_subscribe=queries.can_follow_breaking,
            backlog=queries.breaking_state,
        )
        register_topic(
            "liveblog",
            can_subscribe=queries.can_follow_live_blog,
            backlog=queries.live_blog_backlog,
        )
