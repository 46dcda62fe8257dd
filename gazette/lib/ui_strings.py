"""Interface strings for the site's scripts, translated by the server.

base.html renders them as JSON (`<script type="application/json" id="ui-strings">`)
and gazette/static/js/site.js reads them with `Gazette.t()` and `Gazette.plural()`;
the English text in each script call is the fallback. No build step: the strings
live in the Django catalogues with the templates' strings.

A plural is a dict of the CLDR categories of the active language (what the
browser's Intl.PluralRules answers) to a "{count}" template, each form taken from
ngettext with a number of that category.
"""

from collections.abc import Callable

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

# A number of each CLDR plural category, per language; counts are whole numbers.
PLURAL_SAMPLES = {
    "ru": {"one": 1, "few": 2, "many": 5, "other": 5},
    "ar": {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 11, "other": 100},
}
DEFAULT_SAMPLES = {"one": 1, "other": 2}


def plural_forms(forms: Callable[[int], str]) -> dict[str, str]:
    """Templates with "{count}", one per plural category of the active language.

    forms is `lambda n: ngettext(singular, plural, n)` with a literal msgid pair
    (so makemessages finds it) and a %(counter)s placeholder (the name
    {% blocktranslate count counter=… %} gives, so templates share the msgids).
    """
    language = (get_language() or "en").split("-")[0]
    samples = PLURAL_SAMPLES.get(language, DEFAULT_SAMPLES)
    return {
        category: forms(number) % {"counter": "{count}"}
        for category, number in samples.items()
    }


def ui_strings() -> dict:
    """Every string the scripts show, in the active language."""
    return {
        # realtime.js
        "realtime.lost": _("Connection lost."),
        "realtime.offline": _("Not connected; try again in a moment."),
        # feed.js
        "breaking.label": _("Breaking"),
        "breaking.dismiss": _("Hide this alert"),
        "newsfeed.new": plural_forms(
            lambda n: ngettext("%(counter)s new story", "%(counter)s new stories", n)
        ),
        "liveblog.new": plural_forms(
            lambda n: ngettext("%(counter)s new update", "%(counter)s new updates", n)
        ),
        "next.loading": _("Loading the next story…"),
        "next.error": _("The next story could not be loaded."),
        # discussions.js
        "comments.count": plural_forms(
            lambda n: ngettext("%(counter)s comment", "%(counter)s comments", n)
        ),
        "comments.likes": plural_forms(
            lambda n: ngettext("%(counter)s like", "%(counter)s likes", n)
        ),
        "comments.reply": _("Reply"),
        "comments.like": _("Like"),
        "comments.report": _("Report"),
        "comments.edit": _("Edit"),
        "comments.delete": _("Delete"),
        "comments.in_reply_to": _("in reply to %(name)s") % {"name": "{name}"},
        "comments.new": _("New comment from %(name)s") % {"name": "{name}"},
        # chat.js
        "chat.deleted": _("This message was deleted by a moderator."),
        "chat.deleted_quote": _("A deleted message"),
        "chat.reply": _("Reply"),
        "chat.replying": _("Replying to"),
        "chat.cancel": _("Cancel"),
        "chat.closed": _("This room is closed: you can read but not post."),
        "chat.slow": plural_forms(
            lambda n: ngettext(
                "Slow mode: one message every %(counter)s second.",
                "Slow mode: one message every %(counter)s seconds.",
                n,
            )
        ),
        "chat.online": plural_forms(
            lambda n: ngettext("%(counter)s reader here", "%(counter)s readers here", n)
        ),
    }


def context_processor(request) -> dict:
    """`ui_strings` for templates: a callable, so only pages that show it build it."""
    return {"ui_strings": ui_strings}
