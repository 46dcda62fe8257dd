from django.apps import AppConfig


class RealtimeConfig(AppConfig):
    name = "gazette.realtime"
    label = "realtime"
    verbose_name = "Realtime"
