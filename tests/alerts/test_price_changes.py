"""A price rise is told at its first higher charge; a raise in pay is good news, not a warning."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.alerts import refresh_alerts
from tests.categorize.statements import Line, load


def monthly(payee: str, amounts: list[str], day: int = 9, start: tuple[int, int] = (2024, 1)):
    """One line a month from ``start``, the given amounts in order."""
    year, month = start
    lines: list[Line] = []
    for amount in amounts:
        lines.append((date(year, month, day), amount, payee))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return lines


def kinds(store, as_of: date) -> dict[str, list]:  # type: ignore[no-untyped-def]
    found: dict[str, list] = {}
    for alert in refresh_alerts(store, as_of):
        found.setdefault(alert.kind, []).append(alert)
    return found


def test_the_first_higher_netflix_charge_raises_a_price_increase_at_once(
    store, tmp_path: Path
) -> None:
    history = monthly("NETFLIX.COM 866-579-7172 CA", ["-15.49"] * 11 + ["-17.99", "-17.99"])
    load(store, tmp_path, "4444", history[:11], kind="CREDITCARD")
    assert "price_increase" not in kinds(store, date(2024, 11, 12))
    load(store, tmp_path, "4444", history[11:12], kind="CREDITCARD")  # December: 17.99
    (alert,) = kinds(store, date(2024, 12, 12))["price_increase"]  # three days later
    assert (alert.date, alert.severity, alert.amount) == (
        date(2024, 12, 9),
        "warning",
        Decimal("-17.99"),
    )
    assert "15.49 USD" in alert.message and "17.99 USD" in alert.message
    assert "30.00 USD more a year" in alert.message  # 2.50 x 12
    load(store, tmp_path, "4444", history[12:], kind="CREDITCARD")  # January: 17.99 again
    assert "price_increase" not in kinds(store, date(2025, 1, 12))


def test_a_metered_bill_is_no_price_rise_even_at_its_dearest(store, tmp_path: Path) -> None:
    power = ["-84.12", "-97.40", "-88.75", "-112.30", "-91.06", "-104.88", "-86.51", "-109.90"]
    load(store, tmp_path, "111", monthly("PUGET SOUND ENERGY BILLPAY", power, day=14))
    assert "price_increase" not in kinds(store, date(2024, 8, 20))  # 109.90: seen before
    load(store, tmp_path, "111", [(date(2024, 9, 14), "-171.25", "PUGET SOUND ENERGY BILLPAY")])
    assert "price_increase" not in kinds(store, date(2024, 9, 16))  # billed by use


def test_a_pay_raise_is_good_news_not_a_price_rise(store, tmp_path: Path) -> None:
    pay = ["3150.00"] * 8 + ["3310.00"]
    load(store, tmp_path, "111", monthly("ACME CORP PAYROLL PPD ID: 9876", pay, day=28))
    found = kinds(store, date(2024, 9, 30))
    assert "price_increase" not in found
    (raise_,) = found["income_change"]
    assert raise_.severity == "info" and raise_.amount == 3310
    assert raise_.message == (
        "Good news: Salary — Acme rose from 3150.00 USD to 3310.00 USD (1920.00 USD more a year)."
    )


def test_an_intro_rate_ending_is_told_at_the_first_full_price_charge(store, tmp_path) -> None:
    intro = [(date(2024, 1, 6) + timedelta(days=28 * i), "-4.00", "NYTimes*NYTimes Sub")
             for i in range(8)]  # fmt: skip
    load(store, tmp_path, "4444", intro, kind="CREDITCARD")
    first_full = date(2024, 1, 6) + timedelta(days=28 * 8)
    load(
        store, tmp_path, "4444", [(first_full, "-17.00", "NYTimes*NYTimes Sub")], kind="CREDITCARD"
    )
    (alert,) = kinds(store, first_full + timedelta(days=3))["price_increase"]
    assert alert.date == first_full and "4.00 USD to 17.00 USD" in alert.message
