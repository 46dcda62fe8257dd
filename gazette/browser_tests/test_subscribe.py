"""A reader subscribes, confirms from the mail, and unsubscribes in one click."""

import re
import secrets

import pytest
from playwright.sync_api import expect

from gazette.browser_tests.a11y import assert_accessible

pytestmark = pytest.mark.browser


def test_reader_subscribes_confirms_and_unsubscribes_in_one_click(page, live_site):
    page.goto("/en/subscribe/")
    assert_accessible(page)
    address = f"subscriber-{secrets.token_hex(4)}@example.org"
    page.fill("input[name=email]", address)
    choice = page.locator(".nl-choices input[type=checkbox]").first
    newsletter = page.locator(".nl-choices label").first.inner_text().strip()
    choice.check()
    page.get_by_role("button", name="Subscribe").click()
    expect(page.locator("main")).to_contain_text(address)

    mail = live_site.mailbox.wait_for(to=address, subject="Confirm")
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header_links = re.findall(r"<(https?://[^>]+)>", str(mail["List-Unsubscribe"]))
    assert header_links, mail["List-Unsubscribe"]
    links = live_site.mailbox.links(mail)
    confirm_link = next(link for link in links if "/en/subscribe/confirm/" in link)

    page.goto(confirm_link)
    expect(page.locator("main")).to_contain_text(newsletter)
    page.get_by_role("button", name="Yes, confirm").click()
    expect(page).to_have_url(re.compile(r"confirmed=1"))
    expect(page.get_by_label(newsletter)).to_be_checked()

    # The next issue (the newsroom's "send a test" preview) carries the reader's links.
    live_site.shell(
        "from gazette.newsletters import actions\n"
        "from gazette.newsletters.models import Newsletter\n"
        f"newsletter = Newsletter.objects.get(name={newsletter!r})\n"
        f"actions.send_test_issue(newsletter, email={address!r})\n"
    )
    issue = live_site.mailbox.wait_for(to=address, subject="[Test]")
    assert issue["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header_links = re.findall(r"<(https?://[^>]+)>", str(issue["List-Unsubscribe"]))
    visible_unsubscribe = next(
        link
        for link in live_site.mailbox.links(issue)
        if "/en/subscribe/unsubscribe/" in link
    )
    page.goto(visible_unsubscribe)
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.locator("main [role=status]")).to_contain_text("any more")
    assert_accessible(page)

    # A mail client's RFC 8058 one-click POST: no cookie, no CSRF token; idempotent.
    response = page.context.request.post(
        header_links[0],
        form={"List-Unsubscribe": "One-Click"},
        headers={"Cookie": ""},
    )
    assert response.status == 200, response.status
    page.get_by_role("link", name="Change your mind").click()
    expect(page.get_by_label(newsletter)).not_to_be_checked()
