from datetime import time, timedelta
from unittest import mock

from django.test import override_settings
from django.utils import timezone

from gazette.discussions import actions
from gazette.discussions.models import (
    Comment,
    CommentStatus,
    DiscussionBan,
    DiscussionPolicy,
    ModerationLogEntry,
)
from gazette.discussions.tests.builders import DiscussionTestCase, post
from gazette.moderation.models import BannedPhrase
from gazette.testing import make_user


def at_local(hour: int, minute: int = 0):
    """A moment today at the given wall-clock time in the site's time zone."""
    local = timezone.localtime().replace(hour=hour, minute=minute, second=0)
    return local


class PolicyTests(DiscussionTestCase):
    def setUp(self):
        super().setUp()
        self.client.force_login(self.reader)

    def submit(self, body="A thought."):
        return self.client.post(
            f"/en/discussions/{self.article.pk}/comments/", {"body": body}
        )

    def test_premoderated_article_holds_comments_until_approved(self):
        DiscussionPolicy.objects.create(page=self.article, mode="premoderated")
        response = self.submit("Held back.")
        self.assertContains(response, "waiting for a moderator")
        comment = Comment.objects.get()
        self.assertEqual(comment.status, CommentStatus.PENDING)
        self.assertNotContains(self.client.get(self.article.url), "Held back.")
        actions.approve_comment(comment, moderator=self.moderator)
        self.assertContains(self.client.get(self.article.url), "Held back.")

    def test_section_policy_applies_and_article_policy_overrides_it(self):
        DiscussionPolicy.objects.create(page=self.section, mode="closed")
        self.assertEqual(self.submit().status_code, 403)
        DiscussionPolicy.objects.create(page=self.article, mode="open")
        self.assertEqual(self.submit().status_code, 302)

    def test_site_policy_is_the_default(self):
        DiscussionPolicy.objects.create(page=None, mode="premoderated")
        self.submit()
        self.assertEqual(Comment.objects.get().status, CommentStatus.PENDING)

    @override_settings(DISCUSSION_PREMODERATE_FIRST=1)
    def test_new_accounts_first_comment_waits(self):
        self.submit("My first.")
        self.submit("My second.")
        first, second = Comment.objects.order_by("pk")
        self.assertEqual(first.status, CommentStatus.PENDING)
        self.assertEqual(second.status, CommentStatus.PENDING)
        actions.approve_comment(first, moderator=self.moderator)
        self.submit("My third.")
        self.assertEqual(Comment.objects.latest("pk").status, CommentStatus.VISIBLE)

    def test_many_links_wait_for_a_moderator(self):
        self.submit("See https://a.example and https://b.example and www.c.example")
        self.assertEqual(Comment.objects.get().status, CommentStatus.PENDING)

    def test_banned_phrase_is_refused_and_text_kept(self):
        BannedPhrase.objects.create(phrase="Rotten Herring")
        response = self.submit("You are a rotten   herring, sir.")
        self.assertContains(response, "rotten herring", status_code=400)
        self.assertContains(
            response, "You are a rotten   herring, sir.", status_code=400
        )
        self.assertFalse(Comment.objects.exists())

    def test_site_quiet_hours_premoderate_overnight(self):
        DiscussionPolicy.objects.create(
            page=None, quiet_from=time(23, 0), quiet_until=time(6, 0)
        )
        with mock.patch("django.utils.timezone.now", return_value=at_local(2)):
            self.submit("Night owl.")
        self.assertEqual(Comment.objects.get().status, CommentStatus.PENDING)
        with mock.patch("django.utils.timezone.now", return_value=at_local(12)):
            self.submit("Lunchtime.")
        self.assertEqual(Comment.objects.latest("pk").status, CommentStatus.VISIBLE)

    def test_section_quiet_hours_can_close(self):
        DiscussionPolicy.objects.create(
            page=self.section,
            quiet_from=time(0, 0),
            quiet_until=time(6, 0),
            quiet_mode="closed",
        )
        with mock.patch("django.utils.timezone.now", return_value=at_local(3)):
            response = self.submit()
        self.assertContains(response, "closed overnight", status_code=403)

    def test_policy_admin_rejects_half_quiet_hours(self):
        from django.core.exceptions import ValidationError

        policy = DiscussionPolicy(page=None, quiet_from=time(1, 0))
        with self.assertRaises(ValidationError):
            policy.clean()


class ModerationQueueTests(DiscussionTestCase):
    def test_reader_cannot_see_queue_or_moderate(self):
        comment = post(self.article, self.stranger)
        self.client.force_login(self.reader)
        self.assertNotEqual(self.client.get("/admin/comments/").status_code, 200)
        response = self.client.post(
            f"/admin/comments/{comment.pk}/", {"decision": "hide"}
        )
        self.assertNotEqual(response.status_code, 200)
        self.assertEqual(Comment.objects.get().status, CommentStatus.VISIBLE)
        with self.assertRaisesMessage(Exception, "Only moderators"):
            actions.hide_comment(comment, moderator=self.reader)

    def test_moderator_editor_and_chief_can_open_queue(self):
        for user in (self.moderator, self.editor, self.chief):
            self.client.force_login(user)
            self.assertEqual(self.client.get("/admin/comments/").status_code, 200)

    def test_pending_queue_approve_and_reject_with_reason(self):
        with self.settings(DISCUSSION_PREMODERATE_FIRST=1):
            good = post(self.article, self.reader, "Good one")
            bad = post(self.article, self.stranger, "Bad one")
        self.client.force_login(self.moderator)
        page = self.client.get("/admin/comments/")
        self.assertContains(page, "Good one")
        self.assertContains(page, "Bad one")
        self.client.post(f"/admin/comments/{good.pk}/", {"decision": "approve"})
        self.client.post(
            f"/admin/comments/{bad.pk}/", {"decision": "hide", "reason": "insult"}
        )
        good.refresh_from_db()
        bad.refresh_from_db()
        self.assertEqual(good.status, CommentStatus.VISIBLE)
        self.assertEqual((bad.status, bad.moderation_reason), ("hidden", "insult"))
        self.assertEqual(ModerationLogEntry.objects.count(), 2)

    def test_reported_queue_and_dismiss(self):
        comment = post(self.article, self.stranger, "Contested")
        actions.report_comment(comment, user=self.reader, reason="abuse")
        self.client.force_login(self.moderator)
        self.assertContains(
            self.client.get("/admin/comments/?tab=reported"), "Contested"
        )
        self.client.post(f"/admin/comments/{comment.pk}/", {"decision": "dismiss"})
        self.assertNotContains(
            self.client.get("/admin/comments/?tab=reported"), "Contested"
        )

    def test_ban_for_a_period_hides_comment_and_stops_posting(self):
        comment = post(self.article, self.stranger, "Trolling")
        self.client.force_login(self.moderator)
        self.client.post(
            f"/admin/comments/{comment.pk}/",
            {"decision": "ban", "period": "7", "reason": "trolling"},
        )
        ban = DiscussionBan.objects.get(user=self.stranger)
        self.assertGreater(ban.until, timezone.now() + timedelta(days=6))
        comment.refresh_from_db()
        self.assertEqual(comment.status, CommentStatus.HIDDEN)
        history = self.client.get(f"/admin/comments/accounts/{self.stranger.pk}/")
        self.assertContains(history, "Trolling")
        self.assertContains(history, "trolling")

    def test_unknown_decision_and_comment(self):
        comment = post(self.article, self.stranger)
        self.client.force_login(self.moderator)
        response = self.client.post(
            f"/admin/comments/{comment.pk}/", {"decision": "explode"}, follow=True
        )
        self.assertContains(response, "Choose approve")
        response = self.client.post("/admin/comments/999999/", {"decision": "hide"})
        self.assertEqual(response.status_code, 404)

    def test_featured_comment_shows_first_with_badge(self):
        first = post(self.article, self.stranger, "Insightful")
        post(self.article, self.reader, "Later")
        self.client.force_login(self.moderator)
        self.client.post(f"/admin/comments/{first.pk}/", {"decision": "feature"})
        html = self.client.get(self.article.url).content.decode()
        self.assertIn("Editors' pick</span>", html)
        self.assertLess(html.index("Insightful"), html.index("Later"))

    def test_moderator_features_and_hides_from_the_article_page(self):
        comment = post(self.article, self.stranger, "Worth a badge")
        self.client.force_login(self.reader)
        self.assertNotContains(self.client.get(self.article.url), 'value="feature"')
        self.client.force_login(self.moderator)
        page = self.client.get(self.article.url)
        self.assertContains(page, 'value="feature"')
        response = self.client.post(
            f"/admin/comments/{comment.pk}/",
            {"decision": "feature", "next": f"{self.article.url}#c{comment.pk}"},
        )
        self.assertRedirects(
            response, f"{self.article.url}#c{comment.pk}", fetch_redirect_response=False
        )
        comment.refresh_from_db()
        self.assertIs(comment.is_featured, True)

    def test_banned_phrases_and_policies_are_editable_in_admin(self):
        self.client.force_login(self.moderator)
        self.assertEqual(
            self.client.get("/admin/snippets/moderation/bannedphrase/").status_code, 200
        )
        self.assertEqual(
            self.client.get(
                "/admin/snippets/discussions/discussionpolicy/"
            ).status_code,
            200,
        )
        response = self.client.post(
            "/admin/snippets/moderation/bannedphrase/add/",
            {"phrase": "  Spam   Spam ", "is_active": "on"},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(BannedPhrase.objects.get().phrase, "spam spam")

    def test_moderator_group_exists_with_admin_access(self):
        user = make_user("mod2", groups=("Moderator",))
        self.assertIs(user.has_perm("wagtailadmin.access_admin"), True)
        self.assertIs(user.has_perm("discussions.moderate_comment"), True)
