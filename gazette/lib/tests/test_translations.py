"""The Russian and Arabic catalogues: complete, well-formed, current with the source,
and used by the pages, the scripts' strings and the realtime socket."""

import ast
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from channels.testing import WebsocketCommunicator
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.test import RequestFactory, SimpleTestCase, TestCase
from django.utils import translation
from django.utils.translation import trans_real

from gazette.lib.ui_strings import ui_strings

ROOT = Path(__file__).resolve().parents[3]
LOCALE = ROOT / "gazette" / "locale"
LANGUAGES = ("ru", "ar")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdifr]|%[sd]")
TAG = re.compile(r"<[^>]+>")


def setUpModule():
    # The .mo files are built by `make messages`; build stale ones here too, so that
    # running this file alone works, and drop catalogues Django may have cached.
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from compile_messages import compile_stale
    finally:
        sys.path.pop(0)
    if compile_stale():
        trans_real._translations.clear()


@dataclass
class Entry:
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    line: int = 0

    @property
    def key(self) -> tuple:
        return (self.msgctxt, self.msgid, self.msgid_plural)


def read_po(path: Path) -> tuple[dict[str, str], list[Entry]]:
    """The header fields and the live (not obsolete) entries of a .po file."""
    entries: list[Entry] = []
    entry, part = Entry(), None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("#~"):
            continue
        if not line or line.startswith("#"):
            if part is not None:  # a blank line or comment ends an entry
                entries.append(entry)
                entry, part = Entry(), None
            if line.startswith("#,"):
                entry.flags |= {f.strip() for f in line[2:].split(",")}
            continue
        keyword, _, rest = line.partition(" ")
        if not line.startswith('"'):
            part, line = keyword, rest
            if part == "msgid":
                entry.line = number
        value = ast.literal_eval(line)
        if part.startswith("msgstr"):
            index = int(part[7:-1]) if part.startswith("msgstr[") else 0
            entry.msgstr[index] = entry.msgstr.get(index, "") + value
        elif part == "msgctxt":
            entry.msgctxt = (entry.msgctxt or "") + value
        elif part == "msgid":
            entry.msgid += value
        elif part == "msgid_plural":
            entry.msgid_plural = (entry.msgid_plural or "") + value
    if part is not None:
        entries.append(entry)
    header = entries.pop(0)
    assert header.msgid == "", f"{path}: the header must come first"
    fields = dict(
        line.split(": ", 1) for line in header.msgstr[0].splitlines() if ": " in line
    )
    if "fuzzy" in header.flags:
        fields["fuzzy"] = "yes"
    return fields, entries


def catalogue(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "django.po"


def nplurals(fields: dict[str, str]) -> int:
    return int(re.search(r"nplurals=(\d+)", fields["Plural-Forms"]).group(1))


class CatalogueTests(SimpleTestCase):
    def test_header_is_complete_and_not_fuzzy(self):
        for language in LANGUAGES:
            fields, _ = read_po(catalogue(language))
            self.assertNotIn("fuzzy", fields, language)
            self.assertEqual(fields["Language"], language)
            self.assertIn("charset=UTF-8", fields["Content-Type"])
        self.assertEqual(nplurals(read_po(catalogue("ar"))[0]), 6)
        # Django's Russian formula: one, few, many and a fourth form for fractions.
        self.assertIn(nplurals(read_po(catalogue("ru"))[0]), (3, 4))

    def test_every_message_is_translated_and_none_is_fuzzy(self):
        for language in LANGUAGES:
            fields, entries = read_po(catalogue(language))
            self.assertGreater(len(entries), 500)
            forms = nplurals(fields)
            for entry in entries:
                where = f"{language}:{entry.line} {entry.msgid!r}"
                self.assertNotIn("fuzzy", entry.flags, where)
                expected = forms if entry.msgid_plural else 1
                self.assertEqual(sorted(entry.msgstr), list(range(expected)), where)
                for text in entry.msgstr.values():
                    self.assertTrue(text.strip(), where)

    def test_placeholders_and_markup_survive_translation(self):
        for language in LANGUAGES:
            _, entries = read_po(catalogue(language))
            for entry in entries:
                where = f"{language}:{entry.line} {entry.msgid!r}"
                source = entry.msgid_plural or entry.msgid
                wanted = sorted(PLACEHOLDER.findall(source))
                tags = sorted(TAG.findall(source))
                forms = [entry.msgstr[i] for i in sorted(entry.msgstr)]
                # The last form is the general one and carries every placeholder;
                # forms for one exact number ("تعليقان", two comments) may spell it.
                self.assertEqual(sorted(PLACEHOLDER.findall(forms[-1])), wanted, where)
                for text in forms:
                    self.assertLessEqual(
                        set(PLACEHOLDER.findall(text)), set(wanted), where
                    )
                    self.assertEqual(sorted(TAG.findall(text)), tags, where)
                if language == "ru":  # every Russian form stands for many numbers
                    for text in forms:
                        self.assertEqual(sorted(PLACEHOLDER.findall(text)), wanted)

    def test_catalogues_compile_with_format_checks(self):
        msgfmt = shutil.which("msgfmt")
        if msgfmt is None:
            self.skipTest("msgfmt is not installed")
        for language in LANGUAGES:
            subprocess.run(  # noqa: S603 - fixed argument list
                [msgfmt, "--check", "-o", "/dev/null", str(catalogue(language))],
                check=True,
                capture_output=True,
            )

    def test_makemessages_finds_no_string_missing_from_the_catalogues(self):
        # Run makemessages on a copy of the source: the catalogues it writes must
        # hold no msgid the committed ones lack.
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp)
            shutil.copy(ROOT / "manage.py", copy / "manage.py")
            shutil.copytree(
                ROOT / "gazette",
                copy / "gazette",
                ignore=shutil.ignore_patterns("__pycache__", "static", "*.mo"),
            )
            subprocess.run(  # noqa: S603 - fixed argument list
                [sys.executable, "manage.py", "makemessages"]
                + [f"--locale={language}" for language in LANGUAGES]
                + ["--ignore=.venv", "--ignore=staticfiles", "--ignore=bench"],
                cwd=copy,
                check=True,
                capture_output=True,
            )
            for language in LANGUAGES:
                _, ours = read_po(catalogue(language))
                _, fresh = read_po(copy / catalogue(language).relative_to(ROOT))
                known = {entry.key for entry in ours}
                new = [entry.msgid for entry in fresh if entry.key not in known]
                self.assertEqual(
                    new, [], f"run `make makemessages` and translate ({language})"
                )


class RenderingTests(TestCase):
    def render_base(self, language: str) -> str:
        with translation.override(language):
            request = RequestFactory().get(f"/{language}/")
            request.user = AnonymousUser()
            return render_to_string("base.html", {}, request=request)

    def test_pages_speak_the_active_language(self):
        html = self.render_base("ru")
        for text in ("Перейти к содержанию", "Лента новостей", "Войти"):
            self.assertIn(text, html)
        html = self.render_base("ar")
        for text in ("الانتقال إلى المحتوى", "شريط الأخبار", "تسجيل الدخول"):
            self.assertIn(text, html)
        self.assertIn("Skip to content", self.render_base("en"))

    def test_scripts_get_their_strings_with_every_plural_form(self):
        html = self.render_base("ru")
        block = re.search(
            r'<script id="ui-strings" type="application/json">(.*?)</script>', html
        )
        strings = json.loads(block.group(1))
        self.assertEqual(strings["chat.reply"], "Ответить")
        self.assertEqual(
            strings["newsfeed.new"],
            {
                "one": "{count} новый материал",
                "few": "{count} новых материала",
                "many": "{count} новых материалов",
                "other": "{count} новых материалов",
            },
        )
        with translation.override("ar"):
            forms = ui_strings()["comments.count"]
        self.assertEqual(set(forms), {"zero", "one", "two", "few", "many", "other"})
        self.assertEqual(forms["two"], "تعليقان")
        self.assertEqual(forms["many"], "{count} تعليقًا")
        with translation.override("en"):
            self.assertEqual(
                ui_strings()["comments.count"],
                {"one": "{count} comment", "other": "{count} comments"},
            )

    def test_genitive_months_and_plural_rules_in_russian(self):
        template = (
            "{% load i18n %}{{ day|date:'j E Y' }} · {% blocktranslate count "
            "counter=n %}{{ counter }} comment{% plural %}{{ counter }} comments"
            "{% endblocktranslate %}"
        )
        from datetime import date

        from django.template import Context, Template

        with translation.override("ru"):
            text = Template(template).render(
                Context({"day": date(2025, 1, 5), "n": 22})
            )
        self.assertEqual(text, "5 января 2025 · 22 комментария")


class SocketLanguageTests(TestCase):
    async def errors_in(self, path: str) -> str:
        from gazette.asgi import application

        headers = [(b"origin", b"http://localhost"), (b"host", b"localhost")]
        socket = WebsocketCommunicator(application, path, headers=headers)
        connected, _ = await socket.connect()
        self.assertIs(connected, True)
        await socket.send_to(text_data="{not json")
        frame = json.loads(await socket.receive_from(timeout=2))
        await socket.disconnect()
        self.assertEqual(frame["code"], "bad_json")
        return frame["message"]

    async def test_socket_answers_in_the_language_the_page_gives(self):
        self.assertEqual(
            await self.errors_in("/ws/?lang=ru"), "Кадр не является корректным JSON."
        )
        self.assertEqual(
            await self.errors_in("/ws/?lang=ar"), "هذا الإطار ليس JSON صالحًا."
        )
        # No language, or one the site does not have: the default language.
        self.assertEqual(await self.errors_in("/ws/"), "That frame is not valid JSON.")
        self.assertEqual(
            await self.errors_in("/ws/?lang=xx"), "That frame is not valid JSON."
        )
