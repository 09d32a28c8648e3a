"""The one kind of refusal every statement reader raises for a file it cannot read.

The registry turns it into a :class:`~finapp.errors.StatementError` naming the file without
knowing which reader raised it, so a file's reader is the only one it loads (an OFX import
loads no camt, MT940 or workbook code just to name their errors).
"""

from __future__ import annotations

from finapp.errors import Problem


class ReadError(Exception):
    """Why a file cannot be imported (``reason``), with the line when one part is at fault;
    ``skippable`` when that part is one transaction the file can be read without (importing
    with bad rows skipped leaves it out and lists it)."""

    def __init__(self, reason: str, line: int | None = None, *, skippable: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.skippable = skippable


def with_skip_hint(reason: str) -> Problem:
    """A bad row's reason as the command line says it, with the way to import the others (the
    window offers its button instead and words only the reason)."""
    hint = f"{reason} (use --skip-bad-rows to import the other rows)"
    return Problem("import.skip_hint", hint, reason=reason)
