"""The shipped default categories' names in the user's language, for display only.

Category paths are data: rules, filters, budgets and the CLI name them by their stored English
path, and a user may rename or add categories freely. So the store keeps the English names and
the GUI only *shows* each segment that is a shipped default name translated (context
"Category"); anything the user typed stays as typed, and every path handed to a service stays
the real one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from PySide6.QtCore import QCoreApplication

from finapp.gui.collation import text_collator
from finapp.services.categories import SEPARATOR
from finapp.tr_marks import QT_TRANSLATE_NOOP

#: every segment name in resources/categories.json (a test keeps the two in step)
DEFAULT_NAMES = frozenset(
    (
        QT_TRANSLATE_NOOP("Category", "Income"),
        QT_TRANSLATE_NOOP("Category", "Salary"),
        QT_TRANSLATE_NOOP("Category", "Interest"),
        QT_TRANSLATE_NOOP("Category", "Refunds"),
        QT_TRANSLATE_NOOP("Category", "Other"),
        QT_TRANSLATE_NOOP("Category", "Housing"),
        QT_TRANSLATE_NOOP("Category", "Rent"),
        QT_TRANSLATE_NOOP("Category", "Mortgage"),
        QT_TRANSLATE_NOOP("Category", "Maintenance"),
        QT_TRANSLATE_NOOP("Category", "Bills & Utilities"),
        QT_TRANSLATE_NOOP("Category", "Electricity"),
        QT_TRANSLATE_NOOP("Category", "Gas & Heating"),
        QT_TRANSLATE_NOOP("Category", "Water"),
        QT_TRANSLATE_NOOP("Category", "Internet"),
        QT_TRANSLATE_NOOP("Category", "Phone"),
        QT_TRANSLATE_NOOP("Category", "Food"),
        QT_TRANSLATE_NOOP("Category", "Groceries"),
        QT_TRANSLATE_NOOP("Category", "Dining"),
        QT_TRANSLATE_NOOP("Category", "Coffee"),
        QT_TRANSLATE_NOOP("Category", "Delivery"),
        QT_TRANSLATE_NOOP("Category", "Transport"),
        QT_TRANSLATE_NOOP("Category", "Fuel"),
        QT_TRANSLATE_NOOP("Category", "Public Transit"),
        QT_TRANSLATE_NOOP("Category", "Rides & Taxis"),
        QT_TRANSLATE_NOOP("Category", "Parking & Tolls"),
        QT_TRANSLATE_NOOP("Category", "Shopping"),
        QT_TRANSLATE_NOOP("Category", "Online"),
        QT_TRANSLATE_NOOP("Category", "Clothing"),
        QT_TRANSLATE_NOOP("Category", "Electronics"),
        QT_TRANSLATE_NOOP("Category", "Home"),
        QT_TRANSLATE_NOOP("Category", "Health"),
        QT_TRANSLATE_NOOP("Category", "Pharmacy"),
        QT_TRANSLATE_NOOP("Category", "Doctor"),
        QT_TRANSLATE_NOOP("Category", "Fitness"),
        QT_TRANSLATE_NOOP("Category", "Insurance"),
        QT_TRANSLATE_NOOP("Category", "Entertainment"),
        QT_TRANSLATE_NOOP("Category", "Streaming"),
        QT_TRANSLATE_NOOP("Category", "Music"),
        QT_TRANSLATE_NOOP("Category", "Games"),
        QT_TRANSLATE_NOOP("Category", "Software & Apps"),
        QT_TRANSLATE_NOOP("Category", "Education"),
        QT_TRANSLATE_NOOP("Category", "Children"),
        QT_TRANSLATE_NOOP("Category", "Gifts & Donations"),
        QT_TRANSLATE_NOOP("Category", "Personal Care"),
        QT_TRANSLATE_NOOP("Category", "Person to Person"),
        QT_TRANSLATE_NOOP("Category", "Travel"),
        QT_TRANSLATE_NOOP("Category", "Flights"),
        QT_TRANSLATE_NOOP("Category", "Lodging"),
        QT_TRANSLATE_NOOP("Category", "Fees"),
        QT_TRANSLATE_NOOP("Category", "Bank Fees"),
        QT_TRANSLATE_NOOP("Category", "Interest Charged"),
        QT_TRANSLATE_NOOP("Category", "Taxes"),
        QT_TRANSLATE_NOOP("Category", "Cash"),
        QT_TRANSLATE_NOOP("Category", "Transfers"),
        QT_TRANSLATE_NOOP("Category", "Card Payment"),
        QT_TRANSLATE_NOOP("Category", "Savings"),
        QT_TRANSLATE_NOOP("Category", "Uncategorized"),
    )
)


def display_name(name: str) -> str:
    """One segment: translated when it is a shipped default name, else unchanged."""
    return QCoreApplication.translate("Category", name) if name in DEFAULT_NAMES else name


#: what a path is shown with between a category and its subcategory: ":" in English, the
#: full-width "：" in Chinese prose ("饮食：咖啡"); the stored path keeps ":" in every language
PATH_MARK = QT_TRANSLATE_NOOP("Category", ":")
#: what a user may type between a category and its subcategory, in either language
_TYPED_MARKS = re.compile("[:：]")


def path_mark() -> str:
    """The separator a path is shown with in the installed language."""
    return QCoreApplication.translate("Category", PATH_MARK)


def display_category(path: str | None) -> str:
    """A category path as the user reads it: ``Food:Groceries`` → ``饮食：超市买菜`` in Chinese.

    Every place that shows a path shows it through here, so a path reads one way everywhere.
    """
    if not path:
        return ""
    return path_mark().join(display_name(part) for part in path.split(SEPARATOR))


def display_leaf(path: str) -> str:
    """The last segment of a path as shown: ``Food:Groceries`` → ``超市买菜``."""
    return display_name(path.rpartition(SEPARATOR)[2])


def reading_order(paths: Iterable[str]) -> list[str]:
    """Category paths in the order the user reads their shown names: a Chinese list by pinyin
    (购物 before 交通 before 饮食), not by the English names stored beneath (Bills first would
    put 账单与水电 at the top). A parent comes before its children."""
    collator = text_collator()
    return sorted(paths, key=lambda path: collator.sortKey(display_category(path)))


def real_path(text: str, paths: Collection[str]) -> str:
    """The stored path the user meant: one of ``paths`` shown as ``text``, else ``text`` itself.

    Pickers list categories by their display text; what was picked (or typed, in either
    language, with ":" or "：" between the parts) must reach the services as the real path.
    A new name creates a category under the longest known parent typed: "饮食:外卖" goes under
    Food, the category shown as 饮食. A name alone that is the last part of one category only
    is that category: 电费 is 账单与水电：电费 (Bills & Utilities:Electricity), as a reader
    names it, not a second, empty 电费 at the top.
    """
    text = text.strip()
    if text in paths:
        return text
    parts = [part.strip() for part in _TYPED_MARKS.split(text)]
    shown = {tuple(_TYPED_MARKS.split(display_category(p))): p for p in paths}
    shown.update({tuple(p.split(SEPARATOR)): p for p in paths})
    for cut in range(len(parts), 0, -1):
        known = shown.get(tuple(parts[:cut]))
        if known is not None:
            return SEPARATOR.join([known, *parts[cut:]])
    if len(parts) == 1:  # a name alone: the one category it ends, if only one
        ending = {path for spelled, path in shown.items() if spelled[-1] == parts[0]}
        if len(ending) == 1:
            return ending.pop()
    return SEPARATOR.join(parts)
