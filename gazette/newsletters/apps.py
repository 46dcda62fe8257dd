from django.apps import AppConfig


class NewslettersConfig(AppConfig):
    name = "gazette.newsletters"
    label = "newsletters"
    verbose_name = "Newsletters"
