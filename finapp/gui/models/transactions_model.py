"""The transactions table: a Qt model over numpy columns, filtered and sorted with arrays.

With 100k+ rows a ``QSortFilterProxyModel`` calling Python ``filterAcceptsRow``/``lessThan`` per
row costs seconds per keystroke. Here every column is a numpy array built once (off the UI
thread, see :mod:`~finapp.gui.models.transaction_columns`); a filter is a handful of vectorised
masks and a sort one ``argsort``, and the view only asks ``data()`` for the few rows on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from finapp.core.money import from_minor
from finapp.gui.account_names import shown_account_name
from finapp.gui.category_names import display_category, display_leaf
from finapp.gui.list_words import joined
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.transaction_columns import (
    NO_TIME,
    Labels,
    TransactionColumns,
    TransactionFilter,
    build_columns,
    filed_sum,
    filter_mask,
    uncounted_rows,
)
from finapp.gui.name_words import made_words
from finapp.services.splits import SplitPartView
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

#: the Payee column shows the name a payee is known by; the statement's own words are in
#: COL_STATEMENT (hidden until the user shows it) and in the payee's tooltip
COL_DATE, COL_ACCOUNT, COL_PAYEE, COL_CATEGORY, COL_AMOUNT, COL_MEMO, COL_STATEMENT = range(7)
#: the user's tags ("#holiday-2026 #tax") and note (its first line; the whole note in the tooltip)
COL_TAGS, COL_NOTE = 7, 8
_HEADERS = (
    QT_TRANSLATE_NOOP("TransactionsModel", "Date"),
    QT_TRANSLATE_NOOP("TransactionsModel", "Account"),
    QT_TRANSLATE_NOOP("TransactionsModel", "Payee"),
    QT_TRANSLATE_NOOP("TransactionsModel", "Category"),
    QT_TRANSLATE_NOOP("TransactionsModel", "Amount"),
    QT_TRANSLATE_NOOP("TransactionsModel", "Memo"),
    QT_TRANSLATE_NOOP("TransactionsModel", "Description (as on statement)"),
    QT_TRANSLATE_NOOP("TransactionsModel", "Tags"),
    QT_TRANSLATE_NOOP("TransactionsModel", "Note"),
)
#: the payee cell's tooltip
_STATEMENT_TIP = QT_TRANSLATE_NOOP("TransactionsModel", "On the statement: %1")
#: a split line's category cell: the names of its parts' categories, joined
_SPLIT = QT_TRANSLATE_NOOP("TransactionsModel", "Split: %1")
#: a part whose category was deleted since
_NO_CATEGORY = QT_TRANSLATE_NOOP("TransactionsModel", "(no category)")
#: the tooltip of a row no total counts, with the category it is filed under and without one
_UNCOUNTED_TIPS = (
    QT_TRANSLATE_NOOP(
        "TransactionsModel",
        "Money moved between your own accounts: not counted as spending or income, nor in the "
        "net below the table. Filed under %1.",
    ),
    QT_TRANSLATE_NOOP(
        "TransactionsModel",
        "Money moved between your own accounts: not counted as spending or income, nor in the "
        "net below the table.",
    ),
)

_TIME_TIPS = (
    QT_TRANSLATE_NOOP("TransactionsModel", "At %1, local time, as the statement gives it."),
    QT_TRANSLATE_NOOP(
        "TransactionsModel", "The statement gives no time of day for this transaction."
    ),
    QT_TRANSLATE_NOOP(
        "TransactionsModel",
        "The day posted. Point at a day to see the time of day, where the statement gives one "
        "(payment apps and most card downloads do; many bank statements do not).",
    ),
)
#: Decimal / date / str value a sort compares (proxy-safe, no 32-bit truncation)
SortRole = Qt.ItemDataRole.UserRole
#: the row's transaction id
IdRole = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex
#: the roles :meth:`TransactionsModel.data` answers; a view asks seven per cell it paints (font,
#: colours, check state…), and the others are turned away before any work
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        SortRole,
        IdRole,
    )
)


def format_time(seconds: int, locale: QLocale | None = None, *, with_seconds: bool = False) -> str:
    """A time of day in the locale's short format (``2:30 PM``, ``14:30``), optionally with its
    seconds; 24 h ``HH:mm`` when no locale is set, as dates are ISO then. (The long format
    would name a time zone the statement does not give.)"""
    locale = locale or QLocale()
    clock = QTime(seconds // 3600, seconds % 3600 // 60, seconds % 60)
    pattern = "HH:mm"
    if locale.language() != QLocale.Language.C:
        pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if with_seconds and "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return locale.toString(clock, pattern)


class TransactionsModel(QAbstractTableModel):
    """Rows are ``self._view``: indices into the columns, already filtered and sorted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cols = build_columns([])
        #: the Account column's texts: each account as the reader knows it (the filter keeps
        #: matching the stored names of ``self._cols.accounts``)
        self._accounts = _shown_accounts(self._cols.accounts)
        self._view = np.arange(0, dtype=np.int64)
        self._filter = TransactionFilter()
        self._sort: tuple[int, Qt.SortOrder] = (COL_DATE, Qt.SortOrder.DescendingOrder)
        #: each row's rank in a sort by a text column, by column
        self._rank_cache: dict[int, np.ndarray] = {}
        #: every row in the current sort order (a filter then only picks from it: no sorting)
        self._order: np.ndarray | None = None
        #: which rows the current filter keeps
        self._mask = np.ones(0, dtype=bool)
        #: called with (transaction ids, category path) when the user edits a category
        self.on_category_edit: Callable[[list[int], str], None] | None = None
        #: the parts of each split line, by transaction id
        self._splits: dict[int, tuple[SplitPartView, ...]] = {}
        #: the rows no total counts (transfers), shown in grey italics, and of those the rows
        #: whose category cell names the other account
        self._uncounted, self._moved = uncounted_rows(self._cols)

    # -- data in -------------------------------------------------------------------------------

    def set_columns(self, cols: TransactionColumns) -> None:
        """Replace every row (after a load), keeping the current filter and sort."""
        self.beginResetModel()
        self._cols = cols
        self._accounts = _shown_accounts(cols.accounts)
        self._uncounted, self._moved = uncounted_rows(cols)
        self._rank_cache.clear()
        self._order = None
        self._mask = filter_mask(cols, self._filter)
        self._view = self._ordered_view()
        self.endResetModel()

    def set_splits(self, splits: dict[int, tuple[SplitPartView, ...]]) -> None:
        """The parts of the split lines (after a load): their category cells name them."""
        self._splits = splits
        self._rank_cache.pop(COL_CATEGORY, None)
        if self._sort[0] == COL_CATEGORY and len(self._view):  # split lines sort by their words
            self.sort(*self._sort)
        if len(self._view):
            last = self.index(len(self._view) - 1, COL_CATEGORY)
            self.dataChanged.emit(self.index(0, COL_CATEGORY), last)

    def split_parts(self, row: int) -> tuple[SplitPartView, ...]:
        """The parts of a row's line (none when it is not split)."""
        return self._splits.get(self.transaction_id(row), ())

    def category_path(self, row: int) -> str:
        """A row's own category path ("" for none)."""
        return self._cols.categories[int(self._view[row])]

    def amount(self, row: int) -> tuple[Decimal, str]:
        """A row's signed amount and its currency."""
        i = int(self._view[row])
        return self._amount(i), self._cols.currencies[i]

    def set_filter(self, spec: TransactionFilter) -> None:
        if spec == self._filter:
            return
        self.beginResetModel()
        self._mask = filter_mask(self._cols, spec)
        self._filter = spec
        self._view = self._ordered_view()
        self.endResetModel()

    def current_filter(self) -> TransactionFilter:
        return self._filter

    def update_categories(self, ids: Sequence[int], path: str) -> None:
        """Show a category change at once, before the store's reload arrives."""
        for txn_id in ids:  # one category for a line: it is no longer split
            self._splits.pop(int(txn_id), None)
        positions = np.flatnonzero(np.isin(self._cols.ids, np.asarray(ids, dtype=np.int64)))
        categories = self._cols.categories
        categories.codes[positions] = categories.code_of(path)
        self._uncounted, self._moved = uncounted_rows(self._cols)
        self._rank_cache.pop(COL_CATEGORY, None)
        if self._sort[0] == COL_CATEGORY:
            self._order = None
        rows = np.flatnonzero(np.isin(self._view, positions))
        if len(rows):
            # the whole rows: a line filed under a transfer category is greyed, or no longer
            self.dataChanged.emit(
                self.index(int(rows.min()), 0),
                self.index(int(rows.max()), len(_HEADERS) - 1),
            )

    # -- what the page asks --------------------------------------------------------------------

    def total_count(self) -> int:
        return len(self._cols)

    def transaction_id(self, row: int) -> int:
        return int(self._cols.ids[self._view[row]])

    def merchant(self, row: int) -> str:
        """The merchant key of a row: what "Rename payee…" renames."""
        return self._cols.merchants[int(self._view[row])]

    def note(self, row: int) -> str:
        """A row's note, whole ("" for none)."""
        return self._cols.notes[int(self._view[row])]

    def tags_text(self, row: int) -> str:
        """A row's tags as shown and typed: ``#holiday-2026 #tax`` ("" for none)."""
        return self._cols.tags[int(self._view[row])]

    def payee_name(self, row: int) -> str:
        """The name a row's payee is shown by."""
        return self._cols.names[int(self._view[row])]

    def date_span(self) -> tuple[date, date] | None:
        """The first and last day of every transaction loaded (filtered or not); None if none."""
        dates = self._cols.dates
        if not len(dates):
            return None
        return dates.min().item(), dates.max().item()

    def account_choices(self) -> list[str]:
        """The accounts' stored names, what the account filter matches."""
        return sorted(self._cols.accounts.names)

    def shown_account_names(self) -> list[str]:
        """The Account column's distinct texts, each account as the reader knows it."""
        return self._accounts.names

    def rows_of(self, ids: Sequence[int]) -> list[int]:
        """The rows (in view order) showing these transaction ids; hidden ones are skipped."""
        if not len(ids):
            return []
        wanted = np.isin(self._cols.ids[self._view], np.asarray(ids, dtype=np.int64))
        return [int(row) for row in np.flatnonzero(wanted)]

    def visible_total(self) -> tuple[Decimal, str] | None:
        """Sum of the rows shown, when they share one currency (else no honest total); with a
        category filter, a split line's parts in the category (:func:`filed_sum`). Transfers
        are left out (:meth:`uncounted_shown`): a search for 美团 shows the WeChat Pay order and
        the card line that paid it, the same money once spent."""
        if not len(self._view):
            return None
        counted = self._view[~self._uncounted[self._view]]
        # only transfers shown: their net is nothing spent, in their currency
        codes = self._cols.currencies.codes[counted if len(counted) else self._view]
        if np.any(codes != codes[0]):
            return None
        currency = self._cols.currencies.names[codes[0]]
        return from_minor(filed_sum(self._cols, counted, self._filter.category), currency), currency

    def uncounted_shown(self) -> int:
        """How many of the rows shown no total counts: the transfers, greyed."""
        return int(self._uncounted[self._view].sum())

    def is_counted(self, row: int) -> bool:
        """Whether a row's money is spending or income (else a transfer, left out of totals)."""
        return not self._uncounted[int(self._view[row])]

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TransactionsModel", _HEADERS[section])
        if section == COL_DATE and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("TransactionsModel", _TIME_TIPS[2])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._view):
            return None
        i = int(self._view[index.row()])
        col = index.column()
        c = self._cols
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:
                # the day only, so the column is even: the time, where given, is in the tooltip
                return format_date(c.dates[i].item())
            if col == COL_AMOUNT:
                return format_money(self._amount(i), c.currencies[i])
            if col == COL_CATEGORY:  # shown translated; EditRole and filters keep the real path
                parts = self._splits.get(int(c.ids[i]))
                if parts:
                    return self._split_text(parts)
                return (
                    self._transfer_text(i) if self._moved[i] else display_category(c.categories[i])
                )
            if col == COL_NOTE:
                return c.notes[i].partition("\n")[0]
            return self._text(i, col)
        if role == Qt.ItemDataRole.EditRole:
            return c.categories[i] if col == COL_CATEGORY else None
        if role == SortRole:
            if col == COL_DATE:
                return c.dates[i].item()
            if col == COL_AMOUNT:
                return self._amount(i)
            return self._text(i, col)
        if role == IdRole:
            return int(c.ids[i])
        if role == Qt.ItemDataRole.FontRole:
            return _italic() if self._uncounted[i] else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _greyed() if self._uncounted[i] else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ACCOUNT:  # the whole stored name
            return c.accounts[i] if c.accounts[i] != self._accounts[i] else None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_MEMO:
            return c.memos[i] or None
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_NOTE, COL_TAGS):
            return (c.notes[i] if col == COL_NOTE else c.tags[i]) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_PAYEE:
            tip = QCoreApplication.translate("TransactionsModel", _STATEMENT_TIP)
            return fill(tip, (c.payees[i],)) if c.payees[i] != c.names[i] else None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_DATE:
            return self._time_tip(int(c.seconds[i]))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CATEGORY:
            parts = self._splits.get(int(c.ids[i]))
            if parts:
                return self._split_tip(parts)
            if not self._uncounted[i]:
                return None
            tip = self._uncounted_tip(c.categories[i])
            if self._moved[i]:
                # the cell's whole words first: "来自工商银行 …7720 的转账" is cut in its column
                return f"{self._transfer_text(i)}\n{tip}"
            return tip
        return None

    def _transfer_text(self, i: int) -> str:
        """A transfer's category cell: the account its money went to or came from ("Transfer to
        WeChat Pay 微信支付 李娜"), where the store holds the other side."""
        peer = int(self._cols.peers[i])
        if peer < 0:
            return made_words("transfer_either_way")
        way = "transfer_to" if self._cols.amount_minor[i] < 0 else "transfer_from"
        return made_words(way, self._accounts[peer])

    @staticmethod
    def _uncounted_tip(path: str) -> str:
        """Why a greyed row counts nowhere, and the category it is filed under (a transfer's
        cell names its accounts instead)."""
        if not path:
            return QCoreApplication.translate("TransactionsModel", _UNCOUNTED_TIPS[1])
        tip = QCoreApplication.translate("TransactionsModel", _UNCOUNTED_TIPS[0])
        return fill(tip, (display_category(path),))

    @staticmethod
    def _part_name(part: SplitPartView) -> str:
        if not part.category:
            return QCoreApplication.translate("TransactionsModel", _NO_CATEGORY)
        return display_category(part.category)

    def _split_text(self, parts: tuple[SplitPartView, ...]) -> str:
        """``Split: Groceries, Home``: each part's category by its own name, not its path."""
        names = [display_leaf(p.category) if p.category else self._part_name(p) for p in parts]
        return fill(QCoreApplication.translate("TransactionsModel", _SPLIT), (joined(names),))

    def _split_tip(self, parts: tuple[SplitPartView, ...]) -> str:
        """One line per part: its category, amount and memo."""
        return "\n".join(
            f"{self._part_name(p)}  {format_money(p.amount, p.currency)}"
            + (f"  ({p.memo})" if p.memo else "")
            for p in parts
        )

    @staticmethod
    def _time_tip(seconds: int) -> str:
        """The date cell's tooltip: the full time, or that the source gives none (a statement
        without times is shown without one, never at an invented midnight)."""
        if seconds == NO_TIME:
            return QCoreApplication.translate("TransactionsModel", _TIME_TIPS[1])
        text = format_time(seconds, with_seconds=True)
        return fill(QCoreApplication.translate("TransactionsModel", _TIME_TIPS[0]), (text,))

    def _amount(self, i: int) -> Decimal:
        return from_minor(int(self._cols.amount_minor[i]), self._cols.currencies[i])

    def _labels(self, col: int) -> Labels:
        c = self._cols
        return {
            COL_ACCOUNT: self._accounts,
            COL_PAYEE: c.names,
            COL_CATEGORY: c.categories,
            COL_STATEMENT: c.payees,
            COL_TAGS: c.tags,
            COL_NOTE: c.notes,
        }.get(col, c.memos)

    def _text(self, i: int, col: int) -> str:
        return self._labels(col)[i]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_CATEGORY:
            if self.split_parts(index.row()):  # its parts are edited in the split editor
                return base
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A category typed or picked in the cell: hand it to the page, which saves it."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != COL_CATEGORY or not str(value or "").strip():
            return False
        path = str(value).strip()
        txn_id = self.transaction_id(index.row())
        self.update_categories([txn_id], path)
        if self.on_category_edit is not None:
            self.on_category_edit([txn_id], path)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old_view = self._view
        self._sort = (column, order)
        self._order = None
        self._view = self._ordered_view()
        self._remap_persistent(old_view)
        self.layoutChanged.emit()

    # -- internals -----------------------------------------------------------------------------

    def _ordered_view(self) -> np.ndarray:
        if self._order is None:
            self._order = self._sorted(np.arange(len(self._cols)))
        return self._order[self._mask[self._order]]

    def _sort_key(self, column: int) -> np.ndarray:
        if column == COL_DATE:  # by day, then by time of day where the source gives one
            return self._cols.dates.astype(np.int64) * 86_400 + self._cols.seconds
        if column == COL_AMOUNT:
            return self._cols.amount_minor
        if column not in self._rank_cache:
            # rank of each row's text, case-insensitively: one sort of the distinct texts, then
            # int compares
            labels = self._shown_categories() if column == COL_CATEGORY else self._labels(column)
            self._rank_cache[column] = labels.ranks()
        return self._rank_cache[column]

    def _shown_categories(self) -> Labels:
        """The Category column's texts as the cells show them, for sorting by what the reader
        sees: a transfer among the "Transfer to WeChat Pay 微信支付 李娜" rows rather than among
        the shopping its filed category is, a split line as "Split: Groceries, Home", a
        category by its translated name. Each distinct text is worded once (a transfer's by its
        way and other account), never once per row."""
        c = self._cols
        texts = [display_category(name) for name in c.categories.names]
        codes = c.categories.codes.astype(np.int64)
        moved_rows = np.flatnonzero(self._moved)
        if len(moved_rows):
            peers = c.peers[moved_rows]
            ways = np.where(
                peers < 0,
                -1,
                self._accounts.codes[np.maximum(peers, 0)].astype(np.int64) * 2
                + (c.amount_minor[moved_rows] >= 0),
            )
            _, first, inverse = np.unique(ways, return_index=True, return_inverse=True)
            codes = codes.copy()
            codes[moved_rows] = len(texts) + inverse.reshape(-1)
            texts += [self._transfer_text(int(moved_rows[row])) for row in first]
        if self._splits:
            split_rows = np.flatnonzero(np.isin(c.ids, np.fromiter(self._splits, np.int64)))
            codes = codes.copy()
            for row in split_rows:
                codes[row] = len(texts)
                texts.append(self._split_text(self._splits[int(c.ids[row])]))
        return Labels(codes, texts)

    def _sorted(self, rows: np.ndarray) -> np.ndarray:
        column, order = self._sort
        key = self._sort_key(column)[rows]
        # ties keep id order, newest id first when descending (stable sort on negated key)
        if order == Qt.SortOrder.DescendingOrder:
            positions = np.lexsort((-self._cols.ids[rows], -key))
        else:
            positions = np.lexsort((self._cols.ids[rows], key))
        return rows[positions]

    def _remap_persistent(self, old_view: np.ndarray) -> None:
        persistent = self.persistentIndexList()
        if not persistent:
            return
        new_row_of = np.full(len(self._cols), -1, dtype=np.int64)
        new_row_of[self._view] = np.arange(len(self._view))
        new = []
        for idx in persistent:
            row = int(new_row_of[old_view[idx.row()]]) if idx.row() < len(old_view) else -1
            new.append(self.index(row, idx.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new)


def _italic() -> QFont:
    """The font of a row no total counts: the view's, in italics."""
    font = QGuiApplication.font()
    font.setItalic(True)
    return font


def _greyed() -> QColor:
    """The text colour of a row no total counts: the theme's for text of less weight (light
    and dark themes alike)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


def _shown_accounts(accounts: Labels) -> Labels:
    """``accounts`` with each distinct name as the reader knows it (the rows' codes shared)."""
    return Labels(accounts.codes, [shown_account_name(name) for name in accounts.names])
