import json
from datetime import timedelta

from django import template
from django.db.models import Exists, OuterRef
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from gazette.news import structured_data
from gazette.news.models import ArticlePage
from gazette.news.renditions import picture_specs

register = template.Library()
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
    query stays on the date index instead of sorting every story of the topics. The
    topic test is an EXISTS per candidate, not a join with DISTINCT: SQLite then
    walks the date index newest first and stops at the third match (a join made it
    start from the topics' rows and sort them, 90 ms at 100,000 stories).
    """
    stories = (
        ArticlePage.objects.published().for_listing().cards_only().exclude(pk=page.pk)
    )
    if page.first_published_at:
        stories = stories.filter(
            first_published_at__range=(
                page.first_published_at - RELATED_WINDOW,
                page.first_published_at + RELATED_WINDOW,
            )
        )
    topic_ids = [topic.pk for topic in page.topics.all()]
    if topic_ids:
        shares_a_topic = ArticlePage.topics.through.objects.filter(
            articlepage_id=OuterRef("pk"), topic_id__in=topic_ids
        )
        related = list(stories.filter(Exists(shares_a_topic))[:RELATED_COUNT])
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

    The sizes come from news.renditions.picture_specs, which the worker also makes
    when a story is published (see news/renditions.py).
    """
    if image is None:
        return ""
    specs = [
        Filter(spec=spec)
        for spec in picture_specs(image, crop=crop, formats=formats.split(","))
    ]
    renditions = get_renditions_or_not_found(image, specs)
    return Picture(renditions, {"sizes": sizes, **attrs}).__html__()
