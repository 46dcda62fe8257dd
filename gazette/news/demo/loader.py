"""Load the demo newsroom: site, sections, people, images and stories. Idempotent."""

import io
import json
from collections.abc import Callable
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from gazette.accounts.models import User
from gazette.news.demo import content
from gazette.news.demo.images import generate_image
from gazette.news.models import (
    LISTING_RENDITIONS,
    ArticleCorrection,
    ArticlePage,
    Author,
    HomePage,
    NewsImage,
    SectionPage,
    Topic,
    UsageRights,
)

DEMO_PASSWORDS = {
    "chief": "gazette-chief",
    "editor": "gazette-editor",
    "contributor": "gazette-contributor",
    "reader": "gazette-reader",
}
Progress = Callable[[str, int, int], None]


def load_demo(
    progress: Progress, *, article_limit: int | None = None
) -> dict[str, int]:
    """Create what is missing of the demo site; return how many rows were added.

    article_limit loads only the newest N stories (for tests and quick trials).
    """
    added = {"users": 0, "sections": 0, "articles": 0, "images": 0}
    added["users"] = ensure_demo_users()
    home = ensure_home_page()
    sections = {}
    for spec in content.SECTIONS:
        sections[spec["slug"]], created = ensure_section(home, spec)
        added["sections"] += created
    authors = {spec["slug"]: ensure_snippet(Author, spec) for spec in content.AUTHORS}
    topics = {spec["slug"]: ensure_snippet(Topic, spec) for spec in content.TOPICS}
    existing = set(
        ArticlePage.objects.filter(locale=home.locale).values_list("slug", flat=True)
    )
    newest = sorted(content.ARTICLES, key=lambda spec: spec["hours_ago"])
    # Oldest first, so that publishing order matches the story timeline.
    ordered = list(reversed(newest[:article_limit]))
    total = len(ordered)
    for number, spec in enumerate(ordered, start=1):
        if spec["slug"] not in existing:
            image, image_created = ensure_image(spec, seed=number)
            added["images"] += image_created
            create_article(spec, sections[spec["section"]], image, authors, topics)
            added["articles"] += 1
        progress("articles", number, total)
    from gazette.news.demo.editions_loader import load_editions

    editions = load_editions(progress, home=home, originals=article_limit is None)
    for name, count in editions.items():
        added[name] = added.get(name, 0) + count
    return added


def ensure_demo_users() -> int:
    created = 0
    specs = [
        ("chief", "Chief editor", {"is_superuser": True, "is_staff": True}),
        ("editor", "Editor", {}),
        ("contributor", "Contributor", {}),
        ("reader", None, {"display_name": "Demo Reader"}),
    ]
    for username, group, extra in specs:
        if User.objects.filter(username=username).exists():
            continue
        email = f"{username}@gazette.localhost"
        user = User.objects.create_user(
            username=username, email=email, password=DEMO_PASSWORDS[username], **extra
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        created += 1
    return created


def ensure_home_page() -> HomePage:
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home:
        return home
    root = Page.get_first_root_node()
    with transaction.atomic():
        # Wagtail's welcome page goes, and its Site with it.
        Page.objects.filter(depth=2).delete()
        home = root.add_child(
            instance=HomePage(
                title="Gazette", slug="home", strapline="News you can check"
            )
        )
        home.save_revision().publish()
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Gazette",
        )
    return home


def ensure_section(home: HomePage, spec: dict) -> tuple[SectionPage, bool]:
    section = SectionPage.objects.child_of(home).filter(slug=spec["slug"]).first()
    if section:
        return section, False
    section = SectionPage(
        title=spec["title"], slug=spec["slug"], description=spec["description"]
    )
    home.add_child(instance=section)
    section.save_revision().publish()
    return section, True


def ensure_snippet(model, spec: dict):
    fields = {k: v for k, v in spec.items() if k != "slug"}
    found = model.objects.filter(slug=spec["slug"])
    if hasattr(model, "locale"):
        found = found.filter(locale=Locale.get_default())
    obj = found.first() or model.objects.create(slug=spec["slug"], **fields)
    return obj


def ensure_image(spec: dict, *, seed: int) -> tuple[NewsImage, bool]:
    about = spec["image"]
    existing = NewsImage.objects.filter(title=about["title"]).first()
    if existing:
        return existing, False
    data = generate_image(about["scene"], seed)
    image = NewsImage(
        title=about["title"],
        file=ImageFile(io.BytesIO(data), name=f"{spec['slug']}.jpg"),
        caption=about["caption"],
        agency=about["agency"],
        photographer=about["photographer"],
        copyright_year=about["year"],
        alt_text=about["alt"],
        usage_rights=UsageRights.GENERATED,
    )
    image.save()
    # Make the story-card sizes now, so the first front page is served at once.
    image.get_renditions(*LISTING_RENDITIONS)
    return image, True


@transaction.atomic
def create_article(spec, section, image, authors, topics) -> ArticlePage:
    published_at = timezone.now() - timedelta(hours=spec["hours_ago"])
    article = ArticlePage(
        title=spec["headline"],
        slug=spec["slug"],
        standfirst=spec["standfirst"],
        dateline=spec["dateline"],
        lead_image=image,
        is_breaking=spec.get("is_breaking", False),
        body=json.dumps(
            [{"type": kind, "value": value} for kind, value in spec["body"]]
        ),
    )
    section.add_child(instance=article)
    article.authors.set([authors[slug] for slug in spec["authors"]])
    article.topics.set([topics[slug] for slug in spec["topics"]])
    article.save_revision().publish()
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=published_at, last_published_at=published_at
    )
    for entry in spec.get("corrections", []):
        corrected_at = published_at + timedelta(hours=entry["hours_after_publication"])
        ArticleCorrection.objects.create(
            page=article,
            kind=entry["kind"],
            text=entry["text"],
            created_at=corrected_at,
        )
        ArticlePage.objects.filter(pk=article.pk).update(last_published_at=corrected_at)
    return article
