"""A raise of pay that varies with the hours worked is told once, as a set salary's is.

A pharmacy technician in Ohio is paid every other Friday by direct deposit (``WALGREEN CO
PAYROLL PPD ID: 1362341278``): 1,180 to 1,262 as her hours go. From July 2024 her hourly rate
is up by an eighth, and her pays are 1,338 to 1,415. No pay repeats to the cent, so the pay was
"income whose amount changes nearly every time" and the raise was never told. A month of
overtime (two large pays, then back), a commission's good months and the interest creeping up
stay quiet.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.store.engine import Store
from tests.categorize.statements import load

PAYROLL = "WALGREEN CO PAYROLL PPD ID: 1362341278"
FIRST_PAYDAY = date(2024, 1, 5)
BEFORE = ["1204.37", "1183.90", "1251.16", "1228.44", "1195.02", "1262.81", "1217.65"]
BEFORE += ["1240.09", "1188.73", "1233.58", "1209.96", "1256.30", "1199.47"]
AFTER = ["1376.52", "1341.18", "1402.77", "1359.64", "1415.20", "1338.91", "1388.45"]


def _every_other_friday(amounts: list[str]) -> list[tuple[date, str, str]]:
    return [(FIRST_PAYDAY + timedelta(days=14 * n), a, PAYROLL) for n, a in enumerate(amounts)]


def _income_news(store: Store, until: date) -> list[str]:
    """Every change of income told by ``until``, the app opened each Friday."""
    day = FIRST_PAYDAY
    while day <= until:
        evaluate_alerts(store, day)
        day += timedelta(days=7)
    told = list_alerts(store, as_of=until, include_closed=True)
    return [a.message for a in told if a.kind == "income_change"]


def test_a_raise_of_hourly_pay_is_told_once(store: Store, tmp_path: Path) -> None:
    load(store, tmp_path, "111", _every_other_friday(BEFORE + AFTER))

    assert _income_news(store, date(2024, 10, 31)) == [
        "Good news: Salary — Walgreen rose from 1209.96 USD to 1376.52 USD "
        "(4330.56 USD more a year)."
    ]
    # the record says what the alert told: the raise, dated on the third pay at the new rate
    (pay,) = subs.list_subscriptions(store, date(2024, 10, 31))
    assert [(c.date, c.old, c.new) for c in pay.price_changes] == [
        (date(2024, 8, 2), Decimal("1209.96"), Decimal("1376.52"))
    ]


def test_a_month_of_overtime_is_no_raise(store: Store, tmp_path: Path) -> None:
    overtime = ["1398.12", "1422.50"]
    load(store, tmp_path, "111", _every_other_friday(BEFORE + overtime + BEFORE[:5]))

    assert _income_news(store, date(2024, 10, 31)) == []
    (pay,) = subs.list_subscriptions(store, date(2024, 10, 31))
    assert pay.price_changes == ()
