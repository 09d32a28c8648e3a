"""The one kind of refusal every statement reader raises for a file it cannot read.

The registry turns it into a :class:`~finapp.errors.StatementError` naming the file without
knowing which reader raised it, so a file's reader is the only one it loads (an OFX import
loads no camt, MT940 or workbook code just to name their errors).
"""

from __future__ import annotations


class ReadError(Exception):
    """Why a file cannot be imported (``reason``), with the line when one part is at fault."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
