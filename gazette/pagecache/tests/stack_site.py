"""Fill a throwaway database for the nginx stack test (run as a subprocess).

python stack_site.py setup      -> prints the article's id and URL
"""

import os
import sys

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazette.settings")


def setup() -> None:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from gazette.accounts.models import User
    from gazette.testing import make_article, make_section

    User.objects.create_superuser(
        username="chief", email="chief@example.org", password="stack-test-9"
    )
    world = make_section("World")
    article = make_article(world, "Ferry service resumes after storm")
    sys.stdout.write(f"{article.pk} {article.url}\n")


if __name__ == "__main__":
    setup()
