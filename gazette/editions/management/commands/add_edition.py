from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from gazette.news.models import HomePage, SectionPage


class Command(BaseCommand):
    help = (
        "Open a new edition: its locale, and a front page and sections copied from the "
        "default edition for its editors to translate. The code must be in EDITIONS."
    )

    def add_arguments(self, parser):
        parser.add_argument("code", help="Language code of the edition, e.g. de")

    def handle(self, *args, code, **options):
        if code not in dict(settings.LANGUAGES):
            raise CommandError(
                f"{code!r} is not an edition: add it to EDITIONS "
                f"(now {','.join(dict(settings.LANGUAGES))}) and restart first."
            )
        locale, _ = Locale.objects.get_or_create(language_code=code)
        home = HomePage.objects.filter(locale=Locale.get_default()).first()
        if home is None:
            raise CommandError("There is no front page yet: run `manage.py load_demo`.")
        pages = [home, *SectionPage.objects.child_of(home).order_by("path")]
        for number, page in enumerate(pages, start=1):
            if page.get_translation_or_none(locale) is None:
                copy = page.specific.copy_for_translation(locale)
                copy.save_revision().publish()
            self.stdout.write(
                f"Copying the front page and sections: {number}/{len(pages)}"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"The {code} edition is open at /{code}/. Translate its pages in the "
                "admin (Pages, then the locale switcher)."
            )
        )
