from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gazette.pagecache.store import get_store
from gazette.pagecache.tests.asgi_client import asgi_request
from gazette.testing import (
    BaseTestCase,
    make_article,
    make_author,
    make_section,
    make_topic,
)

CACHED_PAGE_TYPES = {
    "front": "/en/",
    "section": "/en/world/",
    "article": "/en/world/harbour-council-agrees-repairs/",
    "topic": "/en/topics/harbour/",
    "author": "/en/authors/mara-quill/",
    "rss": "/en/feeds/latest.rss",
    "atom": "/en/feeds/latest.atom",
    "section feed": "/en/feeds/sections/world.rss",
    "sitemap index": "/en/sitemap.xml",
    "news sitemap": "/en/news-sitemap.xml",
    "corrections": "/en/corrections/",
}


class PageCacheTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")
        cls.sport = make_section("Sport")
        cls.author = make_author("Mara Quill", slug="mara-quill")
        cls.topic = make_topic("Harbour", slug="harbour")
        cls.article = make_article(
            cls.world,
            "Harbour council agrees repairs",
            authors=[cls.author],
            topics=[cls.topic],
        )
        cls.other = make_article(cls.sport, "Rowing club wins the regatta")

    def setUp(self):
        get_store().flush()

    def publish(self, page):
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()

    def session_cookie(self, user) -> str:
        self.client.force_login(user)
        name = settings.SESSION_COOKIE_NAME
        return f"{name}={self.client.cookies[name].value}"


class CacheHeaderTests(PageCacheTestCase):
    def test_second_anonymous_view_is_a_hit_that_runs_no_sql(self):
        first = asgi_request(self.article.url)
        self.assertEqual((first.status, first.headers["x-cache"]), (200, "MISS"))
        with CaptureQueriesContext(connection) as queries:
            second = asgi_request(self.article.url)
        self.assertEqual(len(queries), 0, [q["sql"] for q in queries])
        self.assertEqual(second.headers["x-cache"], "HIT")
        self.assertEqual(second.body, first.body)

    def test_every_page_type_is_cached_with_shared_cache_headers(self):
        for name, path in CACHED_PAGE_TYPES.items():
            with self.subTest(page=name):
                asgi_request(path)
                reply = asgi_request(path)
                self.assertEqual(reply.status, 200)
                self.assertEqual(reply.headers["x-cache"], "HIT")
                self.assertIn("s-maxage=", reply.headers["cache-control"])
                self.assertIn("stale-while-revalidate=", reply.headers["cache-control"])
                self.assertIn("public", reply.headers["cache-control"])
                self.assertRegex(reply.headers["etag"], r'^"[0-9a-f]{24}"$')
                self.assertIn("GMT", reply.headers["last-modified"])
                self.assertEqual(int(reply.headers["content-length"]), len(reply.body))

    def test_if_none_match_and_if_modified_since_get_304(self):
        first = asgi_request(self.article.url)
        by_tag = asgi_request(
            self.article.url, headers=[("If-None-Match", first.headers["etag"])]
        )
        self.assertEqual((by_tag.status, by_tag.body), (304, b""))
        self.assertEqual(by_tag.headers["etag"], first.headers["etag"])
        by_date = asgi_request(
            self.article.url,
            headers=[("If-Modified-Since", first.headers["last-modified"])],
        )
        self.assertEqual(by_date.status, 304)
        stale_tag = asgi_request(self.article.url, headers=[("If-None-Match", '"old"')])
        self.assertEqual(stale_tag.status, 200)
        old_date = asgi_request(
            self.article.url,
            headers=[("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")],
        )
        self.assertEqual(old_date.status, 200)

    def test_head_is_answered_from_the_cache_without_a_body(self):
        asgi_request(self.article.url)
        reply = asgi_request(self.article.url, method="HEAD")
        self.assertEqual((reply.status, reply.body), (200, b""))
        self.assertEqual(reply.headers["x-cache"], "HIT")


class NeverCachedTests(PageCacheTestCase):
    def test_signed_in_reader_is_never_served_or_stored(self):
        cookie = self.session_cookie(self.reader)
        for _ in range(2):
            reply = asgi_request(self.article.url, headers=[("Cookie", cookie)])
            self.assertEqual(reply.status, 200)
            self.assertNotIn("x-cache", reply.headers)
            self.assertIn("private", reply.headers["cache-control"])
        anonymous = asgi_request(self.article.url)
        self.assertEqual(anonymous.headers["x-cache"], "MISS")

    def test_private_paths_posts_and_404s_are_not_stored(self):
        for path in (
            "/en/accounts/login/",
            "/en/search/?q=harbour",
            "/en/no-such-page/",
        ):
            with self.subTest(path=path):
                asgi_request(path)
                self.assertNotEqual(asgi_request(path).headers.get("x-cache"), "HIT")
        reply = asgi_request(self.article.url, method="POST")
        self.assertNotIn("x-cache", reply.headers)

    def test_bypass_header_renders_afresh(self):
        asgi_request(self.article.url)
        reply = asgi_request(self.article.url, headers=[("X-Pagecache-Bypass", "1")])
        self.assertEqual(reply.status, 200)
        self.assertNotIn("x-cache", reply.headers)


class NoPerReaderDataTests(PageCacheTestCase):
    def test_cached_pages_hold_no_csrf_token_or_reader_name(self):
        cookie = self.session_cookie(self.reader)
        for name, path in CACHED_PAGE_TYPES.items():
            with self.subTest(page=name):
                # A signed-in visit first: it must not be what anonymous readers get.
                asgi_request(path, headers=[("Cookie", cookie)])
                asgi_request(path)
                cached = asgi_request(path)
                self.assertEqual(cached.headers["x-cache"], "HIT")
                self.assertNotIn("csrfmiddlewaretoken", cached.text)
                self.assertNotIn("Rita Reader", cached.text)
                self.assertNotIn(self.reader.email, cached.text)
                self.assertNotIn("set-cookie", cached.headers)


class PurgeTests(PageCacheTestCase):
    def assert_gone(self, path, status=404):
        # In-process ASGI error pages hit SQLite's table lock under TestCase, so the
        # status itself is checked through the test client.
        reply = asgi_request(path)
        self.assertNotEqual(reply.status, 200)
        self.assertNotIn("x-cache", reply.headers)
        self.assertEqual(self.client.get(path).status_code, status)

    def warm(self, *paths):
        for path in paths:
            asgi_request(path)
            self.assertEqual(asgi_request(path).headers["x-cache"], "HIT", path)

    def test_editing_an_article_purges_exactly_the_pages_it_appears_on(self):
        affected = [
            self.article.url,
            "/en/world/",
            "/en/world/?page=1",
            "/en/",
            "/en/topics/harbour/",
            "/en/authors/mara-quill/",
            "/en/feeds/latest.rss",
            "/en/feeds/sections/world.rss",
            "/en/feeds/topics/harbour.rss",
            "/en/feeds/authors/mara-quill.rss",
            "/en/sitemap.xml",
            "/en/news-sitemap.xml",
            "/en/sitemap-articles.xml",
        ]
        untouched = [self.other.url, "/en/sport/", "/en/feeds/sections/sport.rss"]
        self.warm(*affected, *untouched)
        self.article.title = "Harbour council doubles repair budget"
        self.publish(self.article)
        for path in affected:
            with self.subTest(path=path):
                reply = asgi_request(path)
                self.assertEqual(reply.headers["x-cache"], "MISS")
        for path in ("/en/", "/en/world/", self.article.url, "/en/topics/harbour/"):
            self.assertIn(
                "Harbour council doubles repair budget", asgi_request(path).text
            )
        for path in untouched:
            with self.subTest(path=path):
                self.assertEqual(asgi_request(path).headers["x-cache"], "HIT")

    def test_publishing_a_new_article_shows_on_front_and_section(self):
        self.warm("/en/", "/en/world/")
        with self.captureOnCommitCallbacks(execute=True):
            fresh = make_article(self.world, "Lighthouse reopens to visitors")
        self.assertEqual(asgi_request(fresh.url).status, 200)
        for path in ("/en/", "/en/world/"):
            self.assertIn("Lighthouse reopens to visitors", asgi_request(path).text)

    def test_unpublishing_removes_the_article_everywhere(self):
        self.warm(self.article.url, "/en/", "/en/world/", "/en/topics/harbour/")
        with self.captureOnCommitCallbacks(execute=True):
            self.article.unpublish()
        self.assert_gone(self.article.url)
        for path in ("/en/", "/en/world/", "/en/topics/harbour/"):
            self.assertNotIn("Harbour council agrees repairs", asgi_request(path).text)

    def test_moving_an_article_purges_old_and_new_places(self):
        old_url = self.article.url
        self.warm(old_url, "/en/world/", "/en/sport/")
        with self.captureOnCommitCallbacks(execute=True):
            self.article.move(self.sport, pos="last-child")
        self.article.refresh_from_db()
        self.assert_gone(old_url, status=301)  # Wagtail redirects a moved page
        # Both sections are rendered afresh (what /world/ lists is the news app's
        # business: it keys on ArticlePage.section, which a move does not update).
        self.assertEqual(asgi_request("/en/world/").headers["x-cache"], "MISS")
        self.assertEqual(asgi_request("/en/sport/").headers["x-cache"], "MISS")
        self.assertEqual(asgi_request(self.article.url).status, 200)

    def test_deleting_an_article_purges_its_pages(self):
        url = self.article.url
        self.warm(url, "/en/", "/en/world/")
        with self.captureOnCommitCallbacks(execute=True):
            self.article.delete()
        self.assert_gone(url)
        self.assertNotIn("Harbour council agrees repairs", asgi_request("/en/").text)

    def test_renaming_an_author_purges_everything(self):
        self.warm(self.article.url, self.other.url)
        with self.captureOnCommitCallbacks(execute=True):
            self.author.name = "Mara Quill-Lund"
            self.author.save()
        self.assertIn("Mara Quill-Lund", asgi_request(self.article.url).text)
        self.assertEqual(asgi_request(self.other.url).headers["x-cache"], "MISS")
