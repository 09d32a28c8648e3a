"""A budget alert tells the month's use of the day it is dated, and a refund that brings the
month back under a threshold closes what no longer holds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.budgets import set_budget
from tests.categorize.statements import load

MARCH = date(2026, 3, 1)


def day(n: int) -> date:
    return MARCH.replace(day=n)


def test_a_refund_closes_the_over_budget_alert_and_tells_the_use_after_it(
    store, tmp_path: Path
) -> None:
    set_budget(store, "Food:Groceries", Decimal("250"), today=MARCH)
    load(
        store,
        tmp_path,
        "111",
        [
            (day(2), "-120.00", "WHOLE FOODS MARKET 1"),
            (day(9), "-100.00", "WHOLE FOODS MARKET 1"),  # 220.00: 88 %
            (day(22), "-300.00", "WHOLE FOODS MARKET 1"),  # 520.00: 208 %
            (day(24), "300.00", "WHOLE FOODS MARKET 1"),  # the 300 refunded
        ],
    )
    (over,) = evaluate_alerts(store, day(23))
    assert (over.severity, over.date) == ("critical", day(22))
    assert "208% used (520.00 USD of 250.00 USD)" in over.message

    (after,) = evaluate_alerts(store, day(25))
    assert (after.severity, after.date) == ("info", day(24))
    assert "has used 88% of its March 2026 budget (220.00 USD of 250.00 USD)" in after.message
    open_now = list_alerts(store, as_of=day(25))
    assert [a.id for a in open_now] == [after.id]  # the 208 % no longer holds
    closed = {a.id: a for a in list_alerts(store, as_of=day(25), include_closed=True)}
    assert (closed[over.id].state, closed[over.id].resolved_on) == ("resolved", day(24))


def test_an_alert_quotes_the_use_of_its_own_day_not_of_the_day_asked(store, tmp_path: Path) -> None:
    set_budget(store, "Food:Groceries", Decimal("250"), today=MARCH)
    load(
        store,
        tmp_path,
        "111",
        [
            (day(3), "-205.00", "WHOLE FOODS MARKET 1"),  # 82 %
            (day(9), "-35.00", "WHOLE FOODS MARKET 1"),  # 96 %, still under 100
        ],
    )
    (alert,) = evaluate_alerts(store, day(10))
    assert alert.date == day(3)
    assert "has used 82% of its March 2026 budget (205.00 USD of 250.00 USD)" in alert.message
    assert alert.amount == Decimal("-205.00")
