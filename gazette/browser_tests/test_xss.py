"""Script-injection payloads pushed through what readers can write; none may run.

The browser context bypasses the Content-Security-Policy on purpose: the policy
would stop most payloads anyway, and this test is about escaping, the first line.
TODO(issue 8): comments, chat messages and newsletter sign-up fields.
"""

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from gazette.browser_tests.site import READER_EMAIL, READER_PASSWORD
from gazette.browser_tests.xss import assert_no_payload_ran, payloads

pytestmark = pytest.mark.browser
DISPLAY_NAME_MAX_LENGTH = 60


@pytest.fixture
def browser_page(new_context, page_watch):
    # Payloads such as <img src=x> make the browser fetch missing files.
    page_watch.allow(r"Failed to load resource")
    return new_context(bypass_csp=True).new_page()


def test_search_query_echo_runs_no_payload(browser_page):
    page = browser_page
    for payload in payloads():
        page.goto(f"/en/search/?q={quote(payload)}")
        expect(page.locator("#search-q")).to_have_value(payload)
        assert_no_payload_ran(page, f"search for {payload!r}")


def test_display_name_runs_no_payload(browser_page):
    page = browser_page
    page.goto("/en/accounts/login/")
    page.fill("#id_login", READER_EMAIL)
    page.fill("#id_password", READER_PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    expect(page.locator("[data-reader-slot]")).not_to_contain_text("Log in")

    for payload in payloads(max_length=DISPLAY_NAME_MAX_LENGTH):
        page.goto("/en/accounts/profile/")
        page.fill("#id_display_name", payload)
        page.locator("main form.account-form button[type=submit]").click()
        expect(page.locator("#id_display_name")).to_have_value(payload)
        assert_no_payload_ran(page, f"profile with display name {payload!r}")
        page.goto("/en/")
        assert_no_payload_ran(page, f"front page with display name {payload!r}")
