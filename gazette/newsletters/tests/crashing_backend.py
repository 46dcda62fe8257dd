"""An SMTP backend that dies like a killed worker once the server accepted a mail.

That is the worst moment for a crash: the mail is out, the database does not know.
"""

from django.core.mail.backends.smtp import EmailBackend


class WorkerKilled(Exception):
    pass


class CrashingBackend(EmailBackend):
    crash_after: int | None = None
    accepted = 0

    def send_messages(self, email_messages):
        count = super().send_messages(email_messages)
        CrashingBackend.accepted += count
        limit = CrashingBackend.crash_after
        if limit is not None and CrashingBackend.accepted >= limit:
            CrashingBackend.crash_after = None
            raise WorkerKilled(f"killed after {CrashingBackend.accepted} mails")
        return count
