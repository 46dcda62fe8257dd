"""The image library refuses files that are too big, too large, not images, or SVG."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from gazette.news.models import NewsImage
from gazette.testing import BaseTestCase

ADD_IMAGE_URL = "/admin/images/add/"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
SVG_WITH_SCRIPT = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
  <script>window.__xss = 1</script>
  <rect width="100" height="100" onload="window.__xss = 1"/>
</svg>"""


def jpeg_bytes(size=(64, 48)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 80, 160)).save(buffer, format="JPEG")
    return buffer.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims width x height pixels but carries almost no data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


class ImageUploadTests(BaseTestCase):
    def setUp(self):
        self.client.force_login(self.editor)

    def upload(self, name: str, content: bytes, content_type: str = "image/jpeg"):
        return self.client.post(
            ADD_IMAGE_URL,
            {
                "title": "Harbour wall",
                "file": SimpleUploadedFile(name, content, content_type=content_type),
                "caption": "The harbour wall after the storm.",
                "alt_text": "A cracked stone wall beside the sea",
                "agency": "Northlight Press",
                "photographer": "Ada Lind",
                "copyright_year": "2026",
                "usage_rights": "agency",
            },
        )

    def assert_refused(self, response, message: str):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, message)
        self.assertEqual(NewsImage.objects.count(), 0)

    def test_accepts_a_credited_jpeg(self):
        response = self.upload("wall.jpg", jpeg_bytes())
        self.assertEqual(response.status_code, 302)
        image = NewsImage.objects.get()
        self.assertEqual(image.credit_line, "© Northlight Press 2026 / Ada Lind")

    def test_refuses_a_file_over_the_size_limit(self):
        oversized = jpeg_bytes() + b"\0" * (MAX_UPLOAD_BYTES + 1)
        self.assert_refused(self.upload("wall.jpg", oversized), "This file is too big")

    def test_refuses_an_image_with_too_many_pixels(self):
        # 10,000 x 10,000 = 100 million pixels in a few hundred bytes.
        bomb = png_header_only(10_000, 10_000)
        self.assertLess(len(bomb), 1000)
        self.assert_refused(
            self.upload("wall.png", bomb, "image/png"), "This file has too many pixels"
        )

    def test_refuses_a_decompression_bomb_beyond_pillows_own_limit(self):
        bomb = png_header_only(60_000, 60_000)
        self.assert_refused(
            self.upload("wall.png", bomb, "image/png"), "This file has too many pixels"
        )

    def test_refuses_a_truncated_image_with_a_message(self):
        # The header promises 400 x 300 pixels; the data stops long before that.
        self.assert_refused(
            self.upload("wall.png", png_header_only(400, 300), "image/png"),
            "This image file is damaged or incomplete",
        )

    def test_refuses_a_file_that_is_not_an_image(self):
        self.assert_refused(
            self.upload("wall.jpg", b"MZ\x90\x00 this is a program, not a photo"),
            "Upload a valid image",
        )

    def test_refuses_an_svg_with_script(self):
        self.assert_refused(
            self.upload("wall.svg", SVG_WITH_SCRIPT, "image/svg+xml"),
            "Not a supported image format",
        )

    def test_refuses_an_svg_disguised_as_a_png(self):
        self.assert_refused(
            self.upload("wall.png", SVG_WITH_SCRIPT, "image/png"),
            "Not a valid .png image",
        )

    def test_refuses_an_upload_without_credit(self):
        response = self.client.post(
            ADD_IMAGE_URL,
            {
                "title": "Harbour wall",
                "file": SimpleUploadedFile("wall.jpg", jpeg_bytes(), "image/jpeg"),
                "caption": "The harbour wall after the storm.",
                "alt_text": "A cracked stone wall beside the sea",
                "copyright_year": "2026",
                "usage_rights": "agency",
            },
        )
        self.assert_refused(response, "every image needs a credit")
