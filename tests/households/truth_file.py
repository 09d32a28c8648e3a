"""The truth file written beside a generated household's statements, and read back by its
tests: each month's income and spending first, then the household's own sections (its
subscriptions and bills, the transfers that must pair, its balances), tab-separated so that a
person can open it beside the exports and check finapp's figures by hand."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Protocol

#: the fourteen months every generated household lives, October 2025 to November 2026
MONTHS = [(2025, 10), (2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 12)]
#: a section of the file after the months: its header, then its rows
Section = tuple[Sequence[object], Iterable[Sequence[object]]]


class TrueLine(Protocol):
    """A money movement as it is true: its day, its amount (negative: money out) and its kind,
    "income", "spend", "refund" (money back, which lowers spending) or "transfer" (neither)."""

    @property
    def day(self) -> date: ...
    @property
    def amount(self) -> Decimal: ...
    @property
    def kind(self) -> str: ...


def month_totals(lines: Iterable[TrueLine]) -> dict[str, tuple[Decimal, Decimal]]:
    """Each month's income and spending (YYYY-MM: income, spent), as the truth says."""
    totals = {f"{y}-{m:02d}": (Decimal(0), Decimal(0)) for y, m in MONTHS}
    for line in lines:
        month = f"{line.day:%Y-%m}"
        if month not in totals or line.kind == "transfer":
            continue
        income, spent = totals[month]
        if line.kind == "income":
            totals[month] = (income + line.amount, spent)
        else:
            totals[month] = (income, spent - line.amount)
    return totals


def write_truth(path: Path, lines: Iterable[TrueLine], sections: Sequence[Section]) -> Path:
    """Write the months' totals of ``lines``, then each of ``sections``, a blank row apart."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["month", "income", "spending"])
    for month, (income, spent) in month_totals(lines).items():
        writer.writerow([month, f"{income:.2f}", f"{spent:.2f}"])
    for header, rows in sections:
        writer.writerow([])
        writer.writerow(header)
        writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def write_streams_truth(
    path: Path,
    lines: Iterable[TrueLine],
    subscriptions: Iterable[Sequence[object]],
    transfers: Iterable[Sequence[object]],
) -> Path:
    """The truth of a household judged by its months, its subscriptions and bills (name,
    cadence, amount, next charge) and the moves of its own money that must pair (from, to,
    amount, when)."""
    return write_truth(
        path,
        lines,
        [
            (["subscription", "cadence", "amount", "next"], subscriptions),
            (["transfer from", "to", "amount", "when"], transfers),
        ],
    )


def read_months(path: Path) -> dict[str, tuple[Decimal, Decimal]]:
    """Each month's income and spending as the truth file at ``path`` says."""
    with path.open(encoding="utf-8") as truth:
        rows = iter(csv.reader(truth, delimiter="\t"))
        next(rows)  # month, income, spending
        months = {}
        for row in rows:
            if not row:  # the household's own sections follow
                break
            months[row[0]] = (Decimal(row[1]), Decimal(row[2]))
    return months
