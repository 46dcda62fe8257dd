"""Test-only settings: fast hashing, jobs run at once, files in a temporary folder."""

import os
import tempfile
from urllib.parse import urlparse

_scratch = tempfile.mkdtemp(prefix="gazette-test-")
os.environ.setdefault("DATA_DIR", _scratch)


def _redis_database_per_worker() -> None:
    """Give each pytest-xdist worker its own Redis database.

    Tests clear the cache, and a clear is FLUSHDB: on a shared database one worker
    would wipe the other's rate-limit counters and cached site roots mid-test.
    """
    url, worker = os.environ.get("REDIS_URL"), os.environ.get("PYTEST_XDIST_WORKER")
    if not url or not worker:
        return
    parts = urlparse(url)
    base = int(parts.path.lstrip("/") or 0)
    number = base + 1 + int(worker.removeprefix("gw"))
    os.environ["REDIS_URL"] = parts._replace(path=f"/{number}").geturl()


_redis_database_per_worker()
os.environ.setdefault("STATIC_MANIFEST", "false")
# Tests publish scheduled pages themselves; no thread in the test process does it.
os.environ.setdefault("PUBLISH_SCHEDULED_IN_WEB", "false")
os.environ.setdefault(
    "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
)


def pytest_configure(config):
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = os.path.join(_scratch, "media")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"
    settings.ACCOUNT_RATE_LIMITS = {}
    # WhiteNoise warns at start-up when the (uncollected) static root is missing.
    os.makedirs(settings.STATIC_ROOT, exist_ok=True)
    restore_database_after_transactional_tests()


def restore_database_after_transactional_tests() -> None:
    """Leave the database as migrations made it after every TransactionTestCase.

    Django empties every table after a TransactionTestCase, which is only safe when
    such tests run last. Under pytest-xdist's per-file scheduling a worker can run an
    ordinary TestCase after one, and would find no groups, root page or site. So
    serialise the migrated state once (serialized_rollback makes pytest-django do it)
    and put it back after each flush.
    """
    from django.core.management import call_command
    from django.db import connections
    from django.test import TransactionTestCase

    TransactionTestCase.serialized_rollback = True

    def flush_and_restore(self) -> None:
        for alias in self._databases_names(include_mirrors=False):
            call_command(
                "flush",
                verbosity=0,
                interactive=False,
                database=alias,
                reset_sequences=False,
                allow_cascade=self.available_apps is not None,
                inhibit_post_migrate=True,
            )
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            if contents:
                connections[alias].creation.deserialize_db_from_string(contents)

    TransactionTestCase._fixture_teardown = flush_and_restore
