"""Names in a list, and clauses in a row, joined as the interface's language joins them.

English separates the names of a list with ", "; Chinese with the enumeration comma "、"
("Adobe、Amazon Prime、Netflix"), never the ASCII comma between Chinese words. Clauses said one
after another ("≈ converted to USD; ¥350.00 not included") take "; " in English and the
full-width "；" in Chinese. Every place the GUI joins names (payees, accounts, currencies,
categories) or clauses for the user to read does it here.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from finapp.tr_marks import QT_TRANSLATE_NOOP

#: between two names of a list
LIST_MARK = QT_TRANSLATE_NOOP("ListWords", ", ")
#: between two clauses said one after the other
CLAUSE_MARK = QT_TRANSLATE_NOOP("ListWords", "; ")


def joined(names: Iterable[str]) -> str:
    """``names`` as one list in the installed language: "A, B, C" or "A、B、C"."""
    return QCoreApplication.translate("ListWords", LIST_MARK).join(names)


def clauses(parts: Iterable[str]) -> str:
    """``parts`` said one after the other: "A; B" or "A；B"."""
    return QCoreApplication.translate("ListWords", CLAUSE_MARK).join(parts)
