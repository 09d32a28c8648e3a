"""A bill's one-off amounts are no price change: only a new amount that lasts is one.

Verizon bills 85.00 most months, with an overage now and then (92.57, 94.82, …) and 85.00 again
after; Alipay 中国移动 top-ups are 50 or 100 as the user picks. Neither changed its price, so
neither is listed with a price change nor warned about once its usual amount is known, and a
year of it costs its usual amount, not the latest one-off.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

from finapp.core.cadence import month_date
from finapp.services import subscriptions as subs
from finapp.services.alerts import refresh_alerts
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, alipay_csv, checking_ofx

VERIZON = ["85.00"] * 3 + ["92.57"] + ["85.00"] * 5 + ["85.98", "85.00", "85.00", "94.82"]
VERIZON += ["85.83", "88.72"] + ["85.00"] * 6 + ["87.19"]  # January 2025 to October 2026
TOP_UPS = ["50"] * 6 + ["100", "100", "50", "100", "100", "50", "100", "50", "100", "100", "100"]


def _checking(store: Store, tmp_path: Path) -> None:
    entries = []
    for i, amount in enumerate(VERIZON):
        day = month_date(date(2025, 1, 26), i, 26)
        entries.append(
            Entry(day, -Decimal(amount), "VERIZON WIRELESS PAYMENTS", memo="VZ WIRELESS VE")
        )
        pay = month_date(date(2025, 1, 1), i, 1)
        entries.append(Entry(pay, Decimal("3250.00"), "GLOBEX CORP DIR DEP PPD ID: 1234567890"))
    entries.append(Entry(date(2026, 10, 31), Decimal("-40.00"), "SHELL OIL 57444", at=time(9)))
    ofx = tmp_path / "checking.ofx"
    ofx.write_text(checking_ofx(entries, "000123456789", Decimal("2843.27"), date(2026, 10, 31)))
    import_files(store, [ofx])


def _alipay(store: Store, tmp_path: Path) -> None:
    entries = [
        Entry(
            month_date(date(2025, 3, 2), i, 2),
            -Decimal(amount),
            "中国移动",
            time(8, 24, 39),
            "中国移动话费充值-138****5521",
            "充值缴费",
        )
        for i, amount in enumerate(TOP_UPS)
    ]
    csv = tmp_path / "alipay_record_20261031.csv"
    csv.write_bytes(alipay_csv(entries, date(2025, 3, 1), date(2026, 7, 31)))
    import_files(store, [csv])


def _rises(store: Store, as_of: date) -> list[str]:
    return [a.message for a in refresh_alerts(store, as_of) if a.kind == "price_increase"]


def _view(store: Store, as_of: date, name: str) -> subs.SubscriptionView:
    (view,) = [v for v in subs.list_subscriptions(store, as_of) if v.name == name]
    return view


def test_a_phone_bills_overages_are_no_price_change(store, tmp_path: Path) -> None:
    _checking(store, tmp_path)
    view = _view(store, date(2026, 10, 31), "Verizon Wireless")
    assert (view.kind, view.amount, view.price_changes) == ("bill", Decimal("-87.19"), ())
    assert "price_increase" not in view.flags
    assert view.annual_cost == Decimal("1020.00")  # 12 x 85.00, not 12 x 87.19
    assert _rises(store, date(2026, 10, 31)) == []


def test_an_overage_after_earlier_ones_is_not_warned_about(store, tmp_path: Path) -> None:
    _checking(store, tmp_path)
    assert _rises(store, date(2026, 2, 13)) == []  # 94.82 on 26 January, 85.83 the month after
    assert _view(store, date(2026, 2, 13), "Verizon Wireless").annual_cost == Decimal("1020.00")


def test_top_ups_of_50_and_100_are_no_price_change(store, tmp_path: Path) -> None:
    _alipay(store, tmp_path)
    # 50 came back after the first 100s: from then on they are the user's choice, not a price
    for as_of in (date(2026, 1, 20), date(2026, 4, 20), date(2026, 7, 31)):
        view = _view(store, as_of, "中国移动")
        assert view.price_changes == () and "price_increase" not in view.flags, as_of
        assert _rises(store, as_of) == [], as_of
