# ruff: noqa: F811 - the browser fixtures are imported by name
"""Readers' journeys in a real Chromium against the real site (gazette/browser_tests).

The live site runs one granian process with the in-memory channel layer, so live
changes are made by an editor in the admin of that same process.
"""

import json
import re
import time

import pytest
from playwright.sync_api import expect

from gazette.browser_tests.conftest import (  # noqa: F401 (fixtures)
    browser,
    live_site,
    new_context,
    page,
    page_watch,
)
from gazette.browser_tests.test_editor import log_in_to_admin

pytestmark = pytest.mark.browser


def rail_story(live_site) -> dict:
    """The newest listed story and an older one to read, from the site's database."""
    out = live_site.shell(
        "import json\n"
        "from gazette.feed.models import FeedItem\n"
        "items = list(FeedItem.objects.listed().in_edition('en')[:3])\n"
        "print(json.dumps([{'id': i.article_pk, 'url': i.url, 'headline': i.headline}"
        " for i in items]))"
    )
    return json.loads(out.strip().splitlines()[-1])


def scroll_until(page, selector: str, *, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if page.locator(selector).count():
            return
        page.mouse.wheel(0, 900)
        time.sleep(0.15)
    navs = page.eval_on_selector_all(
        "[data-next-story]",
        "navs => navs.map(n => [n.dataset.fragmentUrl, n.dataset.state || '',"
        " n.textContent.trim().slice(0, 80)])",
    )
    raise AssertionError(f"{selector} never appeared; next-story navs: {navs}")


def test_next_stories_load_as_the_reader_scrolls_and_the_address_follows(
    live_site, page
):
    stories = rail_story(live_site)
    page.goto(stories[0]["url"])
    expect(page.locator(".newsfeed-rail .newsfeed__item").first).to_be_visible()
    scroll_until(page, "article.article--next")
    first_next = page.locator("article.article--next").first
    next_url = first_next.get_attribute("data-story-url")
    first_next.evaluate("node => node.scrollIntoView({block: 'start'})")
    expect(page).to_have_url(re.compile(re.escape(next_url) + "$"))
    expect(page).to_have_title(
        re.compile(re.escape(first_next.locator(".article__headline").inner_text()))
    )
    scroll_until(page, "article.article--next + [data-next-story] + article")
    assert page.locator("article.article--next").count() >= 2
    page.go_back()
    expect(page).not_to_have_url(re.compile(re.escape(stories[0]["url"]) + "$"))


def test_without_javascript_next_story_is_a_plain_link(live_site, new_context):
    stories = rail_story(live_site)
    page = new_context(java_script_enabled=False).new_page()
    page.goto(stories[0]["url"])
    page.click(".next-story__link")
    expect(page).not_to_have_url(re.compile(re.escape(stories[0]["url"]) + "$"))
    expect(page.locator("h1")).to_be_visible()


def test_editor_unpublishes_and_raises_breaking_news_readers_see_it_live(
    live_site, new_context
):
    stories = rail_story(live_site)
    reader = new_context().new_page()
    reader.goto(stories[1]["url"], wait_until="domcontentloaded")
    expect(reader.locator("html")).to_have_attribute("data-realtime", "open")
    rail = reader.locator(".newsfeed-rail")
    gone = stories[2]
    expect(rail.locator(f'[data-article-id="{gone["id"]}"]')).to_have_count(1)

    editor = new_context().new_page()
    log_in_to_admin(editor)
    editor.goto(f"/admin/pages/{gone['id']}/unpublish/")
    editor.get_by_role("button", name=re.compile("unpublish", re.I)).click()
    expect(rail.locator(f'[data-article-id="{gone["id"]}"]')).to_have_count(0)

    editor.goto("/admin/snippets/feed/breakingalert/add/")
    editor.fill("#id_headline", "Polls have closed")
    editor.fill("#id_expires_at", "2099-01-01 12:00")
    editor.get_by_role("button", name="Save", exact=True).click()
    banner = reader.locator(".breaking-banner")
    expect(banner).to_contain_text("Polls have closed")
    fresh = new_context().new_page()
    fresh.goto("/en/newsfeed/", wait_until="domcontentloaded")
    expect(fresh.locator(".breaking-banner")).to_contain_text("Polls have closed")
    fresh.click(".breaking-banner__close")
    expect(fresh.locator(".breaking-banner")).not_to_contain_text("Polls have closed")

    editor.goto("/admin/snippets/feed/breakingalert/")
    editor.click("text=Polls have closed")
    editor.fill("#id_cleared_at", "2026-01-01 12:00")
    editor.get_by_role("button", name="Save", exact=True).click()
    expect(banner).not_to_contain_text("Polls have closed")
