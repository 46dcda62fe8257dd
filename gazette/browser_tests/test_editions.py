"""A reader arrives in their language's edition, switches to another and to Arabic."""

import re

import pytest
from playwright.sync_api import expect

from gazette.browser_tests.a11y import assert_accessible
from gazette.news.demo import content
from gazette.news.demo.editions import EDITIONS

pytestmark = pytest.mark.browser

TAMSEN = "/en/world/tamsen-provisional-accord-geneva/"


def test_reader_switches_edition_and_language_including_rtl(new_context):
    page = new_context(locale="ru-RU").new_page()

    # The bare address follows the browser's language.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/ru/$"))
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator(".skip-link")).not_to_have_text("Skip to content")
    assert_accessible(page)

    # From an English story, the switcher leads to its Russian translation.
    page.goto(TAMSEN)
    english_headline = page.locator("h1.article__headline").inner_text()
    page.locator(".site-editions a[hreflang=ru]").click()
    expect(page).to_have_url(re.compile(r"/ru/world/"))
    russian_headline = page.locator("h1.article__headline").inner_text()
    assert russian_headline != english_headline
    assert re.search("[А-Яа-яЁё]", russian_headline)
    expect(page.locator(".site-editions a[aria-current]")).to_have_attribute(
        "hreflang", "ru"
    )

    # On to Arabic: right to left, mirrored, its own interface language.
    page.locator(".site-editions a[hreflang=ar]").click()
    expect(page).to_have_url(re.compile(r"/ar/world/"))
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    assert re.search(r"[\u0600-\u06FF]", page.locator("h1").first.inner_text())
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The site name starts the header bar, so in RTL it sits at the right.
    name = page.locator(".site-header__name").bounding_box()
    bar = page.locator(".site-header__bar").bounding_box()
    assert name["x"] + name["width"] > bar["x"] + bar["width"] * 0.6
    assert_accessible(page)

    # The choice is remembered: the bare address now opens the Arabic edition.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/ar/$"))
    expect(page.locator("main")).to_be_visible()
    assert_accessible(page)


def english_only_story() -> str:
    translated = {
        spec["translation_of"]
        for edition in EDITIONS.values()
        for spec in edition["articles"]
    }
    spec = next(s for s in content.ARTICLES if s["slug"] not in translated)
    return f"/en/{spec['section']}/{spec['slug']}/"


def test_switching_where_there_is_no_translation_goes_to_the_front(new_context):
    page = new_context().new_page()
    page.goto("/en/corrections/")
    page.locator(".site-editions a[hreflang=ar]").click()
    expect(page).to_have_url(re.compile(r"/ar/corrections/$"))

    page.goto(english_only_story())
    expect(page.locator("h1.article__headline")).to_be_visible()
    assert page.locator("link[rel=alternate][hreflang=ru]").count() == 0
    page.locator(".site-editions a[hreflang=ru]").click()
    expect(page).to_have_url(re.compile(r"/ru/$"))
