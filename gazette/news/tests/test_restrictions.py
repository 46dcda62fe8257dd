from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from gazette.news import restrictions
from gazette.testing import BaseTestCase, make_article, make_section, make_topic


class RestrictionsTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")
        cls.hidden = make_section("Members")
        ferry = make_topic("Ferry")
        cls.story = make_article(cls.world, "Ferry runs again", topics=[ferry])
        make_article(cls.world, "Ferry timetable published", topics=[ferry])
        make_article(cls.hidden, "Ferry owners meet in private", topics=[ferry])
        PageViewRestriction.objects.create(
            page=cls.hidden, restriction_type="password", password="members-only"
        )

    def test_a_story_view_reads_the_restrictions_once_and_obeys_them(self):
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(self.story.url)
        reads = [
            q["sql"]
            for q in context.captured_queries
            if 'FROM "wagtailcore_pageviewrestriction"' in q["sql"]
        ]
        # One for Wagtail's check of the story itself, one for every listing.
        self.assertEqual(len(reads), 2, reads)
        self.assertContains(response, "Ferry timetable published")  # related
        self.assertNotContains(response, "Ferry owners meet in private")
        self.assertNotContains(response, f'href="{self.hidden.url}"')  # menu

    def test_a_story_behind_a_password_asks_for_it(self):
        hidden = self.hidden.get_children().get().specific
        response = self.client.get(hidden.url)
        self.assertContains(response, 'type="password"')
        self.assertNotContains(response, "The council met on Tuesday")

    def test_with_nothing_restricted_a_story_view_reads_them_once(self):
        PageViewRestriction.objects.all().delete()
        with CaptureQueriesContext(connection) as context:
            self.client.get(self.story.url)
        reads = [
            q["sql"]
            for q in context.captured_queries
            if "wagtailcore_pageviewrestriction" in q["sql"]
        ]
        self.assertEqual(len(reads), 1, reads)

    def test_a_restriction_added_mid_request_counts_from_then_on(self):
        def view(request):
            before = restrictions.restricted_pages()
            PageViewRestriction.objects.filter(page=self.hidden).delete()
            return before, restrictions.restricted_pages()

        before, after = restrictions.read_once_per_request(view)(None)
        self.assertEqual(before, [(self.hidden.path, self.hidden.depth)])
        self.assertEqual(after, [])

    def test_outside_a_request_every_call_reads_them(self):
        self.assertEqual(len(restrictions.restricted_pages()), 1)
        PageViewRestriction.objects.all().delete()
        self.assertEqual(restrictions.restricted_pages(), [])
