"""The editions: one per language in settings.LANGUAGES, the first the default."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation


@dataclass(frozen=True)
class Edition:
    code: str
    name: str

    @property
    def root(self) -> str:
        return f"/{self.code}/"

    @property
    def is_rtl(self) -> bool:
        return translation.get_language_info(self.code)["bidi"]


def all_editions() -> list[Edition]:
    return [Edition(code, name) for code, name in settings.LANGUAGES]


def edition_codes() -> list[str]:
    return [code for code, _ in settings.LANGUAGES]


def edition_for(code: str | None) -> Edition:
    """The edition of a language code ("ru", "ru-RU"), else the default edition."""
    editions = {edition.code: edition for edition in all_editions()}
    code = (code or "").lower()
    return editions.get(code) or editions.get(code.split("-")[0]) or all_editions()[0]


def current_edition() -> Edition:
    return edition_for(translation.get_language())


_language_of_locale: dict[int, str] = {}


def _locale_languages(*, known: bool) -> dict[int, str]:
    """{Wagtail locale id: language code}, read again when what is asked for is not
    `known` yet (a locale made since). Locales are few and keep their ids."""
    if not known:
        from wagtail.models import Locale

        _language_of_locale.update(Locale.objects.values_list("pk", "language_code"))
    return _language_of_locale


def locale_language(locale_id: int) -> str:
    """The language code of a Wagtail locale, without a query once known."""
    languages = _locale_languages(known=locale_id in _language_of_locale)
    return languages.get(locale_id, settings.LANGUAGE_CODE)


def edition_root(locale_id: int) -> str:
    """The edition prefix ("/ru/") of a Wagtail locale."""
    return f"/{locale_language(locale_id)}/"


def current_locale_id() -> int:
    """The id of the Wagtail locale of the edition being read."""
    code = current_edition().code
    languages = _locale_languages(known=code in _language_of_locale.values())
    for pk, language in languages.items():
        if language == code:
            return pk
    raise LookupError(f"No Wagtail locale for the edition {code!r}.")


def default_language() -> str:
    """The default edition's code; a callable so migrations don't freeze the setting."""
    return settings.LANGUAGE_CODE


def edition_choice_widget():
    """A select of the editions for admin forms (the fields store a plain code)."""
    from django import forms

    return forms.Select(choices=settings.LANGUAGES)
