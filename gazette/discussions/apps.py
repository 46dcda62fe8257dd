from django.apps import AppConfig


class DiscussionsConfig(AppConfig):
    name = "gazette.discussions"
    label = "discussions"
    verbose_name = "Discussions"
