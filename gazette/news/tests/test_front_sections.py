from datetime import timedelta
from unittest.mock import patch

from django.utils import timezone

from gazette.news import queries
from gazette.testing import BaseTestCase, make_article, make_section


class FrontSectionBlocksTests(BaseTestCase):
    def test_each_section_block_has_its_newest_stories_not_shown_above(self):
        world, sport, travel = (make_section(t) for t in ("World", "Sport", "Travel"))
        now = timezone.now()
        world_stories = [
            make_article(world, f"World {i}", published_at=now - timedelta(hours=i))
            for i in range(6)
        ]
        sport_stories = [
            make_article(sport, f"Sport {i}", published_at=now - timedelta(days=10 + i))
            for i in range(3)
        ]
        shown = {world_stories[0].pk}
        expected = [
            (world, [a.pk for a in world_stories[1:5]]),
            (sport, [a.pk for a in sport_stories]),
        ]
        # A walk of 2 fills no block (every section gets its own query); 400 reads
        # every story at once.
        for walk in (2, 400):
            with self.subTest(walk=walk), patch.object(queries, "FRONT_WALK", walk):
                blocks = queries._latest_per_section(
                    [world, sport, travel], exclude=shown
                )
                self.assertEqual(
                    [(section, [a.pk for a in stories]) for section, stories in blocks],
                    expected,
                )
