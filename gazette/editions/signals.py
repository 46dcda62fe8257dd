from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Page, PageLogEntry
from wagtail.signals import page_published

from gazette.editions.models import TranslationReview


def ensure_locales(**kwargs) -> None:
    """Give every configured edition its Wagtail locale."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def original_of(page: Page) -> Page:
    """The first version of a story: the oldest page of its translation group."""
    return (
        Page.objects.filter(translation_key=page.translation_key).order_by("pk").first()
    )


def flag_or_clear_translations(sender, instance, revision=None, **kwargs) -> None:
    """An update to an original flags its translations; publishing one clears it."""
    page = instance
    if not page.live:
        return  # a publication booked for later (Wagtail signals that too)
    original = original_of(page)
    if original is None:
        return
    if original.pk != page.pk:
        TranslationReview.objects.filter(page_id=page.pk).delete()
        return
    # The signal comes before Wagtail logs this publication: any logged one is earlier.
    if not PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists():
        return  # the first publication is not an update
    translations = Page.objects.filter(translation_key=page.translation_key).exclude(
        pk=page.pk
    )
    now = timezone.now()
    for translation_id in translations.values_list("pk", flat=True):
        TranslationReview.objects.update_or_create(
            page_id=translation_id,
            defaults={"original_id": page.pk, "flagged_at": now},
        )


def connect() -> None:
    page_published.connect(flag_or_clear_translations, dispatch_uid="editions-review")
