"""Transactions: every statement line, searchable and filterable, with categories edited in place.

Loading (service call + building numpy columns) runs on the task runner; filtering happens in
the model on arrays, a short debounce after the last keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial, reduce
from operator import or_
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QLocale,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from finapp.gui import bus
from finapp.gui.category_names import display_category, reading_order, real_path
from finapp.gui.context import AppContext
from finapp.gui.find_key import escape_clears
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.transaction_columns import TransactionColumns, build_columns
from finapp.gui.models.transactions_model import (
    COL_ACCOUNT,
    COL_AMOUNT,
    COL_CATEGORY,
    COL_DATE,
    COL_MEMO,
    COL_PAYEE,
    COL_TAGS,
    AnyIndex,
    TransactionsModel,
)
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.column_memory import ColumnMemory
from finapp.gui.pages.fitted_columns import RoomyColumn
from finapp.gui.pages.loading import CoalescedLoader
from finapp.gui.pages.tables import compact_rows, page_shortcut, tab_leaves
from finapp.gui.pages.transaction_filters import FilterBar, filter_from
from finapp.gui.pages.transaction_menus import TransactionMenus
from finapp.gui.tasks import Work
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.asking import ask_item
from finapp.gui.widgets.edit_notice import EditNotice
from finapp.gui.widgets.empty_state import EmptyStack
from finapp.services import edit_history
from finapp.services.categories import list_categories
from finapp.services.categorize import CategorizeResult, set_categories
from finapp.services.edit_history import EditEntry, EditOutcome
from finapp.services.splits import SplitPartView, read_splits
from finapp.services.transaction_table import table_batches
from finapp.store.engine import Store
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill


def _undo_if_last(store: Store, edit_id: int) -> EditOutcome | None:
    """Undo the edit ``edit_id`` when it is still the last one (else None: undoing would take
    back a later edit instead)."""
    latest = edit_history.next_undo(store)
    return edit_history.undo(store) if latest is not None and latest.id == edit_id else None


#: how many distinct names of a column are measured to size it (the first ones: most used)
_MEASURED = 3000

#: what a category save announces: the rows, and the categories (a new one may exist)


class CategoryDelegate(QStyledItemDelegate):
    """An editable combo box of known categories; a new path typed in creates the category."""

    def __init__(self, choices: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for path in reading_order(self._choices()):
            combo.addItem(display_category(path), path)
        combo.setAccessibleName(self.tr("Category"))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(display_category(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        path = real_path(editor.currentText(), self._choices())
        model.setData(index, path, Qt.ItemDataRole.EditRole)


@register_page
class TransactionsPage(Page):
    NAME = "transactions"
    TITLE = QT_TRANSLATE_NOOP("Page", "Transactions")
    ICON = "transactions"
    SORT_ORDER = 20
    SHORTCUT = "Ctrl+2"
    # not ACCOUNTS: a threshold change must not reload 100k rows
    WATCHES = frozenset({bus.TRANSACTIONS, bus.CATEGORIES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = TransactionsModel(self)
        self.model.on_category_edit = self._category_edited
        self._known_categories: list[str] = []
        self._loader = CoalescedLoader(ctx.tasks, self._load_work, self._loaded)
        self._has_loaded = False
        self._build()
        self.model.modelReset.connect(self._update_status)
        self.model.dataChanged.connect(self._update_status)
        self.refresh()

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.filters = FilterBar(self)
        self.filters.changed.connect(self.apply_controls)
        self.filters.cleared.connect(self.clear_filters)
        # the controls tests and the bench reach directly
        self.search, self.category_box = self.filters.search, self.filters.category_box
        self.min_edit, self.max_edit = self.filters.min_edit, self.filters.max_edit

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Transactions table"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        tab_leaves(self.table)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._start_widths()
        # a wide window's spare width goes to the statement's memo, not to the (mostly empty) notes
        em = self.fontMetrics().horizontalAdvance("M")
        self.memo_column = RoomyColumn(self.table, COL_MEMO, 11 * em, 60 * em, 16 * em)
        self.delegate = CategoryDelegate(self.category_choices, self.table)
        self.table.setItemDelegateForColumn(COL_CATEGORY, self.delegate)

        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Transactions shown"))
        self.status.setToolTip(
            self.tr(
                "The net counts money spent once: transfers between your own accounts (a card "
                "topping up or paying a wallet, a card's payment, savings) are shown in grey "
                "italics and left out."
            )
        )
        self.bulk_button = QPushButton(self.tr("Set category of selected…"), self)
        self.bulk_button.setAccessibleName(self.tr("Set category of selected transactions"))
        self.bulk_button.clicked.connect(self._ask_bulk_category)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.bulk_button)

        self.notice = EditNotice(self.ctx, self)
        self.stack = EmptyStack(self.table, self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        escape_clears(self.search, self.table)
        page_shortcut(
            self,
            "Ctrl+Shift+C",
            self._ask_bulk_category,
            self.tr("Set the category of the selected lines"),
        )
        self.bulk_button.setToolTip("Ctrl+Shift+C")
        self.selection = SelectionActions(self, self.table, [self.bulk_button])
        self.menus = TransactionMenus(
            self.ctx, self.table, self.selection, self._ask_bulk_category, self.category_choices
        )
        self.columns = ColumnMemory(header, self.ctx.ui_state, "transactions")

    def _start_widths(self) -> None:
        """Widths from the font, not the rows (measuring 300k rows is slow): the date and the
        amount as wide as the widest they can be; the names get theirs at the first load
        (:meth:`_fit_names`). The user can drag them all, and finds them as they left them."""
        metrics = self.table.fontMetrics()
        em, padding = metrics.horizontalAdvance("M"), metrics.horizontalAdvance("M") + 8
        widest_day = format_date(date(2026, 12, 28))
        widest_amount = format_money(Decimal("-128000.00"), "CNY")
        for column, width in (
            (COL_DATE, metrics.horizontalAdvance(widest_day) + padding),
            (COL_AMOUNT, metrics.horizontalAdvance(widest_amount) + padding),
            (COL_ACCOUNT, 12 * em),
            (COL_PAYEE, 20 * em),
            (COL_CATEGORY, 16 * em),
            (COL_TAGS, 12 * em),
        ):
            self.table.setColumnWidth(column, width)

    def _fit_names(self, cols: TransactionColumns) -> None:
        """The account, payee and category columns as wide as their longest names, up to a cap
        that keeps the five columns that matter on a 1024-wide screen. Each distinct name is
        measured once (a few thousand at most, whatever the rows), never the rows themselves.
        At every start, not only the first: only a column the user dragged keeps its width
        (the widths kept from an earlier start are not all theirs)."""
        metrics = self.table.fontMetrics()
        em = metrics.horizontalAdvance("M")
        header = self.table.horizontalHeader()
        for column, names, cap in (
            (COL_ACCOUNT, self.model.shown_account_names(), 14),
            (COL_PAYEE, cols.names.names, 22),
            (COL_CATEGORY, [display_category(n) for n in cols.categories.names[:_MEASURED]], 18),
        ):
            if column in self.columns.user_sized:
                continue
            widest = max((metrics.horizontalAdvance(n) for n in names[:_MEASURED]), default=0)
            least = header.sectionSizeHint(column)
            self.table.setColumnWidth(column, max(least, min(widest + em, cap * em)))
            self.columns.fitted[column] = header.sectionSize(column)

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.model.total_count():
            self.status.setText(self.tr("Loading transactions…"))
        self._loader.load()

    def _load_work(self) -> Work:
        store = self.ctx.store
        return lambda _progress, _cancel: (
            build_columns(table_batches(store)),
            [c.path for c in list_categories(store)],
            read_splits(store),
        )

    def _loaded(
        self, result: tuple[TransactionColumns, list[str], dict[int, tuple[SplitPartView, ...]]]
    ) -> None:
        """New rows in; the user keeps their place (top row, selection and the keyboard's
        current row, so Down goes on from where it was) across the reload: a reload comes
        after every edit and every alert check."""
        cols, categories, splits = result
        first = not self._has_loaded
        self._has_loaded = True
        top = self.table.indexAt(QPoint(0, 0))
        top_id = self.model.transaction_id(top.row()) if top.isValid() else None
        current = self.table.currentIndex()
        current_id = self.model.transaction_id(current.row()) if current.isValid() else None
        selected = self.selected_ids()
        self.model.set_columns(cols)
        if first:
            self._fit_names(cols)
        self.model.set_splits(splits)
        self._known_categories = categories
        self._fill_choices()
        self.filters.set_span(self.model.date_span())
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in self.model.rows_of(selected):
            selection.select(self.model.index(row, 0), flags)
        if current_id is not None and (rows := self.model.rows_of([current_id])):
            selection.setCurrentIndex(
                self.model.index(rows[0], current.column()),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )
        if top_id is not None and (rows := self.model.rows_of([top_id])):
            self.table.scrollTo(
                self.model.index(rows[0], 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def category_choices(self) -> list[str]:
        return self._known_categories

    def _fill_choices(self) -> None:
        self.filters.fill_choices(
            self.model.account_choices(), self._known_categories, self.model.current_filter()
        )

    # -- filtering -----------------------------------------------------------------------------

    def apply_controls(self) -> None:
        self.model.set_filter(self.filters.read(self.model.current_filter()))

    def clear_filters(self) -> None:
        self.apply_filter({})

    def search_field(self) -> QLineEdit:
        return self.search

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Show what a drill-down names (see :func:`filter_from` for the keys)."""
        spec = filter_from(filters)
        self.filters.show_filter(spec)
        self.model.set_filter(spec)
        self._fill_choices()

    # -- editing -------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.transaction_id(row) for row in sorted(rows)]

    def _ask_bulk_category(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.ctx.bus.message.emit("info", self.tr("Select the transactions to categorise."))
            return
        rows = self.table.selectionModel().selectedRows()
        shared = {self.model.category_path(index.row()) for index in rows}
        ask_item(
            self,
            self.tr("Set category"),
            self.tr("Category for %n transaction(s):", "", len(ids)),
            [display_category(p) for p in reading_order(self.category_choices())],
            lambda path: self._bulk_category_chosen(ids, path),
            object_name="set-category",
            editable=True,
            # what the lines share, else nothing: Enter must not file them under the first
            # category of the list
            current=display_category(shared.pop()) if len(shared) == 1 else "",
        )

    def _bulk_category_chosen(self, ids: list[int], path: str) -> None:
        if path.strip():
            self.set_category_of(ids, real_path(path, self.category_choices()))

    def _category_edited(self, ids: list[int], path: str) -> None:
        """A category typed into a cell of a multi-row selection applies to the whole selection."""
        selected = self.selected_ids()
        if len(selected) > 1 and set(ids) <= set(selected):
            self.set_category_of(selected, path)
        else:
            self.save_category(ids, path)

    def set_category_of(self, ids: list[int], path: str) -> None:
        """Bulk edit: the same category for every id (shown at once, saved in the background)."""
        self.model.update_categories(ids, path)
        self.save_category(ids, path)

    def save_category(self, ids: list[int], path: str) -> None:
        """Save (one edit, whatever the count), then say which other rows the learned merchant
        refiled, with Undo."""
        store = self.ctx.store
        self.selection.run(
            self.ctx.tasks,
            lambda _p, _c: (set_categories(store, ids, path), edit_history.next_undo(store)),
            self._saved,
            self._save_failed,
        )

    def _saved(self, saved: tuple[list[CategorizeResult], EditEntry | None]) -> None:
        results, edit = saved
        edited = {r.transaction_id for r in results}
        refiled = sorted({t for r in results for t in r.refiled} - edited)
        if results:
            self.model.update_categories(refiled, results[0].path)
            text = self._saved_text(results, len(refiled))
            if edit is None:
                self.notice.show_notice(text)
            else:
                undo = partial(self.undo_categories, results, edit.id)
                self.notice.show_edit(text, edit.id, undone=False, undo=undo)
        self._announce(results)

    def _saved_text(self, results: list[CategorizeResult], others: int) -> str:
        category = display_category(results[0].path)
        if len(results) > 1:
            text = fill(self.tr("Filed %n transaction(s) under %1", "", len(results)), (category,))
        else:
            rows = self.model.rows_of([results[0].transaction_id])
            payee = self.model.payee_name(rows[0]) if rows else results[0].payee
            text = fill(self.tr("Filed “%2” under %1"), (category, payee))
        if others:
            text += self.tr(", and %n other transaction(s) of the same merchant with it", "",
                            others)  # fmt: skip
        return text + self.tr(".")  # the full stop is the language's (。 in Chinese)

    def undo_categories(self, results: list[CategorizeResult], edit_id: int) -> None:
        """Undo a save: Edit → Undo of that very edit (every row back in its old category, the
        learned rules forgotten), so Redo can file them again; only while it is the last edit."""
        store = self.ctx.store
        count = len({t for r in results for t in (r.transaction_id, *r.refiled)})
        self.selection.run(
            self.ctx.tasks,
            lambda _p, _c: _undo_if_last(store, edit_id),
            lambda outcome: self._undone(outcome, count, edit_id),
            self._save_failed,
        )

    def _undone(self, outcome: EditOutcome | None, count: int, edit_id: int) -> None:
        """Say what the notice's Undo did; either sentence closes once Edit → Undo or Redo
        moves that edit (see :class:`EditNotice`)."""
        if outcome is None:
            text = self.tr(
                "Other edits came after this one: Edit → Undo takes back the last first."
            )
            self.notice.show_edit(text, edit_id, undone=False)
            return
        text = self.tr("Put %n transaction(s) back in their previous category.", "", count)
        self.notice.show_edit(text, edit_id, undone=True)
        self.ctx.bus.data_changed.emit(outcome.changes)

    def _announce(self, results: list[CategorizeResult]) -> None:
        if results:
            self.ctx.bus.data_changed.emit(reduce(or_, (r.changes for r in results)))
            self.ctx.bus.alerts_affected.emit()  # a line filed elsewhere moves a budget

    def _save_failed(self, exc: Exception) -> None:
        self.ctx.tasks.report(exc)
        self.refresh()  # show what the store really holds

    def _update_status(self) -> None:
        locale = QLocale()
        shown, total = self.model.rowCount(), self.model.total_count()
        # all shown: the count alone ("共 1,719 笔"); filtered: the part of the whole shown
        if shown == total:
            text = self.tr("%Ln transaction(s)", "every one is shown", total)
        else:
            text = fill(
                self.tr("%1 of %2 transactions"), (locale.toString(shown), locale.toString(total))
            )
        spec = self.model.current_filter()
        if spec.sign is not None:
            text += " · " + (self.tr("money in only") if spec.sign == "in" else
                             self.tr("money out only"))  # fmt: skip
        if spec.transaction_ids is not None:
            text += " · " + self.tr("chosen transactions only (Clear filters shows all)")
        net = self.model.visible_total()
        if net is not None:
            text += " · " + fill(self.tr("net %1"), (format_money(*net),))
            # the greyed rows: the card line that paid a wallet's order is that order again
            if transfers := self.model.uncounted_shown():
                text += " · " + self.tr("%n transfer(s) not counted", "", transfers)
        self.status.setText(text)
        self._show_empty_state(shown, total)

    def _show_empty_state(self, shown: int, total: int) -> None:
        """An empty store says how to fill it; a filter hiding every row offers to clear it."""
        if shown or not self._has_loaded:
            self.stack.show_content()
        elif total:
            self.stack.show_empty(
                self.tr("No transactions match these filters."),
                self.tr("Clear filters"),
                self.clear_filters,
            )
        else:
            self.stack.show_empty(
                self.tr("No transactions yet. Import your bank's statements to see them here."),
                self.tr("Import statements…"),
                self.ctx.bus.import_requested.emit,
            )
