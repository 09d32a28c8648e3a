"""A household's statements to annotate: two months of a US checking account (salary, rent,
coffees, Spotify, utilities) and a holiday in Paris paid from a euro account."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import TransactionView, list_transactions
from finapp.store.engine import Store
from tests.importers.ofxgen import Line, statement_ofx
from tests.reconciliation.test_reconcile_service import _statement

PARIS = [
    Line(date(2026, 2, 12), "-184.00", "HOTEL LE MARAIS PARIS", fitid="EU01"),
    Line(date(2026, 2, 13), "-23.50", "CAFE DE FLORE PARIS", fitid="EU02"),
    Line(date(2026, 2, 14), "-61.20", "SNCF VOYAGEURS", fitid="EU03"),
    Line(date(2026, 2, 20), "40.00", "REMBOURSEMENT SNCF", fitid="EU04"),
]


def euro_statement(folder: Path) -> Path:
    """The euro account's February statement."""
    text = statement_ofx(PARIS, account="FR7630006000011234567890189")
    path = folder / "compte-2026-02.ofx"
    path.write_text(text.replace("<CURDEF>USD", "<CURDEF>EUR"), encoding="ascii")
    return path


def household(store: Store, folder: Path) -> dict[str, list[TransactionView]]:
    """January and February on the checking account and the Paris week, imported the real
    way; the lines by payee (the first words of it), oldest first."""
    result = import_files(
        store, [_statement(folder, 1), _statement(folder, 2), euro_statement(folder)]
    )
    assert not result.failed
    return lines_by_payee(store)


def lines_by_payee(store: Store) -> dict[str, list[TransactionView]]:
    """The store's lines by payee, oldest first."""
    lines: dict[str, list[TransactionView]] = {}
    for line in list_transactions(store):
        lines.setdefault(line.payee, []).append(line)
    return lines
