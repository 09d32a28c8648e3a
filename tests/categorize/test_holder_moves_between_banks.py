"""Money a person sends to themselves at another bank is neither spending nor income.

``two_uk_banks/`` holds three months of one person's Starling current account and Monzo, as
the two apps export them. Every Saturday Alex Smith sends £100 from Starling to Monzo by faster
payment: Starling prints ``ALEX SMITH`` (the account at Monzo is in their own name) with the
reference ``MONZO``, and Monzo prints the money as received from ``ALEX SMITH``. No word says
"transfer" on either side, and both are current accounts; the same name on both sides does.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

HERE = Path(__file__).parent / "two_uk_banks"
STARLING = HERE / "StarlingStatement_2024-08-01_2024-10-31.csv"
MONZO = HERE / "MonzoDataExport_01-08-2024_31-10-2024.csv"


def test_a_weekly_top_up_of_ones_own_monzo_is_a_transfer(store: Store) -> None:
    import_files(store, [STARLING, MONZO])

    moves = [t for t in list_transactions(store) if t.payee.upper() == "ALEX SMITH"]
    assert len(moves) == 26 and all(t.is_transfer for t in moves)  # 13 Saturdays, both sides
    (september,) = month_report(store, date(2024, 9, 1)).totals
    wages = sum(
        (t.amount for t in list_transactions(store) if "ACME" in t.payee and t.date.month == 9),
        Decimal(0),
    )
    assert september.income == wages  # the wages alone, not the £100s arriving at Monzo
    # no weekly "subscription" of £100 and no weekly "income" of the same money
    kinds = {v.kind for v in subs.list_subscriptions(store) if v.name == "Alex Smith"}
    assert kinds <= {"transfer"}


def test_a_friend_paying_back_is_still_income(store: Store, tmp_path: Path) -> None:
    """Sent to Jamie from one bank, and Jamie paying the same back into the other: two
    people's money (the names differ), not a move of one's own."""
    text = MONZO.read_text("utf-8")
    own = "Faster payment,ALEX SMITH,,Transfers,100.00,GBP,100.00,GBP,,,,MONZO,,,100.00"
    assert text.count(own) == 13
    monzo = tmp_path / MONZO.name
    monzo.write_text(
        text.replace(own, own.replace("ALEX SMITH", "JAMIE REID").replace("MONZO", "PUB"), 1)
    )

    import_files(store, [STARLING, monzo])

    (jamie,) = [t for t in list_transactions(store) if t.payee == "JAMIE REID"]
    assert not jamie.is_transfer
