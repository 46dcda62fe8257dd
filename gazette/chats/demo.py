"""Demo chat rooms with a little history, for `manage.py load_demo`. Idempotent."""

from wagtail.models import Locale

from gazette.accounts.models import User
from gazette.chats import actions
from gazette.chats.models import Room
from gazette.editions.editions import edition_codes
from gazette.news.demo.editions import EDITIONS
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


def rooms_by_edition() -> list[tuple[str, dict]]:
    """(language code, room spec) for the default edition's rooms and the others'."""
    default = edition_codes()[0]
    found = [(default, spec) for spec in ROOMS]
    for code, edition in EDITIONS.items():
        if code in edition_codes() and code != default:
            found += [(code, spec) for spec in edition.get("chat_rooms", [])]
    return found


def story_in(code: str, english_slug: str | None):
    """The edition's version of a demo story (named by its English slug), or None."""
    if not english_slug:
        return None
    story = ArticlePage.objects.filter(
        slug=english_slug, locale=Locale.get_default()
    ).first()
    if story is None:
        return None
    return story.get_translation_or_none(Locale.objects.get(language_code=code))


def load_demo(progress) -> dict[str, int]:
    editor = User.objects.filter(username="editor").first()
    reader = User.objects.filter(username="reader").first()
    added = 0
    rooms = rooms_by_edition()
    for number, (code, spec) in enumerate(rooms, start=1):
        if not Room.objects.filter(slug=spec["slug"]).exists():
            room = actions.create_room(
                title=spec["title"],
                slug=spec["slug"],
                topic=spec["topic"],
                page=story_in(code, spec["story"]),
                created_by=editor,
                language=code,
            )
            for text in spec["messages"] if reader else []:
                actions.post_message(room, author=reader, text=text)
            added += 1
        progress("chat rooms", number, len(rooms))
    return {"chat rooms": added}
