import importlib
import sys
import time

from django.apps import apps
from django.core.management.base import BaseCommand

from gazette.news import renditions
from gazette.news.demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Load the demo newsroom: sections, authors, topics, about 60 original stories "
        "with generated photos, demo users, and each app's demo rows. Safe to re-run: "
        "only what is missing is added."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles", type=int, default=None, help="Load only the newest N stories."
        )

    def handle(self, *args, articles=None, **options):
        started = time.monotonic()
        # Rendering every story's photo sizes up front would take minutes here;
        # the story cards' sizes are made by the loader, the rest on first view.
        with renditions.not_queued():
            added = self.load(articles)
        summary = ", ".join(f"{count} {key}" for key, count in added.items() if count)
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"\rDemo content ready ({summary or 'nothing new'}) in {elapsed:.1f}s."
            + " " * 20
        )

    def load(self, articles) -> dict[str, int]:
        added = load_demo(self.progress, article_limit=articles)
        # Other apps add their demo rows through gazette.<app>.demo.load_demo(progress).
        for config in apps.get_app_configs():
            if not config.name.startswith("gazette.") or config.label == "news":
                continue
            try:
                module = importlib.import_module(f"{config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.demo":
                    raise
                continue
            for key, count in module.load_demo(self.progress).items():
                added[key] = added.get(key, 0) + count
        return added

    def progress(self, what: str, done: int, total: int) -> None:
        line = f"Loading demo {what}: {done}/{total}"
        if sys.stdout.isatty():
            self.stdout.write(f"\r{line}", ending="")
            self.stdout.flush()
        elif done == total or done % 10 == 0:
            self.stdout.write(line)
