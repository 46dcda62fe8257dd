"""People the journeys log in as; run inside `manage.py shell` after load_demo.

The journeys find their stories through the pages, not by title, so they keep
working as the demo content changes.
"""

from gazette.browser_tests.site import (
    EDITOR_PASSWORD,
    EDITOR_USERNAME,
    READER_EMAIL,
    READER_PASSWORD,
)


def ensure_people() -> None:
    ensure_editor()
    ensure_reader()


def ensure_reader() -> None:
    """A reader with a confirmed address, for journeys that start logged in."""
    from gazette.testing import make_user

    reader = make_user("journey-reader", email=READER_EMAIL)
    reader.set_password(READER_PASSWORD)
    reader.save(update_fields=["password"])


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
    if created:
        EmailAddress.objects.create(
            user=user, email=user.email, verified=True, primary=True
        )
