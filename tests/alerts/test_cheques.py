"""Large one-off cheques a month apart are no recurring "Check" stream, so no price rise and no
missed charge is told about them; rent paid by cheque at one amount still recurs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.subscriptions import list_subscriptions
from tests.categorize.statements import load

CHECKING = "558102934"


def month(m: int) -> list[tuple[date, str, str]]:
    return [
        (date(2024, m, 3), "-61.20", "VENMO PAYMENT 1034567890"),
        (date(2024, m, 15), "3104.56", "ACME CORP PAYROLL PPD ID: 9000000011"),
        (date(2024, m, 27), "-48.10", "SHELL OIL 57442100"),
    ]


def test_one_off_cheques_a_month_apart_raise_no_price_rise(store, tmp_path: Path) -> None:
    cheques = {4: ("-1850.02", "CHECK # 1043"), 5: ("-2667.93", "CHECK # 1044"),
               6: ("-2210.40", "CHECK # 1047")}  # fmt: skip
    for m in range(1, 10):
        lines = month(m)
        if m in cheques:
            amount, payee = cheques[m]
            lines.append((date(2024, m, 12), amount, payee))
        load(store, tmp_path, CHECKING, lines)
        refresh_alerts(store, date(2024, m, 28))
    names = [s.name for s in list_subscriptions(store, date(2024, 9, 28), include_dismissed=True)]
    assert not [n for n in names if "check" in n.lower()]
    told = [a for a in list_alerts(store, include_closed=True)
            if a.kind in ("price_increase", "lapsed", "renewal")]  # fmt: skip
    assert not [a.message for a in told if "Check" in a.message]


def test_rent_paid_by_cheque_still_recurs(store, tmp_path: Path) -> None:
    for m in range(1, 6):
        lines = [*month(m), (date(2024, m, 1), "-1850.00", f"CHECK # {1040 + m}")]
        load(store, tmp_path, CHECKING, lines)
    (rent,) = [s for s in list_subscriptions(store, date(2024, 5, 28)) if s.merchant == "CHECK"]
    assert (rent.cadence, rent.amount) == ("monthly", -1850)
