"""Discussion settings with their defaults; settings.py may override any of them."""

from django.conf import settings

DEFAULTS = {
    # Longest comment, in characters.
    "DISCUSSION_COMMENT_MAX_LENGTH": 3000,
    # Minutes during which a reader may edit their own comment.
    "DISCUSSION_EDIT_MINUTES": 10,
    # How many first comments of a new account wait for a moderator.
    "DISCUSSION_PREMODERATE_FIRST": 1,
    # More links than this and a comment waits for a moderator.
    "DISCUSSION_MAX_LINKS": 2,
    # Top-level comments per page ("load more" shows this many more).
    "DISCUSSION_PAGE_SIZE": 20,
    # Replies shown under each thread on the article page; the rest behind a link.
    "DISCUSSION_REPLIES_SHOWN": 5,
    # A deleted account's comments: "keep" (shown as "Deleted user") or "remove".
    "DISCUSSION_DELETED_ACCOUNT_COMMENTS": "keep",
    # (hits, seconds) per account and per IP address.
    "DISCUSSION_RATE_LIMITS": {
        "post": (5, 60),
        "post_ip": (30, 60),
        "like": (60, 60),
        "like_ip": (300, 60),
        "report": (10, 600),
        "report_ip": (50, 600),
    },
}


def setting(name: str):
    return getattr(settings, name, DEFAULTS[name])


def rate_limit(kind: str) -> tuple[int, int]:
    limits = {**DEFAULTS["DISCUSSION_RATE_LIMITS"], **setting("DISCUSSION_RATE_LIMITS")}
    return limits[kind]
