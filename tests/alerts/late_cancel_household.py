"""A Toronto household's TD chequing account, March to November 2026, as TD's "account
activity" download writes it (no header: date, description, debit, credit, balance).

The GoodLife gym (64.99 on the 3rd) was cancelled on 15 August but kept charging on 3 September,
3 October and 3 November; the user marks it cancelled only on 2 December, her statements
ending on 27 November. Rent (2,150.00 on the 1st) is a bill; groceries at Loblaws and T&T.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.subscriptions import stored_subscriptions
from finapp.store.engine import Store

TODAY = date(2026, 12, 2)
CANCELLED = date(2026, 8, 15)
STATEMENTS_END = date(2026, 11, 27)
GYM = "GOODLIFE FITNESS MSP"


def _lines() -> list[tuple[date, str, Decimal]]:
    out: list[tuple[date, str, Decimal]] = []
    # fmt: off
    for month in range(3, 12):
        out += [
            (date(2026, month, 1), "PREAUTH PYMT     MAPLE PROP MGMT", Decimal("-2150.00")),
            (date(2026, month, 3), GYM, Decimal("-64.99")),
            (date(2026, month, 5 + month % 4 * 3), "LOBLAWS #1012    TORONTO ON",
             Decimal(f"-{84 + month * 7}.37")),
            (date(2026, month, 14), "UHN PAYROLL      PAY", Decimal("2791.12")),
            (date(2026, month, 18 + month % 3 * 2), "T&T SUPERMARKET #020 TORONTO ON",
             Decimal(f"-{51 + month * 5}.80")),
            (date(2026, month, 27), "UHN PAYROLL      PAY", Decimal("2791.12")),
        ]
    # fmt: on
    return [line for line in out if line[0] <= STATEMENTS_END]


def td_csv() -> str:
    balance = Decimal("3120.55")
    rows = []
    for day, text, amount in _lines():
        balance += amount
        debit, credit = (f"{-amount:.2f}", "") if amount < 0 else ("", f"{amount:.2f}")
        rows.append(f"{day:%m/%d/%Y},{text},{debit},{credit},{balance:.2f}")
    return "\n".join(rows) + "\n"


def import_household(store: Store, folder: Path) -> None:
    path = folder / "accountactivity_td_2026-03_2026-11.csv"
    path.write_text(td_csv())
    result = import_files(store, [path])
    assert not result.failed, result.failed


def stream_name(store: Store, word: str) -> str:
    """The name finapp gives the stream whose name holds ``word`` ("goodlife", "maple"): how
    a statement's descriptor is cleaned into a payee's name is not what these tests are about."""
    (name,) = {v.name for v in stored_subscriptions(store) if word in v.name.lower()}
    return name
