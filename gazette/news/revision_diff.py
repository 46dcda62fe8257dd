"""What changed between two versions of an article's text, as inline <del>/<ins> HTML.

Pure functions over plain text: the caller picks the versions (only published ones
may be shown to readers) and hands over their headline, standfirst and body.
"""

import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

# Words, runs of spaces and single punctuation marks: a diff that reads naturally.
TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class ArticleText:
    headline: str
    standfirst: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class FieldDiff:
    label: str
    changed: bool
    html: tuple[SafeString, ...]  # one entry per paragraph shown


def article_text(article) -> ArticleText:
    """The reader-visible text of an article (or of a revision's copy of it)."""
    paragraphs = []
    for block in article.body:
        parts = block.block.get_searchable_content(block.value)
        text = " ".join(" ".join(str(p).split()) for p in parts if p).strip()
        if text:
            paragraphs.append(text)
    return ArticleText(article.title, article.standfirst, tuple(paragraphs))


def _deleted(text: str) -> str:
    hidden = escape(_("deleted:"))
    return f'<del><span class="visually-hidden">[{hidden}] </span>{escape(text)}</del>'


def _inserted(text: str) -> str:
    hidden = escape(_("added:"))
    return f'<ins><span class="visually-hidden">[{hidden}] </span>{escape(text)}</ins>'


def inline_diff(old: str, new: str) -> SafeString:
    """Word-level diff of two strings: unchanged text, <del> removed, <ins> added."""
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(escape("".join(old_tokens[i1:i2])))
            continue
        if i2 > i1:
            out.append(_deleted("".join(old_tokens[i1:i2])))
        if j2 > j1:
            out.append(_inserted("".join(new_tokens[j1:j2])))
    return mark_safe("".join(out))  # noqa: S308 - every piece above is escaped


def paragraphs_diff(old: tuple[str, ...], new: tuple[str, ...]) -> list[SafeString]:
    """Align paragraphs first, then diff the words of paragraphs that were edited."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    out: list[SafeString] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.extend(mark_safe(escape(p)) for p in old[i1:i2])  # noqa: S308
            continue
        paired = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(paired):
            out.append(inline_diff(old[i1 + k], new[j1 + k]))
        out.extend(mark_safe(_deleted(p)) for p in old[i1 + paired : i2])  # noqa: S308
        out.extend(mark_safe(_inserted(p)) for p in new[j1 + paired : j2])  # noqa: S308
    return out


def article_diff(old: ArticleText, new: ArticleText) -> list[FieldDiff]:
    """Headline, standfirst and body, each marked changed or not."""
    return [
        FieldDiff(
            _("Headline"),
            old.headline != new.headline,
            (inline_diff(old.headline, new.headline),),
        ),
        FieldDiff(
            _("Standfirst"),
            old.standfirst != new.standfirst,
            (inline_diff(old.standfirst, new.standfirst),),
        ),
        FieldDiff(
            _("Text"),
            old.paragraphs != new.paragraphs,
            tuple(paragraphs_diff(old.paragraphs, new.paragraphs)),
        ),
    ]
