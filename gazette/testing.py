"""Shared test scaffolding: role-named users and builders that go through real code."""

import io
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.test import TestCase
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.models import Locale, Page, Site

from gazette.accounts.models import User
from gazette.news.models import (
    ArticlePage,
    Author,
    HomePage,
    NewsImage,
    SectionPage,
    Topic,
)


def make_user(username: str, *, groups: tuple[str, ...] = (), **fields) -> User:
    fields.setdefault("email", f"{username}@example.org")
    user = User.objects.create_user(
        username=username,
        password="correct-horse-9",  # noqa: S106
        **fields,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    if fields["email"]:
        from allauth.account.models import EmailAddress

        EmailAddress.objects.create(
            user=user, email=fields["email"], verified=True, primary=True
        )
    return user


def make_image(
    title: str = "Harbour at dawn", *, size=(800, 450), **fields
) -> NewsImage:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (40, 90, 140)).save(buffer, format="JPEG")
    fields.setdefault("caption", "Fishing boats leave the harbour at first light.")
    fields.setdefault("agency", "Northlight Press")
    fields.setdefault("photographer", "Ada Lind")
    fields.setdefault("copyright_year", 2025)
    fields.setdefault("alt_text", "Boats on calm water under an orange sky")
    image = NewsImage(
        title=title, file=ImageFile(buffer, name=f"{title}.jpg"), **fields
    )
    image.save()
    return image


def make_site() -> HomePage:
    """The front page as the default site's root, replacing Wagtail's welcome page."""
    existing = HomePage.objects.first()
    if existing:
        return existing
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()  # the welcome page, and its Site with it
    home = root.add_child(instance=HomePage(title="Gazette", slug="home"))
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    return home


def make_edition_home(code: str, *, home: HomePage | None = None) -> HomePage:
    """Another edition's front page: a live translation of the default one."""
    home = home or make_site()
    locale = Locale.objects.get(language_code=code)
    existing = home.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = home.copy_for_translation(locale)
    translated.save_revision().publish()
    return translated


def make_translation(page, code: str, **fields):
    """A live translation of a page (and of its parents, when they have none)."""
    locale = Locale.objects.get(language_code=code)
    translated = page.specific.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def make_section(title: str, *, home: HomePage | None = None) -> SectionPage:
    home = home or make_site()
    section = SectionPage(title=title, slug=title.lower())
    home.add_child(instance=section)
    section.save_revision().publish()
    return section


def make_article(
    section: SectionPage,
    title: str = "Council agrees new harbour budget",
    *,
    published_at=None,
    authors=(),
    topics=(),
    publish: bool = True,
    **fields,
) -> ArticlePage:
    fields.setdefault("standfirst", "Members voted after a long debate on repairs.")
    fields.setdefault(
        "body",
        [("paragraph", "<p>The council met on Tuesday and agreed the budget.</p>")],
    )
    fields.setdefault("live", publish)
    article = ArticlePage(title=title, **fields)
    section.add_child(instance=article)
    article.authors.set(authors)
    article.topics.set(topics)
    revision = article.save_revision()
    if publish:
        revision.publish()
        article.refresh_from_db()
        if published_at is not None:
            ArticlePage.objects.filter(pk=article.pk).update(
                first_published_at=published_at, last_published_at=published_at
            )
            article.refresh_from_db()
    return article


def make_author(name: str = "Mara Quill", **fields) -> Author:
    return Author.objects.create(name=name, **fields)


def make_topic(name: str = "Harbour", **fields) -> Topic:
    return Topic.objects.create(name=name, **fields)


def hours_ago(hours: float):
    return timezone.now() - timedelta(hours=hours)


class BaseTestCase(TestCase):
    """Users by role, made once per class: chief, editor, contributor, reader..."""

    @classmethod
    def setUpTestData(cls):
        cls.chief = make_user("chief", groups=("Chief editor",))
        cls.editor = make_user("editor", groups=("Editor",))
        cls.contributor = make_user("contributor", groups=("Contributor",))
        cls.reader = make_user("reader", display_name="Rita Reader")
        cls.stranger = make_user("stranger")
        cls.home = make_site()
