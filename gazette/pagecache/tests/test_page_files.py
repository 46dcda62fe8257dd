"""Pages written as files for nginx (PAGE_FILES_ROOT), and purges deleting them."""

import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from unittest import mock

from gazette.pagecache import actions, files
from gazette.pagecache.conf import get_conf
from gazette.pagecache.middleware import PageCacheMiddleware
from gazette.pagecache.nginx import page_file_headers, render
from gazette.pagecache.store import get_store
from gazette.pagecache.tests.asgi_client import asgi_request
from gazette.pagecache.tests.test_pagecache import PageCacheTestCase


class PageFilesTestCase(PageCacheTestCase):
    def setUp(self):
        super().setUp()
        self.root = Path(tempfile.mkdtemp(prefix="gazette-page-files-"))
        self.addCleanup(shutil.rmtree, self.root, ignore_errors=True)
        environment = mock.patch.dict(os.environ, PAGE_FILES_ROOT=str(self.root))
        environment.start()
        self.addCleanup(environment.stop)
        get_conf.cache_clear()
        self.addCleanup(get_conf.cache_clear)
        files._written.clear()

    def file(self, path: str) -> Path:
        return self.root.joinpath(*path.strip("/").split("/"), "index.html")


class WritingTests(PageFilesTestCase):
    def test_an_anonymous_page_is_written_as_it_was_served(self):
        for path in (self.article.url, "/en/world/", "/en/"):
            with self.subTest(path=path):
                reply = asgi_request(path)
                self.assertEqual(reply.status, 200)
                self.assertEqual(self.file(path).read_bytes(), reply.body)

    def test_a_hit_writes_the_file_again_when_nginx_found_none(self):
        first = asgi_request(self.article.url)
        self.file(self.article.url).unlink()  # the sweep, or another machine's purge
        files._written.clear()  # ...longer ago than half the max-age
        self.assertEqual(asgi_request(self.article.url).headers["x-cache"], "HIT")
        self.assertEqual(self.file(self.article.url).read_bytes(), first.body)

    def test_no_file_for_query_strings_feeds_or_signed_in_readers(self):
        asgi_request(self.article.url + "?from=newsletter")
        asgi_request("/en/feeds/latest.rss")
        asgi_request(
            self.other.url, headers=[("Cookie", self.session_cookie(self.reader))]
        )
        self.assertEqual(list(self.root.rglob("*")), [])

    def test_paths_that_could_leave_the_folder_get_no_file(self):
        for path in ("/en/../../etc/", "/en//x/", "/en/./", "/en/story", "en/"):
            with self.subTest(path=path):
                self.assertIsNone(files.file_for(self.root, path))
        self.assertEqual(
            files.file_for(self.root, "/ru/мир/"),
            self.root / "ru" / "мир" / "index.html",
        )

    def test_a_render_that_raced_a_purge_writes_no_file(self):
        async def editor_publishes_meanwhile(scope, receive, send):
            get_store().bump([scope["path"]])
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"text/html; charset=utf-8")],
                }
            )
            await send({"type": "http.response.body", "body": b"<p>Old news</p>"})

        app = PageCacheMiddleware(editor_publishes_meanwhile)
        reply = asgi_request("/en/racing/", app=app)
        self.assertEqual(reply.body, b"<p>Old news</p>")
        self.assertFalse(self.file("/en/racing/").exists())


class PurgeTests(PageFilesTestCase):
    def test_publishing_deletes_the_files_of_the_pages_it_purges(self):
        purged = (self.article.url, "/en/world/", "/en/")
        for path in (*purged, self.other.url):
            asgi_request(path)
        self.article.title = "Harbour council agrees more repairs"
        self.publish(self.article)
        for path in purged:
            self.assertFalse(self.file(path).exists(), path)
        self.assertTrue(self.file(self.other.url).exists())  # another section's story
        self.assertIn("more repairs", asgi_request(self.article.url).text)

    def test_a_purge_of_everything_deletes_every_file(self):
        for path in (self.article.url, self.other.url, "/en/"):
            asgi_request(path)
        with self.captureOnCommitCallbacks(execute=True):
            actions.purge_everything()
        self.assertEqual([p for p in self.root.rglob("*") if p.is_file()], [])
        self.assertTrue(self.root.is_dir())

    def test_the_sweep_deletes_files_older_than_the_max_age(self):
        asgi_request(self.article.url)
        asgi_request(self.other.url)
        old = time.time() - 60
        os.utime(self.file(self.article.url), (old, old))
        self.assertEqual(files.sweep(self.root, max_age=10), 1)
        self.assertFalse(self.file(self.article.url).exists())
        self.assertTrue(self.file(self.other.url).exists())


class NginxHeaderTests(PageFilesTestCase):
    """nginx sends a page file with the headers the app sends with the page."""

    MADE_BY_NGINX = {"content-type", "content-length", "etag", "last-modified"}
    SET_PER_FILE = {"x-cache", "content-language"}

    def test_the_config_sends_every_header_of_a_shared_page(self):
        asgi_request(self.article.url)
        page = asgi_request(self.article.url).headers
        configured = {name.lower(): value for name, value in page_file_headers()}
        policy = "content-security-policy"
        self.assertEqual(directives(configured[policy]), directives(page[policy]))
        for name, value in page.items():
            if name in self.MADE_BY_NGINX | self.SET_PER_FILE or name == policy:
                continue
            with self.subTest(header=name):
                self.assertEqual(configured.get(name), value)
        self.assertEqual(configured.keys() - page.keys(), set())

    def test_the_rendered_config_serves_page_files_in_their_language(self):
        conf = render(
            listen=8080,
            apps=["127.0.0.1:8000"],
            run_dir=self.root / "nginx",
            static_root="/srv/static",
            media_root="/srv/media",
        )
        self.assertIn(f"root {self.root};", conf)
        self.assertIn('"~^/ru/" ru;', conf)
        self.assertIn('"~^/ar/" ar;', conf)
        self.assertIn('add_header Content-Security-Policy "', conf)
        settings_lines = [line for line in conf.splitlines() if "#" not in line]
        self.assertEqual(re.findall(r"@[A-Z_]+@", "\n".join(settings_lines)), [])


def directives(policy: str) -> set[str]:
    return set(policy.split("; "))
