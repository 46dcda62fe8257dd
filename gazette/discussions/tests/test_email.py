import re
import socket
import time

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from django.test import override_settings

from gazette.discussions.tests.builders import DiscussionTestCase, post

SMTP_PORTS = range(8121, 8130)


class Inbox(Message):
    def __init__(self):
        super().__init__()
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)


def free_port() -> int:
    for port in SMTP_PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError("No free SMTP port in 8121-8129")


class ReplyNotificationTests(DiscussionTestCase):
    def setUp(self):
        super().setUp()
        self.inbox = Inbox()
        self.port = free_port()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        self.addCleanup(self.controller.stop)
        smtp = override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=self.port,
            EMAIL_USE_TLS=False,
            EMAIL_USE_SSL=False,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
        )
        smtp.enable()
        self.addCleanup(smtp.disable)

    def wait_for_mail(self, count: int):
        deadline = time.monotonic() + 5
        while len(self.inbox.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.inbox.messages

    def test_reply_sends_email_over_smtp_with_one_click_off_link(self):
        top = post(self.article, self.reader, "My view.")
        with self.captureOnCommitCallbacks(execute=True):
            post(
                self.article,
                self.stranger,
                "<script>x</script> I differ.",
                parent_id=top.pk,
            )
        [message] = self.wait_for_mail(1)
        self.assertEqual(message["To"], "reader@example.org")
        self.assertIn("replied to your comment", message["Subject"])
        body = message.get_payload(decode=True).decode()
        self.assertIn(
            "<script>x</script> I differ.", body
        )  # plain text mail: shown as typed
        self.assertIn(self.article.url, body)
        off_url = re.search(
            r"https?://\S+/accounts/notifications/off/\S+/", body
        ).group(0)
        self.assertIn("One-Click", message["List-Unsubscribe-Post"])
        self.client.post(off_url.split("://", 1)[1].split("/", 1)[1].join(["/", ""]))
        self.reader.refresh_from_db()
        self.assertIs(self.reader.notify_replies, False)
        with self.captureOnCommitCallbacks(execute=True):
            post(self.article, self.stranger, "Again.", parent_id=top.pk)
        time.sleep(0.3)
        self.assertEqual(len(self.inbox.messages), 1)

    def test_no_email_for_replying_to_yourself(self):
        top = post(self.article, self.reader, "Thinking aloud.")
        with self.captureOnCommitCallbacks(execute=True):
            post(self.article, self.reader, "Also this.", parent_id=top.pk)
        time.sleep(0.3)
        self.assertEqual(self.inbox.messages, [])
