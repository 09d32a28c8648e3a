"""Text cells of finapp's CSV files that a spreadsheet opens as text, never as a formula.

A payee such as ``=HYPERLINK("http://…","click")`` comes from a bank statement, i.e. from
whoever named the merchant; written as it is, Excel or LibreOffice would run it when the user
opens the export. OWASP's remedy is a leading ``'``, which spreadsheets read as "this is text".
The escape must also stay reversible, because finapp imports its own export back: a value is
prefixed when it starts with any number of ``'`` followed by a formula trigger, and reading
drops exactly one ``'`` from such a value, so every text comes back exactly, including one that
itself begins with ``'=``.
"""

from __future__ import annotations

import re

#: Characters by which a spreadsheet starts a formula (OWASP CSV injection).
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """``text`` as a cell no spreadsheet evaluates; :func:`restore` gives ``text`` back."""
    return "'" + text if _FORMULA.match(text) else text


def restore(cell: str) -> str:
    """The text :func:`neutralise` was given for ``cell``."""
    return cell[1:] if _ESCAPED.match(cell) else cell
