"""Checks shared by every place readers write: banned phrases and rate limits."""

import re

from django.core.cache import cache

from gazette.moderation.models import BannedPhrase

PHRASES_CACHE_KEY = "moderation:banned-phrases"


def banned_phrases() -> list[str]:
    phrases = cache.get(PHRASES_CACHE_KEY)
    if phrases is None:
        phrases = list(
            BannedPhrase.objects.filter(is_active=True).values_list("phrase", flat=True)
        )
        cache.set(PHRASES_CACHE_KEY, phrases, 300)
    return phrases


def forget_banned_phrases() -> None:
    cache.delete(PHRASES_CACHE_KEY)


def find_banned_phrase(text: str) -> str | None:
    """The first banned phrase the text contains as whole words, or None."""
    folded = " ".join(text.lower().split())
    for phrase in banned_phrases():
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded):
            return phrase
    return None


def hit_rate_limit(key: str, *, limit: int, period: int) -> bool:
    """Count one hit on key; True when more than `limit` hits fall in `period` seconds.

    A fixed window in the shared cache, so the limit holds across app processes.
    """
    cache_key = f"ratelimit:{key}"
    if cache.add(cache_key, 1, timeout=period):
        return False
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.add(cache_key, 1, timeout=period)
        return False
    return count > limit
