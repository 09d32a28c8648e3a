"""The demo household's split lines: a supermarket receipt that bought groceries and things for
the home, so the Transactions page shows a split line, its editor has parts to open, and the
budgets and reports count a line by its parts.

(The demo household rents and has no loan, so there is no mortgage payment to divide into
principal and interest.)
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from finapp.services.splits import SplitPart, set_splits
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: the receipt split: the latest supermarket line of at least this much
RECEIPT_AT_LEAST = Decimal("40")
#: its share bought for the home, and the words the household wrote on that part
HOME_SHARE = Decimal("0.3")
HOME_MEMO = "paper towels, dish soap"


def split_demo_receipt(store: Store) -> int | None:
    """Divide the latest sizeable grocery receipt between groceries and the home; returns its
    id (None when the demo has no such line)."""
    receipts = [
        t
        for t in list_transactions(store)
        if t.category == "Food:Groceries" and t.amount <= -RECEIPT_AT_LEAST
    ]
    if not receipts:
        return None
    receipt = receipts[-1]  # oldest first: the latest
    home = (receipt.amount * HOME_SHARE).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    parts = [
        SplitPart("Food:Groceries", receipt.amount - home),
        SplitPart("Shopping:Home", home, HOME_MEMO),
    ]
    set_splits(store, receipt.id, parts)
    return receipt.id
