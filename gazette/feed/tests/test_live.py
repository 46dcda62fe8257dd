"""Readers' sockets receive Newsfeed, breaking and live-blog events, and resume."""

import json

from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import TransactionTestCase

from gazette.asgi import application
from gazette.feed import actions
from gazette.feed.models import BreakingAlert, FeedItem, LiveBlogEntry
from gazette.feed.tests.builders import add_entry, make_live_blog
from gazette.testing import make_article, make_section, make_site


async def open_socket() -> WebsocketCommunicator:
    socket = WebsocketCommunicator(
        application, "/ws/", headers=[(b"origin", b"http://localhost")]
    )
    connected, _ = await socket.connect()
    assert connected
    return socket


async def follow(socket, topic: str, after: int | None = None) -> dict:
    frame = {"type": "subscribe", "topic": topic}
    if after is not None:
        frame["after"] = after
    await socket.send_to(text_data=json.dumps(frame))
    reply = json.loads(await socket.receive_from(timeout=3))
    assert reply["type"] == "subscribed", reply
    return reply


async def next_event(socket) -> dict:
    frame = json.loads(await socket.receive_from(timeout=3))
    assert frame["type"] == "event", frame
    return frame["event"]


class LiveNewsfeedTests(TransactionTestCase):
    # Channels closes the thread's database connection between frames, so these
    # tests commit for real; serialized_rollback brings back migration data.
    serialized_rollback = True

    def setUp(self):
        self.home = make_site()
        self.world = make_section("World", home=self.home)

    async def test_publish_and_unpublish_reach_open_pages(self):
        socket = await open_socket()
        await follow(socket, "newsfeed.en")
        article = await sync_to_async(make_article)(self.world, "Dam opens its gates")
        event = await next_event(socket)
        self.assertEqual((event["op"], event["article_id"]), ("published", article.pk))
        self.assertEqual(event["item"]["headline"], "Dam opens its gates")
        await sync_to_async(article.unpublish)()
        event = await next_event(socket)
        self.assertEqual((event["op"], event["article_id"]), ("removed", article.pk))
        await socket.disconnect()

    async def test_section_topic_gets_only_its_stories(self):
        sport = await sync_to_async(make_section)("Sport", home=self.home)
        socket = await open_socket()
        await follow(socket, f"newsfeed.{sport.pk}")
        await sync_to_async(make_article)(self.world, "World story")
        await sync_to_async(make_article)(sport, "Sport story")
        event = await next_event(socket)
        self.assertEqual(event["item"]["headline"], "Sport story")
        self.assertIs(await socket.receive_nothing(timeout=0.2), True)
        await socket.disconnect()

    async def test_reconnecting_reader_gets_what_it_missed_once(self):
        first = await sync_to_async(make_article)(self.world, "Before the gap")
        seen = await sync_to_async(
            lambda: FeedItem.objects.get(article_pk=first.pk).pk
        )()
        gone = await sync_to_async(make_article)(self.world, "Published in the gap")
        await sync_to_async(gone.unpublish)()
        kept = await sync_to_async(make_article)(self.world, "Also in the gap")
        socket = await open_socket()
        reply = await follow(socket, "newsfeed.en", after=seen)
        self.assertEqual(reply["missed"], 3)
        events = [await next_event(socket) for _ in range(3)]
        self.assertEqual(
            [(e["op"], e["article_id"]) for e in events],
            [("published", gone.pk), ("removed", gone.pk), ("published", kept.pk)],
        )
        self.assertIs(await socket.receive_nothing(timeout=0.2), True)
        await socket.disconnect()

    async def test_breaking_alert_lifecycle_reaches_open_pages(self):
        socket = await open_socket()
        reply = await follow(socket, "breaking.en", after=0)
        self.assertEqual(reply["missed"], 1)
        self.assertEqual(await next_event(socket), {"type": "breaking", "alert": None})
        article = await sync_to_async(make_article)(
            self.world, "Earthquake shakes the capital", is_breaking=True
        )
        event = await next_event(socket)
        self.assertEqual(event["alert"]["headline"], "Earthquake shakes the capital")
        self.assertEqual(event["alert"]["url"], article.url)
        alert = await sync_to_async(BreakingAlert.objects.get)()
        await sync_to_async(actions.clear_breaking_alert)(alert)
        self.assertEqual(await next_event(socket), {"type": "breaking", "alert": None})
        await socket.disconnect()
        # A page opened now (or reconnecting) is told the state at once.
        socket = await open_socket()
        await follow(socket, "breaking.en", after=0)
        self.assertEqual(await next_event(socket), {"type": "breaking", "alert": None})
        await socket.disconnect()

    async def test_live_blog_entries_added_edited_deleted_live(self):
        blog = await sync_to_async(make_live_blog)(self.world)
        socket = await open_socket()
        await follow(socket, f"liveblog.{blog.pk}", after=0)
        entry = await sync_to_async(add_entry)(blog, "<p>Ferry cancelled</p>")
        added = await next_event(socket)
        self.assertEqual((added["op"], added["entry_id"]), ("added", entry.pk))
        self.assertIn("Ferry cancelled", added["html"])
        entry.headline = "Ferries stop"
        await sync_to_async(entry.save)()
        await sync_to_async(actions.record_live_blog_entry_saved)(entry, created=False)
        edited = await next_event(socket)
        self.assertEqual(edited["op"], "edited")
        self.assertIn("Ferries stop", edited["html"])
        await sync_to_async(LiveBlogEntry.objects.filter(pk=entry.pk).delete)()
        await sync_to_async(actions.record_live_blog_entry_deleted)(
            blog, entry_pk=entry.pk
        )
        deleted = await next_event(socket)
        self.assertEqual((deleted["op"], deleted["entry_id"]), ("deleted", entry.pk))
        self.assertLess(added["id"], edited["id"])
        self.assertLess(edited["id"], deleted["id"])
        await socket.disconnect()
        # A reader coming back replays the whole log after the id it had.
        socket = await open_socket()
        reply = await follow(socket, f"liveblog.{blog.pk}", after=added["id"])
        self.assertEqual(reply["missed"], 2)
        await socket.disconnect()

    async def test_draft_live_blog_cannot_be_followed(self):
        blog = await sync_to_async(make_live_blog)(self.world)
        await sync_to_async(blog.unpublish)()
        socket = await open_socket()
        await socket.send_to(
            text_data=json.dumps({"type": "subscribe", "topic": f"liveblog.{blog.pk}"})
        )
        reply = json.loads(await socket.receive_from(timeout=3))
        self.assertEqual(reply["code"], "forbidden")
        for topic in ("liveblog.x", "newsfeed.abc", "breaking.1"):
            await socket.send_to(
                text_data=json.dumps({"type": "subscribe", "topic": topic})
            )
            reply = json.loads(await socket.receive_from(timeout=3))
            self.assertEqual(reply["type"], "error", topic)
        await socket.disconnect()
