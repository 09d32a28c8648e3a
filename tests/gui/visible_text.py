"""Every text a person can read in a window, and the English words left in it.

Reads what is on screen, not the source: labels, buttons, group and tab titles, table headers
and cells, menus and their actions, window titles, placeholders, combo box items, tooltips and
the status bar of every visible widget. A word is English when it has three or more Latin
letters and is neither in the explicit allow-list (brands, formats, key names) nor a word of
the user's own data (payees, account names, the header of their CSV file). What a text quotes
(a cell, a rule's pattern) is data too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTextBrowser,
    QTreeView,
    QWidget,
)

WORD = re.compile(r"[A-Za-z]{3,}")

#: words a Chinese finance app keeps as they are, each for a reason:
ALLOWED = frozenset(
    w.casefold()
    for w in (
        # the product and the languages by their own names
        "finapp", "English",
        # file formats and standards a user picks files by
        "OFX", "QFX", "CSV", "QIF", "CAMT", "XLSX", "XLS", "ODS", "ICS", "PDF", "JSON", "SWIFT",
        # payment apps and banks named in the product's own words (brand names)
        "Alipay", "WeChat", "Excel", "Word", "Outlook", "Office", "OpenDocument", "Visa",
        # what the About box names finapp is built with
        "Python", "PySide",
        # the English month abbreviation a date-format pattern stands for ("DD-Mon-YYYY")
        "Mon",
        # keys as printed on the keyboard, in shortcuts
        "Ctrl", "Alt", "Shift", "Meta", "Del", "Esc", "Tab", "Ins", "Home", "End", "PgUp",
        "PgDown", "Backspace", "Enter", "Return", "Space", "Delete", "Left", "Right", "Down",
        # words a setting accepts as typed input (its label says so, in Chinese)
        "off", "auto",
    )
)  # fmt: skip

#: currency codes are shown as codes in every language, date patterns as patterns (YYYYMMDD)
CURRENCY = re.compile(r"^[A-Z]{3}$")
PATTERN = re.compile(r"^[YMD]+$")
#: what a text quotes is the user's or the file's own (a cell, a column, a rule's pattern), and
#: a command line ("finapp recovery-key", "--lang"), a file name (eurofxref.zip) and a file
#: format's tag (<DTSTART>) are typed or found as they are
QUOTED = re.compile(
    r"“[^”]*”|‘[^’]*’|'[^']*'|\"[^\"]*\"|「[^」]*」|\bfinapp [a-z][a-z-]+|--[a-z][a-z-]*"
    r"|[\w.-]+\.(?:zip|csv|xml|ofx|qfx|qif|sta|xlsx|xls|ods|ics|pdf|json|md|db)\b"
    r"|</?[A-Z][A-Z0-9._]*>"
)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _model_texts(view: QAbstractItemView, limit: int = 120) -> Iterator[str]:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount private: one column
            return 1

    for column in range(columns(QModelIndex())):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def rows(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), limit)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
                if column == 0 and depth < 3 and isinstance(view, QTreeView):
                    yield from rows(index, depth + 1)

    yield from rows(QModelIndex(), 0)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    while widget is not None:
        if isinstance(widget, kinds):
            return True
        widget = widget.parentWidget()
    return False


def widget_texts(widget: QWidget, skip: tuple[type, ...] = ()) -> Iterator[str]:
    """The texts of ``widget`` and its visible children (those of ``skip`` types left out)."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible() or _inside(child, skip):
            continue
        if child.isWindow():
            yield child.windowTitle()
        yield child.toolTip()  # read on hover
        if isinstance(child, QLabel):
            yield _plain(child.text())
        elif isinstance(child, QAbstractButton):
            yield child.text()
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, QLineEdit):
            yield child.placeholderText()
        elif isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QTabBar):
            yield from (child.tabText(i) for i in range(child.count()))
        if isinstance(child, QAbstractItemView) and not isinstance(child, QTextBrowser):
            yield from _model_texts(child)
        if isinstance(child, QMainWindow):
            yield child.statusBar().currentMessage()
            for action in child.menuBar().actions():
                if action.menu() is not None:
                    yield from _menu_texts(action.menu())


def english_words(text: str, user_words: frozenset[str]) -> list[str]:
    """The words of ``text`` a Chinese reader would see in English."""
    return [
        word
        for word in WORD.findall(QUOTED.sub("", text))
        if word.casefold() not in ALLOWED
        and word.casefold() not in user_words
        and not CURRENCY.match(word)
        and not PATTERN.match(word)
    ]


def words_of(texts: Iterable[str]) -> frozenset[str]:
    """Every word of ``texts``, folded: the user's own data, allowed wherever it shows."""
    return frozenset(w.casefold() for text in texts for w in WORD.findall(text or ""))


def english_in(
    widget: QWidget, user_words: frozenset[str], where: str, skip: tuple[type, ...] = ()
) -> list[str]:
    """ "where: text" for each visible text of ``widget`` holding English."""
    found = []
    for text in widget_texts(widget, (QFileDialog, *skip)):
        if text and english_words(text, user_words):
            found.append(f"{where}: {text!r}")
    return found
