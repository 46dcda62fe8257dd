"""schema.org JSON-LD: NewsArticle with its image, authors and corrections."""

from django.conf import settings

from gazette.editions.editions import locale_language
from gazette.lib.urls import absolute
from gazette.news.models import FEED_RENDITION, ArticlePage


def image_object(image) -> dict:
    rendition = image.get_rendition(FEED_RENDITION)
    return {
        "@type": "ImageObject",
        "url": absolute(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "caption": image.caption,
        "creditText": image.credit_line,
        "copyrightNotice": image.credit_line,
        "creator": {"@type": "Person", "name": image.photographer}
        if image.photographer
        else {"@type": "Organization", "name": image.agency},
    }


def article_graph(page: ArticlePage, *, request=None) -> list[dict]:
    url = page.get_full_url(request=request)
    publisher = {
        "@type": "NewsMediaOrganization",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": settings.SITE_URL + "/",
    }
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "url": url,
        "headline": page.title,
        "description": page.standfirst,
        "inLanguage": locale_language(page.locale_id),
        "datePublished": page.first_published_at.isoformat()
        if page.first_published_at
        else None,
        "dateModified": (page.last_published_at or page.first_published_at).isoformat()
        if page.first_published_at
        else None,
        "author": [
            {"@type": "Person", "name": a.name, "url": absolute(a.get_absolute_url())}
            for a in page.authors.all()
        ],
        "publisher": publisher,
        "articleSection": page.section.title if page.section else None,
        "keywords": [topic.name for topic in page.topics.all()],
        "wordCount": page.word_count,
        "isAccessibleForFree": True,
    }
    if page.dateline:
        article["locationCreated"] = {"@type": "Place", "name": page.dateline}
    if page.lead_image:
        article["image"] = image_object(page.lead_image)
    corrections = [
        {
            "@type": "CorrectionComment",
            "text": f"{entry.get_kind_display()}: {entry.text}",
            "datePublished": entry.created_at.isoformat(),
        }
        for entry in page.corrections.all()
    ]
    if corrections:
        article["correction"] = corrections
    crumbs = [{"name": settings.WAGTAIL_SITE_NAME, "item": settings.SITE_URL + "/"}]
    if page.section:
        section_url = page.section.get_full_url(request=request)
        crumbs.append({"name": page.section.title, "item": section_url})
    crumbs.append({"name": page.title, "item": url})
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, **crumb}
            for n, crumb in enumerate(crumbs, start=1)
        ],
    }
    return [{k: v for k, v in article.items() if v is not None}, breadcrumbs]
