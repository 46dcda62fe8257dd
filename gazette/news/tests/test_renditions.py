from gazette.news.models import NewsRendition
from gazette.news.renditions import (
    BODY_PICTURE_FORMATS,
    lead_image_specs,
    make_article_renditions,
    picture_specs,
)
from gazette.testing import (
    BaseTestCase,
    make_article,
    make_image,
    make_section,
    make_site,
)


class PublishRenditionsTests(BaseTestCase):
    """Publishing queues a job (run at once by the tests' task backend) that makes
    every rendition the story's pages use, so no reader has to wait for one."""

    def setUp(self):
        # Rendition cache keys are image id + file hash: after a rolled-back test
        # the same id and bytes come back, and a stale entry would stand in for rows.
        NewsRendition.cache_backend.clear()

    def publish_story(self):
        section = make_section("World")
        lead = make_image("Harbour wide", size=(1800, 1000))
        inline = make_image("Quay wall", size=(900, 600))
        with self.captureOnCommitCallbacks(execute=True):
            article = make_article(
                section,
                "Harbour in pictures",
                lead_image=lead,
                body=[
                    ("paragraph", "<p>Boats came back before the storm.</p>"),
                    ("image", {"image": inline, "caption": ""}),
                ],
            )
        return section, article, lead, inline

    def specs_made(self, image) -> set[str]:
        return set(image.renditions.values_list("filter_spec", flat=True))

    def test_publishing_makes_lead_card_opengraph_and_body_renditions(self):
        _, _, lead, inline = self.publish_story()
        self.assertEqual(self.specs_made(lead), set(lead_image_specs(lead)))
        self.assertIn("fill-1600x900|format-avif", self.specs_made(lead))
        self.assertIn("fill-1200x630|format-jpeg", self.specs_made(lead))
        self.assertIn("fill-640x360|format-webp", self.specs_made(lead))
        self.assertEqual(
            self.specs_made(inline),
            set(picture_specs(inline, crop=False, formats=BODY_PICTURE_FORMATS)),
        )
        for rendition in NewsRendition.objects.all():
            with self.subTest(spec=rendition.filter_spec):
                self.assertIs(rendition.file.storage.exists(rendition.file.name), True)

    def test_readers_find_every_rendition_already_made(self):
        section, article, _, _ = self.publish_story()
        made = NewsRendition.objects.count()
        for url in (article.url, section.url, make_site().url):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)
        self.assertEqual(NewsRendition.objects.count(), made)

    def test_running_the_job_again_makes_nothing_new(self):
        _, article, _, _ = self.publish_story()
        made = NewsRendition.objects.count()
        self.assertEqual(make_article_renditions(article.pk), made)
        self.assertEqual(NewsRendition.objects.count(), made)

    def test_story_without_images_queues_no_job(self):
        section = make_section("World")
        with self.captureOnCommitCallbacks() as callbacks:
            make_article(section, "Council agrees budget")
        names = [getattr(c, "__qualname__", "") for c in callbacks]
        self.assertFalse(any("queue_article_renditions" in n for n in names))
