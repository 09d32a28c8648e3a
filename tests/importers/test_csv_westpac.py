"""Westpac's download: the account's number on every row (one download can hold several
accounts), money out and in apart, days first. Its dollars are Australian; the file never
says so, and it had been read as a checking account in US dollars."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.importers.csv import read_csv

FILE = Path(__file__).parent / "bank_exports" / "westpac_2026_11.csv"


def test_westpacs_download_is_in_australian_dollars_an_account_per_number() -> None:
    parsed = read_csv(FILE.name, FILE.read_bytes())
    by_account = {
        s.account.number: (
            s.account.currency,
            [(t.posted.isoformat(), t.amount) for t in s.transactions],
            [b.amount for b in s.balances],
        )
        for s in parsed.statements
    }
    assert {s.account.institution for s in parsed.statements} == {"Westpac"}
    assert sorted(by_account) == ["032000123456", "032000987654"]
    assert by_account["032000123456"] == (
        "AUD",
        [
            ("2026-11-03", Decimal("-86.35")),
            ("2026-11-05", Decimal("3850.00")),
            ("2026-11-06", Decimal("-500.00")),
            ("2026-11-09", Decimal("-18.99")),
        ],
        [Decimal("5744.66")],
    )
    assert by_account["032000987654"] == (
        "AUD",
        [("2026-11-06", Decimal("500.00")), ("2026-11-30", Decimal("41.10"))],
        [Decimal("12541.10")],
    )
