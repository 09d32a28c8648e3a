"""A household that moved banks in June: its old checking account's statements for January to
June, its new one's from mid-June to November, as each bank's OFX download gives them.

The old bank kept a few dollars after the balance was moved across (its check for them comes
by post), so its last statement ends at $12.37, below the $500 the household watches for; the
gym it paid from the old account was cancelled in the move. Pay, rent, power and groceries
move to the new account; payees are printed as banks print them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.cadence import month_date
from tests.importers.ofxgen import Line, statement_ofx

OLD_ACCOUNT, NEW_ACCOUNT = "7712045563", "3300918274"
#: the day the old account's last statement ends, and its balance then
OLD_ENDS, OLD_LAST_BALANCE = date(2026, 6, 30), Decimal("12.37")
NEW_ENDS = date(2026, 11, 30)
GYM = "PLANET FITNESS CLUB FEES 844-880-7180 NH"
SHOPS = (
    "SAFEWAY #1445 BELLEVUE WA",
    "QFC #5823 KIRKLAND WA",
    "CHEVRON 0201655 KIRKLAND WA",
    "WALGREENS #04021 REDMOND WA",
)


@dataclass(frozen=True)
class MovedBanks:
    old: Path
    new: Path


def _month(month: date, rnd: random.Random, *, pay: bool = True) -> list[Line]:
    lines = []
    if pay:
        for day in (1, 15):
            lines.append(Line(month.replace(day=day), "2140.00", "ACME CORP PAYROLL PPD ID: 98765"))
    lines.append(Line(month.replace(day=2), "-1650.00", "OAKWOOD PROPERTY MGT WEB PMTS"))
    bill = Decimal(rnd.randint(7_000, 13_000)) / 100
    lines.append(Line(month.replace(day=5), f"-{bill}", "PUGET SOUND ENERGY BILLPAY PPD"))
    for _ in range(8):
        cents = rnd.randint(900, 16_000)
        bought = month.replace(day=rnd.randint(1, 28))
        lines.append(Line(bought, f"-{Decimal(cents) / 100}", rnd.choice(SHOPS)))
    return lines


def _with_ids(lines: list[Line], prefix: str) -> tuple[Line, ...]:
    lines.sort(key=lambda line: line.posted)
    return tuple(
        Line(line.posted, line.amount, line.payee, f"{prefix}{n:05d}")
        for n, line in enumerate(lines)
    )


def _ledger(lines: tuple[Line, ...], opening: Decimal) -> str:
    return str(opening + sum(Decimal(line.amount) for line in lines))


def write_moved_banks(folder: Path) -> MovedBanks:
    """Both accounts' statements in ``folder``."""
    rnd = random.Random(2026)
    old: list[Line] = []
    for i in range(6):
        month = month_date(date(2026, 1, 1), i, 1)
        old += [line for line in _month(month, rnd, pay=i < 5) if line.posted < date(2026, 6, 26)]
        old.append(Line(month.replace(day=17), "-24.99", GYM))
    old.append(Line(date(2026, 6, 1), "2140.00", "ACME CORP PAYROLL PPD ID: 98765"))
    opening = Decimal("3000.00")
    moved = opening + sum(Decimal(line.amount) for line in old) - OLD_LAST_BALANCE
    old.append(Line(date(2026, 6, 26), f"-{moved}", "ONLINE TRANSFER TO ALLY BANK XXXXXX8274"))
    old_lines = _with_ids(old, "FN2606")
    new: list[Line] = [
        Line(date(2026, 6, 15), "2140.00", "ACME CORP PAYROLL PPD ID: 98765"),
        Line(date(2026, 6, 26), str(moved), "ONLINE TRANSFER FROM FIRST NATL XXXXXX5563"),
    ]
    for i in range(5):
        new += _month(month_date(date(2026, 7, 1), i, 1), rnd)
    new = [line for line in new if line.posted <= NEW_ENDS]
    new_lines = _with_ids(new, "AL2611")
    old_path, new_path = folder / "FirstNational_5563.qfx", folder / "Ally_8274.qfx"
    old_ledger = (_ledger(old_lines, opening), OLD_ENDS)
    assert Decimal(old_ledger[0]) == OLD_LAST_BALANCE
    old_path.write_text(statement_ofx(old_lines, account=OLD_ACCOUNT, ledger=old_ledger))
    new_ledger = (_ledger(new_lines, Decimal(0)), NEW_ENDS)
    new_path.write_text(statement_ofx(new_lines, account=NEW_ACCOUNT, ledger=new_ledger))
    return MovedBanks(old_path, new_path)
