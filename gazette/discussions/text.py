"""Comment text: plain text in, escaped HTML with nofollow links out."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

URL_PATTERN = re.compile(r"\bhttps?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
BARE_DOMAIN_PATTERN = re.compile(r"\bwww\.[a-z0-9-]+\.[a-z]{2,}", re.IGNORECASE)
# Controls other than tab, newline and carriage return have no place in a comment;
# U+FFFD is what Django leaves of bytes that were not valid UTF-8.
CONTROL_PATTERN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def normalise(body: str) -> str:
    """Unix newlines, no trailing spaces, at most two blank lines in a row."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in body.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def has_bad_characters(body: str) -> bool:
    if CONTROL_PATTERN.search(body):
        return True
    try:
        body.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from a broken client
        return True
    return False


def count_links(body: str) -> int:
    return len(URL_PATTERN.findall(body)) + len(BARE_DOMAIN_PATTERN.findall(body))


def render_comment(body: str) -> SafeString:
    """Escape everything, then turn http(s) URLs into nofollow links and keep lines."""
    parts = []
    position = 0
    for match in URL_PATTERN.finditer(body):
        parts.append(escape(body[position : match.start()]))
        url = escape(match.group(0))
        parts.append(f'<a href="{url}" rel="nofollow ugc noopener">{url}</a>')
        position = match.end()
    parts.append(escape(body[position:]))
    html = "".join(parts)
    paragraphs = [p.replace("\n", "<br>") for p in html.split("\n\n") if p]
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs))  # noqa: S308
