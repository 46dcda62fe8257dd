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
    from allauth.account.models import EmailAddress

    from gazette.accounts.models import User

    reader = User.objects.create_user(
        username="journey-reader", email=READER_EMAIL, password=READER_PASSWORD
    )
    EmailAddress.objects.create(
        user=reader, email=READER_EMAIL, verified=True, primary=True
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
    if created:
        EmailAddress.objects.create(
            user=user, email=user.email, verified=True, primary=True
        )
