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
        self.assertEqual(ArticlePage.objects.live().count(), 3)
        self.assertEqual(SectionPage.objects.count(), 7)
        self.assertTrue(all(image.credit_line for image in NewsImage.objects.all()))
        editor = User.objects.get(username="editor")
        self.assertTrue(editor.check_password("gazette-editor"))
        self.assertTrue(editor.has_perm("wagtailadmin.access_admin"))

        response = self.client.get("/en/")
        self.assertEqual(response.status_code, 200)
        newest = ArticlePage.objects.published().first()
        self.assertContains(response, newest.title)
        self.assertContains(self.client.get(newest.url), newest.lead_image.credit_line)

        self.assertEqual(Room.objects.count(), 3)
        self.assertTrue(Message.objects.exists())
        blog = LiveBlogPage.objects.get()
        self.assertEqual(self.client.get(blog.url).status_code, 200)

        again = StringIO()
        call_command("load_demo", articles=3, stdout=again)
        self.assertIn("nothing new", again.getvalue())
        self.assertEqual(ArticlePage.objects.count(), 3)
        self.assertEqual(User.objects.filter(username="editor").count(), 1)
        self.assertEqual(Room.objects.count(), 3)
        self.assertEqual(LiveBlogPage.objects.count(), 1)
