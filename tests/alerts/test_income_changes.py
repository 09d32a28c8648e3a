"""A change of income is news when pay at a set amount changes (a raise), not when an amount
that follows something else moves: a savings account's interest follows the balance and the
rate, a salesperson's commission the month's sales."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.alerts import evaluate_alerts, list_alerts
from tests.alerts.test_price_changes import monthly
from tests.categorize.statements import load


def _income_news(store, as_of: date) -> list[str]:  # type: ignore[no-untyped-def]
    """Every change of income told by ``as_of``, evaluated at each month's end as the app
    opened then."""
    for month in range(1, as_of.month + 1):
        evaluate_alerts(store, date(as_of.year, month, 28))
    told = list_alerts(store, as_of=as_of, include_closed=True)
    return [a.message for a in told if a.kind == "income_change"]


def test_savings_interest_creeping_up_is_no_news(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    interest = ["3.12", "3.18", "3.41", "3.39", "3.66", "4.05", "4.11", "4.58", "4.97"]
    load(store, tmp_path, "222", monthly("INTEREST PAYMENT", interest, day=27))
    assert _income_news(store, date(2024, 9, 30)) == []


def test_commissions_of_each_month_are_no_raise(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pay = ["2140.55", "2390.10", "1985.75", "2610.40", "2275.00", "2830.65", "2405.20", "3120.90"]
    load(store, tmp_path, "111", monthly("BRIGHTLINE REALTY COMMISSION PPD ID: 4411", pay, day=15))
    assert _income_news(store, date(2024, 8, 30)) == []


def test_a_raise_of_a_set_salary_is_still_told(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pay = ["3150.00"] * 8 + ["3310.00"]
    load(store, tmp_path, "111", monthly("ACME CORP PAYROLL PPD ID: 9876", pay, day=28))
    assert _income_news(store, date(2024, 9, 30)) == [
        "Good news: Salary — Acme rose from 3150.00 USD to 3310.00 USD (1920.00 USD more a year)."
    ]
