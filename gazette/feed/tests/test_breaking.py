import json
from datetime import timedelta

from django.utils import timezone

from gazette.feed.models import BreakingAlert
from gazette.lib.events import captured_broadcasts
from gazette.testing import BaseTestCase, make_article, make_section


class BreakingAlertTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World", home=cls.home)

    def breaking_state(self) -> dict:
        return json.loads(self.client.get("/en/newsfeed/breaking.json").content)

    def test_marking_a_story_breaking_raises_the_banner_until_it_expires(self):
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            article = make_article(
                self.world, "Floods close the motorway", is_breaking=True
            )
        self.assertEqual(sent[-1][0], "breaking.en")
        alert = self.breaking_state()["alert"]
        self.assertEqual(alert["headline"], "Floods close the motorway")
        self.assertEqual(alert["url"], article.url)
        BreakingAlert.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
        self.assertIsNone(self.breaking_state()["alert"])

    def test_unmarking_or_unpublishing_takes_the_banner_down(self):
        article = make_article(
            self.world, "Floods close the motorway", is_breaking=True
        )
        article.is_breaking = False
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            article.save_revision().publish()
        self.assertIn(("breaking.en", {"type": "breaking", "alert": None}), sent)
        self.assertIsNone(self.breaking_state()["alert"])
        article.is_breaking = True
        article.save_revision().publish()
        self.assertIsNotNone(self.breaking_state()["alert"])
        article.unpublish()
        self.assertIsNone(self.breaking_state()["alert"])

    def test_republishing_a_breaking_story_keeps_one_alert(self):
        article = make_article(
            self.world, "Floods close the motorway", is_breaking=True
        )
        article.title = "Floods close two motorways"
        article.save_revision().publish()
        self.assertEqual(BreakingAlert.objects.count(), 1)
        self.assertEqual(self.breaking_state()["alert"]["headline"], article.title)

    def test_banner_is_not_in_page_html_but_fetched(self):
        make_article(self.world, "Floods close the motorway", is_breaking=True)
        html = self.client.get("/en/").content.decode()
        self.assertIn(
            'data-breaking-banner data-endpoint="/en/newsfeed/breaking.json"', html
        )
        self.assertNotIn("Floods close the motorway</a></p>", html.split("<main")[0])
        response = self.client.get("/en/newsfeed/breaking.json")
        self.assertIn("max-age=10", response["Cache-Control"])

    def test_editor_clears_alert_in_admin_and_pages_hear_it(self):
        make_article(self.world, "Floods close the motorway", is_breaking=True)
        alert = BreakingAlert.objects.get()
        self.client.force_login(self.editor)
        url = f"/admin/snippets/feed/breakingalert/edit/{alert.pk}/"
        self.assertEqual(self.client.get(url).status_code, 200)
        data = {
            "headline": alert.headline,
            "language": "en",
            "url": alert.url,
            "expires_at": timezone.localtime(alert.expires_at).strftime(
                "%Y-%m-%d %H:%M"
            ),
            "cleared_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        }
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content[:2000])
        self.assertIn(("breaking.en", {"type": "breaking", "alert": None}), sent)
        self.assertIsNone(self.breaking_state()["alert"])

    def test_editor_raises_an_alert_by_hand(self):
        self.client.force_login(self.editor)
        expires = timezone.localtime() + timedelta(hours=1)
        with captured_broadcasts() as sent, self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                "/admin/snippets/feed/breakingalert/add/",
                {
                    "headline": "Polls close in ten minutes",
                    "language": "en",
                    "url": "",
                    "expires_at": expires.strftime("%Y-%m-%d %H:%M"),
                    "cleared_at": "",
                },
            )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(sent[0], ("breaking.en", sent[0][1]))
        self.assertEqual(sent[0][1]["alert"]["headline"], "Polls close in ten minutes")

    def test_readers_cannot_reach_the_alert_admin(self):
        self.client.force_login(self.reader)
        response = self.client.get("/admin/snippets/feed/breakingalert/add/")
        self.assertNotEqual(response.status_code, 200)
