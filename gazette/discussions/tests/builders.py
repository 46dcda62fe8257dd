"""Test builders for discussions: rows made through the real actions."""

from django.core.cache import cache
from django.test import override_settings

from gazette.discussions import actions
from gazette.testing import BaseTestCase, make_article, make_section, make_user


def post(article, author, body="A fair point about the budget.", **kwargs):
    return actions.post_comment(article, author=author, body=body, **kwargs)


# Most tests are not about pre-moderating new accounts; that has its own tests.
@override_settings(DISCUSSION_PREMODERATE_FIRST=0)
class DiscussionTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        # Wagtail caches site root paths; a previous class's rolled-back site must go.
        cache.clear()
        super().setUpTestData()
        cls.moderator = make_user("moderator", groups=("Moderator",))
        cls.section = make_section("World")
        cls.article = make_article(cls.section, "Harbour budget agreed")
        cls.other_article = make_article(cls.section, "Ferry timetable changes")

    def setUp(self):
        cache.clear()  # rate-limit counters and banned phrases live in the cache
