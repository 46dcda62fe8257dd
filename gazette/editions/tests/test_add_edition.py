from io import StringIO

from django.core.management import CommandError, call_command
from django.test import override_settings

from gazette.testing import BaseTestCase, make_article, make_section

WITH_GERMAN = [
    ("en", "English"),
    ("ru", "Русский"),
    ("ar", "العربيّة"),
    ("de", "Deutsch"),
]


class AddEditionTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")
        make_article(cls.world, "Harbour council agrees repairs")

    @override_settings(LANGUAGES=WITH_GERMAN, WAGTAIL_CONTENT_LANGUAGES=WITH_GERMAN)
    def test_opens_an_edition_with_a_front_and_sections_to_translate(self):
        out = StringIO()
        call_command("add_edition", "de", stdout=out)
        self.assertIn("Copying the front page and sections: 2/2", out.getvalue())
        front = self.client.get("/de/")
        self.assertContains(front, '<html lang="de" dir="ltr"')
        self.assertNotContains(front, "Harbour council agrees repairs")
        self.assertEqual(self.client.get("/de/world/").status_code, 200)
        call_command("add_edition", "de", stdout=StringIO())  # a second run is harmless

    def test_refuses_a_language_that_is_not_an_edition(self):
        with self.assertRaisesMessage(CommandError, "add it to EDITIONS"):
            call_command("add_edition", "de", stdout=StringIO())
