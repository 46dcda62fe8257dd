import re
import xml.etree.ElementTree as ET

from django.conf import settings
from django.db import connection

from gazette.chats import actions as chat_actions
from gazette.discussions.models import DiscussionMode, DiscussionPolicy
from gazette.discussions.policy import discussion_state
from gazette.editions.models import TranslationReview
from gazette.feed.models import FeedItem
from gazette.feed.queries import newsfeed_backlog
from gazette.lib.events import captured_broadcasts
from gazette.newsletters.models import Newsletter, NewsletterKind
from gazette.testing import (
    BaseTestCase,
    make_article,
    make_edition_home,
    make_section,
    make_topic,
    make_translation,
)

SITE = settings.SITE_URL
SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


class EditionsTestCase(BaseTestCase):
    """An English story translated into Russian; an Arabic front page of its own."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")
        cls.topic = make_topic("Harbour")
        cls.article = make_article(
            cls.world,
            "Harbour council agrees repairs",
            topics=[cls.topic],
            body=[("paragraph", "<p>The council decided to repair the wall.</p>")],
        )
        cls.ru_home = make_edition_home("ru")
        cls.ar_home = make_edition_home("ar")
        cls.ru_article = make_translation(
            cls.article,
            "ru",
            title="Совет согласовал ремонт гавани",
            slug="sovet-soglasoval-remont",
            standfirst="Депутаты проголосовали после долгих споров.",
            body=[("paragraph", "<p>Городской совет принял решение о ремонте.</p>")],
        )
        cls.ru_world = cls.ru_article.get_parent().specific


class ChoosingAnEditionTests(EditionsTestCase):
    def test_root_follows_the_browser_language(self):
        for header, expected in [
            ("ru-RU,ru;q=0.9,en;q=0.5", "/ru/"),
            ("ar", "/ar/"),
            ("de-DE,de;q=0.9", "/en/"),
            ("", "/en/"),
        ]:
            with self.subTest(header=header):
                response = self.client.get("/", headers={"accept-language": header})
                self.assertRedirects(response, expected, fetch_redirect_response=False)
                self.assertIn("Accept-Language", response["Vary"])
                self.assertIn("no-store", response["Cache-Control"])

    def test_a_switch_is_remembered_over_the_browser_language(self):
        response = self.client.get(
            "/edition/ar/",
            {"next": self.ar_home.url},
            headers={"accept-language": "ru"},
        )
        self.assertRedirects(response, "/ar/", fetch_redirect_response=False)
        cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
        self.assertEqual(cookie.value, "ar")
        self.assertEqual(cookie["samesite"], "Lax")
        again = self.client.get("/", headers={"accept-language": "ru"})
        self.assertRedirects(again, "/ar/", fetch_redirect_response=False)

    def test_switch_goes_to_the_translation_and_never_off_site(self):
        response = self.client.get("/edition/ru/", {"next": self.ru_article.url})
        self.assertRedirects(
            response, self.ru_article.url, fetch_redirect_response=False
        )
        for unsafe in ["https://evil.example/ru/", "//evil.example/ru/", "/en/world/"]:
            with self.subTest(next=unsafe):
                response = self.client.get("/edition/ru/", {"next": unsafe})
                self.assertRedirects(response, "/ru/", fetch_redirect_response=False)

    def test_unknown_edition_is_a_404(self):
        self.assertEqual(self.client.get("/edition/xx/").status_code, 404)
        self.assertEqual(self.client.get("/xx/", follow=True).status_code, 404)

    def test_old_unprefixed_addresses_move_to_the_default_edition(self):
        response = self.client.get("/world/")
        self.assertRedirects(response, "/en/world/", fetch_redirect_response=False)

    def test_admin_404_stays_a_404(self):
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get("/admin/pages/999999/").status_code, 404)


class EditionPageTests(EditionsTestCase):
    def test_each_edition_has_its_language_direction_and_front(self):
        for url, lang, direction in [
            ("/en/", "en", "ltr"),
            ("/ru/", "ru", "ltr"),
            ("/ar/", "ar", "rtl"),
        ]:
            with self.subTest(url=url):
                html = self.client.get(url).content.decode()
                self.assertIn(f'<html lang="{lang}" dir="{direction}"', html)
        self.assertContains(self.client.get("/ru/"), self.ru_article.title)
        self.assertNotContains(self.client.get("/en/"), self.ru_article.title)
        self.assertNotContains(self.client.get("/ar/"), self.article.title)

    def test_interface_strings_come_in_the_edition_language(self):
        ru = self.client.get("/ru/").content.decode()
        ar = self.client.get("/ar/").content.decode()
        en = self.client.get("/en/").content.decode()
        self.assertIn("Skip to content", en)
        self.assertNotIn("Skip to content", ru)
        self.assertNotIn("Skip to content", ar)
        self.assertRegex(ru, r'class="skip-link"[^>]*>[^<]*[А-Яа-яЁё]')
        self.assertRegex(ar, r'class="skip-link"[^>]*>[^<]*[\u0600-\u06FF]')

    def test_dates_are_written_in_the_edition_locale(self):
        html = self.client.get(self.ru_article.url).content.decode()
        months = (
            "января|февраля|марта|апреля|мая|июня|"
            "июля|августа|сентября|октября|ноября|декабря"
        )
        self.assertRegex(html, rf"<time[^>]*>[^<]*({months})")

    def test_story_metadata_names_its_language(self):
        html = self.client.get(self.ru_article.url).content.decode()
        self.assertIn('"inLanguage": "ru"', html)
        self.assertIn('<meta property="og:locale" content="ru">', html)

    def test_hreflang_alternates_name_every_version(self):
        html = self.client.get(self.article.url).content.decode()
        self.assertIn(
            f'<link rel="alternate" hreflang="en" href="{SITE}{self.article.url}">',
            html,
        )
        self.assertIn(
            f'<link rel="alternate" hreflang="ru" href="{SITE}{self.ru_article.url}">',
            html,
        )
        self.assertNotIn('hreflang="ar" href', html)
        self.assertIn(f'hreflang="x-default" href="{SITE}/"', html)

    def test_switcher_leads_to_the_translation_else_the_edition_front(self):
        html = self.client.get(self.article.url).content.decode()
        switcher = html.split('class="site-editions"')[1].split("</nav>")[0]
        ru_link = re.search(r'href="(/edition/ru/[^"]+)"', switcher).group(1)
        ar_link = re.search(r'href="(/edition/ar/[^"]+)"', switcher).group(1)
        response = self.client.get(ru_link.replace("&amp;", "&"))
        self.assertRedirects(
            response, self.ru_article.url, fetch_redirect_response=False
        )
        response = self.client.get(ar_link.replace("&amp;", "&"))
        self.assertRedirects(response, "/ar/", fetch_redirect_response=False)
        self.assertIn('aria-current="true">English', switcher)

    def test_a_page_is_served_only_in_its_own_edition(self):
        ru_path = self.article.url.replace("/en/", "/ru/", 1)
        self.assertEqual(self.client.get(ru_path).status_code, 404)

    def test_section_navigation_is_the_edition_own(self):
        html = self.client.get("/ru/").content.decode()
        nav = html.split('class="site-nav"')[1].split("</nav>")[0]
        self.assertIn(f'href="{self.ru_world.url}"', nav)
        self.assertNotIn('href="/en/', nav)

    def test_topic_pages_are_per_edition_and_linked(self):
        ru_topic = self.topic.copy_for_translation(self.ru_home.locale)
        ru_topic.name = "Гавань"
        ru_topic.save()
        self.ru_article.topics.set([ru_topic])
        self.ru_article.save_revision().publish()
        response = self.client.get(ru_topic.get_absolute_url())
        self.assertEqual(ru_topic.get_absolute_url(), "/ru/topics/harbour/")
        self.assertContains(response, self.ru_article.title)
        self.assertNotContains(response, self.article.title)
        self.assertContains(
            response, f'hreflang="en" href="{SITE}/en/topics/harbour/"', html=False
        )


class PerEditionListingTests(EditionsTestCase):
    def test_newsfeed_lists_the_edition_stories_and_streams_per_edition(self):
        ru = self.client.get("/ru/newsfeed/").content.decode()
        self.assertIn(self.ru_article.title, ru)
        self.assertNotIn(self.article.title, ru)
        self.assertIn('data-topic="newsfeed.ru"', ru)
        en = self.client.get("/en/newsfeed/feed.json").json()
        self.assertEqual(en["topic"], "newsfeed.en")
        self.assertEqual([i["article_id"] for i in en["items"]], [self.article.pk])
        backlog = newsfeed_backlog("ru", 0)
        self.assertEqual({e["article_id"] for e in backlog}, {self.ru_article.pk})

    def test_publishing_sends_to_the_edition_topic(self):
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            story = make_article(self.ru_world, "Новый мост открыт")
        topics = [topic for topic, event in sent if event["type"] == "newsfeed"]
        self.assertEqual(topics, ["newsfeed.ru", f"newsfeed.{self.ru_world.pk}"])
        self.assertEqual(FeedItem.objects.get(article_pk=story.pk).language, "ru")

    def test_breaking_banner_is_per_edition(self):
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            make_article(self.ru_world, "Срочно: шторм", is_breaking=True)
        self.assertIn("breaking.ru", [topic for topic, _ in sent])
        self.assertIsNotNone(
            self.client.get("/ru/newsfeed/breaking.json").json()["alert"]
        )
        self.assertIsNone(self.client.get("/en/newsfeed/breaking.json").json()["alert"])

    def test_feeds_are_per_edition_in_their_language(self):
        rss = self.client.get("/ru/feeds/latest.rss").content.decode()
        self.assertIn("<language>ru</language>", rss)
        self.assertIn(self.ru_article.title, rss)
        self.assertNotIn(self.article.title, rss)
        self.assertIn(f"{SITE}/ru/feeds/latest.rss", rss)
        json_feed = self.client.get("/ru/feeds/latest.json").json()
        self.assertEqual(json_feed["language"], "ru")
        self.assertEqual(json_feed["home_page_url"], f"{SITE}/ru/")

    def test_sitemaps_are_per_edition_with_hreflang_alternates(self):
        index = self.client.get("/ru/sitemap.xml").content.decode()
        self.assertIn(f"{SITE}/ru/sitemap-articles.xml", index)
        xml = self.client.get("/ru/sitemap-articles.xml").content
        root = ET.fromstring(xml)  # noqa: S314 - our own output
        urls = root.findall("sm:url", SITEMAP_NS)
        self.assertEqual(
            [u.find("sm:loc", SITEMAP_NS).text for u in urls],
            [SITE + self.ru_article.url],
        )
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in urls[0].findall("xhtml:link", SITEMAP_NS)
        }
        self.assertEqual(
            alternates,
            {"en": SITE + self.article.url, "ru": SITE + self.ru_article.url},
        )
        news = self.client.get("/ru/news-sitemap.xml").content.decode()
        self.assertIn("<news:language>ru</news:language>", news)
        self.assertNotIn(self.article.url, news)

    def test_robots_lists_every_edition_sitemap(self):
        robots = self.client.get("/robots.txt").content.decode()
        for code in ("en", "ru", "ar"):
            self.assertIn(f"Sitemap: {SITE}/{code}/sitemap.xml", robots)

    def test_search_stays_in_the_edition_and_its_language(self):
        ru = self.client.get("/ru/search/", {"q": "ремонте"}).content.decode()
        self.assertIn(self.ru_article.title, ru)
        self.assertNotIn(self.article.title, ru)
        en = self.client.get("/en/search/", {"q": "repair"}).content.decode()
        self.assertIn(self.article.title, en)
        self.assertNotIn(self.ru_article.title, en)
        # PostgreSQL stems with the edition's language: "ремонта" finds "ремонте",
        # "repairing" finds "repair". SQLite's FTS5 only matches word beginnings.
        stemmed_ru = self.client.get("/ru/search/", {"q": "ремонта"}).content.decode()
        stemmed_en = self.client.get("/en/search/", {"q": "repairing"}).content.decode()
        found = connection.vendor == "postgresql"
        self.assertIs(self.ru_article.title in stemmed_ru, found)
        self.assertIs(self.article.title in stemmed_en, found)

    def test_chat_rooms_are_per_edition(self):
        chat_actions.create_room(
            title="Гавань", slug="gavan", created_by=self.editor, language="ru"
        )
        chat_actions.create_room(
            title="Harbour", slug="harbour", created_by=self.editor
        )
        ru = self.client.get("/ru/chats/").content.decode()
        self.assertIn("/ru/chats/gavan/", ru)
        self.assertNotIn("harbour/", ru)
        self.assertIn(
            "/en/chats/harbour/", self.client.get("/en/chats/").content.decode()
        )

    def test_subscribe_offers_the_edition_newsletters(self):
        Newsletter.objects.create(
            name="Утренний выпуск",
            slug="daily-ru",
            kind=NewsletterKind.DAILY,
            language="ru",
        )
        ru = self.client.get("/ru/subscribe/").content.decode()
        en = self.client.get("/en/subscribe/").content.decode()
        self.assertIn("Утренний выпуск", ru)
        self.assertNotIn("Daily digest", ru)
        self.assertIn("Daily digest", en)
        self.assertNotIn("Утренний выпуск", en)

    def test_discussion_settings_per_edition(self):
        DiscussionPolicy.objects.create(page=self.ru_home, mode=DiscussionMode.CLOSED)
        self.assertEqual(discussion_state(self.ru_article).mode, DiscussionMode.CLOSED)
        self.assertEqual(discussion_state(self.article).mode, DiscussionMode.OPEN)

    def test_feed_directory_lists_the_edition_feeds(self):
        html = self.client.get("/ru/feeds/").content.decode()
        self.assertIn('href="/ru/feeds/sections/world.rss"', html)
        self.assertNotIn('href="/en/feeds/', html)


class TranslationReviewTests(EditionsTestCase):
    def test_an_update_to_the_original_flags_its_translations_until_published(self):
        self.assertFalse(TranslationReview.objects.exists())
        self.article.standfirst = "Members voted after a long debate on repairs, again."
        self.article.save_revision().publish()
        review = TranslationReview.objects.get()
        self.assertEqual(review.page_id, self.ru_article.pk)
        self.assertEqual(review.original_id, self.article.pk)

        self.client.force_login(self.editor)
        report = self.client.get("/admin/reports/translations-to-review/")
        self.assertContains(report, self.ru_article.title)
        edit = self.client.get(f"/admin/pages/{self.ru_article.pk}/edit/")
        self.assertContains(edit, "This translation needs review")

        self.ru_article.refresh_from_db()
        self.ru_article.save_revision().publish()
        self.assertFalse(TranslationReview.objects.exists())
        report = self.client.get("/admin/reports/translations-to-review/")
        self.assertNotContains(report, self.ru_article.title)

    def test_publishing_a_translation_never_flags_the_original(self):
        self.ru_article.save_revision().publish()
        self.assertFalse(TranslationReview.objects.exists())


class TranslatingTests(EditionsTestCase):
    def test_an_editor_translates_a_story_in_the_admin(self):
        make_translation(self.world, "ar")  # sections first, as add_edition does
        self.client.force_login(self.editor)
        story = make_article(self.world, "Ferry timetable changes")
        url = f"/admin/translation/submit/page/{story.pk}/"
        self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.post(url, {"locales": [self.ar_home.locale_id]})
        self.assertEqual(response.status_code, 302)
        translated = story.get_translation(self.ar_home.locale)
        self.assertEqual(translated.get_parent().locale_id, self.ar_home.locale_id)
        self.assertFalse(translated.live)  # a draft for the edition's editors

    def test_a_story_whose_section_is_not_translated_gets_a_clear_message(self):
        self.client.force_login(self.editor)
        story = make_article(self.world, "Ferry timetable changes")
        url = f"/admin/translation/submit/page/{story.pk}/"
        response = self.client.post(url, {"locales": [self.ar_home.locale_id]})
        self.assertContains(
            response, "Translate “World” into that edition first", status_code=400
        )
        self.assertIsNone(story.get_translation_or_none(self.ar_home.locale))

    def test_a_contributor_cannot(self):
        self.client.force_login(self.contributor)
        url = f"/admin/translation/submit/page/{self.article.pk}/"
        self.assertIn(self.client.get(url).status_code, (302, 403))
