"""Newsletter send: a digest for N subscribers rendered and handed to a local SMTP sink.

    .venv/bin/python bench/newsletter_send.py                      # 100,000 subscribers
    .venv/bin/python bench/newsletter_send.py --subscribers 10000 --batch-size 500

Builds a fresh SQLite database in a temporary folder (migrations, a section with a
dozen stories, N confirmed subscribers bulk-created), plans the digest (one delivery
row per subscriber) and runs the real send loop (gazette.newsletters.sending) against
an aiosmtpd sink running in a separate process, so the sink's bookkeeping does not
count towards this process's memory. Optionally kills the send part-way through and
resumes it (--crash-after), as a worker killed mid-batch would be.

Reports the time to plan and to send, messages per second, this process's peak
resident memory (ru_maxrss) before and after sending and the peak of Python
allocations during the send (tracemalloc, with --tracemalloc; it slows the run),
and checks that the sink received each address exactly once. Prints a table and
writes bench/results/newsletters.json. Not a test.
"""

import argparse
import json
import multiprocessing
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "newsletters.json"
PORT = 8190


def run_sink(port: int, ready, stop, results) -> None:
    """The SMTP sink process: counts messages and recipients, nothing else."""
    from aiosmtpd.controller import Controller

    class Handler:
        def __init__(self):
            self.messages = 0
            self.recipients: dict[str, int] = {}
            self.with_unsubscribe = 0

        async def handle_DATA(self, server, session, envelope):
            self.messages += 1
            for rcpt in envelope.rcpt_tos:
                self.recipients[rcpt] = self.recipients.get(rcpt, 0) + 1
            if b"List-Unsubscribe-Post: List-Unsubscribe=One-Click" in envelope.content:
                self.with_unsubscribe += 1
            return "250 OK"

    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    stop.wait()
    controller.stop()
    duplicates = sum(1 for n in handler.recipients.values() if n > 1)
    results.put(
        {
            "messages": handler.messages,
            "unique_recipients": len(handler.recipients),
            "duplicated_recipients": duplicates,
            "with_one_click_header": handler.with_unsubscribe,
        }
    )


def setup_django(data_dir: str, port: int, batch_size: int) -> None:
    os.environ["DATA_DIR"] = data_dir
    os.environ.setdefault("STATIC_MANIFEST", "false")
    os.environ["TASKS_BACKEND"] = "django_tasks.backends.dummy.DummyBackend"
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.NEWSLETTER_BATCH_SIZE = batch_size
    settings.NEWSLETTER_STALE_CLAIM_SECONDS = 0
    settings.SITE_URL = "https://news.example"


def build_content(subscribers: int):
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from gazette.newsletters.models import Newsletter
    from gazette.newsletters.tests.builders import bulk_subscribers, due_now
    from gazette.testing import hours_ago, make_article, make_image, make_section

    section = make_section("Politics")
    image = make_image(alt_text="Members of the council seated in the chamber")
    for i in range(12):
        make_article(
            section,
            f"Story number {i} of the day",
            published_at=hours_ago(1 + i),
            lead_image=image if i % 3 == 0 else None,
        )
    newsletter = due_now(Newsletter.objects.get(slug="daily"))
    started = time.perf_counter()
    bulk_subscribers(subscribers, newsletter=newsletter)
    return newsletter, time.perf_counter() - started


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument(
        "--crash-after",
        type=int,
        default=0,
        help="kill the send after this many mails, then resume (0: no crash)",
    )
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()

    context = multiprocessing.get_context("spawn")
    ready, stop, results = context.Event(), context.Event(), context.Queue()
    sink = context.Process(target=run_sink, args=(args.port, ready, stop, results))
    sink.start()
    if not ready.wait(20):
        sink.terminate()
        raise SystemExit(f"The SMTP sink did not start on port {args.port} (in use?).")

    with tempfile.TemporaryDirectory(prefix="gazette-bench-nl-") as data_dir:
        setup_django(data_dir, args.port, args.batch_size)
        newsletter, create_seconds = build_content(args.subscribers)
        from django.utils import timezone

        from gazette.newsletters import actions, queries, sending
        from gazette.newsletters.models import Delivery, DeliveryStatus, Issue

        rss_before = maxrss_mb()
        started = time.perf_counter()
        for due in queries.due_slots(timezone.now()):
            actions.prepare_digest(due)
        plan_seconds = time.perf_counter() - started
        issue = Issue.objects.get(newsletter=newsletter)
        rss_after_plan = maxrss_mb()

        if args.tracemalloc:
            import tracemalloc

            tracemalloc.start()
        crashed = False
        started = time.perf_counter()
        if args.crash_after:
            crashed = run_with_crash(issue.pk, args.crash_after)
        report = sending.send_issue(issue.pk)
        send_seconds = time.perf_counter() - started
        traced_peak = None
        if args.tracemalloc:
            traced_peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
            tracemalloc.stop()
        rss_after_send = maxrss_mb()
        counts = queries.issue_progress([issue.pk])[issue.pk]
        html_kb = len(issue.html.encode()) / 1024
        stories = issue.story_count
        delivery_rows = Delivery.objects.filter(issue=issue).count()
        sent_rows = Delivery.objects.filter(
            issue=issue, status=DeliveryStatus.SENT
        ).count()

    stop.set()
    sink_stats = results.get(timeout=60)
    sink.join(10)

    result = {
        "subscribers": args.subscribers,
        "batch_size": args.batch_size,
        "stories_in_digest": stories,
        "html_kb": round(html_kb, 1),
        "create_subscribers_s": round(create_seconds, 2),
        "plan_s": round(plan_seconds, 2),
        "send_s": round(send_seconds, 2),
        "mails_per_s": round(sink_stats["messages"] / send_seconds, 1),
        "peak_rss_mb_before_plan": round(rss_before, 1),
        "peak_rss_mb_after_plan": round(rss_after_plan, 1),
        "peak_rss_mb_after_send": round(rss_after_send, 1),
        "send_traced_peak_mb": round(traced_peak, 1) if traced_peak else None,
        "crashed_and_resumed": crashed,
        "delivery_rows": delivery_rows,
        "rows_sent": sent_rows,
        "rows_failed": counts["failed"],
        "rows_open": report.pending,
        **{f"sink_{k}": v for k, v in sink_stats.items()},
        "no_duplicates": sink_stats["duplicated_recipients"] == 0
        and sink_stats["messages"] == sink_stats["unique_recipients"],
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "database": "sqlite (WAL)",
    }
    print_table(result)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")


def run_with_crash(issue_id: int, after: int) -> bool:
    """Send until `after` mails went out, then die as a killed worker would."""
    from django.conf import settings
    from django.core.mail.backends.smtp import EmailBackend

    class Killed(Exception):
        pass

    class Crashing(EmailBackend):
        accepted = 0

        def send_messages(self, messages):
            count = super().send_messages(messages)
            Crashing.accepted += count
            if Crashing.accepted >= after:
                raise Killed

    module = type(sys)("bench_crashing_backend")
    module.Crashing = Crashing
    sys.modules["bench_crashing_backend"] = module
    original = settings.EMAIL_BACKEND
    settings.EMAIL_BACKEND = "bench_crashing_backend.Crashing"
    from gazette.newsletters import sending

    try:
        sending.send_issue(issue_id)
    except Killed:
        return True
    finally:
        settings.EMAIL_BACKEND = original
    return False


def print_table(result: dict) -> None:
    width = max(len(k) for k in result)
    print(f"\n{'measure'.ljust(width)}  value")
    print(f"{'-' * width}  {'-' * 20}")
    for key, value in result.items():
        print(f"{key.ljust(width)}  {value}")


if __name__ == "__main__":
    main()
