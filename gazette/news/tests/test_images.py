import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import Collection, UploadedFile

from gazette.news.models import NewsImage
from gazette.testing import BaseTestCase, make_article, make_image, make_section


def jpeg_upload(name="quay.jpg", size=(640, 360)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 120, 40)).save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


class ImageFormTests(BaseTestCase):
    def post_image(self, **overrides):
        data = {
            "title": "Quay at noon",
            "file": jpeg_upload(),
            "caption": "The quay wall after the storm.",
            "alt_text": "A stone quay with waves breaking over it",
            "agency": "Northlight Press",
            "photographer": "",
            "copyright_year": "2025",
            "usage_rights": "agency",
            "collection": str(Collection.get_first_root_node().pk),
            "tags": "",
        }
        data.update(overrides)
        self.client.force_login(self.editor)
        return self.client.post(reverse("wagtailimages:add"), data)

    def test_editor_adds_a_fully_credited_image(self):
        response = self.post_image()
        self.assertEqual(response.status_code, 302)
        image = NewsImage.objects.get(title="Quay at noon")
        self.assertEqual(image.credit_line, "© Northlight Press 2025")

    def test_refuses_an_image_without_agency_or_photographer(self):
        response = self.post_image(agency="", photographer="")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "every image needs a credit")
        self.assertFalse(NewsImage.objects.exists())

    def test_photographer_alone_is_a_credit(self):
        self.assertEqual(
            self.post_image(agency="", photographer="Ada Lind").status_code, 302
        )
        self.assertEqual(NewsImage.objects.get().credit_line, "© Ada Lind 2025")

    def test_refuses_an_image_without_alt_text_or_caption(self):
        for field in ("alt_text", "caption", "copyright_year"):
            with self.subTest(field=field):
                response = self.post_image(**{field: ""})
                self.assertEqual(response.status_code, 200)
                self.assertIn(field, response.context["form"].errors)
                self.assertFalse(NewsImage.objects.exists())

    def test_multiple_upload_keeps_the_image_pending_until_credited(self):
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": jpeg_upload("bulk.jpg")},
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        self.assertEqual(response.status_code, 200)
        # The file waits as an upload; no library image exists until the caption,
        # alt text and credit are given.
        self.assertEqual(UploadedFile.objects.count(), 1)
        self.assertFalse(NewsImage.objects.exists())


class ResponsiveImageTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        world = make_section("World")
        cls.picture = make_image(
            "Harbour wide",
            size=(1800, 1000),
            focal_point_x=1500,
            focal_point_y=500,
            focal_point_width=200,
            focal_point_height=200,
        )
        cls.article = make_article(
            world,
            "Harbour in pictures",
            lead_image=cls.picture,
            body=[
                ("paragraph", "<p>First paragraph.</p>"),
                ("image", {"image": cls.picture, "caption": "Second look"}),
            ],
        )

    def test_lead_image_is_a_picture_with_avif_webp_srcset_and_sizes(self):
        html = self.client.get(self.article.url).content.decode()
        lead = re.search(
            r'<figure class="article__lead-image">(.*?)</figure>', html, re.S
        ).group(1)
        self.assertIn('type="image/avif"', lead)
        self.assertIn('type="image/webp"', lead)
        self.assertIn('sizes="(min-width: 60em) 50em, 100vw"', lead)
        self.assertRegex(lead, r'srcset="[^"]*480w[^"]*800w[^"]*1200w')
        self.assertNotIn('loading="lazy"', lead)  # above the fold
        self.assertIn('fetchpriority="high"', lead)

    def test_body_images_load_lazily_with_caption_and_credit(self):
        html = self.client.get(self.article.url).content.decode()
        body = re.search(
            r'<figure class="body-image">(.*?)</figure>', html, re.S
        ).group(1)
        self.assertIn('loading="lazy"', body)
        self.assertIn("Second look", body)
        self.assertIn("© Northlight Press 2025 / Ada Lind", body)
        self.assertIn('alt="Boats on calm water under an orange sky"', body)

    def test_fill_crops_around_the_focal_point(self):
        buffer = io.BytesIO()
        canvas = PILImage.new("RGB", (1800, 600), (220, 30, 30))  # red left
        canvas.paste((30, 30, 220), (1200, 0, 1800, 600))  # blue right third
        canvas.save(buffer, format="PNG")
        image = NewsImage(
            title="Two colours",
            file=SimpleUploadedFile("two.png", buffer.getvalue()),
            caption="Test card",
            alt_text="Red and blue",
            agency="Northlight Press",
            copyright_year=2025,
            focal_point_x=1500,
            focal_point_y=300,
            focal_point_width=100,
            focal_point_height=100,
        )
        image.save()
        rendition = image.get_rendition("fill-300x300")
        with rendition.file.open("rb") as handle, PILImage.open(handle) as cropped:
            pixel = cropped.convert("RGB").getpixel((150, 150))
        self.assertGreater(pixel[2], 150)  # the centre of the crop is blue
        self.assertLess(pixel[0], 100)
