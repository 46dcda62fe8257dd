# ruff: noqa: T201, S608 - prints progress; the table name comes from the model
"""Generate the benchmark newsroom: 100,000 published articles, fast.

Sections, authors and topics go through Wagtail as usual; the articles are bulk
inserted with their tree paths computed here (Wagtail's add_child runs at about 30
pages a second, which would take an hour), then the newest few thousand are added to
the search index. Run with the environment of the site to fill (DATA_DIR for SQLite,
DATABASE_URL for PostgreSQL); a filled database is left alone.

    .venv/bin/python bench/dataset.py [--articles 100000]
"""

import argparse
import json
import os
import random
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")

SECTIONS = [
    "World",
    "Politics",
    "Business",
    "Science",
    "Culture",
    "Sport",
    "Travel",
    "Opinion",
]
PLACES = ["Marlow Bay", "Eastholm", "Kestrel Ford", "Port Adley", "Wrenfield", "Carrow"]
SUBJECTS = [
    "council",
    "harbour board",
    "rail union",
    "museum",
    "rowing club",
    "observatory",
    "school trust",
    "ferry company",
    "library",
    "orchestra",
    "market traders",
]
VERBS = [
    "approves",
    "rejects",
    "delays",
    "celebrates",
    "reviews",
    "announces",
    "opens",
    "questions",
    "funds",
    "restores",
]
OBJECTS = [
    "new bridge",
    "winter timetable",
    "coastal path",
    "budget plan",
    "night market",
    "flood defences",
    "summer festival",
    "science prize",
    "tram extension",
    "archive",
]
WORDS = (
    "the a of to and in that it was for on are as with his they at be this from have "
    "or by one had not but what all were when we there can an your which their said "
    "residents officials report morning evening plans weeks council river town centre "
    "money vote members public meeting water station street season visitors"
).split()
BATCH = 2000


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    return (
        "<p>" + " ".join(sentence(rng, rng.randint(10, 22)) for _ in range(5)) + "</p>"
    )


def build(total: int) -> None:
    import django

    django.setup()
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.models import Locale, Page, Site

    from gazette.news.models import ArticlePage, Author, HomePage, SectionPage, Topic

    call_command("migrate", verbosity=0, interactive=False)
    have = ArticlePage.objects.count()
    if have >= total:
        print(f"dataset: {have} articles already stored", flush=True)
        return
    if have:
        sys.exit(
            f"dataset: a partly filled database ({have} articles); remove it first"
        )
    started = time.monotonic()
    rng = random.Random(20251125)

    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(instance=HomePage(title="Gazette", slug="home"))
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    sections = []
    for title in SECTIONS:
        section = home.add_child(instance=SectionPage(title=title, slug=slugify(title)))
        section.save_revision().publish()
        sections.append(section)
    authors = Author.objects.bulk_create(
        Author(name=f"{first} {last}", slug=slugify(f"{first} {last}"))
        for first in ("Ada", "Bram", "Cleo", "Dev", "Esme", "Finn", "Greta", "Hal")
        for last in ("Lind", "Okafor", "Quill", "Marsh", "Varga")
    )
    locale = Locale.get_default()
    topics = Topic.objects.bulk_create(
        Topic(
            name=subject.title(),
            slug=slugify(subject),
            locale=locale,
            translation_key=uuid.uuid4(),
        )
        for subject in SUBJECTS + OBJECTS
    )

    article_type = ContentType.objects.get_for_model(ArticlePage)
    now = timezone.now()
    per_section = total // len(sections)
    child_fields = list(ArticlePage._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in child_fields)
    placeholders = ", ".join(["%s"] * len(child_fields))
    insert_child = (
        f"INSERT INTO {connection.ops.quote_name(ArticlePage._meta.db_table)} "
        f"({columns}) VALUES ({placeholders})"
    )
    through = ArticlePage.authors.through
    topic_through = ArticlePage.topics.through
    made = 0
    for s_index, section in enumerate(sections):
        for start in range(0, per_section, BATCH):
            count = min(BATCH, per_section - start)
            pages, extras = [], []
            for n in range(start, start + count):
                headline = (
                    f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} "
                    f"{rng.choice(OBJECTS)} in {rng.choice(PLACES)} ({s_index}-{n})"
                )
                slug = slugify(headline)
                published = now - timedelta(minutes=(made + n - start) * 7 + s_index)
                pages.append(
                    Page(
                        title=headline,
                        draft_title=headline,
                        slug=slug,
                        path=Page._get_path(section.path, section.depth + 1, n + 1),
                        depth=section.depth + 1,
                        numchild=0,
                        url_path=f"{section.url_path}{slug}/",
                        content_type=article_type,
                        locale=locale,
                        translation_key=uuid.uuid4(),
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                        latest_revision_created_at=published,
                    )
                )
                body = [
                    {
                        "type": "paragraph",
                        "value": paragraph(rng),
                        "id": str(uuid.uuid4()),
                    }
                    for _ in range(rng.randint(6, 10))
                ]
                extras.append(
                    {
                        "standfirst": sentence(rng, 18),
                        "dateline": rng.choice(PLACES),
                        "section": section.pk,
                        "lead_image": None,
                        "lead_image_caption": "",
                        "body": json.dumps(body),
                        "is_breaking": False,
                        "search_vector": None,
                    }
                )
            with transaction.atomic():
                created = Page.objects.bulk_create(pages)
                rows = []
                for page, extra in zip(created, extras, strict=True):
                    row = []
                    for field in child_fields:
                        value = (
                            page.pk if field.name == "page_ptr" else extra[field.name]
                        )
                        row.append(value)
                    rows.append(row)
                with connection.cursor() as cursor:
                    cursor.executemany(insert_child, rows)
                through.objects.bulk_create(
                    through(articlepage_id=page.pk, author_id=rng.choice(authors).pk)
                    for page in created
                )
                topic_through.objects.bulk_create(
                    topic_through(articlepage_id=page.pk, topic_id=topic.pk)
                    for page in created
                    for topic in rng.sample(topics, 2)
                )
            made += count
            print(f"dataset: {made}/{total} articles", end="\r", flush=True)
        Page.objects.filter(pk=section.pk).update(numchild=per_section)
    print()
    add_search_vectors()
    add_comments(rng, now)
    index_newest(ArticlePage, 5000)
    print(f"dataset: done in {time.monotonic() - started:.0f}s", flush=True)


def add_search_vectors() -> None:
    """On PostgreSQL, what publishing stores (gazette.news.search), in one statement:
    headline and standfirst weighted, in the default edition's configuration."""
    from django.conf import settings
    from django.db import connection

    from gazette.news.search import text_search_config

    if connection.vendor != "postgresql":
        return
    config = text_search_config(settings.LANGUAGE_CODE)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE news_articlepage a SET search_vector ="
            " setweight(to_tsvector(%s::regconfig, p.title), 'A')"
            " || setweight(to_tsvector(%s::regconfig, a.standfirst), 'B')"
            " FROM wagtailcore_page p WHERE p.id = a.page_ptr_id",
            [config, config],
        )


def add_comments(rng: random.Random, now) -> None:
    """Comments on the newest 2,000 stories, if the discussions app is installed."""
    try:
        from gazette.discussions.models import Comment
    except ImportError:
        return
    from gazette.accounts.models import User
    from gazette.news.models import ArticlePage

    readers = User.objects.bulk_create(
        User(
            username=f"bench{n}",
            email=f"bench{n}@example.org",
            display_name=f"Reader {n}",
        )
        for n in range(50)
    )
    newest = ArticlePage.objects.order_by("-first_published_at").values_list(
        "pk", flat=True
    )
    comments = [
        Comment(
            article_id=pk,
            author=rng.choice(readers),
            body=sentence(rng, 20),
            status="visible",
            created_at=now - timedelta(minutes=rng.randint(1, 600)),
        )
        for pk in newest[:2000]
        for _ in range(rng.randint(0, 12))
    ]
    Comment.objects.bulk_create(comments, batch_size=5000)
    count_comments()
    print(f"dataset: {len(comments)} comments", flush=True)


def count_comments() -> None:
    """The per-story counters the site keeps as comments are posted."""
    from django.db.models import Count

    from gazette.discussions.models import Comment, DiscussionStats

    counts = (
        Comment.objects.filter(status="visible")
        .values("article_id")
        .annotate(n=Count("pk"))
    )
    DiscussionStats.objects.bulk_create(
        [
            DiscussionStats(article_id=row["article_id"], comment_count=row["n"])
            for row in counts
        ],
        batch_size=5000,
        ignore_conflicts=True,
    )


def index_newest(model, count: int) -> None:
    """Search covers the newest stories: indexing all 100,000 takes many minutes."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    newest = list(model.objects.order_by("-first_published_at")[:count])
    for start in range(0, len(newest), 500):
        backend.add_bulk(model, newest[start : start + 500])
    print(f"dataset: {len(newest)} articles in the search index", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    build(parser.parse_args().articles)
