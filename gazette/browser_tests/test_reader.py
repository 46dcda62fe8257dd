"""A reader goes from the front page to a story and sees what a story must show."""

import pytest
from playwright.sync_api import expect

from gazette.browser_tests.a11y import assert_accessible
from gazette.browser_tests.checks import assert_image_loaded

pytestmark = pytest.mark.browser


def test_reader_opens_a_story_from_the_front_page(page):
    page.goto("/en/")
    expect(page.locator("main")).to_be_visible()
    assert_accessible(page)

    story_link = page.locator("main article h2 a, main article h3 a").first
    link_text = story_link.inner_text()
    story_link.click()
    headline = page.locator("h1.article__headline").inner_text().strip()
    assert headline
    assert headline in link_text  # the card may add a "Breaking" badge
    figure = page.locator("figure.article__lead-image").first
    expect(figure.locator("img")).to_be_visible()
    assert figure.locator("img").get_attribute("alt")
    assert_image_loaded(figure.locator("img"))
    expect(figure.locator(".caption")).not_to_be_empty()
    expect(figure.locator(".credit")).to_contain_text("©")
    expect(page.locator(".byline a").first).to_be_visible()
    published = page.locator(".times time").first
    assert published.get_attribute("datetime")
    expect(published).not_to_be_empty()
    assert_accessible(page)
