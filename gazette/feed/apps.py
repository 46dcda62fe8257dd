from django.apps import AppConfig


class FeedConfig(AppConfig):
    name = "gazette.feed"
    label = "feed"
    verbose_name = "Feed"
