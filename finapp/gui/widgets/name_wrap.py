"""Names that wrap only between their words, never inside one.

Qt breaks a line wherever Unicode allows it: between any two Chinese characters and after an
ellipsis. A name is not a sentence: in a narrow column "支付宝 · 花呗" read "支付宝 · 花 / 呗" and
"ICBC …3391" read "ICBC … / 3391". :func:`glued` gives a name's text to be laid out with its
words held together (a word joiner, U+2060, where a line could break inside a word; drawn as
nothing: "…3391" is one word) and a separator ("·", "→") kept with the word before it: it
wraps at the spaces between its words alone, or not at all.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTextBoundaryFinder
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

WORD_JOINER = "\u2060"
_NO_BREAK_SPACE = "\u00a0"
#: a word of these alone joins the name's parts: it stays at the end of the line before
_SEPARATORS = ("·", "→", "—", "–", "|", "/")


def glued(name: str) -> str:
    """``name`` as it is drawn, its words unbreakable: "支付宝 · 花呗" with word joiners between
    the characters of 支付宝 and of 花呗, and a no-break space before "·"."""
    if not name:
        return name
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, name)
    at = _code_points(name)
    pieces: list[str] = []
    start = 0
    while (boundary := finder.toNextBoundary()) != -1:
        end = at.get(boundary)
        if end is None or end <= start:  # inside a character drawn with two UTF-16 units
            continue
        pieces.append(name[start:end])
        start = end
    joined = ""
    for piece in pieces:
        if joined and not joined[-1].isspace():  # a break inside a word: held together
            joined += WORD_JOINER
        joined += piece
    for separator in _SEPARATORS:
        joined = joined.replace(f" {separator} ", f"{_NO_BREAK_SPACE}{separator} ")
    return joined


def _code_points(text: str) -> dict[int, int]:
    """Qt's positions in ``text`` (UTF-16 units) to Python's (code points): an emoji is two of
    Qt's and one of Python's."""
    positions, unit = {0: 0}, 0
    for index, character in enumerate(text, start=1):
        unit += 2 if ord(character) > 0xFFFF else 1
        positions[unit] = index
    return positions


class GluedNames(QStyledItemDelegate):
    """Draws and measures a column of names with their words held together (:func:`glued`);
    the model's text, what a copy or a search reads, is left as it is."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = glued(option.text)
