"""The image renditions a story's pages use, made by the worker when it is published.

A rendition made on a reader's request costs that reader the resize and encode,
readers arriving together each start it, and under load some of them were sent
rendition addresses that answered 404 (issue #9). Publishing queues
`make_article_renditions` for the worker instead, so the first readers find every
size in place. The specs here are the ones the templates ask for; the
`responsive_picture` tag builds its list with `picture_specs`, so the two cannot drift.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction

from gazette.news.models import FEED_RENDITION, LISTING_RENDITIONS, ArticlePage

PICTURE_WIDTHS = (480, 800, 1200, 1600)
PICTURE_FORMATS = ("avif", "webp", "jpeg")
# Body images keep their own shape and skip AVIF (news/blocks/image.html).
BODY_PICTURE_FORMATS = ("webp", "jpeg")
# The og:image and twitter:image of news/article_page.html.
OPENGRAPH_RENDITION = "fill-1200x630|format-jpeg"


def picture_specs(image, *, crop: bool = True, formats=PICTURE_FORMATS) -> list[str]:
    """Filter specs of a <picture>: every standard width the image has, per format.

    Wagtail never upscales, so a width larger than the original would only give a
    second copy at the original size: such widths are left out. `crop` gives 16:9
    renditions (around the focal point), else the image's own shape.
    """
    widths = [width for width in PICTURE_WIDTHS if width <= image.width] or [
        image.width
    ]
    shapes = [f"fill-{w}x{w * 9 // 16}" if crop else f"width-{w}" for w in widths]
    return [f"{shape}|format-{kind}" for kind in formats for shape in shapes]


def lead_image_specs(image) -> list[str]:
    """The article's picture, its OpenGraph and feed/JSON-LD images, story cards."""
    return [
        *picture_specs(image),
        OPENGRAPH_RENDITION,
        FEED_RENDITION,
        *LISTING_RENDITIONS,
    ]


def wanted_renditions(article: ArticlePage) -> list[tuple[object, list[str]]]:
    """(image, filter specs) for every image the article's pages show."""
    wanted = []
    if article.lead_image is not None:
        wanted.append((article.lead_image, lead_image_specs(article.lead_image)))
    for block in article.body:
        image = block.value.get("image") if block.block_type == "image" else None
        if image is not None:
            wanted.append(
                (image, picture_specs(image, crop=False, formats=BODY_PICTURE_FORMATS))
            )
    return wanted


def make_article_renditions(article_id: int) -> int:
    """Make the renditions an article's pages use that do not exist yet.

    Idempotent: Wagtail finds the renditions already made and only creates the
    missing ones, so a retried or repeated job does no work twice. Returns how many
    renditions the article's images have for these specs (made or found).
    """
    article = (
        ArticlePage.objects.select_related("lead_image").filter(pk=article_id).first()
    )
    if article is None:
        return 0
    count = 0
    for image, specs in wanted_renditions(article):
        count += len(image.get_renditions(*specs))
    return count


_paused = ContextVar("renditions_paused", default=False)


@contextmanager
def not_queued():
    """Publish without queueing renditions (bulk loads: the first reader makes them)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def queue_article_renditions(article: ArticlePage) -> None:
    """After the publishing transaction commits, have the worker make them."""
    if _paused.get():
        return
    if article.lead_image_id is None and not any(
        block.block_type == "image" for block in article.body
    ):
        return
    from gazette.news.tasks import make_article_renditions_task

    article_id = article.pk
    transaction.on_commit(lambda: make_article_renditions_task.enqueue(article_id))
