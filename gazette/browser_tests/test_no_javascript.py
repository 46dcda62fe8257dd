"""With JavaScript off, a reader can still read, browse, search and page through.

axe-core needs JavaScript to run, so these pages are checked for accessibility by
the journeys that have it on.
"""

import re

import pytest
from playwright.sync_api import expect

from gazette.browser_tests.checks import assert_image_loaded

pytestmark = pytest.mark.browser

# Words common enough in the stories that a search for one of them fills more
# than one page of results.
COMMON_WORDS = ["the", "said", "and"]


@pytest.fixture
def reader(new_context):
    return new_context(java_script_enabled=False).new_page()


def test_front_page_section_and_story_work_without_javascript(reader):
    reader.goto("/en/")
    expect(reader.locator("main article").first).to_be_visible()

    section_link = reader.locator("nav.site-nav a").first
    section_name = section_link.inner_text().strip()
    section_link.click()
    expect(reader.locator("h1")).to_have_text(section_name)
    expect(reader.locator("nav.site-nav a[aria-current=page]")).to_have_text(
        section_name
    )

    story = reader.locator("main article h2 a, main article h3 a").first
    link_text = story.inner_text()
    story.click()
    headline = reader.locator("h1.article__headline").inner_text().strip()
    assert headline
    assert headline in link_text  # the card may add a "Breaking" badge
    expect(reader.locator(".article__body")).not_to_be_empty()
    image = reader.locator("figure.article__lead-image img").first
    expect(image).to_be_visible()
    assert_image_loaded(image)


def test_search_and_pagination_work_without_javascript(reader):
    reader.goto("/en/")
    reader.locator("header").get_by_role("link", name="Search").click()
    for word in COMMON_WORDS:
        reader.get_by_label("Search the stories").fill(word)
        reader.locator("form[role=search] button[type=submit]").click()
        expect(reader).to_have_url(re.compile(rf"/en/search/\?q={word}$"))
        if reader.locator("a[rel=next]").count():
            break
    else:
        pytest.fail(f"No search for {COMMON_WORDS} had a second page of results.")

    first_page = reader.locator(
        "main article h2 a, main article h3 a"
    ).all_inner_texts()
    assert first_page
    reader.locator("a[rel=next]").click()
    expect(reader.locator("nav.pagination")).to_contain_text("Page 2")
    second_page = reader.locator(
        "main article h2 a, main article h3 a"
    ).all_inner_texts()
    assert second_page
    assert not set(first_page) & set(second_page)
    reader.locator("a[rel=prev]").click()
    expect(reader.locator("nav.pagination")).to_contain_text("Page 1")
