from datetime import timedelta

from django.test import Client, override_settings
from django.utils import timezone

from gazette.discussions import actions
from gazette.discussions.models import Comment, CommentStatus, DiscussionPolicy
from gazette.discussions.tests.builders import DiscussionTestCase, post
from gazette.news.models import ArticlePage
from gazette.testing import make_user


class AnonymousReaderTests(DiscussionTestCase):
    def test_sees_invitation_with_links_back_to_the_discussion(self):
        response = self.client.get(self.article.url)
        self.assertContains(response, "To take part in the discussion")
        next_param = f"{self.article.url}%23comments".replace("/", "%2F")
        self.assertContains(response, f"/en/accounts/login/?next={next_param}")
        self.assertContains(response, f"/en/accounts/signup/?next={next_param}")

    def test_anonymous_html_carries_no_form_or_token(self):
        post(self.article, self.reader)
        response = self.client.get(self.article.url)
        self.assertNotContains(response, "csrfmiddlewaretoken")
        self.assertNotContains(response, 'name="body"')

    def test_counter_next_to_byline_links_to_discussion(self):
        response = self.client.get(self.article.url)
        self.assertContains(response, '<a href="#comments"')
        self.assertContains(response, "0 comments")

    def test_posting_anonymously_is_refused_with_403(self):
        response = self.client.post(
            f"/en/discussions/{self.article.pk}/comments/", {"body": "Hello"}
        )
        self.assertContains(response, "Log in or register", status_code=403)
        self.assertFalse(Comment.objects.exists())


class PostingTests(DiscussionTestCase):
    def setUp(self):
        super().setUp()
        self.client.force_login(self.reader)

    def url(self, article=None):
        return f"/en/discussions/{(article or self.article).pk}/comments/"

    def test_posts_and_returns_to_the_comment(self):
        response = self.client.post(self.url(), {"body": "Good news for the harbour."})
        comment = Comment.objects.get()
        self.assertRedirects(
            response, f"{self.article.url}#c{comment.pk}", fetch_redirect_response=False
        )
        page = self.client.get(self.article.url)
        self.assertContains(page, "Good news for the harbour.")
        self.assertContains(page, "Rita Reader")
        self.assertContains(page, "1 comment")

    def test_logged_in_reader_gets_the_form(self):
        response = self.client.get(self.article.url)
        self.assertContains(response, 'name="body"')
        self.assertContains(response, "csrfmiddlewaretoken")

    def test_reply_shows_one_level_deep_with_in_reply_to(self):
        top = post(self.article, self.stranger, "First thought.")
        self.client.post(self.url(), {"body": "I disagree.", "parent": top.pk})
        reply = Comment.objects.get(parent=top)
        self.client.force_login(self.stranger)
        self.client.post(self.url(), {"body": "Why?", "parent": reply.pk})
        deeper = Comment.objects.get(parent=reply)
        self.assertEqual(deeper.thread_id, top.pk)
        page = self.client.get(self.article.url).content.decode()
        self.assertIn("in reply to Rita Reader", page)
        replies_block = page.split(f'data-replies-for="{top.pk}"')[1]
        self.assertIn(f'id="c{deeper.pk}"', replies_block)

    def test_reply_to_comment_of_another_article_is_400(self):
        elsewhere = post(self.other_article, self.stranger)
        response = self.client.post(self.url(), {"body": "Hi", "parent": elsewhere.pk})
        self.assertContains(response, "same story", status_code=400)
        self.assertEqual(Comment.objects.count(), 1)

    def test_unknown_ids_are_404(self):
        response = self.client.post(self.url(), {"body": "Hi", "parent": 999999})
        self.assertEqual(response.status_code, 404)
        self.assertEqual(
            self.client.post(
                "/en/discussions/999999/comments/", {"body": "x"}
            ).status_code,
            404,
        )
        self.assertEqual(
            self.client.get("/en/discussions/comment/999999/").status_code, 404
        )
        self.assertEqual(
            self.client.post("/en/discussions/comment/999999/like/").status_code, 404
        )

    def test_garbage_parent_is_400(self):
        response = self.client.post(self.url(), {"body": "Hi", "parent": "abc"})
        self.assertEqual(response.status_code, 400)

    def test_empty_comment_is_400(self):
        response = self.client.post(self.url(), {"body": "   \n  "})
        self.assertContains(response, "Write something", status_code=400)

    @override_settings(DISCUSSION_COMMENT_MAX_LENGTH=50)
    def test_too_long_comment_is_400_and_text_is_kept(self):
        text = "word " * 20
        response = self.client.post(self.url(), {"body": text})
        self.assertContains(response, "the limit is 50", status_code=400)
        self.assertContains(response, text.strip(), status_code=400)
        self.assertFalse(Comment.objects.exists())

    def test_control_characters_are_400(self):
        response = self.client.post(self.url(), {"body": "bad \x00 byte"})
        self.assertEqual(response.status_code, 400)
        response = self.client.post(self.url(), {"body": "bad \x07 bell"})
        self.assertContains(response, "characters we cannot store", status_code=400)

    def test_invalid_utf8_is_400_not_500(self):
        response = self.client.post(
            self.url(),
            b"body=%FF%FE%FD",
            content_type="application/x-www-form-urlencoded",
        )
        self.assertIn(response.status_code, (400,))

    def test_closed_discussion_is_403(self):
        DiscussionPolicy.objects.create(page=self.article, mode="closed")
        response = self.client.post(self.url(), {"body": "Hello"})
        self.assertContains(response, "closed", status_code=403)
        page = self.client.get(self.article.url)
        self.assertNotContains(page, 'name="body"')

    def test_discussion_closes_after_configured_days(self):
        old = timezone.now() - timedelta(days=20)
        ArticlePage.objects.filter(pk=self.article.pk).update(first_published_at=old)
        with self.settings(DISCUSSION_CLOSE_AFTER_DAYS=14):
            response = self.client.post(self.url(), {"body": "Hello"})
        self.assertContains(response, "14 days", status_code=403)
        with self.settings(DISCUSSION_CLOSE_AFTER_DAYS=30):
            response = self.client.post(self.url(), {"body": "Hello"})
        self.assertEqual(response.status_code, 302)

    def test_banned_reader_is_403_until_ban_ends(self):
        ban = actions.ban_user(self.reader, moderator=self.moderator, reason="abuse")
        response = self.client.post(self.url(), {"body": "Hello"})
        self.assertContains(response, "may not comment", status_code=403)
        ban.until = timezone.now() - timedelta(minutes=1)
        ban.save()
        response = self.client.post(self.url(), {"body": "Hello"})
        self.assertEqual(response.status_code, 302)

    def test_unverified_address_cannot_comment(self):
        newcomer = make_user("newcomer")
        newcomer.emailaddress_set.update(verified=False)
        self.client.force_login(newcomer)
        response = self.client.post(self.url(), {"body": "Hello"})
        self.assertContains(response, "Confirm your e-mail", status_code=403)

    @override_settings(DISCUSSION_RATE_LIMITS={"post": (2, 60)})
    def test_posting_is_rate_limited_per_account(self):
        for n in range(2):
            self.assertEqual(
                self.client.post(self.url(), {"body": f"Point {n}"}).status_code, 302
            )
        response = self.client.post(self.url(), {"body": "One more"})
        self.assertContains(response, "too often", status_code=429)
        self.assertContains(response, "One more", status_code=429)

    @override_settings(DISCUSSION_RATE_LIMITS={"post": (50, 60), "post_ip": (2, 60)})
    def test_posting_is_rate_limited_per_ip(self):
        self.client.post(self.url(), {"body": "One"})
        self.client.force_login(self.stranger)
        self.client.post(self.url(), {"body": "Two"})
        self.client.force_login(self.chief)
        response = self.client.post(self.url(), {"body": "Three"})
        self.assertContains(response, "your network", status_code=429)

    def test_csrf_is_enforced(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.reader)
        response = client.post(self.url(), {"body": "No token"})
        self.assertEqual(response.status_code, 403)
        self.assertFalse(Comment.objects.exists())

    def test_json_clients_get_json_errors(self):
        response = self.client.post(
            self.url(), {"body": ""}, HTTP_ACCEPT="application/json"
        )
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response.json()["error"], "invalid")


class XssTests(DiscussionTestCase):
    payloads = [
        "<script>alert('x')</script>",
        '"><img src=x onerror=alert(1)>',
        "javascript:alert(1)",
        '<a href="javascript:alert(1)">click</a>',
    ]

    def test_payloads_are_shown_as_text_on_the_page(self):
        hostile = make_user("hostile", display_name='<b onmouseover="x()">Eve</b>')
        for payload in self.payloads:
            post(self.article, hostile, payload)
        self.client.force_login(self.reader)
        html = self.client.get(self.article.url).content.decode()
        self.assertNotIn("<script>alert", html)
        self.assertNotIn("<img src=x", html)
        self.assertNotIn('href="javascript:', html)
        self.assertNotIn("<b onmouseover", html)
        self.assertIn("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html)
        self.assertIn("&lt;b onmouseover=&quot;x()&quot;&gt;Eve&lt;/b&gt;", html)

    def test_urls_become_nofollow_links_and_nothing_else_does(self):
        post(self.article, self.stranger, 'See https://example.org/a?b=1&c="x" now')
        html = self.client.get(self.article.url).content.decode()
        self.assertIn(
            '<a href="https://example.org/a?b=1&amp;c=" rel="nofollow ugc noopener">',
            html,
        )

    def test_payloads_are_text_in_moderation_queue_and_refusal_page(self):
        hostile = make_user("hostile")
        comment = post(self.article, hostile, self.payloads[1])
        actions.report_comment(comment, user=self.reader, reason="spam")
        self.client.force_login(self.moderator)
        html = self.client.get("/admin/comments/?tab=reported").content.decode()
        self.assertIn(f"#{comment.pk}", html)
        self.assertNotIn("<img src=x", html)
        self.client.force_login(self.reader)
        response = self.client.post(
            f"/en/discussions/{self.article.pk}/comments/",
            {"body": self.payloads[0], "parent": 999999},
        )
        self.assertNotIn("<script>alert", response.content.decode())


class EditDeleteTests(DiscussionTestCase):
    def test_author_edits_within_window_and_it_is_marked(self):
        comment = post(self.article, self.reader, "Original.")
        self.client.force_login(self.reader)
        response = self.client.post(
            f"/en/discussions/comment/{comment.pk}/edit/", {"body": "Corrected."}
        )
        self.assertEqual(response.status_code, 302)
        page = self.client.get(self.article.url)
        self.assertContains(page, "Corrected.")
        self.assertContains(page, "edited")

    def test_edit_after_window_is_403(self):
        comment = post(self.article, self.reader, "Original.")
        Comment.objects.filter(pk=comment.pk).update(
            created_at=timezone.now() - timedelta(hours=1)
        )
        self.client.force_login(self.reader)
        response = self.client.post(
            f"/en/discussions/comment/{comment.pk}/edit/", {"body": "Too late."}
        )
        self.assertContains(response, "can be edited for", status_code=403)
        self.assertEqual(Comment.objects.get().body, "Original.")

    def test_cannot_edit_or_delete_another_readers_comment(self):
        comment = post(self.article, self.stranger, "Mine.")
        self.client.force_login(self.reader)
        edit = self.client.post(
            f"/en/discussions/comment/{comment.pk}/edit/", {"body": "x"}
        )
        delete = self.client.post(f"/en/discussions/comment/{comment.pk}/delete/")
        self.assertEqual((edit.status_code, delete.status_code), (404, 404))
        self.assertEqual(Comment.objects.get().status, CommentStatus.VISIBLE)

    def test_delete_keeps_a_tombstone_where_replies_exist(self):
        top = post(self.article, self.reader, "Start.")
        post(self.article, self.stranger, "Reply.", parent_id=top.pk)
        lonely = post(self.article, self.reader, "Alone.")
        self.client.force_login(self.reader)
        self.client.post(f"/en/discussions/comment/{top.pk}/delete/")
        self.client.post(f"/en/discussions/comment/{lonely.pk}/delete/")
        page = self.client.get(self.article.url)
        self.assertContains(page, "This comment was deleted.", count=1)
        self.assertNotContains(page, "Start.")
        self.assertNotContains(page, "Alone.")
        self.assertContains(page, "Reply.")
        self.assertContains(page, "1 comment")


class LikeReportTests(DiscussionTestCase):
    def test_like_once_per_account_and_take_it_back(self):
        comment = post(self.article, self.stranger)
        self.client.force_login(self.reader)
        url = f"/en/discussions/comment/{comment.pk}/like/"
        json = {"HTTP_ACCEPT": "application/json"}
        self.assertEqual(self.client.post(url, **json).json()["like_count"], 1)
        self.assertEqual(self.client.post(url, **json).json()["like_count"], 0)
        self.client.post(url)
        self.client.force_login(self.chief)
        self.assertEqual(self.client.post(url, **json).json()["like_count"], 2)
        page = self.client.get(self.article.url)
        self.assertContains(page, 'aria-pressed="true"')

    def test_cannot_like_own_comment(self):
        comment = post(self.article, self.reader)
        self.client.force_login(self.reader)
        response = self.client.post(f"/en/discussions/comment/{comment.pk}/like/")
        self.assertEqual(response.status_code, 400)

    @override_settings(DISCUSSION_RATE_LIMITS={"like": (2, 60)})
    def test_likes_are_rate_limited(self):
        comment = post(self.article, self.stranger)
        self.client.force_login(self.reader)
        url = f"/en/discussions/comment/{comment.pk}/like/"
        codes = [self.client.post(url).status_code for _ in range(3)]
        self.assertEqual(codes, [302, 302, 429])

    def test_report_needs_a_reason_and_counts_once(self):
        comment = post(self.article, self.stranger)
        self.client.force_login(self.reader)
        url = f"/en/discussions/comment/{comment.pk}/report/"
        self.assertContains(self.client.get(url), "Abusive or hateful")
        self.assertEqual(self.client.post(url, {"reason": "nonsense"}).status_code, 400)
        self.assertContains(self.client.post(url, {"reason": "spam"}), "Thank you")
        again = self.client.post(url, {"reason": "spam"})
        self.assertContains(again, "already reported", status_code=400)
        self.assertEqual(Comment.objects.get().report_count, 1)


class SortingAndPagingTests(DiscussionTestCase):
    @override_settings(
        DISCUSSION_PAGE_SIZE=3, DISCUSSION_RATE_LIMITS={"post": (99, 60)}
    )
    def test_sorts_and_load_more_keeps_place(self):
        comments = [post(self.article, self.stranger, f"Comment {n}") for n in range(5)]
        actions.like_comment(comments[2], user=self.reader)
        html = self.client.get(self.article.url).content.decode()
        self.assertLess(html.index("Comment 4"), html.index("Comment 3"))
        self.assertNotIn("Comment 1", html)
        self.assertIn("shown=6#thread-4", html)
        html = self.client.get(self.article.url + "?sort=oldest").content.decode()
        self.assertLess(html.index("Comment 0"), html.index("Comment 1"))
        html = self.client.get(self.article.url + "?sort=liked").content.decode()
        self.assertLess(html.index("Comment 2"), html.index("Comment 4"))
        html = self.client.get(self.article.url + "?shown=6").content.decode()
        self.assertIn('id="thread-4"', html)
        self.assertIn("Comment 0", html)
        more = self.client.get(f"/en/discussions/{self.article.pk}/more/?shown=6")
        self.assertContains(more, "Comment 0")

    @override_settings(
        DISCUSSION_REPLIES_SHOWN=2, DISCUSSION_RATE_LIMITS={"post": (99, 60)}
    )
    def test_long_threads_show_first_replies_and_link_to_the_rest(self):
        top = post(self.article, self.stranger, "Start")
        for n in range(4):
            post(self.article, self.reader, f"Reply {n}", parent_id=top.pk)
        html = self.client.get(self.article.url).content.decode()
        self.assertIn("Reply 1", html)
        self.assertNotIn("Reply 2", html)
        self.assertIn(f"/en/discussions/comment/{top.pk}/thread/", html)
        thread = self.client.get(f"/en/discussions/comment/{top.pk}/thread/")
        self.assertContains(thread, "Reply 3")
        reply = top.replies.first()
        response = self.client.get(f"/en/discussions/comment/{reply.pk}/thread/")
        self.assertRedirects(
            response,
            f"/en/discussions/comment/{top.pk}/thread/",
            fetch_redirect_response=False,
        )

    def test_bad_sort_and_shown_fall_back(self):
        post(self.article, self.stranger, "Only one")
        response = self.client.get(self.article.url + "?sort=<x>&shown=abc")
        self.assertContains(response, "Only one")
