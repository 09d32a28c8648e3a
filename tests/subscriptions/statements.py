"""Generated statements written as files finapp imports, and charges for the pure detector."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.core.merchant import merchant_key
from finapp.core.money import to_minor
from finapp.core.recurrence import Charge
from finapp.importers.base import ParsedStatement

HEADER = [
    "finapp_transaction_id",
    "date",
    "amount",
    "currency",
    "payee",
    "memo",
    "account",
    "account_number",
    "institution",
    "account_type",
    "fitid",
]


def write_export(path: Path, statements: Iterable[ParsedStatement]) -> Path:
    """The statements as a finapp ``transactions.csv`` export, which imports account by account."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        n = 0
        for statement in statements:
            acct = statement.account
            for txn in statement.transactions:
                n += 1
                writer.writerow(
                    [
                        n,
                        txn.posted.isoformat(),
                        str(txn.amount),
                        acct.currency,
                        txn.payee,
                        txn.memo,
                        acct.name,
                        acct.number,
                        acct.institution,
                        acct.type,
                        txn.fitid or "",
                    ]
                )
    return path


class Ledger:
    """Charges for the pure detector, written the way a statement reads."""

    def __init__(self, account: int = 1) -> None:
        self.account = account
        self.charges: list[Charge] = []

    def add(self, posted: date, amount: str, payee: str, memo: str = "") -> Charge:
        charge = Charge(
            id=len(self.charges) + 1,
            account=self.account,
            posted=posted,
            amount_minor=to_minor(Decimal(amount), "USD"),
            merchant=merchant_key(payee, memo),
            text=f"{payee} {memo}",
        )
        self.charges.append(charge)
        return charge

    def every(self, first: date, days: int, count: int, amount: str, payee: str) -> None:
        for i in range(count):
            self.add(first + timedelta(days=days * i), amount, payee)
