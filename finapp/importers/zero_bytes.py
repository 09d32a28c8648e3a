"""Zero bytes (NUL) in a text statement: a padded end is read past, one inside the text refused
at its line.

No bank writes a NUL inside a CSV, OFX, QIF or MT940 line; one there means the file was damaged
on its way (a copy onto a failing stick, a download resumed in the wrong place). Read on, it
was stored inside a payee (an OFX) or refused as "a binary file" without a line. Zeros after
the text are another matter: some banks' servers and some copy tools pad a file to a block's
size, and what precedes them is the whole statement (an OFX's own end shows it; a cut CSV is
caught by its readers), so they are dropped.

Files that are binary by design (workbooks, ZIPs) and UTF-16 text (a zero in every other byte
of ASCII) are left as they are, as is anything with more zeros than damage leaves: random
bytes are refused by the readers as the binary files they are.
"""

from __future__ import annotations

import re

from finapp.errors import Problem
from finapp.importers.text_head import utf16_encoding
from finapp.importers.workbook_marks import looks_like_workbook

#: more zeros than this inside the text is no damaged statement but binary data or UTF-16
_FEW = 16
#: control bytes no text statement holds besides its zeros: an image or a program has them
_CONTROLS = re.compile(rb"[\x01-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")
_LOOKED_AT = 65_536


class ZeroByteError(ValueError):
    """A NUL inside the text; ``line`` is the line holding it."""

    def __init__(self, reason: Problem, line: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def without_padding(data: bytes) -> bytes:
    """``data`` without the zeros padding its end, or raises :class:`ZeroByteError` for one
    inside a text statement's lines."""
    if b"\0" not in data or utf16_encoding(data) or looks_like_workbook(data):
        return data
    text = data.rstrip(b"\0")
    zeros = text.count(b"\0")
    if zeros == 0:
        return text
    if zeros > _FEW or _CONTROLS.search(text, 0, _LOOKED_AT):
        return data
    before = text[: text.index(b"\0")]
    line = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
    english = (
        "a zero byte (NUL) inside this line: the file was damaged while it was downloaded or "
        "copied; download it again"
    )
    raise ZeroByteError(Problem("import.zero_byte", english), line)
