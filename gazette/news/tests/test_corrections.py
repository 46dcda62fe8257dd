from gazette.news.models import ArticleCorrection, ArticlePage
from gazette.testing import BaseTestCase, make_article, make_section


def correct(article, *, kind="correction", text="We got the length wrong.", **changes):
    """Publish a new version with a log entry, the way the admin does: from the rows."""
    article = ArticlePage.objects.get(pk=article.pk)
    for field, value in changes.items():
        setattr(article, field, value)
    article.corrections.add(ArticleCorrection(kind=kind, text=text))
    revision = article.save_revision()
    revision.publish()
    return ArticleCorrection.objects.filter(page=article).order_by(
        "-pk"
    ).first(), revision


class CorrectionChangesTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        world = make_section("World")
        cls.article = make_article(
            world,
            "Bridge reopens after repairs",
            standfirst="The 400 m bridge carries 9,000 cars a day.",
            body=[
                ("paragraph", "<p>Work took two years.</p>"),
                ("paragraph", "<p>The mayor cut the ribbon.</p>"),
            ],
        )
        # A draft readers never saw, saved between the two published versions.
        cls.article.standfirst = "SECRET DRAFT WORDING"
        cls.article.save_revision()
        cls.article.standfirst = "The 400 m bridge carries 9,000 cars a day."
        cls.entry, cls.revision = correct(
            cls.article,
            title="Bridge reopens after repair work",
            standfirst="The 40 m bridge carries 9,000 cars a day.",
            body=[
                ("paragraph", "<p>Work took two years.</p>"),
                ("paragraph", "<p>The deputy mayor cut the ribbon.</p>"),
                ("paragraph", "<p>Buses return on Monday.</p>"),
            ],
        )

    def test_entry_is_tied_to_the_revision_published_with_it(self):
        self.assertEqual(self.entry.revision_id, self.revision.pk)

    def test_article_links_each_entry_to_its_changes(self):
        response = self.client.get(self.article.url)
        self.assertContains(response, "We got the length wrong.")
        self.assertContains(
            response, f'href="{self.article.url}changes/{self.entry.pk}/"'
        )

    def test_changes_page_shows_inline_diff_of_headline_standfirst_and_body(self):
        response = self.client.get(f"{self.article.url}changes/{self.entry.pk}/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn(
            '<del><span class="visually-hidden">[deleted:] </span>400</del>', html
        )
        self.assertIn(
            '<ins><span class="visually-hidden">[added:] </span>40</ins>', html
        )
        self.assertIn("[added:] </span> deputy</ins> mayor", html)
        self.assertIn("[added:] </span>Buses return on Monday.</ins>", html)
        self.assertIn("[deleted:] </span>repairs</del>", html)
        self.assertIn("Work took two years.", html)
        self.assertNotIn("SECRET DRAFT", html)
        self.assertContains(response, "We got the length wrong.")

    def test_first_published_version_has_nothing_to_compare(self):
        fresh = make_article(
            self.article.get_parent().specific, "Ferry timetable changes"
        )
        entry = ArticleCorrection.objects.create(
            page=fresh, kind="update", text="Added times.", revision=fresh.live_revision
        )
        response = self.client.get(f"{fresh.url}changes/{entry.pk}/")
        self.assertContains(response, "no earlier text to compare")

    def test_unknown_or_unpublished_entries_are_404(self):
        pending = ArticleCorrection.objects.create(
            page=self.article, kind="update", text="Not yet published."
        )
        other = make_article(self.article.get_parent().specific, "Other story")
        for url in (
            f"{self.article.url}changes/{pending.pk}/",
            f"{self.article.url}changes/999999/",
            f"{self.article.url}changes/abc/",
            f"{other.url}changes/{self.entry.pk}/",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_diff_escapes_text(self):
        entry, _ = correct(
            self.article,
            kind="clarification",
            text="Quote fixed.",
            standfirst="<b>Bold</b> & a 40 m bridge.",
        )
        response = self.client.get(f"{self.article.url}changes/{entry.pk}/")
        self.assertNotContains(response, "<b>Bold</b>")
        self.assertContains(response, "&lt;b&gt;")

    def test_site_wide_corrections_page_links_to_changes(self):
        response = self.client.get("/en/corrections/")
        self.assertContains(
            response, f'href="{self.article.url}changes/{self.entry.pk}/"'
        )
