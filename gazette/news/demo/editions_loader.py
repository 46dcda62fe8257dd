"""The demo's other editions: translated front pages, sections, topics and a share of
the stories (linked to the English ones), plus a few stories of their own. Idempotent.
"""

import json

from django.db import transaction
from wagtail.models import Locale

from gazette.editions.editions import edition_codes
from gazette.news.demo import content
from gazette.news.demo.editions import EDITIONS
from gazette.news.models import ArticlePage, Author, HomePage, SectionPage, Topic


def load_editions(progress, *, home: HomePage, originals: bool) -> dict[str, int]:
    """Each edition's front, sections, topics, newsletters and stories: translations
    of the English stories present, and (with `originals`) its own stories."""
    added = {"edition stories": 0, "edition newsletters": 0}
    for code, edition in EDITIONS.items():
        if code not in edition_codes():
            continue  # the site runs without this edition
        locale, _ = Locale.objects.get_or_create(language_code=code)
        translate_page(home, locale, **edition["home"])
        sections = {
            spec["slug"]: translate_page(
                SectionPage.objects.child_of(home).get(slug=spec["slug"]),
                locale,
                **edition["sections"][spec["slug"]],
            )
            for spec in content.SECTIONS
        }
        topics = {
            spec["slug"]: translate_topic(spec["slug"], locale, edition["topics"])
            for spec in content.TOPICS
        }
        added["edition newsletters"] += ensure_edition_newsletters(
            code, edition.get("newsletters", {})
        )
        stories = edition["articles"] + (edition["originals"] if originals else [])
        for number, spec in enumerate(stories, start=1):
            if not ArticlePage.objects.filter(
                locale=locale, slug=spec["slug"]
            ).exists():
                if "translation_of" in spec:
                    story = translate_story(spec, locale, topics)
                else:
                    story = create_original(spec, sections, topics)
                added["edition stories"] += story is not None
            progress(f"{code} edition", number, len(stories))
    return added


def translate_page(page, locale, **fields):
    """The page's live translation in the locale, made and published if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = page.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


def translate_topic(slug: str, locale, translations: dict) -> Topic:
    original = Topic.objects.get(slug=slug, locale=Locale.get_default())
    existing = original.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translated = original.copy_for_translation(locale)
    translated.name = translations[slug]["name"]
    translated.description = translations[slug]["description"]
    translated.save()
    return translated


@transaction.atomic
def translate_story(spec: dict, locale, topics: dict) -> ArticlePage | None:
    original = ArticlePage.objects.filter(
        slug=spec["translation_of"], locale=Locale.get_default()
    ).first()
    if original is None:
        return None  # a partial load (load_demo --articles N) left it out
    story = original.copy_for_translation(locale)
    story.slug = spec["slug"]
    story.title = spec["headline"]
    story.standfirst = spec["standfirst"]
    story.dateline = spec["dateline"]
    story.lead_image_caption = spec.get("image_caption", "")
    story.body = _body(spec["body"])
    story.save()
    story.topics.set(
        [topics[t.slug] for t in original.topics.all() if t.slug in topics]
    )
    story.save_revision().publish()
    ArticlePage.objects.filter(pk=story.pk).update(
        first_published_at=original.first_published_at,
        last_published_at=original.first_published_at,
    )
    return story


def create_original(spec: dict, sections: dict, topics: dict) -> ArticlePage:
    from gazette.news.demo.loader import create_article, ensure_image

    image, _ = ensure_image(spec, seed=sum(map(ord, spec["slug"])) % 1000)
    authors = {a.slug: a for a in Author.objects.filter(slug__in=spec["authors"])}
    return create_article(spec, sections[spec["section"]], image, authors, topics)


def _body(blocks) -> str:
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


NEWSLETTER_KINDS = {"daily": 7, "breaking": 0, "weekly": 9}


def ensure_edition_newsletters(code: str, specs: dict) -> int:
    """The edition's own newsletters (the default edition's come with a migration)."""
    from gazette.newsletters.models import Newsletter

    added = 0
    for position, (kind, spec) in enumerate(specs.items()):
        _, created = Newsletter.objects.get_or_create(
            slug=f"{kind}-{code}",
            defaults={
                "name": spec["title"],
                "kind": kind,
                "description": spec["description"],
                "send_hour": NEWSLETTER_KINDS.get(kind, 7),
                "language": code,
                "position": position,
            },
        )
        added += created
    return added
