"""Chat pages without JavaScript: list, room, posting, history, moderation, admin."""

from django.contrib.auth.models import Group
from django.urls import reverse

from gazette.chats import actions
from gazette.chats.models import EventKind, Message, Room, RoomEvent, RoomStatus
from gazette.chats.tests.builders import make_room, reset_shared_state
from gazette.testing import (
    BaseTestCase,
    make_article,
    make_image,
    make_section,
    make_user,
)


class ChatPageTests(BaseTestCase):
    def setUp(self):
        reset_shared_state()
        self.room = make_room(by=self.editor)
        self.url = self.room.get_absolute_url()

    def post_as(self, user, text, room=None, **extra):
        return actions.post_message(room or self.room, author=user, text=text, **extra)

    def fill(self, count: int, room=None):
        authors = [make_user(f"filler{n}-{count}") for n in range(3)]
        previous = None
        for n in range(count):
            message = Message.objects.create(
                room=room or self.room,
                seq=n + 1,
                author=authors[n % 3],
                text=f"line {n}",
                reply_to=previous,
            )
            previous = message
        (room or self.room).__class__.objects.filter(pk=(room or self.room).pk).update(
            last_seq=count
        )


class RoomListTests(ChatPageTests):
    def test_lists_open_rooms_with_topic_online_count_and_last_activity(self):
        closed = make_room("Closed talk", by=self.editor)
        actions.close_room(closed, by=self.editor)
        self.post_as(self.reader, "Hello")
        actions.record_presence(self.room, "tab-aaaaaaaa")
        response = self.client.get("/en/chats/")
        self.assertContains(response, "Harbour budget live")
        self.assertContains(response, "harbour budget as it happens")
        self.assertContains(response, "1 reader here")
        self.assertContains(response, "last message")
        self.assertNotContains(response, "Closed talk")
        self.assertIn("public", response["Cache-Control"])

    def test_list_query_count_does_not_grow_with_rooms(self):
        self.client.get("/en/chats/")
        with self.assertNumQueries(3):  # rooms, plus the site header's two
            self.client.get("/en/chats/")
        for n in range(5):
            make_room(f"Room {n}", by=self.editor)
        with self.assertNumQueries(3):
            response = self.client.get("/en/chats/")
        self.assertContains(response, "Room 4")

    def test_online_json(self):
        actions.record_presence(self.room, "tab-bbbbbbbb")
        data = self.client.get(reverse("chats:online")).json()
        self.assertEqual(data["rooms"], {str(self.room.pk): 1})


class RoomPageTests(ChatPageTests):
    def test_anonymous_reader_sees_history_and_login_link_back_to_room(self):
        self.post_as(self.reader, "First!")
        response = self.client.get(self.url)
        self.assertContains(response, "First!")
        self.assertContains(response, "Rita Reader")
        self.assertContains(
            response, f"/en/accounts/login/?next={self.url.replace('/', '%2F')}"
        )
        self.assertContains(response, "to chat.")
        self.assertNotContains(response, "csrfmiddlewaretoken")
        self.assertContains(response, f'data-chat-after="{self.room.last_seq + 1}"')
        self.assertIn("public", response["Cache-Control"])

    def test_message_text_is_shown_as_text(self):
        self.post_as(self.reader, '<script>alert("x")</script> <b>bold</b>')
        response = self.client.get(self.url)
        self.assertNotContains(response, "<script>alert")
        self.assertContains(
            response, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
        )
        self.assertContains(response, "&lt;b&gt;bold&lt;/b&gt;")

    def test_room_page_query_count_does_not_grow_with_messages(self):
        self.fill(10)
        self.client.get(self.url)
        with self.assertNumQueries(4):  # room, messages, plus the site header's two
            self.client.get(self.url)
        room = make_room("Busy room", by=self.editor)
        self.fill(45, room)
        with self.assertNumQueries(4):
            response = self.client.get(room.get_absolute_url())
        self.assertContains(response, "line 44")

    def test_older_messages_link_pages_back_without_javascript(self):
        self.fill(60)
        latest = self.client.get(self.url)
        self.assertContains(latest, "line 59")
        self.assertNotContains(latest, ">line 9<")
        self.assertContains(latest, f'href="{self.url}?before=11"')
        older = self.client.get(self.url + "?before=11")
        self.assertContains(older, ">line 9<")
        self.assertNotContains(older, "line 59")
        self.assertNotContains(older, "data-chat-live")
        self.assertContains(older, "Latest messages")

    def test_older_json_for_scrolling_up(self):
        self.fill(60)
        data = self.client.get(
            reverse("chats:older", args=[self.room.slug]) + "?before=11"
        ).json()
        self.assertEqual([m["seq"] for m in data["messages"]], list(range(1, 11)))
        self.assertIs(data["has_older"], False)
        self.assertEqual(data["messages"][1]["reply_to"]["text"], "line 0")

    def test_bad_before_is_a_clear_400(self):
        response = self.client.get(self.url + "?before=abc")
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "does not exist", status_code=400)
        json_response = self.client.get(
            reverse("chats:older", args=[self.room.slug]) + "?before=-1"
        )
        self.assertEqual(json_response.status_code, 400)

    def test_unknown_room_is_404(self):
        self.assertEqual(self.client.get("/en/chats/no-such-room/").status_code, 404)

    def test_members_only_room_hides_history_from_anonymous(self):
        room = make_room("Members", by=self.editor, anonymous_can_read=False)
        self.post_as(self.reader, "secret plans", room=room)
        response = self.client.get(room.get_absolute_url())
        self.assertNotContains(response, "secret plans")
        self.assertContains(response, "for logged-in readers")
        older = self.client.get(reverse("chats:older", args=[room.slug]))
        self.assertEqual(older.status_code, 403)
        self.client.force_login(self.stranger)
        self.assertContains(self.client.get(room.get_absolute_url()), "secret plans")


class PostingTests(ChatPageTests):
    def test_logged_in_reader_posts_with_the_plain_form(self):
        self.client.force_login(self.reader)
        page = self.client.get(self.url)
        self.assertContains(page, "csrfmiddlewaretoken")
        self.assertIn("private", page["Cache-Control"])
        response = self.client.post(
            reverse("chats:post", args=[self.room.slug]), {"text": "Hi all"}
        )
        message = Message.objects.get()
        self.assertRedirects(response, f"{self.url}#m-{message.seq}")
        self.assertEqual((message.text, message.author), ("Hi all", self.reader))
        self.assertTrue(
            RoomEvent.objects.filter(kind=EventKind.POSTED, message=message).exists()
        )

    def test_form_refusals_keep_the_text_and_say_why(self):
        self.client.force_login(self.reader)
        post_url = reverse("chats:post", args=[self.room.slug])
        too_long = self.client.post(post_url, {"text": "x" * 1001})
        self.assertEqual(too_long.status_code, 400)
        self.assertContains(too_long, "at most 1000 characters", status_code=400)
        actions.mute_user(self.room, self.reader, by=self.editor, minutes=5)
        muted = self.client.post(post_url, {"text": "my words"})
        self.assertContains(muted, "You are muted", status_code=400)
        self.assertContains(muted, "my words", status_code=400)
        self.assertEqual(Message.objects.count(), 0)

    def test_flood_through_the_form_is_429(self):
        self.client.force_login(self.reader)
        post_url = reverse("chats:post", args=[self.room.slug])
        statuses = [
            self.client.post(post_url, {"text": f"n{n}"}).status_code for n in range(6)
        ]
        self.assertEqual(statuses, [302] * 5 + [429])

    def test_anonymous_post_goes_to_login(self):
        response = self.client.post(
            reverse("chats:post", args=[self.room.slug]), {"text": "x"}
        )
        self.assertEqual(response.status_code, 302)
        self.assertIn("/en/accounts/login/", response["Location"])
        self.assertEqual(Message.objects.count(), 0)

    def test_post_without_csrf_token_is_refused(self):
        from django.test import Client

        client = Client(enforce_csrf_checks=True)
        client.force_login(self.reader)
        response = client.post(
            reverse("chats:post", args=[self.room.slug]), {"text": "x"}
        )
        self.assertEqual(response.status_code, 403)

    def test_reply_without_javascript_quotes_the_message(self):
        question = self.post_as(self.stranger, "Is the ferry running?")
        self.client.force_login(self.reader)
        page = self.client.get(f"{self.url}?reply_to={question.pk}")
        self.assertContains(page, "Replying to")
        self.assertContains(page, f'name="reply_to" value="{question.pk}"')
        self.client.post(
            reverse("chats:post", args=[self.room.slug]),
            {"text": "Yes, hourly.", "reply_to": question.pk},
        )
        answer = Message.objects.get(text="Yes, hourly.")
        self.assertEqual(answer.reply_to, question)
        response = self.client.get(self.url)
        self.assertContains(response, 'class="chat-message__quote"')

    def test_link_to_a_gazette_article_shows_as_a_card(self):
        section = make_section("Local")
        article = make_article(
            section, "Ferry timetable changes", lead_image=make_image()
        )
        message = self.post_as(
            self.reader,
            f"See http://localhost{article.url} and https://example.com/elsewhere/",
        )
        self.assertEqual(message.card["headline"], "Ferry timetable changes")
        self.assertEqual(message.card["url"], article.url)
        self.assertTrue(message.card["image"]["url"])
        response = self.client.get(self.url)
        self.assertContains(response, 'class="chat-card"')
        self.assertContains(response, "Ferry timetable changes")

    def test_links_to_other_sites_make_no_card(self):
        message = self.post_as(self.reader, "Look at https://example.com/news/ferry/")
        self.assertIsNone(message.card)


class ModerationPageTests(ChatPageTests):
    def test_only_moderators_see_controls(self):
        self.post_as(self.reader, "hello")
        self.client.force_login(self.reader)
        self.assertNotContains(self.client.get(self.url), "Moderate this room")
        self.client.force_login(self.editor)
        page = self.client.get(self.url)
        self.assertContains(page, "Moderate this room")
        self.assertContains(page, "data-chat-delete")

    def test_moderator_group_if_present_moderates(self):
        Group.objects.get_or_create(name="Moderator")
        moderator = make_user("mod", groups=("Moderator",))
        message = self.post_as(self.reader, "spam")
        self.client.force_login(moderator)
        self.client.post(reverse("chats:delete", args=[self.room.slug, message.pk]))
        message.refresh_from_db()
        self.assertIs(message.is_deleted, True)

    def test_delete_hides_the_message_for_everyone(self):
        message = self.post_as(self.reader, "offensive text")
        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("chats:delete", args=[self.room.slug, message.pk])
        )
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        page = self.client.get(self.url)
        self.assertNotContains(page, "offensive text")
        self.assertContains(page, "deleted by a moderator")
        self.assertTrue(RoomEvent.objects.filter(kind=EventKind.DELETED).exists())

    def test_reader_cannot_delete_or_moderate(self):
        message = self.post_as(self.stranger, "mine")
        self.client.force_login(self.reader)
        delete = self.client.post(
            reverse("chats:delete", args=[self.room.slug, message.pk])
        )
        moderate = self.client.post(
            reverse("chats:moderate", args=[self.room.slug]),
            {"action": "ban", "user": self.stranger.pk},
        )
        self.assertEqual((delete.status_code, moderate.status_code), (404, 404))
        message.refresh_from_db()
        self.assertIs(message.is_deleted, False)

    def test_mute_ban_lift_slow_mode_and_close_from_the_room_page(self):
        self.client.force_login(self.editor)
        moderate = reverse("chats:moderate", args=[self.room.slug])
        self.client.post(
            moderate, {"action": "mute", "user": self.reader.pk, "minutes": 30}
        )
        with self.assertRaisesMessage(actions.ChatError, "You are muted"):
            self.post_as(self.reader, "x")
        self.client.post(moderate, {"action": "lift", "user": self.reader.pk})
        self.post_as(self.reader, "free again")
        self.client.post(moderate, {"action": "ban", "user": self.stranger.pk})
        with self.assertRaisesMessage(actions.ChatError, "banned"):
            self.post_as(self.stranger, "x")
        self.client.post(moderate, {"action": "slow_mode", "seconds": 20})
        self.client.post(moderate, {"action": "close"})
        self.room.refresh_from_db()
        self.assertEqual(
            (self.room.slow_mode_seconds, self.room.status), (20, RoomStatus.CLOSED)
        )
        self.assertEqual(RoomEvent.objects.filter(kind=EventKind.ROOM).count(), 2)
        page = self.client.get(self.url)
        self.assertContains(page, "This room is closed")
        self.assertNotContains(page, "data-chat-form")

    def test_moderators_cannot_be_muted(self):
        with self.assertRaisesMessage(actions.ChatError, "Moderators cannot"):
            actions.mute_user(self.room, self.chief, by=self.editor, minutes=5)


class RoomAdminTests(ChatPageTests):
    def test_editor_creates_and_closes_a_room_in_the_admin(self):
        self.client.force_login(self.editor)
        add_url = reverse("chat_rooms:add")
        response = self.client.post(
            add_url,
            {
                "title": "Election night",
                "slug": "election-night",
                "language": "en",
                "topic": "Results as they come in",
                "status": "open",
                "anonymous_can_read": "on",
                "slow_mode_seconds": "0",
            },
        )
        self.assertEqual(response.status_code, 302, response.content[:2000])
        room = Room.objects.get(slug="election-night")
        self.assertEqual(room.created_by, self.editor)
        edit_url = reverse("chat_rooms:edit", args=[room.pk])
        self.client.post(
            edit_url,
            {
                "title": "Election night",
                "slug": "election-night",
                "topic": "Results as they come in",
                "language": "en",
                "status": "archived",
                "anonymous_can_read": "on",
                "slow_mode_seconds": "0",
            },
        )
        room.refresh_from_db()
        self.assertEqual(room.status, RoomStatus.ARCHIVED)
        self.assertTrue(
            RoomEvent.objects.filter(room=room, kind=EventKind.ROOM).exists()
        )

    def test_reader_cannot_reach_the_room_admin(self):
        self.client.force_login(self.reader)
        response = self.client.get(reverse("chat_rooms:index"))
        self.assertNotEqual(response.status_code, 200)
