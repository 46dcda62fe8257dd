"""A reader registers, confirms, joins a discussion; another reader sees it live.

A new account's first comment waits for a moderator (DISCUSSION_PREMODERATE_FIRST),
so the editor approves it in the admin queue; a second, anonymous reader with the
story open sees the comment and the reply arrive and the counter move, without
reloading.
"""

import re
import secrets

import pytest
from playwright.sync_api import expect

from gazette.browser_tests.a11y import assert_accessible
from gazette.browser_tests.site import (
    EDITOR_PASSWORD,
    EDITOR_USERNAME,
    READER_EMAIL,
    READER_PASSWORD,
)

pytestmark = pytest.mark.browser
NEWSROOM_COMMENT = "Welcome to the discussion: what did the storm do where you live?"


def open_first_story(page) -> int:
    page.goto("/en/")
    page.locator("main article h2 a, main article h3 a").first.click()
    section = page.locator("section#comments")
    expect(section).to_be_visible()
    return int(section.get_attribute("data-discussion"))


def post_newsroom_comment(live_site, article_id: int) -> None:
    """A comment to like and report; a moderator's skips the queue."""
    live_site.shell(
        "from gazette.accounts.models import User\n"
        "from gazette.discussions import actions\n"
        "from gazette.news.models import ArticlePage\n"
        f"article = ArticlePage.objects.get(pk={article_id})\n"
        f"editor = User.objects.get(username={EDITOR_USERNAME!r})\n"
        f"actions.post_comment(article, author=editor, body={NEWSROOM_COMMENT!r})\n"
    )


def register_and_confirm(page, live_site, address: str, article_url: str) -> None:
    page.locator("#comments .discussion__join").get_by_role(
        "link", name="register"
    ).click()
    page.fill("#id_email", address)
    page.fill("#id_password1", "a-long-reader-passphrase-7")
    page.fill("#id_password2", "a-long-reader-passphrase-7")
    page.locator("form.account-form button[type=submit]").click()
    expect(page.locator("main")).to_contain_text(re.compile("e-?mail", re.I))

    mail = live_site.mailbox.wait_for(to=address)
    link = next(url for url in live_site.mailbox.links(mail) if "confirm" in url)
    page.goto(link)
    confirm = page.locator("main form button[type=submit]")
    if confirm.count():
        confirm.first.click()
    # Logged in and brought back to the discussion the reader started from.
    expect(page).to_have_url(re.compile(re.escape(article_url) + r"(#comments)?$"))
    expect(page.locator("#comment-body-new")).to_be_visible()


def approve_in_admin(page, body: str) -> None:
    page.goto("/admin/login/")
    page.fill("#id_username", EDITOR_USERNAME)
    page.fill("#id_password", EDITOR_PASSWORD)
    page.click("form button[type=submit]")
    page.goto("/admin/comments/?tab=pending")
    item = page.locator("section.moderation-item", has_text=body)
    item.get_by_role("button", name="Approve").click()
    expect(page.locator("section.moderation-item", has_text=body)).to_have_count(0)


def test_new_reader_joins_the_discussion_and_others_see_it_live(new_context, live_site):
    watcher = new_context().new_page()
    article_id = open_first_story(watcher)
    article_url = watcher.url.split("#")[0]
    post_newsroom_comment(live_site, article_id)
    watcher.goto(article_url)  # not reload(): the next story may own the URL by now
    counter = watcher.locator(
        f".comment-counter [data-comment-count-for='{article_id}']"
    )
    expect(counter).to_have_text("1 comment")
    expect(watcher.locator("#comments")).to_contain_text(NEWSROOM_COMMENT)

    reader = new_context().new_page()
    reader.goto(article_url)
    address = f"new-reader-{secrets.token_hex(4)}@example.org"
    register_and_confirm(reader, live_site, address, article_url)

    comment = "The harbour wall held, but the road to the point is still closed."
    reader.fill("#comment-body-new", comment)
    reader.get_by_role("button", name="Post comment").click()
    expect(reader.locator("main [role=status]")).to_contain_text("waiting")

    approve_in_admin(new_context().new_page(), comment)
    expect(watcher.locator("#comments")).to_contain_text(comment)
    expect(counter).to_have_text("2 comments")

    reader.goto(article_url)
    mine = reader.locator("article.comment", has_text=comment).first
    mine.locator("summary", has_text="Reply").click()
    reply = "Update: the council says it reopens tomorrow morning."
    mine.locator("textarea[name=body]").fill(reply)
    mine.get_by_role("button", name="Post reply").click()
    expect(reader.locator("#comments")).to_contain_text(reply)
    expect(watcher.locator("#comments")).to_contain_text(reply)
    expect(counter).to_have_text("3 comments")

    theirs = reader.locator("article.comment", has_text=NEWSROOM_COMMENT).first
    theirs.get_by_role("button", name="Like").click()
    theirs = reader.locator("article.comment", has_text=NEWSROOM_COMMENT).first
    expect(theirs.locator(".comment__likes")).to_have_text("1 like")
    expect(theirs.get_by_role("button", name="Unlike")).to_be_visible()
    theirs.get_by_role("link", name="Report").click()
    reader.locator("input[name=reason]").first.check()
    reader.get_by_role("button", name="Send report").click()
    expect(reader.locator("main [role=status]")).to_contain_text("moderator will look")

    reader.goto(article_url + "#comments")
    assert_accessible(reader)
    assert_accessible(watcher)


def log_in_on_site(page, email: str, password: str) -> None:
    page.goto("/en/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    page.locator("form.account-form button[type=submit]").click()
    expect(page.locator("[data-reader-slot]")).not_to_contain_text("Log in")


def test_a_comment_arriving_live_can_be_liked_and_reported_at_once(new_context):
    reader = new_context().new_page()
    log_in_on_site(reader, READER_EMAIL, READER_PASSWORD)
    open_first_story(reader)
    article_url = reader.url.split("#")[0]
    expect(reader.locator("html")).to_have_attribute("data-realtime", "open")

    editor = new_context().new_page()
    log_in_on_site(editor, f"{EDITOR_USERNAME}@gazette.localhost", EDITOR_PASSWORD)
    editor.goto(article_url)
    text = f"From the newsdesk: the ferry runs again ({secrets.token_hex(3)})."
    editor.fill("#comment-body-new", text)
    editor.get_by_role("button", name="Post comment").click()

    arrived = reader.locator("article.comment", has_text=text).first
    expect(arrived.get_by_role("button", name="Like")).to_be_visible()
    expect(arrived.get_by_role("link", name="Report")).to_be_visible()
    arrived.get_by_role("button", name="Like").click()
    liked = reader.locator("article.comment", has_text=text).first
    expect(liked.locator(".comment__likes")).to_have_text("1 like")
    mine = editor.locator("article.comment", has_text=text).first
    expect(mine.get_by_role("link", name="Edit")).to_be_visible()
