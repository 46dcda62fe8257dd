import asyncio
import json

from asgiref.sync import async_to_sync
from django.conf import settings
from django.test import SimpleTestCase
from websockets.asyncio.client import connect

from gazette.lib.events import broadcast
from gazette.realtime.tests.server import ServerProcess

SOCKETS = 150
PORT = 8141


class ManySocketsTests(SimpleTestCase):
    """More than 100 handshakes at once against a real server (redis-py 8 caps its
    default pool at 100, which once failed the 101st with a 500)."""

    def setUp(self):
        self.server = ServerProcess(PORT).start()
        self.addCleanup(self.server.stop)

    def test_more_than_a_hundred_sockets_connect_at_once(self):
        async def open_follow_and_ping():
            socket = await connect(
                self.server.ws_url, origin=self.server.origin, open_timeout=20
            )
            await socket.send(json.dumps({"type": "subscribe", "topic": "newsfeed.en"}))
            subscribed = json.loads(await asyncio.wait_for(socket.recv(), 10))
            await socket.send(json.dumps({"type": "ping"}))
            pong = json.loads(await asyncio.wait_for(socket.recv(), 10))
            return socket, subscribed, pong

        async def run():
            results = await asyncio.gather(
                *(open_follow_and_ping() for _ in range(SOCKETS))
            )
            sockets = [socket for socket, _, _ in results]
            try:
                for _, subscribed, pong in results:
                    self.assertEqual(subscribed["type"], "subscribed")
                    self.assertEqual(pong, {"type": "pong"})
                if "RedisPubSub" in settings.CHANNEL_LAYERS["default"]["BACKEND"]:
                    # One layer shared with the server: an event reaches every socket.
                    await asyncio.to_thread(
                        broadcast, "newsfeed.en", {"type": "story", "id": 10**12}
                    )
                    frames = await asyncio.gather(
                        *(asyncio.wait_for(socket.recv(), 10) for socket in sockets)
                    )
                    for frame in frames:
                        self.assertEqual(json.loads(frame)["event"]["id"], 10**12)
            finally:
                await asyncio.gather(*(socket.close() for socket in sockets))

        async_to_sync(run)()
