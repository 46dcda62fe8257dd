from datetime import timedelta
from unittest import mock

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from gazette.news.models import ArticlePage
from gazette.testing import BaseTestCase, make_article, make_author, make_section


def article_form(title: str, **extra) -> dict:
    """What the Wagtail editor posts for a new article."""
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "standfirst": "A short summary of the story.",
            "dateline": "Marlow Bay",
            "lead_image_caption": "",
            "body": streamfield([("paragraph", rich_text("<p>The story itself.</p>"))]),
            "corrections": inline_formset([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


class WorkflowTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")

    def add_url(self):
        return reverse(
            "wagtailadmin_pages:add", args=("news", "articlepage", self.world.pk)
        )

    def test_contributor_can_save_a_draft(self):
        self.client.force_login(self.contributor)
        response = self.client.post(
            self.add_url(), article_form("Draft by contributor")
        )
        self.assertEqual(response.status_code, 302)
        article = ArticlePage.objects.get(title="Draft by contributor")
        self.assertIs(article.live, False)
        self.assertEqual(article.owner, self.contributor)
        self.assertEqual(article.section_id, self.world.pk)

    def test_contributor_cannot_publish(self):
        self.client.force_login(self.contributor)
        self.client.post(
            self.add_url(),
            article_form("Sneaky publish", **{"action-publish": "publish"}),
        )
        article = ArticlePage.objects.get(title="Sneaky publish")
        self.assertIs(article.live, False)
        self.assertIsNone(article.live_revision)
        self.assertEqual(self.client.get("/en/world/sneaky-publish/").status_code, 404)

    def test_contributor_cannot_publish_an_existing_article(self):
        article = make_article(self.world, "Editor's story")
        self.client.force_login(self.contributor)
        url = reverse("wagtailadmin_pages:edit", args=(article.pk,))
        form = article_form("Changed by contributor", slug=article.slug)
        response = self.client.post(url, {**form, "action-publish": "publish"})
        self.assertIn(response.status_code, (302, 403))
        article.refresh_from_db()
        self.assertEqual(article.title, "Editor's story")

    def test_editor_can_publish(self):
        self.client.force_login(self.editor)
        response = self.client.post(
            self.add_url(),
            article_form("Editor publishes", **{"action-publish": "publish"}),
        )
        self.assertEqual(response.status_code, 302)
        article = ArticlePage.objects.get(title="Editor publishes")
        self.assertIs(article.live, True)
        self.assertContains(self.client.get(article.url), "Editor publishes")

    def post_while_autosave_wins(self, form: dict, **headers):
        """Post a new story while another request stores the same one.

        The twin is stored after this request's form has passed the slug check and
        before it saves, as when the autosave's create finishes first.
        """
        validate = ArticlePage.full_clean

        def validate_then_lose_the_race(page, *args, **kwargs):
            validate(page, *args, **kwargs)
            if not ArticlePage.objects.filter(slug=page.slug).exists():
                make_article(self.world, page.title, publish=False, slug=page.slug)

        with mock.patch.object(ArticlePage, "full_clean", validate_then_lose_the_race):
            return self.client.post(self.add_url(), form, **headers)

    def test_publish_that_loses_to_the_autosave_opens_the_saved_story(self):
        self.client.force_login(self.editor)
        response = self.post_while_autosave_wins(
            article_form("Ferry returns", **{"action-publish": "publish"})
        )
        twin = ArticlePage.objects.get(slug="ferry-returns")
        self.assertRedirects(
            response,
            reverse("wagtailadmin_pages:edit", args=(twin.pk,)),
            fetch_redirect_response=False,
        )
        page = self.client.get(response.url)
        self.assertContains(page, "had just been saved by the autosave")
        self.assertEqual(ArticlePage.objects.filter(title="Ferry returns").count(), 1)

    def test_autosave_that_loses_the_race_answers_with_a_conflict(self):
        self.client.force_login(self.editor)
        response = self.post_while_autosave_wins(
            article_form("Ferry returns"), HTTP_ACCEPT="application/json"
        )
        self.assertEqual(response.status_code, 409)
        self.assertIn("Nothing was lost", response.json()["error_message"])

    def test_preview_of_a_story_never_saved(self):
        self.client.force_login(self.editor)
        url = reverse(
            "wagtailadmin_pages:preview_on_add",
            args=("news", "articlepage", self.world.pk),
        )
        form = article_form("Brand new headline")
        self.assertIs(self.client.post(url, form).json()["is_valid"], True)
        self.assertContains(self.client.get(url), "Brand new headline")

    def test_preview_shows_unsaved_text_and_authors(self):
        article = make_article(self.world, "Published headline")
        author = make_author("Preview Writer")
        self.client.force_login(self.editor)
        url = reverse("wagtailadmin_pages:preview_on_edit", args=(article.pk,))
        form = {
            **article_form("Edited headline", slug=article.slug),
            "authors": [author.pk],
        }
        self.assertIs(self.client.post(url, form).json()["is_valid"], True)
        response = self.client.get(url)
        self.assertContains(response, "Edited headline")
        self.assertContains(response, "Preview Writer")
        article.refresh_from_db()
        self.assertEqual(article.title, "Published headline")

    def test_contributor_submits_to_moderation_and_an_editor_approves(self):
        self.client.force_login(self.contributor)
        self.client.post(
            self.add_url(), article_form("For approval", **{"action-submit": "submit"})
        )
        article = ArticlePage.objects.get(title="For approval")
        state = WorkflowState.objects.get(
            base_content_type__model="page", object_id=str(article.pk)
        )
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertIs(article.live, False)

        self.client.force_login(self.editor)
        url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=(article.pk, "approve", state.current_task_state.pk),
        )
        response = self.client.post(url, {"comment": "Good to go."})
        self.assertIn(response.status_code, (200, 302))
        article.refresh_from_db()
        self.assertIs(article.live, True)
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_APPROVED)

    def test_contributor_cannot_approve(self):
        self.client.force_login(self.contributor)
        self.client.post(
            self.add_url(), article_form("Self approval", **{"action-submit": "submit"})
        )
        article = ArticlePage.objects.get(title="Self approval")
        state = WorkflowState.objects.get(object_id=str(article.pk))
        url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=(article.pk, "approve", state.current_task_state.pk),
        )
        self.client.post(url, {"comment": ""})
        article.refresh_from_db()
        self.assertIs(article.live, False)


class ScheduledPublishingTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = make_section("World")

    def test_scheduled_revision_goes_live_when_its_time_comes(self):
        article = make_article(
            self.world, "Embargoed report", publish=False, live=False
        )
        article.go_live_at = timezone.now() + timedelta(hours=2)
        revision = article.save_revision()
        revision.publish()  # with go_live_at in the future this only schedules it
        article.refresh_from_db()
        self.assertIs(article.live, False)
        revision.refresh_from_db()
        self.assertIsNotNone(revision.approved_go_live_at)

        call_command("publish_scheduled", verbosity=0)
        article.refresh_from_db()
        self.assertIs(article.live, False)  # not yet

        # Let the clock pass the embargo: the revision and its content now say "past".
        past = timezone.now() - timedelta(minutes=1)
        revision.content["go_live_at"] = past.isoformat()
        revision.approved_go_live_at = past
        revision.save(update_fields=["content", "approved_go_live_at"])
        call_command("publish_scheduled", verbosity=0)
        article.refresh_from_db()
        self.assertIs(article.live, True)
        self.assertContains(self.client.get(article.url), "Embargoed report")

    def test_expired_article_is_unpublished(self):
        article = make_article(self.world, "Short-lived notice")
        ArticlePage.objects.filter(pk=article.pk).update(
            expire_at=timezone.now() - timedelta(minutes=1)
        )
        call_command("publish_scheduled", verbosity=0)
        article.refresh_from_db()
        self.assertIs(article.live, False)
        self.assertIs(article.expired, True)
        self.assertEqual(
            self.client.get("/en/world/short-lived-notice/").status_code, 404
        )
