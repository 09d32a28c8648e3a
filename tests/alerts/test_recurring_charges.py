"""The mortgage paid every month at its usual amount is large, but no news: once finapp knows
the payment recurs, it raises no large charge for it. A one-off large purchase still is one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.alerts import list_alerts, refresh_alerts
from tests.categorize.statements import load

CHECKING = "271930554"
MORTGAGE = "ROCKET MORTGAGE DES:LOAN PMT ID:3345812 INDN:MARIA RIVERA"


def month(m: int) -> list[tuple[date, str, str]]:
    return [
        (date(2024, m, 1), "-2140.37", MORTGAGE),
        (date(2024, m, 15), "4210.88", "NORTHWIND TRADERS PAYROLL PPD ID: 9000000012"),
        (date(2024, m, 22), "-96.40", "DUKE ENERGY PAYMENT"),
    ]


def test_a_monthly_mortgage_payment_is_no_large_charge_once_it_recurs(
    store, tmp_path: Path
) -> None:
    for m in range(1, 8):
        load(store, tmp_path, CHECKING, month(m))
        refresh_alerts(store, date(2024, m, 3))
    large = [a for a in list_alerts(store, include_closed=True) if a.kind == "large_charge"]
    assert {a.date for a in large} <= {date(2024, 1, 1), date(2024, 2, 1)}  # before it recurred
    august = [(date(2024, 8, 1), "-2140.37", MORTGAGE),
              (date(2024, 8, 2), "-1299.99", "BEST BUY 00004521")]  # fmt: skip
    load(store, tmp_path, CHECKING, august)
    (new,) = [a for a in refresh_alerts(store, date(2024, 8, 3)) if a.kind == "large_charge"]
    assert new.message == "A large charge of 1299.99 USD: Best Buy."
