"""Safety gates that need no browser: deploy checks, security headers, templates."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from gazette.testing import BaseTestCase, make_article, make_section

BASE_DIR = Path(__file__).resolve().parents[2]
TEMPLATES_DIR = BASE_DIR / "gazette" / "templates"
PUBLIC_HOST = "news.example.org"


def production_env(**overrides) -> dict[str, str]:
    """The environment of a public HTTPS deployment, on a throwaway data folder."""
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SITE_URL"}}
    env.update(
        SITE_URL=f"https://{PUBLIC_HOST}",
        SECRET_KEY=secrets.token_urlsafe(50),
        DEBUG="false",
        ALLOWED_HOSTS=PUBLIC_HOST,
        STATIC_MANIFEST="true",
    )
    env.update(overrides)
    return env


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def test_deploy_check_passes_with_production_settings(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env=production_env(DATA_DIR=str(tmp_path)),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deploy_check_fails_when_debug_is_on(tmp_path):
    env = production_env(DATA_DIR=str(tmp_path), DEBUG="true")
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W018" in result.stdout + result.stderr


PING_URLCONF = """
from django.http import HttpResponse
from django.urls import path

urlpatterns = [path("ping/", lambda request: HttpResponse("ok"))]
"""


def test_https_site_sends_hsts_and_redirects_plain_http(tmp_path):
    # A one-view URLconf keeps the whole middleware stack but needs no database.
    (tmp_path / "ping_urls.py").write_text(PING_URLCONF)
    script = (
        "from django.test import Client, override_settings\n"
        "with override_settings(ROOT_URLCONF='ping_urls'):\n"
        f"    client = Client(headers={{'host': '{PUBLIC_HOST}'}})\n"
        "    secure = client.get('/ping/', secure=True)\n"
        "    plain = client.get('/ping/')\n"
        "print(secure.status_code, secure.headers.get('Strict-Transport-Security'))\n"
        "print(secure.headers.get('Content-Security-Policy'))\n"
        "print(plain.status_code, plain.headers.get('Location'))\n"
    )
    env = production_env(DATA_DIR=str(tmp_path), PYTHONPATH=str(tmp_path))
    result = run_manage("shell", "--no-imports", "-c", script, env=env)
    assert result.returncode == 0, result.stderr
    hsts_line, csp_line, redirect_line = result.stdout.strip().splitlines()[-3:]
    assert hsts_line == "200 max-age=31536000; includeSubDomains"
    assert "upgrade-insecure-requests" in directives(csp_line)
    assert redirect_line == f"301 https://{PUBLIC_HOST}/ping/"


class SecurityHeaderTests(BaseTestCase):
    def setUp(self):
        section = make_section("World", home=self.home)
        self.article = make_article(section, "Harbour walls hold in the storm")

    def assert_site_policy(self, response):
        self.assertEqual(response.status_code, 200)
        policy = directives(response.headers["Content-Security-Policy"])
        self.assertEqual(policy["script-src"], ["'self'"])
        self.assertEqual(policy["default-src"], ["'self'"])
        self.assertEqual(policy["object-src"], ["'none'"])
        self.assertEqual(policy["base-uri"], ["'self'"])
        self.assertEqual(policy["frame-ancestors"], ["'none'"])
        self.assertNotIn("'unsafe-inline'", policy["style-src-elem"])
        self.assertNotIn("'unsafe-eval'", sum(policy.values(), []))
        self.assertEqual(response.headers["X-Content-Type-Options"], "nosniff")
        self.assertEqual(
            response.headers["Referrer-Policy"], "strict-origin-when-cross-origin"
        )
        self.assertEqual(response.headers["X-Frame-Options"], "DENY")

    def test_front_page_article_and_search_send_the_strict_policy(self):
        for url in ["/en/", self.article.url, "/en/search/?q=harbour"]:
            with self.subTest(url=url):
                self.assert_site_policy(self.client.get(url))

    def test_reader_pages_send_the_strict_policy_when_logged_in(self):
        self.client.force_login(self.reader)
        self.assert_site_policy(self.client.get(self.article.url))

    def test_admin_has_its_own_policy_that_still_forbids_framing_by_others(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)
        policy = directives(response.headers["Content-Security-Policy"])
        self.assertEqual(policy["frame-ancestors"], ["'self'"])
        self.assertEqual(policy["object-src"], ["'none'"])
        self.assertEqual(policy["form-action"], ["'self'"])
        self.assertNotIn("style-src-elem", policy)


INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>", re.I
)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
JAVASCRIPT_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.I)


def test_site_templates_have_no_inline_script():
    """The public site's CSP blocks inline script, so none may be written."""
    offenders = []
    for template in sorted(TEMPLATES_DIR.rglob("*.html")):
        if template.relative_to(TEMPLATES_DIR).parts[0] == "wagtailadmin":
            continue  # admin overrides live under the admin's own policy
        text = template.read_text()
        for pattern in (INLINE_SCRIPT, EVENT_HANDLER, JAVASCRIPT_URL):
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                offenders.append(f"{template.relative_to(BASE_DIR)}:{line}: {match[0]}")
    assert not offenders, "Inline script in templates:\n" + "\n".join(offenders)
