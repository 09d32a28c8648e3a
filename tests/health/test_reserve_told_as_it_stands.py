"""A reserve still short of its target is listed with the latest figures and their day.

The household downloads its statements on 12 June (they run to the 10th) and finapp tells it
its savings cover about a month of essentials. It downloads the rest of June later; asked on
28 July, with no July statement yet, the reserve is still short: the inbox keeps the one
alert of June, now with the balances of 30 June and dated that day, not the 10 June figures
seven weeks old.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.health.household_files import Household

FIRST = date(2025, 1, 1)
MID_JUNE = date(2025, 6, 10)


def _reserve_alerts(store: Store, day: date) -> list[tuple[date, str]]:
    return [
        (a.date, a.params["liquid"])
        for a in list_alerts(store, as_of=day)
        if a.kind == "emergency_fund"
    ]


def _balance_on(whole: Household, key: str, day: date) -> str:
    """What the account held at the end of ``day``: its closing less the lines after it."""
    account = whole.accounts[key]
    after = sum((ln.amount for ln in account.lines if ln.posted > day), Decimal(0))
    return str(account.closing - after)


def test_a_reserve_still_short_tells_the_latest_statements_figures(tmp_path: Path) -> None:
    whole = Household(FIRST, savings="2150.00", checking="1204.88")
    first_part = Household(
        FIRST,
        savings=_balance_on(whole, "savings", MID_JUNE),
        checking=_balance_on(whole, "checking", MID_JUNE),
        card_owed=str(-Decimal(_balance_on(whole, "card", MID_JUNE))),
        until=MID_JUNE,
    )
    store = first_part.imported(tmp_path / "june-10")
    try:
        evaluate_alerts(store, date(2025, 6, 12))
        ((day, liquid),) = _reserve_alerts(store, date(2025, 6, 12))
        assert day == MID_JUNE
        assert liquid != "3354.88 USD"
        june = [p for p in whole.files(tmp_path / "june") if p.stem.endswith("2025-06")]
        assert import_files(store, june).new > 0
        evaluate_alerts(store, date(2025, 7, 28))
        # 2150.00 + 1204.88 on 30 June, where the statements end
        assert _reserve_alerts(store, date(2025, 7, 28)) == [(date(2025, 6, 30), "3354.88 USD")]
    finally:
        store.close()
