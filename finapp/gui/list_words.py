"""Names in a list, and clauses in a row, joined as the interface's language joins them.

English separates the names of a list with ", "; Chinese with the enumeration comma "、"
("Adobe、Amazon Prime、Netflix"), never the ASCII comma between Chinese words. Clauses said one
after another ("≈ converted to USD; ¥350.00 not included") take "; " in English and the
full-width "；" in Chinese. Sentences follow one another after a space in English and
straight after the full stop in Chinese ("。" carries its own room). Every place the GUI joins
names (payees, accounts, currencies, categories), clauses or sentences for the user to read
does it here.
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


def sentences(parts: Iterable[str]) -> str:
    """Sentences one after another: a space after an English full stop, none after a Chinese
    one ("数据范围：2026年1月至 2026年12月。≈：按…", not "。 ≈")."""
    text = ""
    for part in parts:
        text += ("" if not text or text.endswith(("。", "！", "？")) else " ") + part
    return text
