import json
from datetime import timedelta

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from gazette.news import structured_data
from gazette.news.models import ArticlePage

register = template.Library()
PICTURE_WIDTHS = (480, 800, 1200, 1600)
RELATED_COUNT = 3
RELATED_WINDOW = timedelta(days=30)


@register.simple_tag(takes_context=True)
def article_json_ld(context, page: ArticlePage):
    request = context.get("request")
    graph = structured_data.article_graph(page, request=request)
    # Escape "<" so that no string in the data can close the script element.
    payload = json.dumps(graph, ensure_ascii=False).replace("<", "\\u003c")
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload),  # noqa: S308
    )


@register.simple_tag
def related_stories(page: ArticlePage):
    """Stories sharing a topic with this one, else the latest in its section.

    Only stories published within RELATED_WINDOW of this one are considered, so the
    query stays on the date index instead of sorting every story of the topics.
    """
    stories = ArticlePage.objects.published().for_listing().exclude(pk=page.pk)
    if page.first_published_at:
        stories = stories.filter(
            first_published_at__range=(
                page.first_published_at - RELATED_WINDOW,
                page.first_published_at + RELATED_WINDOW,
            )
        )
    topic_ids = [topic.pk for topic in page.topics.all()]
    if topic_ids:
        related = list(stories.filter(topics__in=topic_ids).distinct()[:RELATED_COUNT])
        if related:
            return related
    if page.section_id:
        return list(stories.filter(section_id=page.section_id)[:RELATED_COUNT])
    return []


@register.simple_tag
def responsive_picture(
    image, *, sizes: str, crop: bool = True, formats: str = "avif,webp,jpeg", **attrs
):
    """A <picture> with AVIF/WebP/JPEG sources at the standard widths the image has.

    Wagtail never upscales, so asking a 1,000-pixel photo for a 1,600-pixel
    rendition gives a second 1,000-pixel one and an invalid srcset: leave such
    widths out. `crop` gives 16:9 renditions (with the focal point), else the
    image's own shape.
    """
    if image is None:
        return ""
    widths = [width for width in PICTURE_WIDTHS if width <= image.width] or [
        image.width
    ]
    shapes = [f"fill-{w}x{w * 9 // 16}" if crop else f"width-{w}" for w in widths]
    specs = [
        Filter(spec=f"{shape}|format-{kind}")
        for kind in formats.split(",")
        for shape in shapes
    ]
    renditions = get_renditions_or_not_found(image, specs)
    return Picture(renditions, {"sizes": sizes, **attrs}).__html__()
