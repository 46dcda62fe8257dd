from datetime import timedelta

from django.utils import timezone

from gazette.news.templatetags.news_tags import related_stories
from gazette.testing import BaseTestCase, make_article, make_section, make_topic


class RelatedStoriesTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")
        cls.sport = make_section("Sport")
        cls.harbour = make_topic("Harbour")
        cls.ferries = make_topic("Ferries")
        cls.now = timezone.now()

    def story(self, title, *, days_ago, section=None, topics=()):
        return make_article(
            section or self.world,
            title,
            topics=topics,
            published_at=self.now - timedelta(days=days_ago),
        )

    def test_stories_sharing_a_topic_newest_first_each_once(self):
        page = self.story("Ferry strike", days_ago=10, topics=[self.harbour])
        both = self.story(
            "Both topics", days_ago=8, topics=[self.harbour, self.ferries]
        )
        older = self.story("Older harbour news", days_ago=12, topics=[self.harbour])
        oldest = self.story("Oldest harbour news", days_ago=15, topics=[self.harbour])
        self.story("Harbour, too old", days_ago=45, topics=[self.harbour])
        self.story("Same section, no topic", days_ago=9)
        self.story("Other topic", days_ago=9, section=self.sport, topics=[self.ferries])
        self.assertEqual(related_stories(page), [both, older, oldest])

    def test_falls_back_to_the_section_when_no_story_shares_a_topic(self):
        page = self.story("Lonely topic", days_ago=5, topics=[self.ferries])
        same_section = self.story("World news", days_ago=6)
        self.story("Sport news", days_ago=4, section=self.sport)
        self.assertEqual(related_stories(page), [same_section])
