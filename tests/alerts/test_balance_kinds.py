"""Every kind of stored balance is read by the low-balance check: a kind cannot be added half-done.

The check ranks a day's balances (the user's word, then the statement's ledger, an available
balance only where nothing else is known); a new :class:`BalanceKind` it had no rank for would be
stored and then silently ignored, and a threshold the user set would never fire.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from finapp.core.balance_kinds import BalanceKind
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts
from finapp.store.engine import Store
from finapp.store.schema import Account, BalanceSnapshot
from tests.categorize.statements import load

MAY = [
    (date(2025, 5, 1), "-1450.00", "OAKWOOD APARTMENTS RENT"),
    (date(2025, 5, 2), "-212.40", "COSTCO WHSE #0117"),
]


@pytest.mark.parametrize("kind", list(BalanceKind))
def test_a_balance_of_each_kind_lets_a_threshold_fire(
    store: Store, tmp_path: Path, kind: BalanceKind
) -> None:
    load(store, tmp_path, "222", MAY)
    with store.write() as session:  # the only balance known is one of this kind
        session.execute(delete(BalanceSnapshot))
    with store.write() as session:
        account_id = session.scalar(select(Account.id))
        session.add(
            BalanceSnapshot(
                account_id=account_id, kind=kind, amount_minor=190000, as_of=date(2025, 4, 30)
            )
        )
    set_low_balance_threshold(store, "222", Decimal("300"))
    (alert,) = [a for a in evaluate_alerts(store, date(2025, 5, 3)) if a.kind == "low_balance"]
    assert (alert.date, alert.amount) == (date(2025, 5, 2), Decimal("237.60"))  # 1,900 - 1,662.40
