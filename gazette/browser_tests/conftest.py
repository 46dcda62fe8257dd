"""Fixtures for the browser journeys.

- `live_site` (session): the site in production mode on its own database; one per
  pytest-xdist worker. See gazette/browser_tests/site.py.
- `browser` (module): Debian's Chromium through Playwright. Module-scoped on purpose:
  a started sync Playwright leaves an event loop in the thread, which makes Django's
  ORM refuse to run, so it must be gone before the next test module starts.
- `new_context(**options)`: a fresh browser profile (cookies, JavaScript on or off);
  `page`: a page in one. Every page is watched: a JavaScript error or a CSP
  violation, or a traceback in the server log, fails the test; on failure each open
  page is saved as a screenshot under test-artifacts/.
"""

import json
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from gazette.browser_tests.site import LiveSite

expect.set_options(timeout=20_000)

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Console messages that say nothing about the page under test.
IGNORED_CONSOLE = [re.compile(r"favicon\.ico")]
PHASE_REPORTS = pytest.StashKey[dict]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    item.stash.setdefault(PHASE_REPORTS, {})[report.when] = report
    return report


def _failed(request) -> bool:
    reports = request.node.stash.get(PHASE_REPORTS, {})
    return any(report.failed for report in reports.values())


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    # Under xdist the base temp's parent is shared by the run's workers (and pytest
    # prunes old ones), so the database and static files are built there once.
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    site = LiveSite.start(seed_dir=shared / "browser-seed")
    ARTIFACTS.mkdir(exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    (ARTIFACTS / f"live-site-timings-{worker}.json").write_text(
        json.dumps(site.timings, indent=2)
    )
    yield site
    site.stop()


@pytest.fixture(scope="module")
def browser():
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


class PageWatch:
    """Collects what went wrong inside the browser while a test ran."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.allowed: list[re.Pattern] = list(IGNORED_CONSOLE)

    def allow(self, pattern: str) -> None:
        """Tolerate console errors matching `pattern` (say why at the call)."""
        self.allowed.append(re.compile(pattern))

    def watch(self, page) -> None:
        page.on("console", lambda message: self._console(page, message))
        page.on("pageerror", lambda error: self.problems.append(f"{page.url}: {error}"))

    def _console(self, page, message) -> None:
        if message.type != "error":
            return
        text = f"{message.text} {message.location.get('url', '')}"
        if not any(pattern.search(text) for pattern in self.allowed):
            self.problems.append(f"{page.url}: console error: {text}")


@pytest.fixture
def page_watch():
    return PageWatch()


@pytest.fixture
def new_context(request, browser, live_site, page_watch):
    contexts = []
    log_start = live_site.log_size()

    def make(**options):
        options.setdefault("base_url", live_site.base_url)
        options.setdefault("locale", "en-GB")
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**options)
        # Generous: CI shares two cores between the site, Chromium and the tests.
        context.set_default_timeout(30_000)
        context.on("page", page_watch.watch)
        contexts.append(context)
        return context

    yield make

    if _failed(request):
        _save_screenshots(request, contexts)
    for context in contexts:
        context.close()
    server_log = live_site.log_text(log_start)
    if not _failed(request):
        assert "Traceback" not in server_log, f"The site logged an error:\n{server_log}"
        assert not page_watch.problems, "Problems in the browser:\n" + "\n".join(
            page_watch.problems
        )


@pytest.fixture
def page(new_context):
    return new_context().new_page()


def _save_screenshots(request, contexts) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.nodeid)
    number = 0
    for context in contexts:
        for open_page in context.pages:
            number += 1
            path = ARTIFACTS / f"{slug}-{number}.png"
            try:
                open_page.screenshot(path=str(path), full_page=True)
            except Exception as error:  # noqa: BLE001 (a screenshot must not hide the failure)
                path.with_suffix(".txt").write_text(f"No screenshot: {error}")
