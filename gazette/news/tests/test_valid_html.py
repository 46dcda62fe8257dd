"""Pages are valid HTML, as the Nu HTML Checker (the W3C validator's engine) sees it."""

import json
import subprocess
import tempfile
from pathlib import Path

from gazette.news.models import ArticleCorrection
from gazette.testing import (
    BaseTestCase,
    make_article,
    make_author,
    make_edition_home,
    make_image,
    make_section,
    make_topic,
    make_translation,
)

ROOT = Path(__file__).resolve().parents[3]
CHECKER = ROOT / ".tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def html_errors(pages: dict[str, bytes]) -> list[str]:
    """Run the checker once over every page; return its errors as readable lines."""
    assert CHECKER.exists(), "Run `make html-checker` (make test does) to install it."
    with tempfile.TemporaryDirectory() as folder:
        for name, html in pages.items():
            Path(folder, f"{name}.html").write_bytes(html)
        command = ["java", "-jar", str(CHECKER), "--errors-only", "--format", "json"]
        result = subprocess.run(  # noqa: S603
            [*command, folder],  # noqa: S607
            capture_output=True,
            check=False,
            timeout=180,
        )
    messages = json.loads(result.stderr or b'{"messages": []}')["messages"]
    return [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
    ]


class ValidHtmlTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")
        cls.author = make_author("Mara Quill")
        cls.topic = make_topic("Harbour")
        cls.article = make_article(
            cls.world,
            "Harbour council agrees repairs",
            dateline="Marlow Bay",
            lead_image=make_image(),
            authors=[cls.author],
            topics=[cls.topic],
            body=[
                ("paragraph", "<p>The council <b>agreed</b> the budget.</p>"),
                ("subheading", "What happens next"),
                ("quote", {"text": "We will start in May.", "attribution": "A clerk"}),
                (
                    "fact_box",
                    {"title": "In numbers", "text": "<ul><li>3 piers</li></ul>"},
                ),
            ],
        )
        ArticleCorrection.objects.create(
            page=cls.article, kind="correction", text="The budget is 3m, not 30m."
        )
        make_article(
            cls.world, "Ferry timetable changes", lead_image=make_image("Ferry")
        )
        make_edition_home("ar")
        cls.arabic = make_translation(
            cls.article, "ar", title="مجلس المدينة يوافق على إصلاح الميناء"
        )

    def pages(self, *, signed_in: bool) -> dict[str, str]:
        own = {"profile": "/en/accounts/profile/"}
        entrance = {"login": "/en/accounts/login/", "signup": "/en/accounts/signup/"}
        return (own if signed_in else entrance) | {
            "front": "/en/",
            "section": self.world.url,
            "article": self.article.url,
            "topic": self.topic.get_absolute_url(),
            "author": self.author.get_absolute_url(),
            "search": "/en/search/?q=harbour",
            "corrections": "/en/corrections/",
            "feeds": "/en/feeds/",
            "newsfeed": "/en/newsfeed/",
            "chats": "/en/chats/",
            "subscribe": "/en/subscribe/",
            "not-found": "/en/no-such-page/",
            "arabic-front": "/ar/",
            "arabic-article": self.arabic.url,
            "arabic-newsfeed": "/ar/newsfeed/",
        }

    def render(self, prefix: str, *, signed_in: bool) -> dict[str, bytes]:
        rendered = {}
        for name, url in self.pages(signed_in=signed_in).items():
            response = self.client.get(url)
            self.assertIn(response.status_code, (200, 404), url)
            rendered[f"{prefix}-{name}"] = response.content
        return rendered

    def test_pages_for_anonymous_and_signed_in_readers_are_valid_html(self):
        pages = self.render("anonymous", signed_in=False)
        self.client.force_login(self.reader)
        pages |= self.render("reader", signed_in=True)
        errors = html_errors(pages)
        self.assertEqual(errors, [], "\n".join(errors))

    def test_the_checker_reports_invalid_markup(self):
        broken = b"<!DOCTYPE html><html lang=en><title>x</title><p><div></p>"
        self.assertTrue(html_errors({"broken": broken}))
