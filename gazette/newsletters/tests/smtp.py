"""A real SMTP server for tests (aiosmtpd), on the newsletters port range 8180-8199."""

import email
import email.policy
import threading

from aiosmtpd.controller import Controller


class Sink:
    """Keeps every accepted message; can refuse the next few with a temporary error."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.fail_next = 0
        self.refuse_recipients: set[str] = set()
        self._lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse_recipients:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self._lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                return "451 4.3.0 Try again later"
            message = email.message_from_bytes(
                envelope.original_content or envelope.content,
                policy=email.policy.default,
            )
            self.messages.append(message)
        return "250 Message accepted"

    def to(self, address: str) -> list:
        return [m for m in self.messages if m["To"] == address]


class SmtpServer:
    def __init__(self, port: int):
        self.port = port
        self.sink = Sink()
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=port)

    def start(self) -> "SmtpServer":
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def settings(self) -> dict:
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_USE_TLS": False,
            "EMAIL_USE_SSL": False,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
            "EMAIL_TIMEOUT": 5,
        }
