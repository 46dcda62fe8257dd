import json

import nh3
from django import template
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from gazette.feed import queries

register = template.Library()


@register.filter
def clean_rich_text(value) -> str:
    """Entry text as safe HTML: whatever reached the database, scripts never run."""
    from wagtail.rich_text import RichText

    html = str(value) if isinstance(value, RichText) else str(value or "")
    return mark_safe(nh3.clean(html))  # noqa: S308


@register.simple_tag
def newsfeed_rail(language: str):
    """An edition's latest stories for the rail beside an article (one query)."""
    return queries.rail_items(language)


@register.simple_tag(takes_context=True)
def live_blog_json_ld(context, page) -> str:
    """schema.org LiveBlogPosting with the entries shown on the page."""
    from gazette.lib.urls import absolute

    request = context.get("request")
    url = page.get_full_url(request=request)
    entries = [context.get("pinned_entry"), *context.get("entries", [])]
    updates = []
    for entry in entries:
        if entry is None:
            continue
        text = " ".join(
            " ".join(strip_tags(str(block.render_as_block())).split())
            for block in entry.body
        )
        updates.append(
            {
                "@type": "BlogPosting",
                "headline": entry.headline or text[:110],
                "articleBody": text,
                "datePublished": entry.posted_at.isoformat(),
                "dateModified": entry.updated_at.isoformat(),
                "url": f"{url}#{entry.anchor}",
            }
        )
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "url": url,
        "headline": page.title,
        "description": page.standfirst,
        "coverageStartTime": _iso(page.first_published_at),
        "datePublished": _iso(page.first_published_at),
        "dateModified": _iso(page.last_published_at),
        "liveBlogUpdate": updates,
        "mainEntityOfPage": url,
        "publisher": {"@type": "NewsMediaOrganization", "url": absolute("/")},
    }
    if page.is_closed:
        data["coverageEndTime"] = _iso(page.last_published_at)
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None
