"""Money a Manchester couple moves from their joint Nationwide account to Sarah's Starling account
is theirs: Nationwide prints the payee and the bank paid into ("S HUGHES STARLING"), Starling
the payer alone ("S HUGHES"). Told apart by that one word, the 400.00 a month was spent from
one account and earned in the other (October's income 5,798.57 instead of 5,398.57), and a
4,800-a-year "subscription". A friend's 400.00 the same day under another name stays income.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.uk_statements import nationwide_csv

_MONTHS = [(2025, 11), (2025, 12), *((2026, m) for m in range(1, 11))]


def _nationwide(folder: Path) -> Path:
    return nationwide_csv(
        folder,
        [
            (date(year, month, day), kind, what, amount)
            for year, month in _MONTHS
            for day, kind, what, amount in (
                (25, "Bank credit", "ACME LOGISTICS LTD SALARY", "2850.00"),
                (28, "Transfer to", "S HUGHES STARLING", "-400.00"),
            )
        ],
    )


def _starling(folder: Path) -> Path:
    balance, rows = Decimal("200.00"), []
    for year, month in _MONTHS:
        lines = [(28, "S HUGHES", "STARLING", "FASTER PAYMENT", "400.00", "TRANSFERS")]
        lines.append((12, "Sainsbury's", "SAINSBURYS S/MKT MANCHESTER GBR", "CONTACTLESS",
                      f"-{40 + month}.59", "GROCERIES"))  # fmt: skip
        if (year, month) == (2026, 6):  # a friend pays back the concert tickets
            lines.append((28, "P KOWALSKI", "GIG TICKETS", "FASTER PAYMENT", "400.00", "INCOME"))
        for day, party, reference, kind, amount, spent_on in sorted(lines):
            balance += Decimal(amount)
            rows.append(f"{date(year, month, day):%d/%m/%Y},{party},{reference},{kind},{amount},"
                        f"{balance},{spent_on},")  # fmt: skip
    head = "Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes"
    path = folder / "StarlingStatement_2025-11-01_2026-10-31.csv"
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    return path


def test_the_couples_400_a_month_is_their_own_transfer(store: Store, tmp_path: Path) -> None:
    assert not import_files(store, [_nationwide(tmp_path), _starling(tmp_path)]).failed
    moved = {(t.payee, t.is_transfer) for t in list_transactions(store) if abs(t.amount) == 400}
    assert moved == {("S HUGHES STARLING", True), ("S HUGHES", True), ("P KOWALSKI", False)}
    pairs = [t for t in list_transactions(store) if t.is_transfer]
    assert len(pairs) == 2 * len(_MONTHS)
