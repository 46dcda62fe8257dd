"""Rows the browser site needs; run inside `manage.py shell` on the site's database.

`build()` is a small newsroom for when `manage.py load_demo` is not available; the
journeys find their stories through the pages, so they run on either.
"""

from gazette.browser_tests.site import EDITOR_PASSWORD, EDITOR_USERNAME

# More stories than one listing page holds (20), so pagination can be tried.
WORLD_STORY_COUNT = 25


def build() -> None:
    from gazette.testing import (
        hours_ago,
        make_article,
        make_author,
        make_image,
        make_section,
        make_site,
        make_topic,
    )

    home = make_site()
    world = make_section("World", home=home)
    politics = make_section("Politics", home=home)
    reporter = make_author("Mara Quill", role="Foreign correspondent")
    analyst = make_author("Tobias Wren", role="Political editor")
    harbour = make_topic("Harbour")
    image = make_image("Harbour at dawn")
    for number in range(WORLD_STORY_COUNT):
        make_article(
            world,
            f"Ferry crossing number {number + 1} reopens after the storm",
            slug=f"ferry-crossing-{number + 1}",
            dateline="Portwick",
            lead_image=image,
            published_at=hours_ago(number + 2),
            authors=[reporter],
            topics=[harbour],
        )
    make_article(
        politics,
        "Council agrees new harbour budget",
        slug="harbour-budget",
        lead_image=make_image("Council chamber", caption="Members vote on the budget."),
        published_at=hours_ago(1),
        authors=[analyst],
        topics=[harbour],
    )


def ensure_editor() -> None:
    """The newsroom editor the admin journey logs in as, with a known password."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth.models import Group

    from gazette.accounts.models import User

    user, created = User.objects.get_or_create(
        username=EDITOR_USERNAME, defaults={"email": "editor@gazette.localhost"}
    )
    user.set_password(EDITOR_PASSWORD)
    user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name="Editor"))
    grant_image_permissions()
    if created:
        EmailAddress.objects.create(
            user=user, email=user.email, verified=True, primary=True
        )


def grant_image_permissions() -> None:
    """Give newsroom groups the image permissions Wagtail actually checks.

    Wagtail checks image rights as wagtailimages.add_image etc. (its policy's
    auth_model), whatever the custom image model; news/0002 grants
    news.add_newsimage, which Wagtail ignores, so editors could not upload.
    A no-op once the news migrations grant these.
    TODO(issue 8): remove when the news app's migration grants them.
    """
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    wanted = {
        "Contributor": ["add_image", "choose_image"],
        "Editor": ["add_image", "change_image", "choose_image"],
        "Chief editor": ["add_image", "change_image", "delete_image", "choose_image"],
    }
    for name, codenames in wanted.items():
        group = Group.objects.get(name=name)
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailimages", codename=codename
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )
