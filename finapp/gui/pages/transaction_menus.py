"""The transactions table's context menus: a row's actions, and which columns show.

A row's menu renames its payee everywhere ("&Rename payee…"), files the selection, or writes
the user's note and tags on it ("&Note…", "&Tags…"), or divides it among categories ("&Split…",
Ctrl+Shift+S, or a double-click on a split line's category); the header's menu shows or hides the
optional columns, among them the payee exactly as the statement printed it ("Description (as
on statement)", hidden at first: the Payee column shows the name people know, and its tooltip
the statement's words).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView

from finapp.gui.context import AppContext
from finapp.gui.dialogs.split_editor import SplitLine, open_split_editor
from finapp.gui.models.transactions_model import (
    COL_CATEGORY,
    COL_MEMO,
    COL_NOTE,
    COL_STATEMENT,
    COL_TAGS,
    TransactionsModel,
)
from finapp.gui.pages.payee_rename import ask_rename_payee
from finapp.gui.pages.transaction_notes import ask_note, ask_tags
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.keyboard_menu import keyboard_menu, show_menu

#: the columns the user may hide or show, in the header menu's order
OPTIONAL_COLUMNS = (COL_MEMO, COL_STATEMENT, COL_TAGS, COL_NOTE)
#: shown when the page opens
HIDDEN_AT_FIRST = (COL_STATEMENT,)


class TransactionMenus(QObject):
    """Context menus of ``table`` (showing ``model``) on a transactions page."""

    def __init__(
        self,
        ctx: AppContext,
        table: QTableView,
        actions: SelectionActions,
        set_category: Callable[[], None],
        category_choices: Callable[[], list[str]],
    ) -> None:
        super().__init__(table)
        self._ctx, self._table, self._actions = ctx, table, actions
        self._category_choices = category_choices
        model = table.model()
        assert isinstance(model, TransactionsModel)
        self._model = model
        self.rename_action = QAction(
            QCoreApplication.translate("TransactionMenus", "&Rename payee…"), table
        )
        self.rename_action.triggered.connect(self.ask_rename)
        self.category_action = QAction(
            QCoreApplication.translate("TransactionMenus", "Set &category of selected…"), table
        )
        self.category_action.triggered.connect(set_category)
        self.note_action = QAction(QCoreApplication.translate("TransactionMenus", "&Note…"), table)
        self.note_action.triggered.connect(self.ask_note)
        self.tags_action = QAction(QCoreApplication.translate("TransactionMenus", "&Tags…"), table)
        self.tags_action.triggered.connect(self.ask_tags)
        self.split_action = QAction(
            QCoreApplication.translate("TransactionMenus", "&Split…"), table
        )
        self.split_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.split_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.split_action.triggered.connect(self.ask_split)
        actions.page.addAction(self.split_action)
        table.doubleClicked.connect(self._double_clicked)
        self.row_actions = [self.rename_action, self.category_action, self.split_action,
                            self.note_action, self.tags_action]  # fmt: skip
        for action in self.row_actions:
            actions.add(action)
        for column in HIDDEN_AT_FIRST:
            table.setColumnHidden(column, True)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.open_row_menu)
        keyboard_menu(actions.page, table, lambda: self.open_row_menu(None))
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.open_columns_menu)

    def open_row_menu(self, pos: QPoint | None) -> None:
        """The row's actions; a right-click outside the selection selects the clicked row.
        Asked from the keyboard (``pos`` None), the menu opens under the current row."""
        table = self._table
        from_keyboard = pos is None
        if pos is None:
            rows = self._selected_rows()
            if not rows:
                return
            current = table.currentIndex()
            row = current.row() if current.isValid() and current.row() in rows else rows[0]
            pos = table.visualRect(self._model.index(row, 0)).bottomLeft()
        index = table.indexAt(pos)
        if not index.isValid():
            return
        if not table.selectionModel().isRowSelected(index.row()):
            table.selectRow(index.row())
        self._popup(QMenu(self._table), "transaction-menu", self.row_actions,
                    self._table.viewport().mapToGlobal(pos), from_keyboard)  # fmt: skip

    def open_columns_menu(self, pos: QPoint) -> None:
        """Which optional columns show, ticked."""
        menu = QMenu(self._table)
        toggles = []
        for column in OPTIONAL_COLUMNS:
            title = self._model.headerData(column, Qt.Orientation.Horizontal)
            toggle = QAction(str(title), menu)
            toggle.setCheckable(True)
            toggle.setChecked(not self._table.isColumnHidden(column))
            toggle.toggled.connect(lambda on, c=column: self._table.setColumnHidden(c, not on))
            toggles.append(toggle)
        header = self._table.horizontalHeader()
        self._popup(menu, "transaction-columns-menu", toggles, header.mapToGlobal(pos), False)

    @staticmethod
    def _popup(
        menu: QMenu, name: str, actions: list[QAction], at: QPoint, from_keyboard: bool
    ) -> None:
        menu.setObjectName(name)
        menu.addActions(actions)
        show_menu(menu, at, from_keyboard=from_keyboard)

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self._table.selectionModel().selectedRows()})

    def ask_note(self) -> None:
        """The note of the selected rows."""
        if rows := self._selected_rows():
            model = self._model
            ask_note(self._ctx, self._actions, [model.transaction_id(r) for r in rows],
                     [model.note(r) for r in rows])  # fmt: skip

    def ask_tags(self) -> None:
        """The tags the selected rows share."""
        if rows := self._selected_rows():
            model = self._model
            ask_tags(self._ctx, self._actions, [model.transaction_id(r) for r in rows],
                     [model.tags_text(r) for r in rows])  # fmt: skip

    def ask_split(self) -> None:
        """The split editor on the current row (the first selected one)."""
        if rows := self._selected_rows():
            self._open_split(rows[0])

    def _double_clicked(self, index: QModelIndex) -> None:
        """A split line's category cell opens its parts (other cells edit in place)."""
        if index.column() == COL_CATEGORY and self._model.split_parts(index.row()):
            self._open_split(index.row())

    def _open_split(self, row: int) -> None:
        model = self._model
        amount, currency = model.amount(row)
        line = SplitLine(model.transaction_id(row), model.payee_name(row), amount, currency,
                         model.category_path(row), model.split_parts(row))  # fmt: skip
        open_split_editor(self._actions.page, self._ctx, line, self._category_choices())

    def ask_rename(self) -> None:
        """Rename the payee of the current row (the first selected one)."""
        rows = self._selected_rows()
        if not rows:
            return
        model = self._model
        ask_rename_payee(self._ctx, self._actions, model.merchant(rows[0]),
                         model.payee_name(rows[0]))  # fmt: skip
