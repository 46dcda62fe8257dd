"""Payloads written by readers (comment, display name, newsletter sign-up) never run.

A reader with a script-like display name posts a comment made of payloads. It waits
in the moderation queue, where the editor sees it and approves it; an anonymous
reader with the story open gets it live (built by discussions.js), then reloaded
(rendered by the server). Everywhere the payloads must show as text and
`window.__xss` stay unset. The context bypasses the Content-Security-Policy on
purpose, so escaping alone is tested.
A chat message (with the same display name) goes to a demo room the same way: live
to an anonymous reader, then rendered.
"""

import re

import pytest
from playwright.sync_api import expect

from gazette.browser_tests.site import (
    EDITOR_PASSWORD,
    EDITOR_USERNAME,
    READER_EMAIL,
    READER_PASSWORD,
)
from gazette.browser_tests.xss import assert_no_payload_ran

pytestmark = pytest.mark.browser
DISPLAY_NAME = "<img src=x onerror=window.__xss=1>"
COMMENT_PAYLOADS = [
    "<script>window.__xss=1</script>",
    "'><img src=x onerror=window.__xss=1>",
    "<svg onload=window.__xss=1>",
    "</textarea><script>window.__xss=1</script>",
    "<details open ontoggle=window.__xss=1>",
    '<iframe srcdoc="<script>parent.__xss=1</script>">',
    "<a href=javascript:window.__xss=1 id=x>x</a>",
]
SIGNUP_PAYLOAD = '"><script>window.__xss=1</script>@example.org'


@pytest.fixture
def open_context(new_context, page_watch):
    # Payloads such as <img src=x> make the browser fetch missing files.
    page_watch.allow(r"Failed to load resource")
    return lambda: new_context(bypass_csp=True)


def a_story_other_than_the_first(page) -> str:
    """Another journey counts the first story's comments; stay out of its way."""
    page.goto("/en/")
    links = page.locator("main article h2 a, main article h3 a")
    first = links.first.get_attribute("href")
    for index in range(1, links.count()):
        href = links.nth(index).get_attribute("href")
        if href != first:
            return href
    raise AssertionError("The front page needs two stories.")


def assert_shows_as_text(page, locator, texts, where):
    for text in texts:
        expect(locator).to_contain_text(text)
    assert_no_payload_ran(page, where)


def log_in_as_reader(page) -> None:
    page.goto("/en/accounts/login/")
    page.fill("#id_login", READER_EMAIL)
    page.fill("#id_password", READER_PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    expect(page.locator("[data-reader-slot]")).not_to_contain_text("Log in")


def set_display_name(page, name: str) -> None:
    page.goto("/en/accounts/profile/")
    page.fill("#id_display_name", name)
    page.locator("main form.account-form button[type=submit]").click()
    expect(page.locator("#id_display_name")).to_have_value(name)


def test_reader_written_payloads_never_run(open_context):
    watcher = open_context().new_page()
    story = a_story_other_than_the_first(watcher)
    watcher.goto(story + "#comments")
    expect(watcher.locator("#comments")).to_be_visible()

    reader = open_context().new_page()
    log_in_as_reader(reader)
    set_display_name(reader, DISPLAY_NAME)

    reader.goto(story + "#comments")
    body = "\n".join(COMMENT_PAYLOADS)
    reader.fill("#comment-body-new", body)
    reader.get_by_role("button", name="Post comment").click()
    expect(reader.locator("main [role=status]")).to_contain_text("waiting")
    assert_no_payload_ran(reader, "the pending-comment page")

    editor = open_context().new_page()
    editor.goto("/admin/login/")
    editor.fill("#id_username", EDITOR_USERNAME)
    editor.fill("#id_password", EDITOR_PASSWORD)
    editor.click("form button[type=submit]")
    expect(editor).to_have_url(re.compile(r"/admin/$"))
    editor.goto("/admin/comments/?tab=pending")
    item = editor.locator("section.moderation-item", has_text=COMMENT_PAYLOADS[0])
    assert_shows_as_text(
        editor, item, [DISPLAY_NAME, *COMMENT_PAYLOADS], "the moderation queue"
    )
    history = item.get_by_role("link", name="history").get_attribute("href")
    item.get_by_role("button", name="Approve").click()
    expect(editor.locator("main")).to_contain_text("Recent moderation")
    assert_no_payload_ran(editor, "the queue after approving")
    editor.goto(history)
    assert_shows_as_text(
        editor, editor.locator("main"), COMMENT_PAYLOADS, "the account history"
    )

    # Live, as discussions.js builds it, then as the server renders it.
    discussion = watcher.locator("#comments")
    assert_shows_as_text(
        watcher, discussion, [DISPLAY_NAME, *COMMENT_PAYLOADS], "the live comment"
    )
    # Not reload(): the next story loads below and takes over the address bar.
    watcher.goto(story + "#comments")
    assert_shows_as_text(
        watcher, discussion, [DISPLAY_NAME, *COMMENT_PAYLOADS], "the article"
    )
    reader.goto(story + "#comments")
    assert_shows_as_text(
        reader,
        reader.locator("#comments"),
        [DISPLAY_NAME, *COMMENT_PAYLOADS],
        "the article, logged in",
    )

    reader.goto("/en/subscribe/")
    reader.fill("input[name=email]", SIGNUP_PAYLOAD)
    reader.get_by_role("button", name="Subscribe").click()
    expect(reader.locator(".nl-errors")).to_be_visible()
    expect(reader.locator("input[name=email]")).to_have_value(SIGNUP_PAYLOAD)
    assert_no_payload_ran(reader, "the refused newsletter sign-up")


def test_chat_message_payloads_never_run(open_context):
    watcher = open_context().new_page()
    watcher.goto("/en/chats/")
    watcher.locator("main .chat-rooms__title a").first.click()
    room = watcher.url
    expect(watcher.locator("[data-chat-region]")).to_be_visible()

    reader = open_context().new_page()
    log_in_as_reader(reader)
    set_display_name(reader, DISPLAY_NAME)
    reader.goto(room)
    reader.fill("#chat-compose textarea[name=text]", "\n".join(COMMENT_PAYLOADS))
    reader.locator("#chat-compose").get_by_role("button", name="Send").click()
    texts = [DISPLAY_NAME, *COMMENT_PAYLOADS]
    assert_shows_as_text(
        reader, reader.locator("[data-chat-region]"), texts, "the chat, sent"
    )
    assert_shows_as_text(
        watcher, watcher.locator("[data-chat-region]"), texts, "the chat, live"
    )
    reader.reload()
    assert_shows_as_text(
        reader, reader.locator("[data-chat-region]"), texts, "the chat, rendered"
    )
