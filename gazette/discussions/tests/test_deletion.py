from django.test import override_settings

from gazette.accounts.actions import delete_account
from gazette.discussions.models import Comment, DiscussionStats
from gazette.discussions.tests.builders import DiscussionTestCase, post
from gazette.testing import make_user


class AccountDeletionTests(DiscussionTestCase):
    def test_comments_stay_as_deleted_user_by_default(self):
        leaver = make_user("leaver", display_name="Lea Ver")
        post(self.article, leaver, "Still relevant.")
        delete_account(leaver)
        html = self.client.get(self.article.url).content.decode()
        self.assertIn("Still relevant.", html)
        self.assertIn("Deleted user", html)
        self.assertNotIn("Lea Ver", html)

    @override_settings(DISCUSSION_DELETED_ACCOUNT_COMMENTS="remove")
    def test_comments_can_be_removed_with_the_account(self):
        leaver = make_user("leaver")
        top = post(self.article, leaver, "Remove me.")
        post(self.article, self.reader, "Reply stays.", parent_id=top.pk)
        post(self.article, leaver, "Me too.")
        delete_account(leaver)
        html = self.client.get(self.article.url).content.decode()
        self.assertNotIn("Remove me.", html)
        self.assertNotIn("Me too.", html)
        self.assertIn("Reply stays.", html)
        self.assertEqual(
            DiscussionStats.objects.get(article=self.article).comment_count, 1
        )
        self.assertFalse(Comment.objects.exclude(body="").filter(author=None).exists())
