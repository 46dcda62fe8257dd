"""Where the page shown lives in every edition: hreflang links and the switcher."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import translate_url
from wagtail.models import Page

from gazette.editions.editions import Edition, all_editions, current_edition
from gazette.lib.urls import absolute


@dataclass(frozen=True)
class EditionLink:
    edition: Edition
    url: str | None  # this page in that edition; None when it has no version there
    is_current: bool

    @property
    def href(self) -> str:
        """Where the switcher leads: the page's version, else that edition's front."""
        return self.url or self.edition.root

    @property
    def switch_href(self) -> str:
        return f"/edition/{self.edition.code}/?{urlencode({'next': self.href})}"

    @property
    def absolute_url(self) -> str:
        return absolute(self.url)


def page_versions(page: Page) -> dict[str, str]:
    """The live, public translations of a page (itself included), by language code."""
    translations = (
        page.get_translations(inclusive=True).live().public().select_related("locale")
    )
    return {p.locale.language_code: p.url for p in translations}


def path_versions(path: str) -> dict[str, str]:
    """The same address in every edition, for views every edition has (newsfeed)."""
    return {
        edition.code: translate_url(path, edition.code) for edition in all_editions()
    }


def edition_links(context) -> list[EditionLink]:
    """Links for the switcher and hreflang, from what the template was given.

    A view may say where its page lives (`edition_versions`, a dict by code; empty
    for pages that exist in one edition only). A Wagtail page at its own address has
    its translations; any other address is assumed to exist in every edition.
    """
    request = context.get("request")
    versions = context.get("edition_versions")
    page = context.get("page")
    if versions is None and isinstance(page, Page) and request is not None:
        if request.path == page.url:
            versions = page_versions(page)
    if versions is None:
        versions = path_versions(request.path) if request is not None else {}
    current = current_edition()
    return [
        EditionLink(edition, versions.get(edition.code), edition == current)
        for edition in all_editions()
    ]
