"""Validation of the Russian and Arabic demo editions (no database).

The chat room, live blog and newsletter checks import modules that load Django
models, so they run under pytest-django (the project default); they still
touch no database.
"""

import importlib
import re
from collections import Counter

import pytest

from gazette.news.demo import content
from gazette.news.demo.editions import EDITIONS
from gazette.news.demo.images import SCENES

ENGLISH = {a["slug"]: a for a in content.ARTICLES}
SECTION_SLUGS = {s["slug"] for s in content.SECTIONS}
TOPIC_SLUGS = {t["slug"] for t in content.TOPICS}
AUTHOR_SLUGS = {a["slug"] for a in content.AUTHORS}
ENGLISH_IMAGE_TITLES = {a["image"]["title"] for a in content.ARTICLES}

ALLOWED_BLOCKS = {"paragraph", "subheading", "quote", "fact_box"}
ALLOWED_TAGS = {"p", "b", "i", "ul", "li"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAG_RE = re.compile(r"<[^>]+>")
SCRIPTS = {
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
}
LATIN = re.compile(r"[A-Za-z]")
ARTICLE_KEYS = {
    "slug",
    "section",
    "headline",
    "standfirst",
    "dateline",
    "authors",
    "topics",
    "hours_ago",
    "is_breaking",
    "image",
    "body",
}
IMAGE_KEYS = {"title", "caption", "agency", "photographer", "year", "alt", "scene"}
TRANSLATION_KEYS = {
    "translation_of",
    "slug",
    "headline",
    "standfirst",
    "dateline",
    "image_caption",
    "body",
}

CODES = sorted(EDITIONS)


def _articles(code):
    return [(code, a) for a in EDITIONS[code]["articles"]]


def _originals(code):
    return [(code, a) for a in EDITIONS[code]["originals"]]


ALL_TRANSLATIONS = [pair for code in CODES for pair in _articles(code)]
ALL_ORIGINALS = [pair for code in CODES for pair in _originals(code)]


def _id(pair):
    code, article = pair
    return f"{code}:{article['slug']}"


def assert_in_script(code: str, text: str, what: str = "") -> None:
    """The text is written in the edition's script, not left in English."""
    plain = TAG_RE.sub(" ", text)
    own = len(SCRIPTS[code].findall(plain))
    assert own, f"{what}: no {code} letters in {text!r}"
    assert own > len(LATIN.findall(plain)), f"{what}: mostly Latin: {text!r}"
    for other, script in SCRIPTS.items():
        if other != code:
            assert not script.search(plain), f"{what}: {other} letters in {text!r}"


def block_texts(block_type, value) -> list[str]:
    if block_type in ("paragraph", "subheading"):
        return [value]
    if block_type == "quote":
        return [value["text"], value["attribution"]]
    return [value["title"], value["text"]]


def check_body(code: str, body: list) -> None:
    assert body, "empty body"
    assert body[0][0] == "paragraph"
    for block in body:
        assert isinstance(block, tuple) and len(block) == 2, block
        block_type, value = block
        assert block_type in ALLOWED_BLOCKS, block_type
        if block_type == "paragraph":
            assert value.startswith("<p>") and value.endswith("</p>"), value
            assert set(re.findall(r"</?([a-z]+)", value)) <= ALLOWED_TAGS, value
        elif block_type == "subheading":
            assert value.strip() and "<" not in value and len(value) <= 120
        elif block_type == "quote":
            assert set(value) == {"text", "attribution"}
            assert value["text"].strip() and len(value["attribution"]) <= 200
        elif block_type == "fact_box":
            assert set(value) == {"title", "text"}
            assert value["title"].strip() and len(value["title"]) <= 120
            assert value["text"].startswith(("<p>", "<ul>"))
            assert set(re.findall(r"</?([a-z]+)", value["text"])) <= ALLOWED_TAGS
        for text in block_texts(block_type, value):
            assert_in_script(code, text, block_type)


def check_story_fields(code: str, story: dict) -> None:
    for key in ("headline", "standfirst", "dateline"):
        assert story[key].strip(), key
        assert_in_script(code, story[key], key)
    assert len(story["headline"]) <= 110
    assert len(story["standfirst"]) <= 300
    assert len(story["dateline"]) <= 80
    check_body(code, story["body"])


# ------------------------------------------------------------------ editions


def test_the_editions_are_russian_and_arabic():
    assert CODES == ["ar", "ru"]


@pytest.mark.parametrize("code", CODES)
def test_home(code):
    home = EDITIONS[code]["home"]
    assert home["title"].strip()
    assert len(home["strapline"]) <= 200
    assert_in_script(code, home["strapline"], "strapline")


@pytest.mark.parametrize("code", CODES)
def test_every_section_is_translated(code):
    sections = EDITIONS[code]["sections"]
    assert set(sections) == SECTION_SLUGS
    for slug, section in sections.items():
        assert_in_script(code, section["title"], slug)
        assert_in_script(code, section["description"], slug)


@pytest.mark.parametrize("code", CODES)
def test_every_topic_is_translated(code):
    topics = EDITIONS[code]["topics"]
    assert set(topics) == TOPIC_SLUGS
    for slug, topic in topics.items():
        assert len(topic["name"]) <= 100
        assert_in_script(code, topic["name"], slug)
        assert_in_script(code, topic["description"], slug)


@pytest.mark.parametrize("code", CODES)
def test_translations_cover_the_site(code):
    edition = EDITIONS[code]
    translated = [a["translation_of"] for a in edition["articles"]]
    assert len(translated) >= 10
    assert len(set(translated)) == len(translated), "a story translated twice"
    assert set(translated) <= set(ENGLISH)
    assert {ENGLISH[slug]["section"] for slug in translated} == SECTION_SLUGS
    breaking = [a["slug"] for a in content.ARTICLES if a["is_breaking"]]
    assert set(breaking) <= set(translated)


def test_slugs_are_unique_ascii_and_new():
    taken = set(ENGLISH)
    for code in CODES:
        edition = EDITIONS[code]
        for story in edition["articles"] + edition["originals"]:
            slug = story["slug"]
            assert slug.isascii() and SLUG_RE.match(slug) and len(slug) <= 80, slug
            assert slug not in taken, slug
            taken.add(slug)


@pytest.mark.parametrize("pair", ALL_TRANSLATIONS, ids=_id)
def test_translation(pair):
    code, article = pair
    assert set(article) - {"corrections"} == TRANSLATION_KEYS
    english = ENGLISH[article["translation_of"]]
    check_story_fields(code, article)
    caption = article["image_caption"]
    assert len(caption) <= 400 and caption.rstrip().endswith(".")
    assert_in_script(code, caption, "image_caption")
    # A full translation: the same blocks, in the same order.
    assert [t for t, _ in article["body"]] == [t for t, _ in english["body"]]


@pytest.mark.parametrize("pair", ALL_TRANSLATIONS, ids=_id)
def test_translated_corrections_match_the_english(pair):
    code, article = pair
    english = ENGLISH[article["translation_of"]].get("corrections", [])
    translated = article.get("corrections", [])
    assert [(c["kind"], c["hours_after_publication"]) for c in translated] == [
        (c["kind"], c["hours_after_publication"]) for c in english
    ]
    for correction in translated:
        assert_in_script(code, correction["text"], "correction")


@pytest.mark.parametrize("pair", ALL_ORIGINALS, ids=_id)
def test_original(pair):
    code, story = pair
    assert set(story) == ARTICLE_KEYS
    assert story["section"] in SECTION_SLUGS
    assert 1 <= len(story["authors"]) <= 2
    assert set(story["authors"]) <= AUTHOR_SLUGS
    assert 1 <= len(story["topics"]) <= 3
    assert set(story["topics"]) <= TOPIC_SLUGS
    assert story["is_breaking"] is False
    assert isinstance(story["hours_ago"], int) and 0 <= story["hours_ago"] <= 240
    check_story_fields(code, story)
    assert 5 <= len(story["body"]) <= 10


@pytest.mark.parametrize("pair", ALL_ORIGINALS, ids=_id)
def test_original_image(pair):
    code, story = pair
    image = story["image"]
    assert set(image) == IMAGE_KEYS
    assert image["scene"] in SCENES
    assert image["year"] in (2025, 2026)
    for key in ("title", "caption", "alt"):
        assert_in_script(code, image[key], key)
    assert image["caption"].rstrip().endswith(".")
    assert len(image["caption"]) <= 400
    assert len(image["alt"]) <= 300
    assert image["agency"].strip() and len(image["agency"]) <= 100
    assert image["photographer"].strip() and len(image["photographer"]) <= 100
    assert len(image["title"]) <= 255


def test_original_image_titles_are_unique():
    # The loader reuses an image with the same title.
    titles = [story["image"]["title"] for _, story in ALL_ORIGINALS]
    assert [t for t, n in Counter(titles).items() if n > 1] == []
    assert not set(titles) & ENGLISH_IMAGE_TITLES


def test_originals_each_edition_has_two():
    for code in CODES:
        assert len(EDITIONS[code]["originals"]) == 2


# ---------------------------------------------------- rooms, blog, newsletters


def test_chat_rooms():
    from gazette.chats.demo import ROOMS

    slugs = {room["slug"] for room in ROOMS}
    english_stories = {room["story"] for room in ROOMS} - {None}
    for code in CODES:
        rooms = EDITIONS[code]["chat_rooms"]
        translated = {a["translation_of"] for a in EDITIONS[code]["articles"]}
        # The stories the English rooms discuss are translated too.
        assert english_stories <= translated
        assert len(rooms) == 2
        for room in rooms:
            assert set(room) == {"slug", "title", "topic", "story", "messages"}
            assert SLUG_RE.match(room["slug"]) and len(room["slug"]) <= 80
            assert room["slug"] not in slugs, room["slug"]
            slugs.add(room["slug"])
            assert room["story"] is None or room["story"] in translated
            assert len(room["title"]) <= 120 and len(room["topic"]) <= 300
            assert_in_script(code, room["title"], "room title")
            assert_in_script(code, room["topic"], "room topic")
            assert room["messages"]
            for message in room["messages"]:
                assert_in_script(code, message, "message")


def test_live_blog():
    from gazette.feed import demo

    slugs = {demo.SLUG} | set(ENGLISH)
    for code in CODES:
        blog = EDITIONS[code]["live_blog"]
        assert SLUG_RE.match(blog["slug"]) and blog["slug"] not in slugs
        slugs.add(blog["slug"])
        assert_in_script(code, blog["title"], "live blog title")
        assert_in_script(code, blog["standfirst"], "live blog standfirst")
        assert len(blog["standfirst"]) <= 400
        entries = blog["entries"]
        assert len(entries) == len(demo.ENTRIES)
        for (headline, html, key_event), english in zip(
            entries, demo.ENTRIES, strict=True
        ):
            assert key_event is english[2]
            assert len(headline) <= 200
            assert_in_script(code, headline, "entry headline")
            assert html.startswith("<p>") and html.endswith("</p>")
            assert_in_script(code, html, "entry text")


def test_newsletters_are_the_default_set():
    migration = importlib.import_module(
        "gazette.newsletters.migrations.0002_default_newsletters"
    )
    default_slugs = {slug for _, slug, *_ in migration.DEFAULTS}
    for code in CODES:
        newsletters = EDITIONS[code]["newsletters"]
        assert set(newsletters) == default_slugs
        for newsletter in newsletters.values():
            assert len(newsletter["title"]) <= 120
            assert len(newsletter["description"]) <= 300
            assert_in_script(code, newsletter["title"], "newsletter title")
            assert_in_script(code, newsletter["description"], "newsletter text")
