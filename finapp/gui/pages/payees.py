"""Payees: every merchant by the name shown, its usual category, its number of lines and what
went out to it and came in from it.

The place to fix payees in one go: the search box narrows the list (by name, the statement's
words or the category), Rename… gives a payee the user's own name everywhere (the same dialog
as the transactions page's), Merge into… makes two payees one, and a double-click or Enter
shows the payee's lines on the Transactions page. Money in several currencies is shown per
currency, never added up. Card payments and transfers between the user's own accounts are no
payees: they are listed only when "Show transfers between your accounts" is ticked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.gui import bus
from finapp.gui.category_names import display_category
from finapp.gui.context import AppContext
from finapp.gui.find_key import escape_clears
from finapp.gui.models.formatting import format_money
from finapp.gui.models.rows_model import Column, RowsModel
from finapp.gui.name_words import shown_name
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.fitted_columns import NameColumn
from finapp.gui.pages.payee_rename import RENAMED, ask_rename_payee
from finapp.gui.pages.tables import make_table, page_shortcut, reload_rows
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.asking import ask_item
from finapp.gui.widgets.empty_state import EmptyStack
from finapp.services.payee_list import (
    PayeeSummary,
    PayeeTotal,
    list_payees,
    payee_transaction_ids,
)
from finapp.services.payee_merge import merge_payees
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill


def money_text(row: PayeeSummary, side: Callable[[PayeeTotal], Decimal]) -> str:
    """``-$80.00 · -€60.00``: one side of a payee's money, each currency on its own."""
    return " · ".join(format_money(side(t), t.currency) for t in row.totals if side(t))


def _spent(total: PayeeTotal) -> Decimal:
    return total.spent


def _received(total: PayeeTotal) -> Decimal:
    return total.received


def matches(row: PayeeSummary, words: str) -> bool:
    """Whether every word typed is in the payee's name, statement text or category."""
    text = " ".join(
        (shown_name(row.name), row.statement_text, row.merchant, display_category(row.category))
    ).casefold()
    return all(word in text for word in words.casefold().split())


class PayeesModel(RowsModel[PayeeSummary]):
    CONTEXT = "PayeesModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PayeesModel", "Payee"), lambda r: shown_name(r.name),
               lambda r: shown_name(r.name).casefold(),
               tooltip=lambda r: r.statement_text),
        Column(QT_TRANSLATE_NOOP("PayeesModel", "Category"),
               lambda r: display_category(r.category),
               lambda r: display_category(r.category).casefold(),
               header_tip=QT_TRANSLATE_NOOP("PayeesModel", "The category most of its lines have")),
        Column(QT_TRANSLATE_NOOP("PayeesModel", "Lines"),
               lambda r: QLocale().toString(r.transactions),  # "28,068" as the money reads
               lambda r: r.transactions, right_aligned=True,
               header_tip=QT_TRANSLATE_NOOP("PayeesModel", "Its number of transactions")),
        # sorted by the largest sum in any one currency: currencies are never added together
        Column(QT_TRANSLATE_NOOP("PayeesModel", "Spent"), lambda r: money_text(r, _spent),
               lambda r: min((t.spent for t in r.totals), default=Decimal(0)),
               right_aligned=True,
               header_tip=QT_TRANSLATE_NOOP("PayeesModel", "All you paid it, per currency")),
        Column(QT_TRANSLATE_NOOP("PayeesModel", "Received"), lambda r: money_text(r, _received),
               lambda r: max((t.received for t in r.totals), default=Decimal(0)),
               right_aligned=True,
               header_tip=QT_TRANSLATE_NOOP("PayeesModel",
                                            "All it paid you (refunds, salary), per currency")),
    )  # fmt: skip


@register_page
class PayeesPage(Page):
    NAME = "payees"
    TITLE = QT_TRANSLATE_NOOP("Page", "Payees")
    ICON = "payees"
    SORT_ORDER = 68
    SHORTCUT = "Ctrl+8"
    WATCHES = frozenset({bus.TRANSACTIONS, bus.CATEGORIES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._all: list[PayeeSummary] = []
        self.model = PayeesModel(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search payee, statement text or category"))
        self.search.setAccessibleName(self.tr("Search payees"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._show)
        # money moved between one's own accounts is no payee (as in Quicken or YNAB, where
        # transfers are apart): listed only when asked for
        self.transfers = QCheckBox(self.tr("Show transfers between your accounts"), self)
        self.transfers.setToolTip(
            self.tr("Card payments and transfers between your own accounts are not payees.")
        )
        self.transfers.toggled.connect(self._show)
        self.table = make_table(self, self.model, self.tr("Payees"), stretch=())
        self.name_column = NameColumn(self.table, fill_last=True)
        self.table.doubleClicked.connect(self._open)
        escape_clears(self.search, self.table)
        page_shortcut(
            self,
            "Return",
            lambda: self._open(self.table.currentIndex()),
            self.tr("Show the payee's transactions"),
        )
        page_shortcut(
            self, "F2", self.ask_rename, self.tr("Rename the payee")
        )  # rename, as in a file manager
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.setAccessibleName(self.tr("Rename the selected payee everywhere"))
        self.rename_button.clicked.connect(self.ask_rename)
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.merge_button.setAccessibleName(self.tr("Merge the selected payee into another"))
        self.merge_button.clicked.connect(self.ask_merge)
        self.show_button = QPushButton(self.tr("Show transactions"), self)
        self.show_button.setAccessibleName(self.tr("Show the selected payee's transactions"))
        self.show_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.show_button)
        self.stack = EmptyStack(self.table, self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.transfers)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.selection = SelectionActions(
            self, self.table, [self.rename_button, self.merge_button, self.show_button]
        )  # fmt: skip
        self.refresh()

    def search_field(self) -> QLineEdit:
        return self.search

    def refresh(self) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(lambda _p, _c: list_payees(store), self._loaded)

    def _loaded(self, rows: list[PayeeSummary]) -> None:
        self._all = rows
        self._show()
        if rows:
            self.stack.show_content()
        else:
            self.stack.show_empty(
                self.tr("No payees yet: each statement you import adds the payees of its lines."),
                self.tr("Import statements…"),
                self.ctx.bus.import_requested.emit,
            )

    def _show(self) -> None:
        """The payees the search box asks for (all of them when it is empty), transfers between
        the user's accounts only when the box asks for them."""
        words, transfers = self.search.text(), self.transfers.isChecked()
        rows = [
            row
            for row in self._all
            if (transfers or not row.own_transfer) and (not words.strip() or matches(row, words))
        ]
        reload_rows(self.table, self.model, rows, key=lambda row: row.merchant)

    def selected_row(self) -> PayeeSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def ask_rename(self) -> None:
        """Rename…: the user's own name for the selected payee, on every page."""
        row = self.selected_row()
        if row is not None:
            ask_rename_payee(self.ctx, self.selection, row.merchants, row.name)

    def ask_merge(self) -> None:
        """Merge into…: the selected payee becomes part of another one the user picks."""
        row = self.selected_row()
        if row is None:
            return
        choices = self._merge_choices(row)
        ask_item(
            self,
            self.tr("Merge payee"),
            fill(
                self.tr(
                    "Its transactions and what was learned from your categories move to the payee "
                    "chosen,\nwhich keeps its name.\n\nMerge “%1” into:"
                ),
                (shown_name(row.name),),
            ),
            list(choices),
            lambda chosen: self._merge(row.merchants, choices[chosen]),
            object_name="merge-payee",
        )

    def _merge_choices(self, row: PayeeSummary) -> dict[str, tuple[str, ...]]:
        """Every other payee by the text the list shows, its merchant keys behind it; a name
        several payees share says their statement's words too."""
        others = sorted(
            (other for other in self._all if other.merchant != row.merchant),
            key=lambda other: shown_name(other.name).casefold(),
        )
        counts = Counter(shown_name(other.name) for other in others)
        choices = {}
        for other in others:
            text = shown_name(other.name)
            if counts[text] > 1:
                text = fill(self.tr("%1 (%2)"), (text, other.statement_text))
            choices[text] = other.merchants
        return choices

    def _merge(self, source: tuple[str, ...], target: tuple[str, ...]) -> None:
        store = self.ctx.store
        self.selection.run(
            self.ctx.tasks,
            lambda _p, _c: merge_payees(store, source, target),
            lambda _merged: self.ctx.bus.data_changed.emit(RENAMED),
        )

    def _open(self, index: QModelIndex) -> None:
        """The payee's lines on the Transactions page."""
        if not index.isValid():
            return
        store, merchants = self.ctx.store, self.model.row(index.row()).merchants
        self.ctx.tasks.run(
            lambda _p, _c: payee_transaction_ids(store, merchants),
            lambda ids: self.ctx.bus.navigate.emit("transactions", {"transaction_ids": ids}),
        )
