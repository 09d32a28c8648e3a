"""The Accounts page's table: each account's bank, number, balance, threshold, statements and
books, one row an account; a closed account's row is greyed, its balance "Closed"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from finapp.core.bank_names import shown_bank
from finapp.gui.account_names import shown_account_name
from finapp.gui.account_types import account_type_name
from finapp.gui.books_words import short_state, state_sentence
from finapp.gui.i18n import language_in_use
from finapp.gui.list_words import joined
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.rows_model import AnyIndex, Column, RowsModel
from finapp.services.accounts import AccountView, list_accounts
from finapp.services.reconciliation import AccountBooks, account_books
from finapp.store.engine import Store
from finapp.tr_marks import QT_TRANSLATE_NOOP

#: the Balance column of an account closed: it holds nothing
CLOSED = QT_TRANSLATE_NOOP("AccountsModel", "Closed")


@dataclass(frozen=True, slots=True)
class AccountRow:
    account: AccountView
    balance: Decimal | None
    as_of: date | None
    books: AccountBooks


def load_accounts(store: Store) -> list[AccountRow]:
    """Accounts with their coverage, the latest balance finapp knows and their books checked
    against their statements."""
    books = account_books(store)
    return [AccountRow(a, a.balance, a.balance_date, books[a.name]) for a in list_accounts(store)]


def local_day(moment: datetime | None) -> date | None:
    """The user's calendar day of a time the store keeps in UTC (an import's)."""
    return None if moment is None else moment.replace(tzinfo=UTC).astimezone().date()


def span_text(start: date | None, end: date | None) -> str:
    """``1/2/26 – 10/31/26`` in the user's locale; empty without days."""
    if start is None or end is None:
        return ""
    return f"{format_date(start)} – {format_date(end)}"


def gaps_text(account: AccountView) -> str:
    return joined(span_text(start, end) for start, end in account.gaps)


def _money(amount: Decimal | None, currency: str) -> str:
    return "" if amount is None else format_money(amount, currency)


def _balance(row: AccountRow) -> str:
    if row.account.closed_on is not None:
        return QCoreApplication.translate("AccountsModel", CLOSED)
    return _money(row.balance, row.account.currency)


def _masked(number: str) -> str:
    """Only the last four digits: enough to recognise a card, not to misuse it."""
    return f"…{number[-4:]}" if number else ""


def gaps_text_of_row(row: AccountRow) -> str:
    return gaps_text(row.account)


def _bank(institution: str) -> str:
    """The bank as the interface's language knows it (支付宝, not Alipay, in Chinese)."""
    return shown_bank(institution, language_in_use())


class AccountsModel(RowsModel[AccountRow]):
    CONTEXT = "AccountsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Account"),
               lambda r: shown_account_name(r.account.name),
               lambda r: shown_account_name(r.account.name).casefold(),
               tooltip=lambda r: r.account.name),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Bank"), lambda r: _bank(r.account.institution),
               lambda r: _bank(r.account.institution).casefold(),
               header_tip=QT_TRANSLATE_NOOP("AccountsModel",
                                            "The bank or payment service that holds it")),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "No."), lambda r: _masked(r.account.number),
               lambda r: r.account.number[-4:],
               header_tip=QT_TRANSLATE_NOOP("AccountsModel",
                                            "The account or card number's last four digits")),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Type"),
               lambda r: account_type_name(r.account.type), lambda r: r.account.type),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Balance"),
               _balance, lambda r: r.balance,
               right_aligned=True),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "As of"), lambda r: format_date(r.as_of),
               lambda r: r.as_of),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Alert"),
               lambda r: _money(r.account.low_balance, r.account.currency),
               lambda r: r.account.low_balance, right_aligned=True,
               header_tip=QT_TRANSLATE_NOOP("AccountsModel",
                                            "Warn when the balance falls below this")),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Covered"),
               lambda r: span_text(r.account.covered_from, r.account.covered_until),
               lambda r: r.account.covered_until,
               header_tip=QT_TRANSLATE_NOOP("AccountsModel",
                                            "The days your imported statements cover")),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Gaps"), gaps_text_of_row,
               lambda r: len(r.account.gaps),
               header_tip=QT_TRANSLATE_NOOP("AccountsModel",
                                            "Days no imported statement covers")),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Books"), lambda r: short_state(r.books),
               lambda r: r.books.state.value, tooltip=lambda r: state_sentence(r.books),
               header_tip=QT_TRANSLATE_NOOP(
                   "AccountsModel",
                   "Whether the transactions add up to the balances the statements state")),
    )  # fmt: skip

    def emphasised(self, row: AccountRow) -> bool:
        low = row.account.low_balance
        closed = row.account.closed_on is not None
        return low is not None and row.balance is not None and row.balance < low and not closed

    def _sorted(self, rows: list[AccountRow], column: int, order: Qt.SortOrder) -> list[AccountRow]:
        """In the column's order, the closed accounts after the open ones: ten years of
        statements hold accounts long gone, and the ones in use come first."""
        ordered = super()._sorted(rows, column, order)
        return sorted(ordered, key=lambda row: row.account.closed_on is not None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A closed account's row in the palette's greyed text."""
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self.row(index.row()).account.closed_on is not None
        ):
            palette = QGuiApplication.palette()
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return super().data(index, role)


#: the Books column: how the transactions stand against the statements
COL_BOOKS = len(AccountsModel.COLUMNS) - 1
