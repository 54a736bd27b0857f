"""The one sanitiser for everything packet shows to people: terminal lines, generated PDF pages, email
headers and body, CSV cells.

File names and case-file values are the user's (or whoever named the file they were sent), and may hold
characters that act on whoever displays them: C0/C1 control characters (an ``ESC ] 0 ; … BEL`` sequence
sets a terminal's title, ``ESC [ 2 J`` clears it; 0x9B is a one-byte CSI) and the bidirectional
formatting characters that reorder what a reader sees (``pay<U+202E>gnp.pdf`` reads as "paypdf.png";
Trojan Source, CVE-2021-42574). :func:`clean` makes every such character visible instead: a control
character becomes its ``\\xNN`` / ``\\u202E`` escape, so two different names never look the same and
nothing is silently dropped. Line breaks (and, where allowed, tabs) are kept.

JSON output keeps exact strings: :func:`json_safe` only writes the characters JSON would print raw
(C1 controls, bidi formatting, line and paragraph separators) as ``\\uXXXX`` escapes, which decode to
the same value.

CSV cells (:func:`csv_cell`): a cell whose first character is ``= + - @``, a tab or a carriage return is
read as a formula by spreadsheet programs (OWASP, "CSV Injection"); it gets a leading apostrophe.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

# U+202A–U+202E (embeddings and overrides), U+2066–U+2069 (isolates), U+200E/U+200F (marks), U+061C
# (Arabic letter mark): the bidirectional formatting characters of Unicode UAX #9.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_C0 = "".join(chr(c) for c in range(0x20) if chr(c) not in "\n\t") + "\x7f"
_C1 = "".join(chr(c) for c in range(0x80, 0xA0))
# also: line/paragraph separators (U+2028/9 break lines where no line break was written)
_UNSAFE = re.compile("[" + re.escape(_C0 + _C1 + BIDI + "\u2028\u2029") + "]")
_UNSAFE_TAB = re.compile("[" + re.escape(_C0 + _C1 + BIDI + "\u2028\u2029" + "\t") + "]")
# and lone surrogates U+D800–U+DFFF: a file name whose bytes are not UTF-8 (b"Relev\xe9.pdf", written by an old
# Windows or Mac tool on a shared drive) is held by Python as "Relev\udce9.pdf" (PEP 383); printed raw, stdout
# carried the byte 0xE9 and was no longer UTF-8 JSON (Python's json.load failed, jq showed U+FFFD)
_JSON_UNSAFE = re.compile("[" + re.escape(_C1 + BIDI + "\u2028\u2029") + "\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n?")
_CSV_UNSAFE = re.compile("[" + re.escape(_C0.replace("\r", "") + _C1 + BIDI + "\u2028\u2029") + "\ud800-\udfff]")


def _escape(m: re.Match) -> str:
    code = ord(m.group(0))
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a non-UTF-8 file name (PEP 383): shown as that byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04X}"


def clean(text: object, *, tabs: bool = True) -> str:
    """``text`` (any value, made a string) with every control character other than a line break (``\\n``,
    and CR LF / CR made ``\\n``) and a tab (unless ``tabs`` is False: then written ``\\x09``), and every
    bidirectional formatting character, replaced by its visible escape: ``"a\\x1b]0;x\\x07"`` ->
    ``"a\\\\x1b]0;x\\\\x07"``, ``"pay\\u202egnp.pdf"`` -> ``"pay\\\\u202Egnp.pdf"``. None -> ``""``."""
    if text is None:
        return ""
    s = _NEWLINES.sub("\n", str(text))
    return (_UNSAFE if tabs else _UNSAFE_TAB).sub(_escape, s)


def one_line(text: object) -> str:
    """:func:`clean` for a value that must stay on one line (a table cell, a header): line breaks and tabs
    become spaces, runs of white space one space."""
    return re.sub(r"\s+", " ", clean(text)).strip()


def terminal(text: object) -> str:
    """What may be printed on a terminal: :func:`clean`, tabs expanded to spaces (every 4 columns), so the
    only control character left is the line break."""
    return clean(text).expandtabs(4)


def header_value(text: object) -> str:
    """A value for an email header (subject, display name): :func:`one_line`, so no CR/LF can start a new
    header (RFC 5322 header injection)."""
    return one_line(text)


def json_safe(dumped: str) -> str:
    """A ``json.dumps(..., ensure_ascii=False)`` result with C1 controls, bidi formatting characters,
    line/paragraph separators and lone surrogates written as ``\\uXXXX`` escapes: the same JSON value, safe on a
    terminal and always valid UTF-8. (JSON already escapes C0 controls; these are the characters it prints raw.)
    A file name of non-UTF-8 bytes (PEP 383's ``\\udce9``) stays ``"\\udce9"``: ``os.fsencode(json.loads(…))``
    gives back its bytes, so a script can open the file the report names."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", dumped)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A CSV cell for a spreadsheet: control and bidi formatting characters escaped as :func:`clean` does (line
    breaks and tabs kept: the csv module quotes such a cell), and a leading apostrophe when the original starts with
    ``= + - @``, a tab or CR (a formula otherwise: OWASP "CSV Injection"). ``"=HYPERLINK(…)"`` ->
    ``"'=HYPERLINK(…)"``; ``"-12.50"`` -> ``"'-12.50"``; ``"a\u202eb"`` -> ``"a\\u202Eb"``."""
    raw = "" if value is None else str(value)
    out = _CSV_UNSAFE.sub(_escape, raw)  # line breaks and tabs stay: the csv module quotes the cell
    if out.startswith(FORMULA_START):
        return "'" + out
    return out


def command_path(path: object) -> str:
    """``path`` as a person types it in a command packet tells them to run: relative to the working folder when
    below it (else absolute), quoted for a POSIX shell when it holds spaces or shell characters (a folder named
    ``c-李娜 手机照片`` pasted unquoted gave "Got unexpected extra arguments")."""
    root = Path(str(path))
    try:
        shown = os.path.relpath(root)
        if shown.startswith(".."):
            shown = str(root)
    except ValueError:
        shown = str(root)
    quoted = shlex.quote(shown)
    if "'" in shown and not any(c in shown for c in '"$`\\!\n'):
        # an apostrophe ("Blessing's papers"): shlex writes 'Blessing'"'"'s papers', right but unreadable to anyone
        # who is to copy it (a trial, r25); in double quotes the shells read it the same, nothing in it being special
        return f'"{shown}"'
    return quoted


def toml_name(rel: str) -> str:
    """A file's path ``rel`` (relative to the case folder, as the report names it) written between the double quotes
    of a packet.toml key (a TOML basic string): a double quote or a backslash escaped, and each byte of a name that
    is not UTF-8 (a Latin-1 name on a shared drive, ``Relev\\xe9 bancaire.pdf``, which Python carries as a lone
    surrogate) written ``\\\\xE9``, which TOML reads as the four characters ``\\xE9`` and the case file's loader maps
    back to the byte (:meth:`packet.case.casefile._Loader.case_path`). Printed raw, the byte made a line no editor
    could save as UTF-8 and no TOML reader accept (a trial, r25: the lines ``check`` told a clinic worker to copy)."""
    def text(t: str) -> str:
        return t.replace("\\", "\\\\").replace('"', '\\"')

    if not any(0xDC80 <= ord(c) <= 0xDCFF for c in rel):
        return text(rel)
    raw = os.fsencode(rel)
    out, i = [], 0
    while i < len(raw):
        for n in (4, 3, 2, 1):  # the longest valid UTF-8 character here, else one byte escaped
            try:
                out.append(text(raw[i:i + n].decode("utf-8")))
                i += n
                break
            except UnicodeDecodeError:
                continue
        else:
            out.append(f"\\\\x{raw[i]:02X}")
            i += 1
    return "".join(out)


def file_size(size: int) -> str:
    """A file's size (bytes) as people read it: "312 KB" under a tenth of a megabyte (a small packet said "0.0 MB"),
    else "1.2 MB" (decimal units, as file managers and mail programs show them)."""
    if size < 100_000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1e6:.1f} MB"
