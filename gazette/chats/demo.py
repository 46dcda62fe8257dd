"""Demo chat rooms with a little history, for `manage.py load_demo`. Idempotent."""

from gazette.accounts.models import User
from gazette.chats import actions
from gazette.chats.models import Room
from gazette.news.models import ArticlePage

ROOMS = [
    {
        "slug": "tamsen-talks",
        "title": "The Tamsen river talks",
        "topic": "Follow the Geneva negotiations on the river with other readers.",
        "story": "tamsen-provisional-accord-geneva",
        "messages": [
            "Does anyone know when the Chamber gets to vote on the accord?",
            "The opposition wants a vote before anything is signed, as far as I read.",
            "Farmers downstream will want to see the summer flow figures first.",
        ],
    },
    {
        "slug": "title-race",
        "title": "Premier Division title race",
        "topic": "Results, rumours and the final day, for football readers.",
        "story": "caldport-rovers-win-title-final-day",
        "messages": [
            "What a finish. Nobody had Rovers down for the title in August.",
            "The late winner against Tarrow City was the turning point.",
        ],
    },
    {
        "slug": "readers-lounge",
        "title": "Readers' lounge",
        "topic": "Anything in today's paper. Be kind; moderators are around.",
        "story": None,
        "messages": ["Good morning from Marlow Bay. The crossword is hard today."],
    },
]


def load_demo(progress) -> dict[str, int]:
    editor = User.objects.filter(username="editor").first()
    reader = User.objects.filter(username="reader").first()
    added = 0
    for number, spec in enumerate(ROOMS, start=1):
        if not Room.objects.filter(slug=spec["slug"]).exists():
            story = ArticlePage.objects.filter(slug=spec["story"]).first()
            room = actions.create_room(
                title=spec["title"],
                slug=spec["slug"],
                topic=spec["topic"],
                page=story,
                created_by=editor,
            )
            for text in spec["messages"] if reader else []:
                actions.post_message(room, author=reader, text=text)
            added += 1
        progress("chat rooms", number, len(ROOMS))
    return {"chat rooms": added}
