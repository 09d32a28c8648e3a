"""Savings-account statements for the savings-goal tests, imported as a bank's download gives
them: the lines of a date range and the ledger balance stated at its end.

The month-end balances are worked out here by adding the lines to the opening balance, the way
a reader of the paper statements would, independently of how finapp carries balances.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from finapp.importers.base import (
    Balance,
    ParsedAccount,
    ParsedFile,
    ParsedStatement,
    ParsedTransaction,
)
from finapp.services.imports import import_parsed
from finapp.store.engine import Store


@dataclass(frozen=True, slots=True)
class Line:
    posted: date
    amount: str
    payee: str
    memo: str = ""


def monthly(first: date, count: int, amount: str, payee: str, memo: str = "") -> list[Line]:
    """The same standing transfer on the same day of ``count`` months from ``first``."""
    out = []
    for n in range(count):
        index = first.month - 1 + n
        out.append(
            Line(
                first.replace(year=first.year + index // 12, month=index % 12 + 1),
                amount,
                payee,
                memo,
            )
        )
    return out


def download(
    store: Store,
    account: ParsedAccount,
    opening: Decimal,
    lines: Sequence[Line],
    start: date,
    end: date,
) -> dict[date, Decimal]:
    """Import the account's lines from ``start`` to ``end`` stating the balance at ``end``;
    returns the balance at the end of each day a line was posted and of ``end``."""
    inside = sorted(
        (line for line in lines if start <= line.posted <= end), key=lambda line: line.posted
    )
    running, balance = {}, opening
    for line in inside:
        balance += Decimal(line.amount)
        running[line.posted] = balance
    running[end] = balance
    transactions = tuple(
        ParsedTransaction(
            line.posted,
            Decimal(line.amount),
            line.payee,
            memo=line.memo,
            fitid=f"{account.number[-4:]}{line.posted:%Y%m%d}{n:03d}",
        )
        for n, line in enumerate(inside)
    )
    statement = ParsedStatement(
        account, transactions, (Balance("ledger", balance, end),), start=start, end=end
    )
    import_parsed(store, ParsedFile(f"{account.name}-{end:%Y%m%d}.ofx", "ofx", (statement,)))
    return running


def balance_at(running: dict[date, Decimal], opening: Decimal, day: date) -> Decimal:
    """The balance at the end of ``day`` from :func:`download`'s running balances."""
    before = [posted for posted in running if posted <= day]
    return running[max(before)] if before else opening


def month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
