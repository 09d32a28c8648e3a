"""Reconciliation over a real store: monthly statements imported the real way, a month left out,
a line lost, and the books accepted up to a day."""

from __future__ import annotations

import calendar
import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from finapp.errors import InvalidInputError
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.reconciliation import (
    BooksState,
    account_books,
    books_of,
    clear_reconciled,
    mark_reconciled,
)
from finapp.store.schema import Transaction
from tests.conftest import PASSPHRASE
from tests.importers.ofxgen import Line, statement_ofx
from tests.old_schemas import undo_schema_7, upgraded

OPENING = Decimal("2412.37")
#: (day, amount, payee) each month: salary, rent, two identical coffees on one day, a card
MONTH = [
    (1, "3150.00", "ACME CORP PAYROLL PPD ID: 9001"),
    (2, "-1450.00", "OAKWOOD APTS RENT WEB PMT"),
    (9, "-6.75", "SQ *BLUE BOTTLE COFFEE"),
    (9, "-6.75", "SQ *BLUE BOTTLE COFFEE"),
    (14, "-10.99", "SPOTIFY P1A2B3C4D5 STOCKHOLM SE"),
    (21, "-84.20", "CITY OF AUSTIN UTILITIES"),
    (27, "-612.40", "CHASE CREDIT CRD AUTOPAY"),
]


def _lines(month: int) -> list[Line]:
    return [
        Line(date(2026, month, day), amount, payee, fitid=f"2026{month:02}{n:02}")
        for n, (day, amount, payee) in enumerate(MONTH)
    ]


def _closing(month: int) -> Decimal:
    return OPENING + month * sum(Decimal(amount) for _, amount, _ in MONTH)


def _statement(folder: Path, month: int, *, stated_on: date | None = None) -> Path:
    """The month's statement as a bank writes it: its own first and last day, the ledger
    balance at its end (or at the day it was downloaded, when ``stated_on`` says so)."""
    last = date(2026, month, calendar.monthrange(2026, month)[1])
    lines = _lines(month)
    closing = _closing(month)
    if stated_on is not None:
        closing += sum(Decimal(a) for d, a, _ in MONTH if d <= stated_on.day) if (
            stated_on.month == month + 1) else 0  # fmt: skip
    text = statement_ofx(lines, ledger=(str(closing), stated_on or last))
    text = text.replace(
        f"<DTSTART>{min(x.posted for x in lines):%Y%m%d}", f"<DTSTART>{date(2026, month, 1):%Y%m%d}"
    )
    text = text.replace(f"<DTEND>{max(x.posted for x in lines):%Y%m%d}", f"<DTEND>{last:%Y%m%d}")
    path = folder / f"stmt-2026-{month:02}.ofx"
    path.write_text(text, encoding="ascii")
    return path


def _import(store, tmp_path: Path, *months: int) -> None:  # type: ignore[no-untyped-def]
    result = import_files(store, [_statement(tmp_path, m) for m in months])
    assert not result.failed


def _only(store):  # type: ignore[no-untyped-def]
    [books] = account_books(store).values()
    return books


def test_statements_that_follow_on_agree(store, tmp_path: Path) -> None:
    _import(store, tmp_path, 1, 2, 3, 4)
    books = _only(store)
    assert books.state is BooksState.AGREE
    assert (books.checked, books.checked_from, books.checked_through) == (
        4,
        date(2026, 1, 31),
        date(2026, 4, 30),
    )


def test_a_missing_month_is_flagged_with_its_days_and_clears_when_imported(
    store, tmp_path: Path
) -> None:
    _import(store, tmp_path, 1, 2, 4)
    books = _only(store)
    assert books.state is BooksState.DIFFER
    [gap] = books.gaps
    assert (gap.start, gap.end) == (date(2026, 3, 1), date(2026, 4, 30))
    month = sum(Decimal(amount) for _, amount, _ in MONTH)
    assert (gap.stated_change, gap.books_change, gap.difference) == (2 * month, month, month)
    assert gap.uncovered == ((date(2026, 3, 1), date(2026, 3, 31)),)

    _import(store, tmp_path, 3)
    assert _only(store).state is BooksState.AGREE


def test_a_line_deleted_by_hand_is_flagged_in_its_month(store, tmp_path: Path) -> None:
    _import(store, tmp_path, 1, 2, 3)
    with store.write() as session:
        coffee = session.scalars(select(Transaction.id).where(
            Transaction.posted == date(2026, 2, 9))).first()  # fmt: skip
        session.execute(delete(Transaction).where(Transaction.id == coffee))
    [gap] = _only(store).gaps
    assert (gap.start, gap.end, gap.difference) == (date(2026, 2, 1), date(2026, 2, 28),
                                                    Decimal("-6.75"))  # fmt: skip
    assert gap.uncovered == ()


def test_a_balance_stated_on_the_download_day_is_not_a_false_alarm(store, tmp_path: Path) -> None:
    paths = [_statement(tmp_path, 1), _statement(tmp_path, 2, stated_on=date(2026, 3, 4))]
    assert not import_files(store, paths).failed
    books = _only(store)
    assert books.state is BooksState.UNCHECKED and books.checked == 1  # 4 March: no statement yet
    _import(store, tmp_path, 3)
    books = _only(store)
    assert books.state is BooksState.AGREE and books.checked == 3  # 4 March checked now


def test_accepting_the_books_up_to_a_day(store, tmp_path: Path) -> None:
    _import(store, tmp_path, 1, 2, 4)
    with pytest.raises(InvalidInputError, match="differ from its statements in 1 period"):
        mark_reconciled(store, "Checking …3456", date(2026, 4, 30))
    with pytest.raises(InvalidInputError, match="import them up to 2026-05-31"):
        mark_reconciled(store, "Checking …3456", date(2026, 5, 31), accept=True)
    assert _only(store).reconciled_through is None  # refused: nothing written

    books = mark_reconciled(store, "Checking …3456", date(2026, 4, 30), accept=True)
    assert books.state is BooksState.AGREE and books.reconciled_through == date(2026, 4, 30)

    with store.write() as session:  # a line in the accepted months goes
        session.execute(delete(Transaction).where(Transaction.posted == date(2026, 2, 21)))
    books = books_of(store, "Checking …3456")
    assert books.state is BooksState.CHANGED
    assert (books.changed_by, books.changed_lines) == (Decimal("84.20"), -1)

    _import(store, tmp_path, 3, 2)  # the missing month, and February again: its line is back
    books = books_of(store, "Checking …3456")
    assert books.state is BooksState.AGREE and books.reconciled_through == date(2026, 4, 30)
    assert books.changed_by is None  # the statements vouch for every accepted day now

    books = clear_reconciled(store, "Checking …3456")
    assert books.reconciled_through is None and books.state is BooksState.AGREE


def test_a_store_from_before_reconciliation_opens_with_its_books_checked(
    store, tmp_path: Path
) -> None:
    _import(store, tmp_path, 1, 2)
    with upgraded(store, undo_schema_7, PASSPHRASE) as reopened:
        books = _only(reopened)
        assert books.state is BooksState.AGREE and books.reconciled_through is None
        books = mark_reconciled(reopened, "Checking …3456", date(2026, 2, 28))
        assert books.reconciled_through == date(2026, 2, 28)


def test_the_day_the_books_were_accepted_is_exported(store, tmp_path: Path) -> None:
    _import(store, tmp_path, 1, 2)
    mark_reconciled(store, "Checking …3456", date(2026, 2, 28))
    export_all(store, tmp_path / "export")
    with (tmp_path / "export" / "accounts.csv").open(encoding="utf-8-sig") as fh:
        [row] = csv.DictReader(fh)
    assert row["reconciled_through"] == "2026-02-28"
