from asgiref.sync import sync_to_async
from django.core.cache import cache
from django.test import TransactionTestCase, override_settings

from gazette.discussions import actions
from gazette.discussions.tests.builders import post
from gazette.realtime.tests.helpers import open_socket, receive, receive_all, send
from gazette.testing import make_article, make_section, make_site, make_user


# The consumer closes "old" connections around its database calls, which ends a
# TestCase's transaction on PostgreSQL: these tests commit for real instead.
@override_settings(DISCUSSION_PREMODERATE_FIRST=0)
class LiveCommentTests(TransactionTestCase):
    serialized_rollback = True  # keep the page tree and groups from migrations

    def setUp(self):
        cache.clear()
        self.reader = make_user("reader", display_name="Rita Reader")
        self.stranger = make_user("stranger")
        self.moderator = make_user("moderator", groups=("Moderator",))
        make_site()
        self.article = make_article(make_section("World"), "Harbour budget agreed")

    def store(self, action, *args, **kwargs):
        """Run an action in its own committed transaction, as a request would."""
        return sync_to_async(action)(*args, **kwargs)

    async def subscribe(self, after=None):
        socket = await open_socket()
        frame = {"type": "subscribe", "topic": f"comments.{self.article.pk}"}
        if after is not None:
            frame["after"] = after
        await send(socket, frame)
        return socket

    async def test_new_hidden_and_edited_comments_reach_readers(self):
        socket = await self.subscribe()
        self.assertEqual((await receive(socket))["type"], "subscribed")
        comment = await self.store(post, self.article, self.reader, "<b>Live</b> one")
        event = (await receive(socket))["event"]
        self.assertEqual(event["op"], "posted")
        self.assertEqual(event["count"], 1)
        self.assertEqual(event["comment"]["body"], "<b>Live</b> one")
        self.assertEqual(event["comment"]["author"], "Rita Reader")
        await self.store(
            actions.edit_comment, comment, editor=self.reader, body="Fixed"
        )
        edited = (await receive(socket))["event"]
        self.assertEqual((edited["op"], edited["comment"]["body"]), ("edited", "Fixed"))
        self.assertGreater(edited["id"], event["id"])
        await self.store(actions.hide_comment, comment, moderator=self.moderator)
        hidden = (await receive(socket))["event"]
        self.assertEqual((hidden["op"], hidden["count"]), ("hidden", 0))
        self.assertNotIn("body", hidden["comment"])
        await socket.disconnect()

    async def test_resume_replays_what_was_missed_in_order(self):
        first = await self.store(post, self.article, self.reader, "One")
        await self.store(post, self.article, self.stranger, "Two", parent_id=first.pk)
        await self.store(actions.delete_comment, first, by=self.reader)
        socket = await self.subscribe(after=0)
        frames = await receive_all(socket, 4)
        self.assertEqual(frames[0]["missed"], 3)
        ops = [f["event"]["op"] for f in frames[1:]]
        self.assertEqual(ops, ["posted", "posted", "deleted"])
        reply = frames[2]["event"]["comment"]
        self.assertEqual(
            (reply["thread_id"], reply["in_reply_to"]), (first.pk, "Rita Reader")
        )
        await socket.disconnect()
        later = await self.subscribe(after=frames[2]["event"]["id"])
        frames = await receive_all(later, 2)
        self.assertEqual(frames[1]["event"]["op"], "deleted")
        await later.disconnect()

    async def test_pending_comments_are_not_streamed_until_approved(self):
        socket = await self.subscribe()
        await receive(socket)
        with self.settings(DISCUSSION_PREMODERATE_FIRST=1):
            comment = await self.store(post, self.article, self.reader, "Wait")
        self.assertIs(await socket.receive_nothing(timeout=0.2), True)
        await self.store(actions.approve_comment, comment, moderator=self.moderator)
        self.assertEqual((await receive(socket))["event"]["op"], "posted")
        await socket.disconnect()

    async def test_unknown_or_unpublished_article_cannot_be_followed(self):
        socket = await open_socket()
        await send(socket, {"type": "subscribe", "topic": "comments.999999"})
        frame = await receive(socket)
        self.assertEqual((frame["type"], frame["code"]), ("error", "forbidden"))
        await send(socket, {"type": "subscribe", "topic": "comments.abc"})
        self.assertEqual((await receive(socket))["type"], "error")
        await socket.disconnect()
