from gazette.news import queries
from gazette.testing import BaseTestCase, make_section


class NavSectionsTests(BaseTestCase):
    def test_live_sections_of_the_edition_in_tree_order(self):
        world, sport = make_section("World"), make_section("Sport")
        closed = make_section("Archive")
        closed.unpublish()
        self.assertEqual(list(queries.nav_sections("en")), [world, sport])
        self.assertEqual(list(queries.nav_sections("ru")), [])
