"""Text the CLI prints cannot drive the terminal.

Payees, memos, account and file names come from bank statements and file systems, i.e. from
strangers: an escape sequence in a payee can retitle the terminal, hide text or plant a
clickable link, and a right-to-left override makes ``gpj.exe`` read as ``exe.jpg``. Every such
character is shown as a visible escape (``\\x1b``, ``\\u202e``) rather than dropped, so the
user still sees that the payee is odd. ``--json`` output is left exact: JSON escapes control
characters itself and programs need the data as it is.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

#: C0 controls except tab and newline, DEL and C1 controls, and the bidi marks, embeddings,
#: overrides and isolates (LRM, RLM, U+202A-U+202E, U+2066-U+2069).
_CONTROLS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_OR_BREAK = re.compile(f"[{_CONTROLS}\\t\\n]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str, *, one_line: bool = True) -> str:
    """``text`` with every character that would steer the terminal shown as an escape.

    ``one_line`` escapes tab and newline too, for a value inside a table cell or an error line
    that must not be split; whole messages the CLI composes keep their own line breaks.
    """
    return (_UNSAFE_OR_BREAK if one_line else _UNSAFE).sub(_visible, text)


class SafeStream:
    """A text stream that passes everything written to it through :func:`safe_text`.

    Installed as ``sys.stdout``/``sys.stderr`` in text mode, so every ``print`` of every
    command is covered without each one having to remember.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(safe_text(text, one_line=False))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
