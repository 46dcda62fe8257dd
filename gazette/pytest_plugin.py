"""Test-only settings: fast hashing, jobs run at once, files in a temporary folder."""

import os
import tempfile

_scratch = tempfile.mkdtemp(prefix="gazette-test-")
os.environ.setdefault("DATA_DIR", _scratch)
os.environ.setdefault("STATIC_MANIFEST", "false")
os.environ.setdefault("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")


def pytest_configure(config):
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = os.path.join(_scratch, "media")
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"
    settings.ACCOUNT_RATE_LIMITS = {}
    # WhiteNoise warns at start-up when the (uncollected) static root is missing.
    os.makedirs(settings.STATIC_ROOT, exist_ok=True)
