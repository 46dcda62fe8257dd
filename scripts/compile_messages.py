#!/usr/bin/env python3
"""Compile the gettext catalogues (.po -> .mo) that are missing or older than their .po.

    scripts/compile_messages.py                 every catalogue under gazette/locale
    scripts/compile_messages.py a.po b.po       just these

Uses msgfmt --check-format when the machine has it (what `manage.py compilemessages`
runs); otherwise compiles in pure Python, after the algorithm of CPython's
Tools/i18n/msgfmt.py: fuzzy entries are left out, a context is joined to its msgid
with EOT, plural forms with NUL. Each .mo is written to a temporary file and renamed,
so two test workers compiling at once never read half a file.
"""

import ast
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "gazette" / "locale"


def parse_po(text: str) -> dict[bytes, bytes]:
    """msgid -> msgstr for the .mo; fuzzy and untranslated entries left out."""
    messages: dict[bytes, bytes] = {}
    section = msgctxt = None
    msgid = msgstr = ""
    fuzzy = False

    def add() -> None:
        if fuzzy or not msgstr.replace("\0", ""):
            return
        key = msgid if msgctxt is None else f"{msgctxt}\x04{msgid}"
        messages[key.encode()] = msgstr.encode()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        # A comment after a msgstr starts the next entry.
        if line.startswith("#") and section == "str":
            add()
            section = msgctxt = None
            fuzzy = False
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        if line.startswith("#"):
            continue
        if line.startswith("msgctxt"):
            if section == "str":
                add()
                fuzzy = False
            section, line, msgctxt = "ctxt", line[len("msgctxt") :], ""
        elif line.startswith("msgid_plural"):
            section, line = "id", line[len("msgid_plural") :]
            msgid += "\0"
        elif line.startswith("msgid"):
            if section == "str":
                add()
                msgctxt = None
                fuzzy = False
            section, line = "id", line[len("msgid") :]
            msgid = msgstr = ""
        elif line.startswith("msgstr"):
            section = "str"
            if line.startswith("msgstr["):
                line = line.split("]", 1)[1]
                if msgstr:
                    msgstr += "\0"
            else:
                line = line[len("msgstr") :]
        line = line.strip()
        if not line:
            continue
        value = ast.literal_eval(line)
        if section == "ctxt":
            msgctxt += value
        elif section == "id":
            msgid += value
        elif section == "str":
            msgstr += value
        else:
            raise ValueError(f"Cannot read this line of a .po file: {raw!r}")
    if section == "str":
        add()
    return messages


def mo_bytes(messages: dict[bytes, bytes]) -> bytes:
    """A GNU .mo file: header, key and value tables, strings; no hash table."""
    keys = sorted(messages)
    ids = strs = b""
    offsets = []
    for key in keys:
        offsets.append((len(ids), len(key), len(strs), len(messages[key])))
        ids += key + b"\0"
        strs += messages[key] + b"\0"
    keystart = 7 * 4 + 16 * len(keys)
    valuestart = keystart + len(ids)
    koffsets: list[int] = []
    voffsets: list[int] = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    header = struct.pack(
        "Iiiiiii",
        0x950412DE,  # magic
        0,  # revision
        len(keys),
        7 * 4,  # start of the key index
        7 * 4 + len(keys) * 8,  # start of the value index
        0,  # no hash table
        0,
    )
    tables = struct.pack(f"{len(koffsets)}i", *koffsets)
    tables += struct.pack(f"{len(voffsets)}i", *voffsets)
    return header + tables + ids + strs


def compile_one(po: Path, msgfmt: str | None) -> None:
    mo = po.with_suffix(".mo")
    fd, tmp = tempfile.mkstemp(dir=po.parent, prefix=".django-", suffix=".mo")
    os.close(fd)
    try:
        if msgfmt:
            command = [msgfmt, "--check-format", "-o", tmp, str(po)]
            subprocess.run(command, check=True)  # noqa: S603 (our own files)
        else:
            Path(tmp).write_bytes(mo_bytes(parse_po(po.read_text(encoding="utf-8"))))
        os.chmod(tmp, 0o644)
        os.replace(tmp, mo)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def stale(po: Path) -> bool:
    mo = po.with_suffix(".mo")
    return not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime


def compile_stale(paths: list[Path] | None = None, *, pure: bool = False) -> list[Path]:
    """Compile catalogues whose .mo is missing or older; return those compiled."""
    catalogues = paths if paths else sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))
    msgfmt = None if pure else shutil.which("msgfmt")
    done = []
    for po in catalogues:
        if stale(po):
            compile_one(po, msgfmt)
            done.append(po)
    return done


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--pure"]
    compile_stale([Path(a) for a in args] or None, pure="--pure" in sys.argv)
