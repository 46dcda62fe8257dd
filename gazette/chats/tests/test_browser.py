"""The room page in Chromium: live messages, text shown as text, presence, deletion,
and the same room with JavaScript off."""

import re
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import TransactionTestCase
from playwright.sync_api import expect, sync_playwright

from gazette.browser_tests.a11y import assert_accessible
from gazette.browser_tests.conftest import CHROMIUM, CHROMIUM_ARGS
from gazette.chats.models import Message
from gazette.chats.tests.builders import make_room, reset_shared_state, session_cookie
from gazette.chats.tests.servers import ChatServersMixin
from gazette.testing import make_user

pytestmark = pytest.mark.browser
# Generous: several app servers and test runs may share the machine's two cores.
expect.set_options(timeout=15_000)


class ChatBrowserTests(ChatServersMixin, TransactionTestCase):
    def setUp(self):
        reset_shared_state()
        Group.objects.get_or_create(name="Editor")
        self.editor = make_user("editor", groups=("Editor",))
        self.reader = make_user("reader", display_name="Rita Reader")
        self.room = make_room(by=self.editor)
        self.base = f"http://127.0.0.1:{self.servers[0].port}"
        self.room_url = self.base + self.room.get_absolute_url()
        self.cookies = {
            "reader": session_cookie(self.reader),
            "editor": session_cookie(self.editor),
        }

    @contextmanager
    def browser(self):
        # Playwright's sync API leaves an event loop in this thread, which stops the
        # ORM: read the database only outside this block.
        playwright = sync_playwright().start()
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        errors: list[str] = []
        try:
            yield chromium, errors
        finally:
            chromium.close()
            playwright.stop()
        self.assertEqual(errors, [])

    def context(self, chromium, errors, who=None, **options):
        context = chromium.new_context(base_url=self.base, **options)
        context.set_default_timeout(20_000)
        if who:
            name, _, value = self.cookies[who].partition("=")
            context.add_cookies([{"name": name, "value": value, "url": self.base}])
        context.on(
            "page", lambda page: page.on("pageerror", lambda e: errors.append(str(e)))
        )
        return context

    def test_message_appears_live_for_another_reader_as_text(self):
        with self.browser() as (chromium, errors):
            anonymous = self.context(chromium, errors).new_page()
            anonymous.goto(self.room_url)
            expect(anonymous.locator(".chat-login")).to_contain_text("to chat")
            writer = self.context(chromium, errors, "reader").new_page()
            writer.goto(self.room_url)
            expect(anonymous.locator("[data-chat-online-count]")).to_have_text(
                "2 readers here", timeout=15_000
            )
            assert_accessible(writer)
            writer.get_by_label("Your message").fill("<b>Bridge</b> reopens at noon")
            writer.get_by_role("button", name="Send").click()
            message = anonymous.locator(".chat-message").last
            expect(message.locator(".chat-message__text")).to_have_text(
                "<b>Bridge</b> reopens at noon"
            )
            expect(message.locator(".chat-message__author")).to_have_text("Rita Reader")
            expect(writer.get_by_label("Your message")).to_have_value("")
            self.assertEqual(anonymous.locator(".chat-message b").count(), 0)

            writer.locator(".chat-message").last.get_by_role(
                "link", name="Reply"
            ).click()
            expect(writer.locator("[data-chat-replying]")).to_contain_text(
                "Replying to"
            )
            writer.get_by_label("Your message").fill("And the ferry?")
            writer.get_by_role("button", name="Send").click()
            expect(anonymous.locator(".chat-message__quote").last).to_contain_text(
                "Bridge"
            )

            moderator = self.context(chromium, errors, "editor").new_page()
            moderator.goto(self.room_url)
            moderator.locator(".chat-message").first.get_by_role(
                "button", name="Delete"
            ).click()
            expect(anonymous.locator(".chat-message").first).to_have_text(
                re.compile("deleted by a moderator")
            )
            expect(writer.locator(".chat-message").first).to_have_text(
                re.compile("deleted by a moderator")
            )
        self.assertEqual(Message.objects.filter(deleted_at__isnull=False).count(), 1)

    def test_room_works_without_javascript(self):
        with self.browser() as (chromium, errors):
            page = self.context(
                chromium, errors, "reader", java_script_enabled=False
            ).new_page()
            page.goto(self.room_url)
            page.get_by_label("Your message").fill("Posting the old way")
            page.get_by_role("button", name="Send").click()
            expect(page.locator(".chat-message__text").last).to_have_text(
                "Posting the old way"
            )
            page.get_by_label("Your message").fill("   ")
            page.get_by_role("button", name="Send").click()
            expect(page.locator("[data-chat-error]")).to_contain_text("Write a message")
            page.get_by_role("link", name="Reply").click()
            expect(page.locator("[data-chat-replying]")).to_contain_text("Replying to")
        self.assertEqual(Message.objects.count(), 1)
        self.assertIn("127.0.0.1", settings.ALLOWED_HOSTS)
