"""Validation of the demo content data and the demo image generator.

These are plain pytest functions that need neither a database nor Django
settings, so they can be run with ``-p no:django``::

    .venv/bin/python -m pytest gazette/news/tests/test_demo_content.py -p no:django -q
"""

import io
import re
from collections import Counter

import pytest
from PIL import Image

from gazette.news.demo import content
from gazette.news.demo.images import SCENES, generate_image

ARTICLES = content.ARTICLES
SECTION_SLUGS = [s["slug"] for s in content.SECTIONS]
AUTHOR_SLUGS = {a["slug"] for a in content.AUTHORS}
TOPIC_SLUGS = {t["slug"] for t in content.TOPICS}

ALLOWED_BLOCKS = {"paragraph", "subheading", "quote", "fact_box"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAG_RE = re.compile(r"<[^>]+>")
ALLOWED_TAGS = {"p", "b", "i", "ul", "li"}


def _words(html_or_text: str) -> int:
    return len(TAG_RE.sub(" ", html_or_text).split())


def _block_words(block_type, value) -> int:
    if block_type in ("paragraph", "subheading"):
        return _words(value)
    if block_type == "quote":
        return _words(value["text"]) + _words(value.get("attribution", ""))
    if block_type == "fact_box":
        return _words(value["title"]) + _words(value["text"])
    raise AssertionError(f"unknown block type {block_type!r}")


def _article_id(article):
    return article["slug"]


# ---------------------------------------------------------------- reference data


def test_sections_are_the_expected_seven_in_order():
    assert SECTION_SLUGS == [
        "world",
        "politics",
        "defence",
        "business",
        "science",
        "sport",
        "opinion",
    ]
    for section in content.SECTIONS:
        assert section["title"].strip()
        assert section["description"].strip()


def test_authors():
    assert len(content.AUTHORS) == 8
    assert len(AUTHOR_SLUGS) == 8
    for author in content.AUTHORS:
        assert SLUG_RE.match(author["slug"]), author["slug"]
        assert author["name"].strip()
        assert author["role"].strip()
        assert 20 <= len(author["bio"]) <= 400


def test_topics():
    assert len(content.TOPICS) == 12
    assert len(TOPIC_SLUGS) == 12
    for topic in content.TOPICS:
        assert SLUG_RE.match(topic["slug"]), topic["slug"]
        assert topic["name"].strip()
        assert topic["description"].strip()


def test_every_author_and_topic_is_used():
    used_authors = {slug for a in ARTICLES for slug in a["authors"]}
    used_topics = {slug for a in ARTICLES for slug in a["topics"]}
    assert used_authors == AUTHOR_SLUGS
    assert used_topics == TOPIC_SLUGS


# ------------------------------------------------------------------- articles


def test_article_count():
    assert len(ARTICLES) == 60


def test_slugs_are_unique_and_well_formed():
    slugs = [a["slug"] for a in ARTICLES]
    assert len(set(slugs)) == len(slugs), [
        s for s, n in Counter(slugs).items() if n > 1
    ]
    for slug in slugs:
        assert SLUG_RE.match(slug), slug
        assert len(slug) <= 80, slug


def test_hours_ago_unique_and_in_range():
    hours = [a["hours_ago"] for a in ARTICLES]
    assert len(set(hours)) == len(hours), [
        h for h, n in Counter(hours).items() if n > 1
    ]
    assert all(isinstance(h, int) and 0 <= h <= 240 for h in hours)
    assert min(hours) <= 1


def test_each_section_has_at_least_six_articles():
    counts = Counter(a["section"] for a in ARTICLES)
    assert set(counts) == set(SECTION_SLUGS)
    for section in SECTION_SLUGS:
        assert counts[section] >= 6, (section, counts[section])


def test_exactly_one_breaking_and_it_is_the_newest():
    breaking = [a for a in ARTICLES if a["is_breaking"]]
    assert len(breaking) == 1
    newest = min(ARTICLES, key=lambda a: a["hours_ago"])
    assert breaking[0]["slug"] == newest["slug"]
    assert all(isinstance(a["is_breaking"], bool) for a in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=_article_id)
def test_article_fields(article):
    assert article["section"] in SECTION_SLUGS
    assert article["headline"].strip()
    assert len(article["headline"]) <= 110
    assert article["standfirst"].strip()
    assert len(article["standfirst"]) <= 300
    assert article["dateline"].strip()
    assert len(article["dateline"]) <= 80
    assert 1 <= len(article["authors"]) <= 2
    assert len(set(article["authors"])) == len(article["authors"])
    assert set(article["authors"]) <= AUTHOR_SLUGS
    assert 1 <= len(article["topics"]) <= 3
    assert len(set(article["topics"])) == len(article["topics"])
    assert set(article["topics"]) <= TOPIC_SLUGS


@pytest.mark.parametrize("article", ARTICLES, ids=_article_id)
def test_article_image(article):
    image = article["image"]
    for key in ("title", "caption", "agency", "photographer", "alt"):
        assert isinstance(image[key], str) and image[key].strip(), key
    assert image["scene"] in SCENES
    assert image["year"] in (2025, 2026)
    assert image["alt"].startswith("Illustration:")
    assert image["caption"].rstrip().endswith(".")
    assert image["photographer"] != image["photographer"].upper()
    # Limits of the NewsImage model fields.
    assert len(image["caption"]) <= 400
    assert len(image["alt"]) <= 300
    assert len(image["agency"]) <= 100
    assert len(image["photographer"]) <= 100
    assert len(image["title"]) <= 255


def test_image_titles_are_unique():
    # The loader reuses an existing image with the same title, so duplicates
    # would silently give two articles the same picture.
    titles = Counter(a["image"]["title"] for a in ARTICLES)
    assert [t for t, n in titles.items() if n > 1] == []


@pytest.mark.parametrize("article", ARTICLES, ids=_article_id)
def test_article_body(article):
    body = article["body"]
    assert 5 <= len(body) <= 10
    words = 0
    for block in body:
        assert isinstance(block, tuple) and len(block) == 2
        block_type, value = block
        assert block_type in ALLOWED_BLOCKS
        if block_type == "paragraph":
            assert value.startswith("<p>") and value.endswith("</p>")
            assert set(re.findall(r"</?([a-z]+)", value)) <= ALLOWED_TAGS
        elif block_type == "subheading":
            assert isinstance(value, str) and value.strip()
            assert "<" not in value
            assert len(value) <= 120
        elif block_type == "quote":
            assert set(value) == {"text", "attribution"}
            assert value["text"].strip()
            assert len(value["attribution"]) <= 200
        elif block_type == "fact_box":
            assert set(value) == {"title", "text"}
            assert value["title"].strip() and len(value["title"]) <= 120
            assert value["text"].startswith(("<p>", "<ul>"))
            assert set(re.findall(r"</?([a-z]+)", value["text"])) <= ALLOWED_TAGS
        words += _block_words(block_type, value)
    assert 250 <= words <= 600, words
    assert body[0][0] == "paragraph"


@pytest.mark.parametrize("article", ARTICLES, ids=_article_id)
def test_article_corrections(article):
    for correction in article.get("corrections", []):
        assert correction["kind"] in {"correction", "clarification", "update"}
        assert isinstance(correction["hours_after_publication"], int)
        assert 0 <= correction["hours_after_publication"] <= article["hours_ago"]
        assert correction["text"].strip()


def test_content_mix():
    with_quote = sum(any(t == "quote" for t, _ in a["body"]) for a in ARTICLES)
    with_fact_box = sum(any(t == "fact_box" for t, _ in a["body"]) for a in ARTICLES)
    with_corrections = sum(bool(a.get("corrections")) for a in ARTICLES)
    assert with_quote >= 40
    assert 12 <= with_fact_box <= 30
    assert 4 <= with_corrections <= 10


# --------------------------------------------------------------------- images


@pytest.mark.parametrize("scene", SCENES)
def test_generate_image_returns_valid_jpeg(scene):
    data = generate_image(scene, seed=7)
    assert data[:3] == b"\xff\xd8\xff"
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == "JPEG"
        assert img.size == (1600, 900)
        img.verify()


@pytest.mark.parametrize("scene", SCENES)
def test_generate_image_custom_size_and_determinism(scene):
    first = generate_image(scene, seed=3, width=640, height=360)
    assert first == generate_image(scene, seed=3, width=640, height=360)
    assert first != generate_image(scene, seed=4, width=640, height=360)
    with Image.open(io.BytesIO(first)) as img:
        assert img.format == "JPEG"
        assert img.size == (640, 360)


def test_generate_image_rejects_unknown_scene():
    with pytest.raises(ValueError):
        generate_image("volcano", seed=1)


def test_every_article_scene_is_supported():
    assert {a["image"]["scene"] for a in ARTICLES} <= set(SCENES)
