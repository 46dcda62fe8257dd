from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from gazette.accounts.models import User
from gazette.chats.models import Message, Room
from gazette.feed.models import LiveBlogPage
from gazette.news.models import ArticlePage, NewsImage, SectionPage


class LoadDemoTests(TestCase):
    def test_loads_a_browsable_site_and_a_second_run_adds_nothing(self):
        out = StringIO()
        call_command("load_demo", articles=3, stdout=out)
        self.assertIn("Loading demo articles: 3/3", out.getvalue())
        english = ArticlePage.objects.live().filter(locale__language_code="en")
        self.assertEqual(english.count(), 3)
        # Each edition: its sections, and the translations of those three stories.
        for code in ("en", "ru", "ar"):
            sections = SectionPage.objects.live().filter(locale__language_code=code)
            self.assertEqual(sections.count(), 7)
            self.assertEqual(self.client.get(f"/{code}/").status_code, 200)
        tamsen = ArticlePage.objects.get(slug="tamsen-provisional-accord-geneva")
        versions = tamsen.get_translations().live()
        self.assertEqual(
            sorted(versions.values_list("locale__language_code", flat=True)),
            ["ar", "ru"],
        )
        for version in versions:
            self.assertEqual(version.lead_image_id, tamsen.lead_image_id)
            self.assertEqual(self.client.get(version.url).status_code, 200)
        self.assertTrue(all(image.credit_line for image in NewsImage.objects.all()))
        editor = User.objects.get(username="editor")
        self.assertTrue(editor.check_password("gazette-editor"))
        self.assertTrue(editor.has_perm("wagtailadmin.access_admin"))

        response = self.client.get("/en/")
        self.assertEqual(response.status_code, 200)
        newest = ArticlePage.objects.published().filter(locale__language_code="en")[0]
        self.assertContains(response, newest.title)
        self.assertContains(self.client.get(newest.url), newest.lead_image.credit_line)

        rooms = Room.objects.count()
        self.assertEqual(
            sorted(set(Room.objects.values_list("language", flat=True))),
            ["ar", "en", "ru"],
        )
        self.assertTrue(Message.objects.exists())
        for blog in LiveBlogPage.objects.all():
            self.assertEqual(self.client.get(blog.url).status_code, 200)
        self.assertEqual(LiveBlogPage.objects.count(), 3)

        again = StringIO()
        call_command("load_demo", articles=3, stdout=again)
        self.assertIn("nothing new", again.getvalue())
        self.assertEqual(english.count(), 3)
        self.assertEqual(User.objects.filter(username="editor").count(), 1)
        self.assertEqual(Room.objects.count(), rooms)
        self.assertEqual(LiveBlogPage.objects.count(), 3)
